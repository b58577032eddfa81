import type { Metrics, ObservedPost } from '../model/post';
import type { Observation, Sighting, StoredPost } from '../model/stored';
import type { RapportDB } from './schema';
import { aggregateTables, applyPostChanges } from './aggregates';
import { clearPage, putPlaces } from './page-tallies';

/** A metric sighting identical to the last one is only recorded again after this long. */
const OBSERVATION_INTERVAL = 60 * 60 * 1000;

export interface IngestResult {
  ids: string[];
  newIds: Set<string>;
  /** the rows as written, in the order of `ids` */
  rows: StoredPost[];
}

const sameMetrics = (a: Metrics, b: Metrics) =>
  a.likes === b.likes && a.replies === b.replies && a.reposts === b.reposts && a.views === b.views;

export function authorKey(post: ObservedPost): string {
  const who = post.author.handle ?? post.author.name ?? '';
  return who ? `${post.platform}:${who.toLowerCase()}` : '';
}

/**
 * Stores a batch in one transaction: new posts are added (not yet analysed), posts seen before get
 * their current metrics, last-seen time and a new observation, never a duplicate row. Idempotent, so a
 * batch re-sent after the worker was stopped changes nothing twice.
 */
export async function ingestBatch(
  db: RapportDB,
  batch: { posts: ObservedPost[]; pageKey: string; firstPos: number; fresh: boolean },
  now = Date.now(),
  /** applied to the rows before they are written: cheap and synchronous (the worker copies analyses computed before the transaction opened, ingest-analysed.ts) */
  finish: (rows: StoredPost[]) => StoredPost[] = (rows) => rows,
): Promise<IngestResult> {
  // The same post twice in one batch (a quote shown twice): the later sighting wins.
  const unique = new Map(batch.posts.map((p) => [p.id, p]));
  const ids = [...unique.keys()];
  const newIds = new Set<string>();
  let written: StoredPost[] = [];
  await db.transaction('rw', [db.posts, db.observations, ...aggregateTables(db)], async () => {
    if (batch.fresh) await clearPage(db, batch.pageKey);
    const existing = await db.posts.bulkGet(ids);
    const rows: StoredPost[] = [];
    const observations: Observation[] = [];
    ids.forEach((id, i) => {
      const seen = unique.get(id)!;
      const old = existing[i];
      const metrics = { ...old?.metrics, ...seen.metrics };
      // The post row carries its last observation's time, so no per-post query is needed here.
      const observe = !old || !sameMetrics(old.metrics, metrics) || now - (old.observedAt ?? 0) >= OBSERVATION_INTERVAL;
      if (observe) observations.push({ postId: id, at: now, metrics });
      const observedAt = observe ? now : old?.observedAt;
      if (!old) {
        newIds.add(id);
        rows.push({ ...seen, metrics, firstSeen: now, lastSeen: now, observedAt, pageKey: batch.pageKey, authorKey: authorKey(seen), analyzed: 0, captured: 0 });
      } else {
        const edited = old.text !== seen.text;
        rows.push({
          ...old,
          ...seen,
          metrics,
          lastSeen: now,
          observedAt,
          pageKey: batch.pageKey,
          authorKey: authorKey(seen),
          // An edited text is analysed again; otherwise the stored analysis still holds.
          ...(edited ? { analyzed: 0 as const } : {}),
        });
      }
    });
    const sightings: Sighting[] = batch.posts.map((p, i) => ({ pageKey: batch.pageKey, postId: p.id, pos: batch.firstPos + i, at: now }));
    written = finish(rows);
    await applyPostChanges(db, existing, written);
    await db.posts.bulkPut(written);
    await db.observations.bulkPut(observations);
    await putPlaces(db, sightings, written);
  });
  return { ids, newIds, rows: written };
}
