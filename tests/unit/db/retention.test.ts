import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { ingestBatch } from '../../../lib/db/ingest';
import { isQuotaError, pruneByRetention, pruneOldest } from '../../../lib/db/retention';
import { openDb, type RapportDB } from '../../../lib/db/schema';
import type { ObservedPost } from '../../../lib/model/post';

const DAY = 86_400_000;
const post = (n: number): ObservedPost => ({ id: `hackernews:${n}`, platform: 'hackernews', url: 'u', author: {}, text: `t${n}`, metrics: {} });

let db: RapportDB;
beforeEach(async () => {
  db = openDb('rapport', new IDBFactory(), IDBKeyRange);
  // posts 1..10, post n last seen on day n; post 2 is captured
  for (let n = 1; n <= 10; n++) await ingestBatch(db, { posts: [post(n)], pageKey: 'p', firstPos: n, fresh: false }, n * DAY);
  await db.posts.update('hackernews:2', { captured: 1 });
  await db.captures.add({ id: 'c2', postId: 'hackernews:2', capturedAt: 0, post: post(2), tags: [], note: '' });
});

describe('pruning', () => {
  it('removes the oldest uncaptured posts with their observations and page places, never captures', async () => {
    expect(await pruneOldest(db, 3)).toBe(3);
    const left = (await db.posts.toCollection().primaryKeys()).sort();
    expect(left).toContain('hackernews:2');
    for (const gone of ['hackernews:1', 'hackernews:3', 'hackernews:4']) {
      expect(left).not.toContain(gone);
      expect(await db.observations.where('[postId+at]').between([gone, -Infinity], [gone, Infinity]).count()).toBe(0);
      expect(await db.sightings.where('postId').equals(gone).count()).toBe(0);
    }
    expect(await db.captures.count()).toBe(1);
  });

  it('applies the retention period from the last sighting', async () => {
    expect(await pruneByRetention(db, 5, 11 * DAY)).toBe(4); // days 1..5 are older than 5 days, post 2 is captured
    expect(await db.posts.count()).toBe(6);
    expect(await db.posts.get('hackernews:2')).toBeDefined();
  });
});

describe('isQuotaError', () => {
  it('recognises the quota error however it is wrapped', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'AbortError', message: 'aborted', inner: { name: 'QuotaExceededError', message: '' } })).toBe(true);
    expect(isQuotaError(new Error('constraint failed'))).toBe(false);
  });
});
