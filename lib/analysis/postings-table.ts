/**
 * A read-only map from strings (words, letter sequences) to lists of small numbers, kept as typed arrays sorted by
 * the string's hash. The language detector's data is held this way because it is ready as soon as its bytes are:
 * no Map or object of thousands of keys to build at every worker start (a Map of franc's Latin trigrams took
 * 10–16 ms cold, an object of the stopwords parsed from JSON 24 ms), and a lookup is a hash and a binary search.
 *
 * - Tables of over 32,768 keys are bucketed by the hash's high 16 bits, and keep only its low 16 bits per key.
 * - Where a key's postings (or a bucket's keys) start is stored for every 16th and summed from the counts for the
 *   rest at lookup: summing all 300,000 when the file is read took 10–20 ms of the worker's start.
 */

/** Small counts with their running total kept for every STRIDE-th entry. */
export interface Counts {
  counts: Uint8Array;
  totals: Uint32Array; // totals[j] = counts[0] + … + counts[j * STRIDE - 1]
}

export interface PostingsTable {
  /** Sorted. In a bucketed table, each hash's low 16 bits, its high 16 bits given by its bucket. */
  hashes: Uint32Array | Uint16Array;
  postings: Uint16Array | Uint8Array;
  perKey: Counts; // postings of each key
  perBucket?: Counts; // keys in each bucket, bucketed tables only
}

const STRIDE = 16;
const BUCKET_BITS = 16;
const BUCKETS = 1 << BUCKET_BITS;
const BUCKETED_FROM = BUCKETS / 2; // from here, halving the hashes saves more than the buckets' counts cost

/** FNV-1a over the UTF-16 code units from..to: collisions among a few hundred thousand keys are negligible at 32 bits. */
export function hashOf(s: string, from = 0, to = s.length): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function withTotals(counts: Uint8Array): Counts {
  const totals = new Uint32Array(Math.ceil(counts.length / STRIDE) + 1);
  let sum = 0;
  for (let i = 0; i < counts.length; i++) {
    if (i % STRIDE === 0) totals[i / STRIDE] = sum;
    sum += counts[i]!;
  }
  return { counts, totals };
}

/** counts[0] + … + counts[i - 1]. */
function startOf({ counts, totals }: Counts, i: number): number {
  let sum = totals[(i / STRIDE) | 0]!;
  for (let k = i - (i % STRIDE); k < i; k++) sum += counts[k]!;
  return sum;
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
  const full = Uint32Array.from(byHash.keys()).sort();
  const lists = Array.from(full, (h) => byHash.get(h)!);
  const all = lists.flat();
  const limit = bytePostings ? 0xff : 0xffff;
  for (const p of all) if (p < 0 || p > limit) throw new Error(`postings table: posting ${p} does not fit its width`);
  const perKey = withTotals(
    Uint8Array.from(lists, (p) => {
      if (p.length > 0xff) throw new Error(`postings table: ${p.length} postings for one key (at most 255 are stored)`);
      return p.length;
    }),
  );
  const postings = bytePostings ? Uint8Array.from(all) : Uint16Array.from(all);
  if (full.length < BUCKETED_FROM) return { hashes: full, postings, perKey };
  const keysIn = new Uint8Array(BUCKETS);
  for (const h of full) {
    if (keysIn[h >>> BUCKET_BITS] === 0xff) throw new Error('postings table: more than 255 keys in one bucket');
    keysIn[h >>> BUCKET_BITS]!++;
  }
  return { hashes: Uint16Array.from(full, (h) => h & 0xffff), postings, perKey, perBucket: withTotals(keysIn) };
}

/**
 * The postings of the key with hash `h` as `start * 256 + count`, or -1: they are postings[start] ..
 * postings[start + count - 1]. One number, so that the per-post path allocates nothing.
 */
export function lookupHash(t: PostingsTable, h: number): number {
  const { hashes, perBucket } = t;
  let lo = 0;
  let hi = hashes.length - 1;
  if (perBucket) {
    const b = h >>> BUCKET_BITS;
    lo = startOf(perBucket, b);
    hi = lo + perBucket.counts[b]! - 1;
    h &= 0xffff;
  }
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = hashes[mid]!;
    if (v < h) lo = mid + 1;
    else if (v > h) hi = mid - 1;
    else return startOf(t.perKey, mid) * 256 + t.perKey.counts[mid]!;
  }
  return -1;
}

export const lookup = (t: PostingsTable, key: string): number => lookupHash(t, hashOf(key));

/** The key's postings as an array (tests and rare paths; the per-post path uses lookup). */
export function postingsOf(t: PostingsTable, key: string): number[] {
  const hit = lookup(t, key);
  return hit < 0 ? [] : [...t.postings.subarray(hit >>> 8, (hit >>> 8) + (hit & 0xff))];
}

/**
 * One buffer: the header's JSON length and text, then per table its sizes and form, the keys per bucket with
 * their totals (bucketed tables), the hashes, the postings, and the postings per key with their totals
 * (little-endian, as typed arrays are here). Counts rather than offsets: the file's size is start time (about
 * 35 ms a megabyte for the worker's fetch on this machine).
 */
export function encodeTables(header: unknown, tables: readonly PostingsTable[]): Uint8Array {
  const head = new TextEncoder().encode(JSON.stringify(header));
  const parts: ArrayBufferView[] = [new Uint32Array([head.length]), head, pad(head.length)];
  const counts = ({ counts: c, totals }: Counts) => [c, pad(c.length), totals];
  for (const t of tables) {
    const form = (t.perBucket ? 1 : 0) | (t.postings instanceof Uint8Array ? 2 : 0);
    parts.push(new Uint32Array([t.hashes.length, t.postings.length, form]));
    if (t.perBucket) parts.push(...counts(t.perBucket));
    parts.push(t.hashes, pad(t.hashes.byteLength), t.postings, pad(t.postings.byteLength), ...counts(t.perKey));
  }
  const bytes = parts.map((a) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
  const all = new Uint8Array(bytes.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const p of bytes) (all.set(p, at), (at += p.length));
  return all;
}

/** Views on the bytes, nothing summed or built (copied only if not 4-byte aligned). */
export function decodeTables(data: ArrayBuffer | Uint8Array): { header: unknown; tables: PostingsTable[] } {
  let bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.byteOffset % 4) bytes = bytes.slice();
  const { buffer, byteOffset, byteLength } = bytes;
  const end = byteOffset + byteLength;
  const headLen = new Uint32Array(buffer, byteOffset, 1)[0]!;
  let at = byteOffset + 4;
  const header: unknown = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, at, headLen)));
  at += headLen + pad(headLen).length;
  function take<T extends ArrayBufferView>(Type: { new (b: ArrayBufferLike, offset: number, length: number): T; BYTES_PER_ELEMENT: number }, length: number): T {
    const view = new Type(buffer, at, length);
    at += length * Type.BYTES_PER_ELEMENT + pad(length * Type.BYTES_PER_ELEMENT).length;
    return view;
  }
  const counts = (n: number): Counts => ({ counts: take(Uint8Array, n), totals: take(Uint32Array, Math.ceil(n / STRIDE) + 1) });
  const tables: PostingsTable[] = [];
  while (at < end) {
    const [n, np, form] = take(Uint32Array, 3) as unknown as [number, number, number];
    const perBucket = form & 1 ? counts(BUCKETS) : undefined;
    const hashes = perBucket ? take(Uint16Array, n) : take(Uint32Array, n);
    const postings = form & 2 ? take(Uint8Array, np) : take(Uint16Array, np);
    const perKey = counts(n);
    tables.push(perBucket ? { hashes, postings, perKey, perBucket } : { hashes, postings, perKey });
  }
  return { header, tables };
}

function pad(n: number): Uint8Array {
  return new Uint8Array((4 - (n % 4)) % 4);
}
