import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { exportBackup, readBackupFile } from '../../../lib/db/backup';
import { openDb } from '../../../lib/db/schema';
import type { SiteRecipe } from '../../../lib/model/recipe';
import { DEFAULT_SETTINGS } from '../../../lib/model/settings';

// Backups carry the site recipes the person taught; a backup from before recipes existed still imports, and a
// backup whose recipes are not data of the recipes' grammar is refused whole.

const recipe: SiteRecipe = { version: 1, host: 'board.example.net', post: 'div.blk', author: 'b', created: Date.UTC(2026, 11, 1) };
const file = (v: unknown) => new Blob([JSON.stringify(v)]);

describe('site recipes in backups', () => {
  it('are exported and read back', async () => {
    const backup = await exportBackup(openDb('rapport', new IDBFactory(), IDBKeyRange), DEFAULT_SETTINGS, {}, [recipe]);
    expect(backup.recipes).toEqual([recipe]);
    const read = await readBackupFile(file(backup));
    expect(read.ok && read.backup.recipes).toEqual([recipe]);
  });

  it('a backup without recipes (made before them) still reads; one with a junk recipe is refused with where', async () => {
    const backup = await exportBackup(openDb('rapport', new IDBFactory(), IDBKeyRange), DEFAULT_SETTINGS);
    const { recipes: _none, ...old } = backup;
    expect((await readBackupFile(file(old))).ok).toBe(true);
    const junk = await readBackupFile(file({ ...backup, recipes: [{ ...recipe, post: 'div:has(script)' }] }));
    expect(junk).toMatchObject({ ok: false, reason: 'invalid', detail: expect.stringContaining('recipes.0.post') });
  });
});
