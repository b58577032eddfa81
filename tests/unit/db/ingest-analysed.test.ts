import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { analyseOutside, analyzeBacklog, writeAnalyses } from '../../../lib/db/analyze-pending';
import { ingestBatch } from '../../../lib/db/ingest';
import { ingestAnalysed } from '../../../lib/db/ingest-analysed';
import { openDb, type RapportDB } from '../../../lib/db/schema';
import type { ObservedPost } from '../../../lib/model/post';

const PAGE = 'https://news.ycombinator.com/item?id=1';
const post = (n: number, extra: Partial<ObservedPost> = {}): ObservedPost => ({
  id: `hackernews:${n}`, platform: 'hackernews', url: `https://news.ycombinator.com/item?id=${n}`,
  author: { name: `u${n}` }, text: `comment number ${n} is wonderful`, metrics: { likes: n }, ...extra,
});
const hostile = (n: number) => post(n, { text: `${'a@'.repeat(2_000)} ${'中'.repeat(3_000)} ${'you idiot '.repeat(400)}`.slice(0, 20_000) });

let db: RapportDB;
beforeEach(async () => {
  db = openDb('rapport', new IDBFactory(), IDBKeyRange);
  await db.open();
});

describe('ingestAnalysed', () => {
  it('stores a batch with its analysis in one write, and answers the rows as stored', async () => {
    const r = await ingestAnalysed(db, { posts: [post(1), post(2, { text: 'this is awful, worst service ever' })], pageKey: PAGE, firstPos: 0, fresh: true });
    expect(r.rows.map((p) => p.sentiment)).toEqual(['positive', 'negative']);
    const stored = await db.posts.bulkGet(['hackernews:1', 'hackernews:2']);
    expect(stored.map((p) => p!.analyzed)).toEqual([1, 1]);
    expect(stored[1]!.analysis).toEqual(r.rows[1]!.analysis);
    // idempotent: the same batch again changes nothing but the sighting time
    await ingestAnalysed(db, { posts: [post(1), post(2, { text: 'this is awful, worst service ever' })], pageKey: PAGE, firstPos: 0, fresh: true });
    expect(await db.posts.count()).toBe(2);
  });

  it('analyses outside the write transaction: a write to the posts during a slow batch is not held back', async () => {
    const events: string[] = [];
    const batch = ingestAnalysed(db, { posts: Array.from({ length: 40 }, (_, i) => hostile(i + 1)), pageKey: PAGE, firstPos: 0, fresh: true }).then(() => events.push('batch stored'));
    await new Promise((r) => setTimeout(r, 0));
    const other = db.posts.put({ ...post(99), firstSeen: 0, lastSeen: 0, pageKey: PAGE, authorKey: '', analyzed: 0, captured: 0 }).then(() => events.push('other write done'));
    await Promise.all([batch, other]);
    expect(events).toEqual(['other write done', 'batch stored']);
    expect(await db.posts.where('analyzed').equals(1).count()).toBe(40);
  });

  it('leaves posts past the budget unanalysed, for the backlog', async () => {
    const rows = (await ingestBatch(db, { posts: [post(1), post(2)], pageKey: PAGE, firstPos: 0, fresh: true })).rows;
    expect((await analyseOutside(rows, undefined, { budgetMs: 0 })).map((p) => p.analyzed)).toEqual([0, 0]);
    expect(await analyzeBacklog(db)).toBe(2);
  });

  it('never writes an analysis onto a post edited while it was analysed', async () => {
    const rows = (await ingestBatch(db, { posts: [post(1)], pageKey: PAGE, firstPos: 0, fresh: true })).rows;
    const analysed = await analyseOutside(rows);
    await ingestBatch(db, { posts: [post(1, { text: 'edited: this is awful' })], pageKey: PAGE, firstPos: 0, fresh: false });
    const [now] = await writeAnalyses(db, analysed);
    expect(now!.analyzed).toBe(0);
    expect((await db.posts.get('hackernews:1'))!.analyzed).toBe(0);
    await analyzeBacklog(db);
    expect((await db.posts.get('hackernews:1'))!.sentiment).toBe('negative');
  });
});
