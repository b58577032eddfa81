/**
 * A read-only map from strings (words, trigrams) to lists of small numbers, kept as typed arrays sorted by the
 * string's hash. The language detector's data is held this way because it is ready as soon as its bytes are:
 * no Map or object of thousands of keys to build at every worker start (a Map of franc's Latin trigrams took
 * 10–16 ms cold, an object of the stopwords parsed from JSON 24 ms), and a lookup is a hash and a binary search.
 */
export interface PostingsTable {
  hashes: Uint32Array; // sorted
  offsets: Uint32Array; // postings of hashes[i]: offsets[i] .. offsets[i + 1]
  postings: Uint16Array;
}

/** FNV-1a over the UTF-16 code units from..to: collisions among a few hundred thousand keys are negligible at 32 bits. */
export function hashOf(s: string, from = 0, to = s.length): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Each key's postings, in the order given; a posting already listed for the key is not repeated. */
export function buildTable(entries: Iterable<readonly [string, number]>): PostingsTable {
  const byHash = new Map<number, number[]>();
  for (const [key, posting] of entries) {
    const h = hashOf(key);
    const p = byHash.get(h);
    if (!p) byHash.set(h, [posting]);
    else if (!p.includes(posting)) p.push(posting);
  }
  const hashes = Uint32Array.from(byHash.keys()).sort();
  const offsets = new Uint32Array(hashes.length + 1);
  const postings: number[] = [];
  hashes.forEach((h, i) => {
    offsets[i] = postings.length;
    const p = byHash.get(h)!;
    if (p.length > 255) throw new Error(`postings table: ${p.length} postings for one key (at most 255 are stored)`);
    postings.push(...p);
  });
  offsets[hashes.length] = postings.length;
  return { hashes, offsets, postings: Uint16Array.from(postings) };
}

/** Index of the entry with hash `h`, or -1: its postings are postings[offsets[i]] .. postings[offsets[i + 1]]. */
export function findHash(t: PostingsTable, h: number): number {
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

export const find = (t: PostingsTable, key: string): number => findHash(t, hashOf(key));

/**
 * One buffer: the header's JSON length and text, then per table its two sizes, hashes, postings and each key's
 * number of postings (little-endian, as typed arrays are here). Counts instead of offsets: most keys have one
 * posting, and the file's size is start time (about 35 ms a megabyte for the worker's fetch on this machine).
 */
export function encodeTables(header: unknown, tables: readonly PostingsTable[]): Uint8Array {
  const head = new TextEncoder().encode(JSON.stringify(header));
  const parts: ArrayBufferView[] = [new Uint32Array([head.length]), head, pad(head.length)];
  for (const t of tables) {
    const n = t.hashes.length;
    const counts = Uint8Array.from({ length: n }, (_, i) => t.offsets[i + 1]! - t.offsets[i]!);
    parts.push(new Uint32Array([n, t.postings.length]), t.hashes, t.postings, pad(t.postings.byteLength), counts, pad(n));
  }
  const bytes = parts.map((a) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
  const all = new Uint8Array(bytes.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const p of bytes) (all.set(p, at), (at += p.length));
  return all;
}

/** Views on the bytes (copied only if not 4-byte aligned); each table's offsets are summed from its counts. */
export function decodeTables(data: ArrayBuffer | Uint8Array): { header: unknown; tables: PostingsTable[] } {
  let bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.byteOffset % 4) bytes = bytes.slice();
  const { buffer, byteOffset, byteLength } = bytes;
  const end = byteOffset + byteLength;
  const headLen = new Uint32Array(buffer, byteOffset, 1)[0]!;
  let at = byteOffset + 4;
  const header: unknown = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, at, headLen)));
  at += headLen + pad(headLen).length;
  const tables: PostingsTable[] = [];
  while (at < end) {
    const [n, np] = new Uint32Array(buffer, at, 2) as unknown as [number, number];
    at += 8;
    const hashes = new Uint32Array(buffer, at, n);
    at += n * 4;
    const postings = new Uint16Array(buffer, at, np);
    at += np * 2 + pad(np * 2).length;
    const counts = new Uint8Array(buffer, at, n);
    at += n + pad(n).length;
    const offsets = new Uint32Array(n + 1);
    for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + counts[i]!;
    tables.push({ hashes, offsets, postings });
  }
  return { header, tables };
}

function pad(n: number): Uint8Array {
  return new Uint8Array((4 - (n % 4)) % 4);
}
