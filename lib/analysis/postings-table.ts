/**
 * A read-only map from strings (words, trigrams) to lists of small numbers, kept as typed arrays sorted by the
 * string's hash. The language detector's data is held this way because it is ready as soon as its bytes are:
 * no Map or object of thousands of keys to build at every worker start (a Map of franc's Latin trigrams took
 * 10–16 ms cold, an object of the stopwords parsed from JSON 24 ms), and a lookup is a hash and a binary search.
 */
export interface PostingsTable {
  /** Sorted. In a bucketed table, each hash's low 16 bits, its high 16 bits given by its bucket. */
  hashes: Uint32Array | Uint16Array;
  /** Bucketed tables (over 32,768 keys, where this halves the hashes' bytes): bucket b's entries are buckets[b] .. buckets[b + 1]. */
  buckets?: Uint32Array;
  offsets: Uint32Array; // postings of entry i: offsets[i] .. offsets[i + 1]
  postings: Uint16Array | Uint8Array;
}

const BUCKET_BITS = 16;
const BUCKETED_FROM = 1 << (BUCKET_BITS - 1);

/** FNV-1a over the UTF-16 code units from..to: collisions among a few hundred thousand keys are negligible at 32 bits. */
export function hashOf(s: string, from = 0, to = s.length): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Each key's postings, in the order given; a posting already listed for the key is not repeated. Postings are
 * 16-bit, or 8-bit with `bytePostings`.
 */
export function buildTable(entries: Iterable<readonly [string, number]>, { bytePostings = false } = {}): PostingsTable {
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
  const limit = bytePostings ? 0xff : 0xffff;
  for (const p of postings) if (p < 0 || p > limit) throw new Error(`postings table: posting ${p} does not fit its width`);
  const table = { hashes, offsets, postings: bytePostings ? Uint8Array.from(postings) : Uint16Array.from(postings) };
  return hashes.length < BUCKETED_FROM ? table : bucketed(table);
}

function bucketed(t: PostingsTable): PostingsTable {
  const counts = new Uint8Array(1 << BUCKET_BITS);
  for (const h of t.hashes) {
    const b = h >>> BUCKET_BITS;
    if (counts[b] === 0xff) throw new Error('postings table: more than 255 keys in one bucket');
    counts[b]!++;
  }
  return { ...t, hashes: Uint16Array.from(t.hashes, (h) => h & 0xffff), buckets: bucketStarts(counts) };
}

function bucketStarts(counts: Uint8Array): Uint32Array {
  const starts = new Uint32Array(counts.length + 1);
  for (let b = 0; b < counts.length; b++) starts[b + 1] = starts[b]! + counts[b]!;
  return starts;
}

/** Index of the entry with hash `h`, or -1: its postings are postings[offsets[i]] .. postings[offsets[i + 1]]. */
export function findHash(t: PostingsTable, h: number): number {
  const { hashes, buckets } = t;
  let lo = 0;
  let hi = hashes.length - 1;
  if (buckets) {
    const b = h >>> BUCKET_BITS;
    lo = buckets[b]!;
    hi = buckets[b + 1]! - 1;
    h &= 0xffff;
  }
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
 * One buffer: the header's JSON length and text, then per table its sizes and form, its keys per bucket (bucketed
 * tables), hashes, postings and each key's number of postings (little-endian, as typed arrays are here). Counts
 * instead of offsets: most keys have one posting, and the file's size is start time (about 35 ms a megabyte for the
 * worker's fetch on this machine).
 */
export function encodeTables(header: unknown, tables: readonly PostingsTable[]): Uint8Array {
  const head = new TextEncoder().encode(JSON.stringify(header));
  const parts: ArrayBufferView[] = [new Uint32Array([head.length]), head, pad(head.length)];
  for (const t of tables) {
    const n = t.hashes.length;
    const counts = Uint8Array.from({ length: n }, (_, i) => t.offsets[i + 1]! - t.offsets[i]!);
    const form = (t.buckets ? 1 : 0) | (t.postings instanceof Uint8Array ? 2 : 0);
    parts.push(new Uint32Array([n, t.postings.length, form]));
    if (t.buckets) parts.push(Uint8Array.from({ length: 1 << BUCKET_BITS }, (_, b) => t.buckets![b + 1]! - t.buckets![b]!));
    parts.push(t.hashes, pad(t.hashes.byteLength), t.postings, pad(t.postings.byteLength), counts, pad(n));
  }
  const bytes = parts.map((a) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
  const all = new Uint8Array(bytes.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const p of bytes) (all.set(p, at), (at += p.length));
  return all;
}

/** Views on the bytes (copied only if not 4-byte aligned); offsets and bucket starts are summed from their counts. */
export function decodeTables(data: ArrayBuffer | Uint8Array): { header: unknown; tables: PostingsTable[] } {
  let bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.byteOffset % 4) bytes = bytes.slice();
  const { buffer, byteOffset, byteLength } = bytes;
  const end = byteOffset + byteLength;
  const headLen = new Uint32Array(buffer, byteOffset, 1)[0]!;
  let at = byteOffset + 4;
  const header: unknown = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, at, headLen)));
  at += headLen + pad(headLen).length;
  const view = <T>(make: (buffer: ArrayBufferLike, at: number, length: number) => T, length: number, width: number): T => {
    const v = make(buffer, at, length);
    at += length * width + pad(length * width).length;
    return v;
  };
  const tables: PostingsTable[] = [];
  while (at < end) {
    const [n, np, form] = view((b, o, l) => new Uint32Array(b, o, l), 3, 4) as unknown as [number, number, number];
    const buckets = form & 1 ? bucketStarts(view((b, o, l) => new Uint8Array(b, o, l), 1 << BUCKET_BITS, 1)) : undefined;
    const hashes = buckets ? view((b, o, l) => new Uint16Array(b, o, l), n, 2) : view((b, o, l) => new Uint32Array(b, o, l), n, 4);
    const postings = form & 2 ? view((b, o, l) => new Uint8Array(b, o, l), np, 1) : view((b, o, l) => new Uint16Array(b, o, l), np, 2);
    const counts = view((b, o, l) => new Uint8Array(b, o, l), n, 1);
    const offsets = new Uint32Array(n + 1);
    for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + counts[i]!;
    tables.push(buckets ? { hashes, buckets, offsets, postings } : { hashes, offsets, postings });
  }
  return { header, tables };
}

function pad(n: number): Uint8Array {
  return new Uint8Array((4 - (n % 4)) % 4);
}
