import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { analyzeBacklog, analyzeRows, reanalyzeChunk } from '../../../lib/db/analyze-pending';
import { writeImportRows, wipeDatabase } from '../../../lib/db/backup';
import { ingestBatch } from '../../../lib/db/ingest';
import { pruneByRetention, pruneOldest } from '../../../lib/db/retention';
import { openDb, type RapportDB } from '../../../lib/db/schema';
import { latestPostsSince, recountTallies, talliesSince } from '../../../lib/db/tallies';
import { auditByLanguage, auditFromTallies, type LanguageAudit } from '../../../lib/insights/audit';
import type { ObservedPost } from '../../../lib/model/post';
import type { StoredPost } from '../../../lib/model/stored';
import { recountOf } from './recount';

const DAY = 86_400_000;
const T0 = 20_000 * DAY; // a day boundary
let db: RapportDB;
beforeEach(async () => {
  db = openDb('rapport', new IDBFactory(), IDBKeyRange);
  await db.open();
});

const TEXTS = [
  'I love this, thank you so much!',
  'This is the worst update ever, totally broken.',
  'Me encanta este producto, gracias.',
  'Das ist furchtbar und kaputt.',
  'The meeting is at noon.',
  'You are an idiot and a moron.',
];
const post = (n: number, text = TEXTS[n % TEXTS.length]!, platform: 'reddit' | 'hackernews' = n % 2 ? 'reddit' : 'hackernews'): ObservedPost => ({
  id: `${platform}:${n}`, platform, url: `https://example.com/${n}`, author: { name: `u${n}` }, text, metrics: {},
});
const ingest = (posts: ObservedPost[], now: number, analyse = true) =>
  ingestBatch(db, { posts, pageKey: 'https://old.reddit.com/r/x/', firstPos: 0, fresh: false }, now, analyse ? (rows) => analyzeRows(rows) : undefined);

const recounted = () => recountOf(db.tallies, () => recountTallies(db));

/** Examples tie on weight (the same texts repeat): which of equal posts is shown depends on read order. */
const byText = (rows: LanguageAudit[]) => rows.map((r) => ({ ...r, examples: r.examples.map((e) => e.text) }));

describe("the audit's tallies kept with every write", () => {
  it('equal a recount after ingesting, analysing, seeing posts again another day, editing, re-analysing, pruning and retention', async () => {
    await ingest(Array.from({ length: 24 }, (_, i) => post(i)), T0 + 1000);
    await ingest([post(100), post(101)], T0 + 2000, false); // stored, not analysed yet: language "und"
    expect(await db.tallies.toArray()).toEqual(await recounted());
    expect((await db.tallies.toArray()).some((t) => t.lang === 'und')).toBe(true);

    await analyzeBacklog(db);
    expect(await db.tallies.toArray()).toEqual(await recounted());
    expect((await db.tallies.toArray()).some((t) => t.lang === 'und')).toBe(false);

    // seen again the next day: the posts move to that day's tallies; one was edited (analysed again)
    await ingest([post(1), post(2), post(3, 'Now it works, great job!')], T0 + DAY + 5000);
    expect(await db.tallies.toArray()).toEqual(await recounted());
    expect((await db.tallies.where('day').equals(20_001).toArray()).reduce((n, t) => n + t.posts, 0)).toBe(3);

    await reanalyzeChunk(db, undefined, 10);
    expect(await db.tallies.toArray()).toEqual(await recounted());
    await pruneOldest(db, 5);
    expect(await db.tallies.toArray()).toEqual(await recounted());
    await pruneByRetention(db, 1, T0 + 3 * DAY);
    expect(await db.posts.count()).toBe(0);
    expect(await db.tallies.count()).toBe(0); // no tally outlives its posts
  });

  it('follow a backup import (posts replacing posts) and are emptied with everything', async () => {
    await ingest([post(1), post(2)], T0);
    const rows = (await db.posts.toArray()).map((p) => ({ ...p, lastSeen: T0 + 3 * DAY })) as StoredPost[];
    await writeImportRows(db, { table: 'posts', rows: [...rows, { ...rows[0]!, id: 'reddit:9' }] });
    expect(await db.tallies.toArray()).toEqual(await recounted());
    expect((await db.tallies.toArray()).every((t) => t.day === 20_003)).toBe(true);
    await wipeDatabase(db);
    expect(await db.tallies.count()).toBe(0);
  });

  it('give the same audit as the posts themselves, for a period and a site', async () => {
    await ingest(Array.from({ length: 30 }, (_, i) => post(i)), T0 - 10 * DAY); // outside a 7-day period
    await ingest(Array.from({ length: 30 }, (_, i) => post(100 + i)), T0 - 2 * DAY);
    const now = T0 + 1000;
    const all = await db.posts.where('lastSeen').aboveOrEqual(T0 - 7 * DAY).toArray();
    const fromTallies = auditFromTallies(await talliesSince(db, 7, undefined, now), await latestPostsSince(db, 7, undefined, now));
    expect(byText(fromTallies)).toEqual(byText(auditByLanguage(all)));
    expect(fromTallies.reduce((n, r) => n + r.posts, 0)).toBe(30);
    const reddit = auditFromTallies(await talliesSince(db, 7, 'reddit', now), await latestPostsSince(db, 7, 'reddit', now));
    expect(byText(reddit)).toEqual(byText(auditByLanguage(all.filter((p) => p.platform === 'reddit'))));
    expect(reddit.find((r) => r.code === 'en')!.toxic).toBeGreaterThan(0);
  });
});
