import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { capturePosts } from '../../../lib/db/captures';
import { parseCsv } from '../../../lib/model/csv';
import { capturesJson, OBSERVATION_COLUMNS, observationsCsv } from '../../../lib/db/export';
import { ingestBatch } from '../../../lib/db/ingest';
import { observationsOf, seenAgain } from '../../../lib/db/observations';
import { openDb } from '../../../lib/db/schema';
import type { ObservedPost } from '../../../lib/model/post';

const PAGE = 'https://news.ycombinator.com/item?id=1';
const T0 = Date.parse('2026-11-02T08:00:00Z');
const HOUR = 3_600_000;
const post = (likes: number, replies: number): ObservedPost => ({
  id: 'hackernews:1', platform: 'hackernews', url: PAGE, author: { name: 'op' }, text: 'Launch day', metrics: { likes, replies }, publishedAt: new Date(T0).toISOString(),
});

describe('a captured post’s observations', () => {
  it('are read back per post, oldest first, and exported one row per observation with the post’s age', async () => {
    const db = openDb('obs', new IDBFactory(), IDBKeyRange);
    await ingestBatch(db, { posts: [post(10, 1)], pageKey: PAGE, firstPos: 0, fresh: true }, T0 + HOUR);
    expect(seenAgain((await db.posts.get('hackernews:1'))!)).toBe(false);
    await ingestBatch(db, { posts: [post(40, 7)], pageKey: PAGE, firstPos: 0, fresh: true }, T0 + 3 * HOUR);
    expect(seenAgain((await db.posts.get('hackernews:1'))!)).toBe(true);
    const [id] = await capturePosts(db, ['hackernews:1'], T0 + 3 * HOUR);
    const cap = (await db.captures.get(id!))!;
    const obs = await observationsOf(db, ['hackernews:1', 'hackernews:1', 'hackernews:404']);
    expect(obs.get('hackernews:1')!.map((o) => o.metrics.likes)).toEqual([10, 40]);
    expect(obs.get('hackernews:404')).toEqual([]);
    await ingestBatch(db, { posts: [post(55, 9)], pageKey: PAGE, firstPos: 0, fresh: true }, T0 + 5 * HOUR);
    // the newest two only, still oldest first
    expect((await observationsOf(db, ['hackernews:1'], 2)).get('hackernews:1')!.map((o) => o.metrics.likes)).toEqual([40, 55]);

    const rows = parseCsv(observationsCsv([cap], obs));
    expect(rows[0]).toEqual([...OBSERVATION_COLUMNS]);
    expect(rows.slice(1)).toEqual([
      [id, 'hackernews:1', new Date(T0 + HOUR).toISOString(), '1', '10', '1', '', ''],
      [id, 'hackernews:1', new Date(T0 + 3 * HOUR).toISOString(), '3', '40', '7', '', ''],
    ]);
    const json = JSON.parse(capturesJson([cap], obs));
    expect(json.captures).toHaveLength(1);
    expect(json.observations).toEqual([
      { capture_id: id, post_id: 'hackernews:1', observed_at: new Date(T0 + HOUR).toISOString(), age_hours: 1, likes: 10, replies: 1 },
      { capture_id: id, post_id: 'hackernews:1', observed_at: new Date(T0 + 3 * HOUR).toISOString(), age_hours: 3, likes: 40, replies: 7 },
    ]);
    // without a publication time the age is left empty, not made up
    const undated = { ...cap, post: { ...cap.post, publishedAt: undefined } };
    expect(parseCsv(observationsCsv([undated], obs))[1]![3]).toBe('');
  });
});
