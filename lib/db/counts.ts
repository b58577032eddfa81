import type { Table } from 'dexie';

/**
 * Count rows kept beside the posts (audit tallies, page tallies, community days) move by deltas: rows of the
 * same shape holding what to add. Each delta is added to the stored row of its key (a fresh one when none),
 * and a row whose posts reach zero is deleted. Call inside the transaction that writes the posts.
 */
export async function applyCountDelta<R extends { posts: number }, K>(
  table: Table<R, K>,
  delta: Iterable<R>,
  { key, empty, add, moves }: { key: (r: R) => K; empty: (r: R) => R; add: (into: R, from: R) => R; moves: (r: R) => boolean },
): Promise<void> {
  const changes = [...delta].filter(moves);
  if (!changes.length) return;
  const rows = await table.bulkGet(changes.map(key));
  const put: R[] = [];
  const gone: K[] = [];
  changes.forEach((d, i) => {
    const next = add(structuredClone(rows[i] ?? empty(d)), d);
    if (next.posts > 0) put.push(next);
    else gone.push(key(d));
  });
  await table.bulkPut(put);
  await table.bulkDelete(gone);
}
