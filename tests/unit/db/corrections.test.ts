import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { ANALYZER_VERSION } from '../../../lib/analysis/analyze';
import { flagTarget } from '../../../lib/analysis/review';
import { analyzeBacklog, reanalyzeChunk, requeueOutdated } from '../../../lib/db/analyze-pending';
import { Backup, exportBackup, mergeRows } from '../../../lib/db/backup';
import { capturePosts } from '../../../lib/db/captures';
import { recountCommunityDays } from '../../../lib/db/community-days';
import { correctionsWithAnalyser, CorrectionRefused, writeCorrection } from '../../../lib/db/corrections';
import { ingestAnalysed } from '../../../lib/db/ingest-analysed';
import { pageTallies, recountPageTallies } from '../../../lib/db/page-tallies';
import { pruneOldest } from '../../../lib/db/retention';
import { openDb, type RapportDB } from '../../../lib/db/schema';
import { recountTallies } from '../../../lib/db/tallies';
import type { ObservedPost } from '../../../lib/model/post';
import { DEFAULT_SETTINGS } from '../../../lib/model/settings';
import { recountOf } from './recount';

const PAGE = 'https://old.reddit.com/r/x/';
const T0 = Date.UTC(2026, 10, 2, 12);
let db: RapportDB;
beforeEach(async () => {
  db = openDb('rapport', new IDBFactory(), IDBKeyRange);
  await db.open();
});

const post = (n: number, text: string): ObservedPost => ({
  id: `reddit:${n}`, platform: 'reddit', url: `https://old.reddit.com/r/x/comments/${n}`, community: 'r/x', author: { name: `u${n}` }, text, metrics: {}, publishedAt: new Date(T0).toISOString(),
});
const POSTS = [post(1, 'I love this, thank you so much!'), post(2, 'The mankind of chairmen, what a crazy psycho move.'), post(3, 'Me encanta este producto, gracias.')];
const read = () => ingestAnalysed(db, { posts: POSTS, pageKey: PAGE, firstPos: 0, fresh: false }, { now: T0 });

/** The counts a reader sees: history tallies, the page's, and the community's days, summed over rows. */
async function counts() {
  const sum = (rows: { positive: number; neutral: number; negative: number }[]) => rows.reduce((a, r) => ({ positive: a.positive + r.positive, neutral: a.neutral + r.neutral, negative: a.negative + r.negative }), { positive: 0, neutral: 0, negative: 0 });
  const tallies = await db.tallies.toArray();
  return {
    tallies: sum(tallies),
    toxic: tallies.reduce((n, t) => n + t.toxic, 0),
    flags: tallies.reduce((n, t) => n + Object.values(t.flags).reduce((a, b) => a + b, 0), 0),
    page: sum(await pageTallies(db, PAGE)),
    days: sum(await db.communityDays.toArray()),
  };
}
/** Every kept count equals a recount from the posts as stored. */
async function consistent() {
  expect(await db.tallies.toArray()).toEqual(await recountOf(db.tallies, () => recountTallies(db)));
  expect(await db.pageTallies.toArray()).toEqual(await recountOf(db.pageTallies, () => recountPageTallies(db)));
  expect(await db.communityDays.toArray()).toEqual(await recountOf(db.communityDays, () => recountCommunityDays(db)));
}

describe('a reviewer’s corrections', () => {
  it('move every count kept beside the posts, and taking one back moves them back', async () => {
    await read();
    const p1 = (await db.posts.get('reddit:1'))!;
    expect(p1.analysis!.sentiment.label).toBe('positive');
    const before = await counts();

    await writeCorrection(db, { postId: 'reddit:1', target: 'sentiment', label: 'negative' }, T0 + 1000);
    const after = await counts();
    for (const k of ['tallies', 'page', 'days'] as const) expect(after[k]).toEqual({ ...before[k], positive: before[k].positive - 1, negative: before[k].negative + 1 });
    const row = (await db.posts.get('reddit:1'))!;
    expect(row.sentiment).toBe('negative'); // the indexed field follows too
    expect(row.analysis!.sentiment.score).toBeLessThanOrEqual(-0.15);
    expect(row.analysis!.review).toMatchObject({ sentiment: 'negative', analyser: { sentiment: { label: 'positive' } } });
    await consistent();

    await writeCorrection(db, { postId: 'reddit:1', target: 'toxicity', label: 'toxic' }, T0 + 2000);
    expect((await counts()).toxic).toBe(before.toxic + 1);
    await consistent();

    await writeCorrection(db, { postId: 'reddit:1', target: 'sentiment', label: null }, T0 + 3000);
    await writeCorrection(db, { postId: 'reddit:1', target: 'toxicity', label: null }, T0 + 3000);
    expect(await counts()).toEqual(before);
    expect((await db.posts.get('reddit:1'))!.analysis).toEqual(p1.analysis);
    expect(await db.corrections.count()).toBe(0);
  });

  it('take a wrong flag out of the counts and the post, and keep a right one', async () => {
    await read();
    const flags = (await db.posts.get('reddit:2'))!.analysis!.sensitivity!.flags;
    expect(flags.length).toBeGreaterThanOrEqual(2);
    const before = await counts();
    await writeCorrection(db, { postId: 'reddit:2', target: flagTarget(flags[0]!), label: 'wrong' });
    await writeCorrection(db, { postId: 'reddit:2', target: flagTarget(flags[1]!), label: 'right' });
    const row = (await db.posts.get('reddit:2'))!;
    expect(row.analysis!.sensitivity!.flags).toEqual(flags.slice(1));
    expect((await counts()).flags).toBe(before.flags - 1);
    await consistent();
  });

  it('survive re-analysis (Settings → re-analyse, and a new analyser version) and still win', async () => {
    await read();
    await writeCorrection(db, { postId: 'reddit:1', target: 'sentiment', label: 'neutral' });
    await writeCorrection(db, { postId: 'reddit:3', target: 'sentiment', label: 'negative' });
    const reviewed = await counts();

    await reanalyzeChunk(db, undefined, 10);
    expect((await db.posts.get('reddit:1'))!.analysis!.sentiment.label).toBe('neutral');
    expect(await counts()).toEqual(reviewed);

    // an older analyser version: the posts are queued again and analysed afresh, at start-up or when read again
    await db.posts.toCollection().modify((p) => void (p.analysis!.version = ANALYZER_VERSION - 1));
    expect(await requeueOutdated(db)).toBe(3);
    await read(); // the page read again analyses the queued posts on the way in
    await analyzeBacklog(db);
    for (const [id, label] of [['reddit:1', 'neutral'], ['reddit:3', 'negative']]) {
      const row = (await db.posts.get(id!))!;
      expect(row.analysis!.version).toBe(ANALYZER_VERSION);
      expect(row.analysis!.sentiment.label).toBe(label);
      expect(row.sentiment).toBe(label);
    }
    expect(await counts()).toEqual(reviewed);
    await consistent();
    expect((await correctionsWithAnalyser(db)).map((c) => [c.postId, c.analyser, c.label, c.lang])).toEqual([
      ['reddit:1', 'positive', 'neutral', 'en'],
      ['reddit:3', 'positive', 'negative', 'es'],
    ]);
  });

  it('reach the post’s captures, and are refused with a sentence when they do not fit', async () => {
    await read();
    await capturePosts(db, ['reddit:1']);
    await writeCorrection(db, { postId: 'reddit:1', target: 'sentiment', label: 'negative' });
    expect((await db.captures.where('postId').equals('reddit:1').first())!.analysis!.sentiment.label).toBe('negative');
    await expect(writeCorrection(db, { postId: 'reddit:1', target: 'sentiment', label: 'toxic' })).rejects.toThrow(CorrectionRefused);
    await expect(writeCorrection(db, { postId: 'reddit:1', target: 'flag:en-mankind@0', label: 'wrong' })).rejects.toThrow(/no flag/);
    await expect(writeCorrection(db, { postId: 'reddit:9', target: 'sentiment', label: 'negative' })).rejects.toThrow(/not analysed/);
    expect(await db.corrections.count()).toBe(1);
  });

  it('are backed up, and a restore into another profile brings them back with the counts they move', async () => {
    await read();
    await writeCorrection(db, { postId: 'reddit:3', target: 'sentiment', label: 'negative' }, T0 + 1000);
    const backup = Backup.parse(JSON.parse(JSON.stringify(await exportBackup(db, DEFAULT_SETTINGS))));
    expect(backup.tables.corrections).toHaveLength(1);
    // a post stored elsewhere without the review (read there before it was corrected here) takes it from the backup
    const other = openDb('rapport', new IDBFactory(), IDBKeyRange);
    const local = db;
    db = other;
    await read();
    expect((await db.posts.get('reddit:3'))!.analysis!.sentiment.label).toBe('positive');
    await mergeRows(db, { ...backup.tables, posts: [] });
    expect((await db.posts.get('reddit:3'))!.analysis!.sentiment.label).toBe('negative');
    expect(await db.corrections.toArray()).toEqual(await local.corrections.toArray());
    await consistent();
    // importing twice changes nothing
    expect((await mergeRows(db, { corrections: backup.tables.corrections })).written).toBe(0);
  });

  it('come back with a post read again after it was pruned', async () => {
    await read();
    await writeCorrection(db, { postId: 'reddit:3', target: 'sentiment', label: 'negative' });
    await pruneOldest(db, 3);
    expect(await db.posts.count()).toBe(0);
    await read();
    expect((await db.posts.get('reddit:3'))!.analysis!.sentiment.label).toBe('negative');
    expect((await db.posts.get('reddit:1'))!.analysis!.review).toBeUndefined();
    await consistent();
  });
});
