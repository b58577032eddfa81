import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { writeImportRows, wipeDatabase } from '../../../lib/db/backup';
import { communityCounts, communityPosts, recountCommunities } from '../../../lib/db/communities';
import { communityDays, recountCommunityDays } from '../../../lib/db/community-days';
import { analyzeBacklog } from '../../../lib/db/analyze-pending';
import { seriesOfDays } from '../../../lib/insights/series';
import { ingestBatch } from '../../../lib/db/ingest';
import { pruneByRetention, pruneOldest } from '../../../lib/db/retention';
import { openDb, type RapportDB } from '../../../lib/db/schema';
import { communityOf } from '../../../lib/insights/posts';
import type { ObservedPost } from '../../../lib/model/post';
import type { StoredPost } from '../../../lib/model/stored';
import { recountOf } from './recount';

let db: RapportDB;
beforeEach(async () => {
  db = openDb('rapport', new IDBFactory(), IDBKeyRange);
  await db.open();
});

const post = (n: number, community?: string): ObservedPost => ({
  id: `reddit:${n}`, platform: 'reddit', url: `https://old.reddit.com/r/x/comments/${n}`, author: { name: `u${n % 5}` },
  text: `post ${n}`, metrics: {}, ...(community ? { community } : {}),
});

/** The counts as a full recount would give them: what the maintained ones must always equal. */
async function recounted(): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const rows = await db.posts.toArray();
  for (const p of rows) counts.set(communityOf(p), (counts.get(communityOf(p)) ?? 0) + 1);
  return counts;
}
const maintained = async () => new Map((await communityCounts(db)).map((c) => [c.community, c.posts]));
const recountedDays = () => recountOf(db.communityDays, () => recountCommunityDays(db));

describe('per-community counts kept with every write', () => {
  it('equal a recount after ingesting, seeing posts again, a community appearing, pruning and retention', async () => {
    const page = 'https://old.reddit.com/r/x/';
    await ingestBatch(db, { posts: Array.from({ length: 30 }, (_, i) => post(i, i % 3 ? 'r/aww' : 'r/science')), pageKey: page, firstPos: 0, fresh: true }, 1000);
    await ingestBatch(db, { posts: [post(100), post(101)], pageKey: page, firstPos: 30, fresh: false }, 2000); // no community: by site
    expect(await maintained()).toEqual(await recounted());
    // seen again, one of them now with its community
    await ingestBatch(db, { posts: [post(1, 'r/aww'), post(100, 'r/science')], pageKey: page, firstPos: 0, fresh: false }, 3000);
    expect(await maintained()).toEqual(await recounted());
    expect(await db.communityDays.toArray()).toEqual(await recountedDays());
    await analyzeBacklog(db); // sentiment arrives
    expect(await db.communityDays.toArray()).toEqual(await recountedDays());
    expect((await db.communityDays.toArray()).some((d) => d.scored > 0)).toBe(true);
    expect((await maintained()).get('old.reddit.com')).toBe(1);
    await pruneOldest(db, 10);
    expect(await maintained()).toEqual(await recounted());
    await pruneByRetention(db, 1, 3000 + 86_400_000 + 1);
    expect(await db.posts.count()).toBe(0);
    expect(await communityCounts(db)).toEqual([]); // communities with no post left are gone
    expect(await db.communityDays.count()).toBe(0);
  });

  it("give the chart its community's posts give, over days with gaps", async () => {
    const page = 'https://old.reddit.com/r/x/';
    const DAY = 86_400_000;
    for (const day of [0, 1, 4]) {
      const posts = Array.from({ length: 3 + day }, (_, i) => ({ ...post(day * 100 + i, 'r/aww'), text: i % 2 ? 'I love it, great!' : 'This is awful.' }));
      await ingestBatch(db, { posts, pageKey: page, firstPos: 0, fresh: false }, 20_000 * DAY + day * DAY);
    }
    await analyzeBacklog(db);
    const series = seriesOfDays(await communityDays(db, 'r/aww'));
    expect(series.map((d) => d.count)).toEqual([3, 4, 0, 0, 7]);
    // each day's labels and mean score are its posts'
    const posts = await db.posts.toArray();
    for (const d of series.filter((x) => x.count)) {
      const that = posts.filter((p) => Math.floor(p.firstSeen / 86_400_000) * 86_400_000 === d.day).map((p) => p.analysis!.sentiment);
      expect(d.negative).toBe(that.filter((s) => s.label === 'negative').length);
      expect(d.meanSentiment).toBeCloseTo(that.reduce((a, s) => a + s.score, 0) / that.length, 2);
    }
  });

  it('follow a backup import (newer posts replacing posts) and are emptied with everything', async () => {
    await ingestBatch(db, { posts: [post(1, 'r/a'), post(2, 'r/a')], pageKey: 'https://old.reddit.com/r/a/', firstPos: 0, fresh: true }, 1000);
    const rows = (await db.posts.toArray()).map((p) => ({ ...p, community: 'r/b', lastSeen: p.lastSeen + 1 })) as StoredPost[];
    await writeImportRows(db, { table: 'posts', rows: [...rows, { ...rows[0]!, id: 'reddit:3' }] });
    expect(await communityCounts(db)).toEqual([{ community: 'r/b', posts: 3 }]);
    expect(await maintained()).toEqual(await recounted());
    expect(await db.communityDays.toArray()).toEqual(await recountedDays());
    expect((await db.communityDays.toArray()).map((d) => d.community)).toEqual(['r/b']);
    await wipeDatabase(db);
    expect(await communityCounts(db)).toEqual([]);
  });

  it('a recount rebuilds them; a community’s latest posts come newest first, by site when it has no community', async () => {
    await ingestBatch(db, { posts: [post(1, 'r/a'), post(2)], pageKey: 'https://old.reddit.com/r/a/', firstPos: 0, fresh: true }, 1000);
    await ingestBatch(db, { posts: [post(3, 'r/a')], pageKey: 'https://old.reddit.com/r/a/', firstPos: 2, fresh: false }, 2000);
    await db.communities.clear();
    await recountCommunities(db);
    expect(await communityCounts(db)).toEqual([{ community: 'r/a', posts: 2 }, { community: 'old.reddit.com', posts: 1 }]);
    expect((await communityPosts(db, 'r/a')).map((p) => p.id)).toEqual(['reddit:3', 'reddit:1']);
    expect((await communityPosts(db, 'old.reddit.com')).map((p) => p.id)).toEqual(['reddit:2']);
  });
});
