import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openDb, SCHEMA_VERSIONS } from '../../../lib/db/schema';
import { v1Rows } from '../../fixtures/db/v1';
import { v2Rows } from '../../fixtures/db/v2';
import { v3Rows } from '../../fixtures/db/v3';
import { v4Rows } from '../../fixtures/db/v4';
import { v5Rows } from '../../fixtures/db/v5';
import { ad, adSighting, v6Rows } from '../../fixtures/db/v6';
import { v7Rows } from '../../fixtures/db/v7';

/**
 * The migration harness: a database written by each older schema version (with that version's own
 * definition and rows) is opened by the current code, and every row must still be there.
 * A new schema version adds its rows fixture here: `rowsByVersion[N]`.
 */
const rowsByVersion: Record<number, Record<string, object[]>> = { 1: v1Rows, 2: v2Rows, 3: v3Rows, 4: v4Rows, 5: v5Rows, 6: v6Rows, 7: v7Rows };
const latest = SCHEMA_VERSIONS.at(-1)!.version;

describe('schema migrations', () => {
  it('has a rows fixture for every schema version', () => {
    for (const { version } of SCHEMA_VERSIONS) expect(rowsByVersion[version], `tests/fixtures/db/v${version}.ts`).toBeDefined();
  });

  for (const { version } of SCHEMA_VERSIONS) {
    it(`opens a database written by version ${version} and finds every row (current: ${latest})`, async () => {
      const indexedDB = new IDBFactory();
      const old = new Dexie('rapport', { indexedDB, IDBKeyRange });
      for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= version)) old.version(v.version).stores(v.stores);
      const rows = rowsByVersion[version]!;
      await old.transaction('rw', Object.keys(rows), async () => {
        for (const [table, items] of Object.entries(rows)) await old.table(table).bulkAdd(items);
      });
      old.close();

      const db = openDb('rapport', indexedDB, IDBKeyRange);
      await db.open();
      expect(db.verno).toBe(latest);
      for (const [table, items] of Object.entries(rows)) {
        const stored = await db.table(table).toArray();
        expect(stored, table).toHaveLength(items.length);
        for (const item of items) expect(stored, table).toContainEqual(expect.objectContaining(item));
      }
      // indexes the panel relies on work on migrated rows
      expect(await db.captures.where('tags').equals('q4').count()).toBe(1);
      expect(await db.posts.where('analyzed').equals(0).count()).toBe(1);
      // per-community counts exist for the posts (counted by the version 2 migration from older databases)
      expect(await db.communities.toArray()).toEqual([{ community: 'news.ycombinator.com', posts: 2 }]);
      // and the audit's tallies (counted by the version 3 migration)
      expect(await db.tallies.toArray()).toEqual(v3Rows.tallies);
      // and the page's counts (counted by the version 4 migration)
      expect(await db.pageTallies.toArray()).toEqual(v4Rows.pageTallies);
      // and the community's days (counted by the version 5 migration)
      expect(await db.communityDays.toArray()).toEqual(v5Rows.communityDays);
      db.close();
    });
  }

  it('takes ads out of the counts version 5 kept with them', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('rapport', { indexedDB, IDBKeyRange });
    for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= 5)) old.version(v.version).stores(v.stores);
    const plus = <T extends object>(rows: object[], change: (r: T) => T) => rows.map((r) => change(r as T));
    type Counted = { posts: number; positive: number; lang?: string };
    const withAd: Record<string, object[]> = {
      ...v5Rows,
      posts: [...v5Rows.posts!, ad],
      sightings: [...v5Rows.sightings!, adSighting],
      // what version 5 counted: the ad as one more English, positive post
      communities: [{ community: 'news.ycombinator.com', posts: 3 }],
      tallies: plus<Counted>(v5Rows.tallies!, (t) => (t.lang === 'en' ? { ...t, posts: t.posts + 1, positive: t.positive + 1 } : t)),
      pageTallies: plus<Counted>(v5Rows.pageTallies!, (t) => (t.lang === 'en' ? { ...t, posts: t.posts + 1, positive: t.positive + 1 } : t)),
      communityDays: plus<Counted>(v5Rows.communityDays!, (t) => ({ ...t, posts: t.posts + 1, positive: t.positive + 1 })),
    };
    await old.transaction('rw', Object.keys(withAd), async () => {
      for (const [table, items] of Object.entries(withAd)) await old.table(table).bulkAdd(items);
    });
    old.close();
    const db = openDb('rapport', indexedDB, IDBKeyRange);
    await db.open();
    expect(await db.posts.get(ad.id)).toMatchObject({ promoted: true });
    expect(await db.communities.toArray()).toEqual([{ community: 'news.ycombinator.com', posts: 2 }]);
    expect(await db.tallies.toArray()).toEqual(v3Rows.tallies);
    expect(await db.pageTallies.toArray()).toEqual(v4Rows.pageTallies);
    expect(await db.communityDays.toArray()).toEqual(v5Rows.communityDays);
    db.close();
  });
});
