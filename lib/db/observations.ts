import type { Observation } from '../model/stored';
import type { RapportDB } from './schema';

/**
 * Whether a post has more than one observation. Its first sighting always records one, and a later one moves
 * `observedAt`: a post whose counts were observed only when first seen needs no read (its row holds them).
 */
export const seenAgain = (p: { firstSeen?: number; observedAt?: number }): boolean => p.observedAt !== undefined && p.firstSeen !== undefined && p.observedAt > p.firstSeen;

/**
 * The observations of these posts, oldest first per post, in one read transaction (a range of the [postId+at] index
 * each). `latest`: only each post's newest few (the pace needs two), so a long history is not read for them.
 */
export async function observationsOf(db: RapportDB, postIds: readonly string[], latest?: number): Promise<Map<string, Observation[]>> {
  const ids = [...new Set(postIds)];
  if (ids.length === 0) return new Map();
  const range = (id: string) => db.observations.where('[postId+at]').between([id, -Infinity], [id, Infinity]);
  const lists = await db.transaction('r', db.observations, () =>
    Promise.all(ids.map((id) => (latest === undefined ? range(id).toArray() : range(id).reverse().limit(latest).toArray().then((xs) => xs.reverse())))),
  );
  return new Map(ids.map((id, i) => [id, lists[i]!]));
}
