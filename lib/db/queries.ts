import type { StoredPost } from '../model/stored';
import type { RapportDB } from './schema';

/** The posts of a page in reading order (index [pageKey+pos]). */
export async function pagePosts(db: RapportDB, pageKey: string, limit = 20_000): Promise<StoredPost[]> {
  const sightings = await db.sightings.where('[pageKey+pos]').between([pageKey, -Infinity], [pageKey, Infinity]).limit(limit).toArray();
  const posts = await db.posts.bulkGet(sightings.map((s) => s.postId));
  return posts.filter((p): p is StoredPost => p !== undefined);
}
