import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openDb, SCHEMA_VERSIONS } from '../../../lib/db/schema';
import { v1Rows } from '../../fixtures/db/v1';
import { v2Rows } from '../../fixtures/db/v2';
import { v3Rows } from '../../fixtures/db/v3';
import { v4Rows } from '../../fixtures/db/v4';
import { v5Rows } from '../../fixtures/db/v5';

/**
 * The migration harness: a database written by each older schema version (with that version's own
 * definition and rows) is opened by the current code, and every row must still be there.
 * A new schema version adds its rows fixture here: `rowsByVersion[N]`.
 */
const rowsByVersion: Record<number, Record<string, object[]>> = { 1: v1Rows, 2: v2Rows, 3: v3Rows, 4: v4Rows, 5: v5Rows };
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
});
