import { aggregateTables, applyPostChanges } from './aggregates';
import type { RapportDB } from './schema';

const DAY = 86_400_000;

/** True for IndexedDB's "disk full / over quota" failure, however Dexie wraps it. */
export function isQuotaError(e: unknown): boolean {
  for (let err = e as { name?: string; inner?: unknown } | undefined, i = 0; err && i < 5; err = err.inner as typeof err, i++) {
    if (err.name === 'QuotaExceededError' || err.name === 'DataCloneError' && /quota/i.test(String((err as Error).message))) return true;
    if (/quota/i.test(String((err as Error).message ?? ''))) return true;
    // Dexie's BulkError carries the per-operation errors
    const failures = (err as { failures?: unknown[] }).failures;
    if (failures?.some((f) => (f as { name?: string })?.name === 'QuotaExceededError')) return true;
  }
  return false;
}

/**
 * Deletes the oldest posts that are not captured, with their observations and page places, in one
 * transaction: nothing is half-deleted. Captures are snapshots in their own table and are never pruned.
 */
export async function pruneOldest(db: RapportDB, count: number): Promise<number> {
  return db.transaction('rw', [db.posts, db.observations, db.sightings, ...aggregateTables(db)], async () => {
    const ids = (await db.posts
      .orderBy('lastSeen')
      .filter((p) => p.captured !== 1)
      .limit(count)
      .primaryKeys()) as string[];
    await deletePosts(db, ids);
    return ids.length;
  });
}

/** Deletes posts not seen for `days` days (captured posts stay). */
export async function pruneByRetention(db: RapportDB, days: number, now = Date.now()): Promise<number> {
  return db.transaction('rw', [db.posts, db.observations, db.sightings, ...aggregateTables(db)], async () => {
    const ids = (await db.posts
      .where('lastSeen')
      .below(now - days * DAY)
      .filter((p) => p.captured !== 1)
      .primaryKeys()) as string[];
    await deletePosts(db, ids);
    return ids.length;
  });
}

async function deletePosts(db: RapportDB, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const gone = await db.posts.bulkGet(ids);
  await applyPostChanges(db, gone, []);
  await db.posts.bulkDelete(ids);
  for (const id of ids) await db.observations.where('[postId+at]').between([id, -Infinity], [id, Infinity]).delete();
  // Their pages' counts already lost them with the posts (applyPostChanges, while the places still stood).
  await db.sightings.where('postId').anyOf(ids).delete();
}
