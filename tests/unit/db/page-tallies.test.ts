import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { analyzeBacklog, analyzeRows, reanalyzeChunk } from '../../../lib/db/analyze-pending';
import { writeImportRows, wipeDatabase } from '../../../lib/db/backup';
import { ingestBatch } from '../../../lib/db/ingest';
import { pageTallies, recountPageTallies } from '../../../lib/db/page-tallies';
import { pagePosts } from '../../../lib/db/queries';
import { pruneByRetention, pruneOldest } from '../../../lib/db/retention';
import { openDb, type RapportDB } from '../../../lib/db/schema';
import { auditByLanguage, auditFromTallies } from '../../../lib/insights/audit';
import type { ObservedPost } from '../../../lib/model/post';
import type { StoredPost } from '../../../lib/model/stored';
import { recountOf } from './recount';

const DAY = 86_400_000;
const T0 = 20_000 * DAY;
const FEED = 'https://old.reddit.com/r/x/';
const THREAD = 'https://old.reddit.com/r/x/comments/1/';
let db: RapportDB;
beforeEach(async () => {
  db = openDb('rapport', new IDBFactory(), IDBKeyRange);
  await db.open();
});

const TEXTS = ['I love this, thank you so much!', 'This is the worst update ever, totally broken.', 'Me encanta este producto, gracias.', 'Das ist furchtbar und kaputt.', 'The meeting is at noon.', 'You are an idiot and a moron.'];
const post = (n: number, text = TEXTS[n % TEXTS.length]!): ObservedPost => ({ id: `reddit:${n}`, platform: 'reddit', url: `https://example.com/${n}`, author: { name: `u${n}` }, text, metrics: {} });
const ingest = (pageKey: string, posts: ObservedPost[], now: number, { analyse = true, fresh = false } = {}) =>
  ingestBatch(db, { posts, pageKey, firstPos: 0, fresh }, now, analyse ? (rows) => analyzeRows(rows) : undefined);

const recounted = () => recountOf(db.pageTallies, () => recountPageTallies(db));
const postsOn = async (pageKey: string) => (await pageTallies(db, pageKey)).reduce((n, t) => n + t.posts, 0);

describe("each page's counts kept with every write", () => {
  it('equal a recount through reading, re-reading afresh, analysing, editing, re-analysing, pruning and retention', async () => {
    await ingest(FEED, Array.from({ length: 12 }, (_, i) => post(i)), T0);
    await ingest(THREAD, [post(1), post(2), post(50), post(50)], T0 + 1000, { analyse: false }); // two posts on both pages; one twice
    expect(await db.pageTallies.toArray()).toEqual(await recounted());
    expect(await postsOn(FEED)).toBe(12);
    expect(await postsOn(THREAD)).toBe(3);

    await analyzeBacklog(db);
    expect(await db.pageTallies.toArray()).toEqual(await recounted());
    expect((await pageTallies(db, THREAD)).map((t) => t.lang)).not.toContain('und');

    // edited on the thread: analysed again, and both pages it is on count the new reading
    await ingest(THREAD, [post(1, 'Now it is broken and awful.')], T0 + DAY);
    expect(await db.pageTallies.toArray()).toEqual(await recounted());
    expect((await pageTallies(db, FEED)).reduce((n, t) => n + t.negative, 0)).toBeGreaterThan(0);

    // the feed read afresh: only what is on it now counts
    await ingest(FEED, [post(3), post(4)], T0 + DAY, { fresh: true });
    expect(await db.pageTallies.toArray()).toEqual(await recounted());
    expect(await postsOn(FEED)).toBe(2);

    await reanalyzeChunk(db, undefined, 10);
    expect(await db.pageTallies.toArray()).toEqual(await recounted());
    await pruneOldest(db, 3);
    expect(await db.pageTallies.toArray()).toEqual(await recounted());
    await pruneByRetention(db, 1, T0 + 3 * DAY);
    expect(await db.posts.count()).toBe(0);
    expect(await db.pageTallies.count()).toBe(0); // no count outlives its posts
  });

  it('follow a backup import whichever comes first, places or posts, and are emptied with everything', async () => {
    await ingest(FEED, [post(1), post(2), post(3)], T0);
    const posts = (await db.posts.toArray()) as StoredPost[];
    const places = await db.sightings.toArray();
    await wipeDatabase(db);
    expect(await db.pageTallies.count()).toBe(0);

    await writeImportRows(db, { table: 'sightings', rows: places }); // no posts yet: nothing to count
    expect(await postsOn(FEED)).toBe(0);
    await writeImportRows(db, { table: 'posts', rows: posts });
    expect(await postsOn(FEED)).toBe(3);
    await writeImportRows(db, { table: 'sightings', rows: places }); // the same places again change nothing
    await writeImportRows(db, { table: 'posts', rows: posts });
    expect(await db.pageTallies.toArray()).toEqual(await recounted());
    expect(await postsOn(FEED)).toBe(3);
  });

  it("give the page's audit its posts give", async () => {
    await ingest(FEED, Array.from({ length: 30 }, (_, i) => post(i)), T0);
    await ingest(THREAD, [post(2), post(5)], T0);
    for (const page of [FEED, THREAD]) {
      const posts = await pagePosts(db, page);
      const audit = auditFromTallies(await pageTallies(db, page), posts);
      expect(audit).toEqual(auditByLanguage(posts));
    }
    expect(auditFromTallies(await pageTallies(db, THREAD), []).reduce((n, r) => n + r.posts, 0)).toBe(2);
  });
});
