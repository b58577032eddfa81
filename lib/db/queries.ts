import type { StoredPost } from '../model/stored';
import type { RapportDB } from './schema';

/**
 * The posts of a page in reading order. The order comes from the keys of the sightings index [pageKey+pos]
 * (keys only, no rows); the posts from the pageKey index in one range read, which covers every post last seen
 * on this page; the few last seen elsewhere since are fetched one by one. One by one for all of them was the
 * slow part: 1,000 separate gets take twice as long as one range read of the same rows.
 */
export async function pagePosts(db: RapportDB, pageKey: string, limit = 20_000): Promise<StoredPost[]> {
  const [keys, here] = await db.transaction('r', db.sightings, db.posts, () =>
    Promise.all([
      db.sightings.where('[pageKey+pos]').between([pageKey, -Infinity], [pageKey, Infinity]).limit(limit).primaryKeys(),
      db.posts.where('pageKey').equals(pageKey).toArray(),
    ]),
  );
  const byId = new Map(here.map((p) => [p.id, p]));
  const ids = keys.map(([, postId]) => postId);
  const elsewhere = ids.filter((id) => !byId.has(id));
  if (elsewhere.length) for (const p of await db.posts.bulkGet(elsewhere)) if (p) byId.set(p.id, p);
  return ids.map((id) => byId.get(id)).filter((p): p is StoredPost => p !== undefined);
}

/** The first `count` posts of a page in reading order, by id: a sample that costs what it holds, not the page. */
export async function firstPagePosts(db: RapportDB, pageKey: string, count: number): Promise<StoredPost[]> {
  const keys = await db.sightings.where('[pageKey+pos]').between([pageKey, -Infinity], [pageKey, Infinity]).limit(count).primaryKeys();
  return (await db.posts.bulkGet(keys.map(([, postId]) => postId))).filter((p): p is StoredPost => p !== undefined);
}
