import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { analyzeBacklog, analyzeStored } from '../../../lib/db/analyze-pending';
import { ingestBatch } from '../../../lib/db/ingest';
import { pageKey } from '../../../lib/db/page-key';
import { pagePosts } from '../../../lib/db/queries';
import { openDb, type RapportDB } from '../../../lib/db/schema';
import type { ObservedPost } from '../../../lib/model/post';

const PAGE = 'https://news.ycombinator.com/item?id=1';
const post = (n: number, extra: Partial<ObservedPost> = {}): ObservedPost => ({
  id: `hackernews:${n}`, platform: 'hackernews', url: `https://news.ycombinator.com/item?id=${n}`,
  author: { name: `u${n}` }, text: `comment number ${n} is wonderful`, metrics: { likes: n }, ...extra,
});

let db: RapportDB;
beforeEach(async () => {
  db = openDb('rapport', new IDBFactory(), IDBKeyRange);
  await db.open();
});

describe('ingestBatch', () => {
  it('stores new posts unanalysed, with one observation and their place on the page', async () => {
    const r = await ingestBatch(db, { posts: [post(1), post(2)], pageKey: PAGE, firstPos: 0, fresh: true }, 1000);
    expect([...r.newIds]).toEqual(['hackernews:1', 'hackernews:2']);
    expect(await db.posts.where('analyzed').equals(0).count()).toBe(2);
    expect(await db.observations.count()).toBe(2);
    expect((await pagePosts(db, PAGE)).map((p) => p.id)).toEqual(['hackernews:1', 'hackernews:2']);
  });

  it('updates a post seen again instead of duplicating it, and records how its metrics grew', async () => {
    await ingestBatch(db, { posts: [post(1)], pageKey: PAGE, firstPos: 0, fresh: true }, 1000);
    await analyzeStored(db, ['hackernews:1']);
    const r = await ingestBatch(db, { posts: [post(1, { metrics: { likes: 9, replies: 2 } })], pageKey: PAGE, firstPos: 0, fresh: true }, 5000);
    expect(r.newIds.size).toBe(0);
    expect(await db.posts.count()).toBe(1);
    const stored = (await db.posts.get('hackernews:1'))!;
    expect(stored).toMatchObject({ firstSeen: 1000, lastSeen: 5000, metrics: { likes: 9, replies: 2 }, analyzed: 1 });
    expect((await db.observations.toArray()).map((o) => o.metrics.likes)).toEqual([1, 9]);
  });

  it('records an unchanged sighting again only after an hour', async () => {
    await ingestBatch(db, { posts: [post(1)], pageKey: PAGE, firstPos: 0, fresh: true }, 0);
    await ingestBatch(db, { posts: [post(1)], pageKey: PAGE, firstPos: 0, fresh: true }, 60_000);
    expect(await db.observations.count()).toBe(1);
    await ingestBatch(db, { posts: [post(1)], pageKey: PAGE, firstPos: 0, fresh: true }, 3_700_000);
    expect(await db.observations.count()).toBe(2);
  });

  it('is idempotent: the same batch sent twice (worker stopped before answering) changes nothing twice', async () => {
    const batch = { posts: [post(1), post(2)], pageKey: PAGE, firstPos: 0, fresh: true };
    await ingestBatch(db, batch, 1000);
    await ingestBatch(db, batch, 1000);
    expect(await db.posts.count()).toBe(2);
    expect(await db.sightings.count()).toBe(2);
    expect(await db.observations.count()).toBe(2);
  });

  it('sends an edited post back to analysis', async () => {
    await ingestBatch(db, { posts: [post(1)], pageKey: PAGE, firstPos: 0, fresh: true });
    await analyzeStored(db, ['hackernews:1']);
    await ingestBatch(db, { posts: [post(1, { text: 'edited: this is awful' })], pageKey: PAGE, firstPos: 0, fresh: false });
    expect((await db.posts.get('hackernews:1'))!.analyzed).toBe(0);
    await analyzeBacklog(db);
    expect((await db.posts.get('hackernews:1'))!.sentiment).toBe('negative');
  });

  it('a fresh page load forgets the page order of posts no longer shown', async () => {
    await ingestBatch(db, { posts: [post(1), post(2)], pageKey: PAGE, firstPos: 0, fresh: true });
    await ingestBatch(db, { posts: [post(2)], pageKey: PAGE, firstPos: 0, fresh: true });
    expect((await pagePosts(db, PAGE)).map((p) => p.id)).toEqual(['hackernews:2']);
    expect(await db.posts.count()).toBe(2); // history keeps both
  });
});

describe('analyzeBacklog', () => {
  it('analyses every post a stopped worker left behind, in chunks', async () => {
    const posts = Array.from({ length: 450 }, (_, i) => post(i + 1));
    for (let i = 0; i < posts.length; i += 100) await ingestBatch(db, { posts: posts.slice(i, i + 100), pageKey: PAGE, firstPos: i, fresh: i === 0 });
    expect(await analyzeBacklog(db, 200)).toBe(450);
    expect(await db.posts.where('analyzed').equals(0).count()).toBe(0);
    expect((await db.posts.get('hackernews:7'))!.analysis?.sentiment.label).toBe('positive');
  });
});

describe('pageKey', () => {
  it('drops fragments and tracking parameters but keeps what identifies the page', () => {
    expect(pageKey('https://news.ycombinator.com/item?id=5#c12')).toBe('https://news.ycombinator.com/item?id=5');
    expect(pageKey('https://x.com/a/status/1?s=20&t=abc')).toBe('https://x.com/a/status/1');
    expect(pageKey('https://example.com/p?utm_source=x&page=2')).toBe('https://example.com/p?page=2');
  });

  it("lists a page's posts in reading order, with those seen on another page since", async () => {
    const OTHER = 'https://news.ycombinator.com/news';
    await ingestBatch(db, { posts: [post(3), post(1), post(2)], pageKey: PAGE, firstPos: 0, fresh: true }, 1000);
    await ingestBatch(db, { posts: [post(1)], pageKey: OTHER, firstPos: 0, fresh: true }, 2000);
    expect((await db.posts.get('hackernews:1'))!.pageKey).toBe(OTHER);
    expect((await pagePosts(db, PAGE)).map((p) => p.id)).toEqual(['hackernews:3', 'hackernews:1', 'hackernews:2']);
    expect((await pagePosts(db, OTHER)).map((p) => p.id)).toEqual(['hackernews:1']);
  });
});
