import type { Table } from 'dexie';

/**
 * What a recount from the posts gives for a table of kept counts, leaving the kept rows as they were: the
 * maintained counts must always equal it.
 */
export async function recountOf<T, K>(table: Table<T, K>, recount: () => Promise<void>): Promise<T[]> {
  const kept = await table.toArray();
  await recount();
  const fresh = await table.toArray();
  await table.clear();
  await table.bulkPut(kept);
  return fresh;
}
