import Dexie from 'dexie';
import { communityOf, counts } from '../insights/posts';
import type { CommunityCount, StoredPost } from '../model/stored';
import type { RapportDB } from './schema';

/**
 * Posts of a community its health, voices, terms and timing are measured on: its most recent ones (the chart
 * covers all of them, from the kept days). 500 are enough for each measure and read in under 100 ms.
 */
export const COMMUNITY_SAMPLE = 500;

/** How the per-community counts change when `before` rows become `after` rows (undefined: absent). */
export function communityDelta(before: readonly (StoredPost | undefined)[], after: readonly (StoredPost | undefined)[]): Map<string, number> {
  const delta = new Map<string, number>();
  // Ads are not the community's posts: they are not counted.
  const add = (p: StoredPost | undefined, n: number) => p && counts(p) && delta.set(communityOf(p), (delta.get(communityOf(p)) ?? 0) + n);
  before.forEach((p, i) => {
    const q = after[i];
    if (p && q && communityOf(p) === communityOf(q) && counts(p) === counts(q)) return;
    add(p, -1);
    add(q, 1);
  });
  return delta;
}

/** Applies a delta; call inside the transaction that writes the posts, with `db.communities` in its scope. */
export async function applyCommunityDelta(db: RapportDB, delta: Map<string, number>): Promise<void> {
  const keys = [...delta.keys()].filter((k) => delta.get(k) !== 0);
  if (!keys.length) return;
  const rows = await db.communities.bulkGet(keys);
  const put: CommunityCount[] = [];
  const gone: string[] = [];
  keys.forEach((community, i) => {
    const posts = (rows[i]?.posts ?? 0) + delta.get(community)!;
    if (posts > 0) put.push({ community, posts });
    else gone.push(community);
  });
  await db.communities.bulkPut(put);
  await db.communities.bulkDelete(gone);
}

/** Counts every community from the posts themselves (the schema migration, and after a backup import). */
export async function recountCommunities(db: RapportDB): Promise<void> {
  const sums = new Map<string, number>();
  await db.posts.each((p) => void (counts(p) && sums.set(communityOf(p), (sums.get(communityOf(p)) ?? 0) + 1)));
  await db.communities.clear();
  await db.communities.bulkPut([...sums].map(([community, posts]) => ({ community, posts })));
}

/** Communities with their post counts, largest first. */
export async function communityCounts(db: RapportDB): Promise<CommunityCount[]> {
  return (await db.communities.toArray()).sort((a, b) => b.posts - a.posts);
}

/** The most recent posts of a community: by the [community+lastSeen] index, or by site for posts without one. */
export async function communityPosts(db: RapportDB, community: string, limit = COMMUNITY_SAMPLE): Promise<StoredPost[]> {
  const posts = await db.posts.where('[community+lastSeen]').between([community, Dexie.minKey], [community, Dexie.maxKey]).reverse().filter(counts).limit(limit).toArray();
  if (posts.length) return posts;
  return db.posts.orderBy('lastSeen').reverse().filter((p) => !p.community && communityOf(p) === community && counts(p)).limit(limit).toArray();
}
