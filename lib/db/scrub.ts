import { anonymousCapture, anonymousSighting, anonymousStoredPost, anonymousUrl } from '../model/anonymize';
import type { Capture, StoredPost } from '../model/stored';
import { aggregateTables, applyPostChanges } from './aggregates';
import { mergeCapture } from './backup';
import type { RapportDB } from './schema';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Removes the authors from the next `limit` posts after id `after` (Settings, when names are switched off),
 * with everything keyed by them: their places and page keys, observations, captures, and every count kept
 * beside the posts. One transaction per chunk, so a stop midway leaves whole chunks; running it again changes
 * nothing. A post whose id held its author (Bluesky) moves to its new id, merged with a row already there.
 * `finish` analyses rows whose text lost a mention, inside the transaction (the worker passes `analyzeRows`).
 */
export async function scrubPostsChunk(db: RapportDB, after: string | undefined, limit: number, finish: (rows: StoredPost[]) => StoredPost[] = (r) => r): Promise<StoredPost[]> {
  return db.transaction('rw', [db.posts, db.observations, db.captures, db.tabs, ...aggregateTables(db)], async () => {
    if (after === undefined) await scrubTabs(db);
    const rows = await (after === undefined ? db.posts.orderBy('id') : db.posts.where('id').above(after)).limit(limit).toArray();
    const scrubbed = finish(rows.map(anonymousStoredPost));
    // A post already without author may still be placed on a page whose address names one.
    const allPlaces = await db.sightings.where('postId').anyOf(rows.map((p) => p.id)).toArray();
    const onNamedPage = new Set(allPlaces.filter((s) => !same(s, anonymousSighting(s))).map((s) => s.postId));
    const moved = rows.map((_, i) => i).filter((i) => onNamedPage.has(rows[i]!.id) || !same(rows[i], scrubbed[i]));
    if (!moved.length) return rows;
    const olds = moved.map((i) => rows[i]!);
    let news = moved.map((i) => scrubbed[i]!);
    const oldIds = new Set(olds.map((p) => p.id));
    // A post stored under its new id already (seen again after names went off) is merged into one row.
    const renamed = news.filter((p, i) => p.id !== olds[i]!.id);
    const already = (await db.posts.bulkGet(renamed.map((p) => p.id))).filter((p): p is StoredPost => !!p && !oldIds.has(p.id));
    const byId = new Map(already.map((p) => [p.id, p]));
    news = news.map((p) => {
      const there = byId.get(p.id);
      if (!there) return p;
      const newer = there.lastSeen >= p.lastSeen ? there : p;
      return { ...newer, firstSeen: Math.min(there.firstSeen, p.firstSeen), captured: there.captured || p.captured ? 1 : 0 };
    });
    // Out of every count while their places still stand, then places and observations move, then back in.
    await applyPostChanges(db, [...olds, ...already], [...olds, ...already].map(() => undefined));
    const places = allPlaces.filter((s) => oldIds.has(s.postId));
    await db.sightings.bulkDelete(places.map((s): [string, string] => [s.pageKey, s.postId]));
    await db.sightings.bulkPut(places.map(anonymousSighting));
    for (const [i, old] of olds.entries()) {
      const id = news[i]!.id;
      if (id === old.id) continue;
      const obs = await db.observations.where('[postId+at]').between([old.id, -Infinity], [old.id, Infinity]).toArray();
      await db.observations.bulkDelete(obs.map((o): [string, number] => [o.postId, o.at]));
      await db.observations.bulkPut(obs.map((o) => ({ ...o, postId: id })));
    }
    await db.posts.bulkDelete(olds.filter((p, i) => p.id !== news[i]!.id).map((p) => p.id));
    const unique = [...new Map(news.map((p) => [p.id, p])).values()];
    await db.posts.bulkPut(unique);
    await applyPostChanges(db, unique.map(() => undefined), unique);
    await scrubCaptures(db, await db.captures.where('postId').anyOf([...oldIds]).toArray());
    return rows;
  });
}

/** The next `limit` captures after id `after`, without authors (snapshots whose post was pruned long ago too). */
export async function scrubCapturesChunk(db: RapportDB, after: string | undefined, limit: number): Promise<Capture[]> {
  return db.transaction('rw', db.captures, async () => {
    const caps = await (after === undefined ? db.captures.orderBy('id') : db.captures.where('id').above(after)).limit(limit).toArray();
    await scrubCaptures(db, caps);
    return caps;
  });
}

async function scrubCaptures(db: RapportDB, caps: Capture[]): Promise<void> {
  const changed = caps.map((c) => [c, anonymousCapture(c)] as const).filter(([c, a]) => !same(c, a));
  if (!changed.length) return;
  await db.captures.bulkDelete(changed.filter(([c, a]) => c.id !== a.id).map(([c]) => c.id));
  const there = await db.captures.bulkGet(changed.map(([, a]) => a.id));
  // A capture moving to a new id meets the one taken after names went off: one capture, both tags and notes.
  await db.captures.bulkPut(changed.map(([c, a], i) => (there[i] && c.id !== a.id ? mergeCapture(there[i]!, a) : a)));
}

/** Open tabs follow their page by its key: it changes with the posts' places. */
async function scrubTabs(db: RapportDB): Promise<void> {
  const tabs = await db.tabs.toArray();
  await db.tabs.bulkPut(tabs.map((t) => ({ ...t, url: anonymousUrl(t.url) || t.url, pageKey: anonymousUrl(t.pageKey) || t.pageKey })));
}
