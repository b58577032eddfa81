import { z } from 'zod';
import { Settings } from '../model/settings';
import { Capture, Observation, Sighting, StoredPost } from '../model/stored';
import type { BackupTable, ImportRows } from '../protocol/contract';
import { aggregateTables, applyPostChanges } from './aggregates';
import { putPlaces } from './page-tallies';
import type { RapportDB } from './schema';

/** The tables a backup holds; `tabs` is what is open right now, not history. */
export const BACKUP_TABLES: readonly BackupTable[] = ['posts', 'observations', 'sightings', 'captures'];

export const Backup = z.object({
  format: z.literal('rapport-backup'),
  version: z.literal(1),
  exportedAt: z.string(),
  settings: Settings,
  tables: z.object({
    posts: z.array(StoredPost),
    observations: z.array(Observation),
    sightings: z.array(Sighting),
    captures: z.array(Capture),
  }),
});
export type Backup = z.infer<typeof Backup>;

export interface Progress {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

const CHUNK = 500;

function checkAbort(signal?: AbortSignal) {
  if (signal?.aborted) throw new DOMException('Cancelled', 'AbortError');
}

/** Reads the whole history in chunks (progress, cancellable) into a backup object. */
export async function exportBackup(db: RapportDB, settings: Settings, { onProgress, signal }: Progress = {}): Promise<Backup> {
  const counts = await Promise.all(BACKUP_TABLES.map((t) => db.table(t).count()));
  const total = counts.reduce((a, b) => a + b, 0);
  let done = 0;
  const tables = {} as Record<BackupTable, unknown[]>;
  for (const [i, name] of BACKUP_TABLES.entries()) {
    const rows: unknown[] = [];
    for (let offset = 0; offset < counts[i]!; offset += CHUNK) {
      checkAbort(signal);
      rows.push(...(await db.table(name).offset(offset).limit(CHUNK).toArray()));
      done = Math.min(total, done + CHUNK);
      onProgress?.(Math.min(done, total), total);
    }
    tables[name] = rows;
  }
  onProgress?.(total, total);
  return { format: 'rapport-backup', version: 1, exportedAt: new Date().toISOString(), settings, tables: tables as Backup['tables'] };
}

/** The chunks an import sends to the background, in an order that keeps references whole (posts first). */
export function importChunks(backup: Backup, size = CHUNK): ImportRows[] {
  const out: ImportRows[] = [];
  for (const table of BACKUP_TABLES) {
    const rows = backup.tables[table];
    for (let i = 0; i < rows.length; i += size) out.push({ table, rows: rows.slice(i, i + size) } as ImportRows);
  }
  return out;
}

/** Writes one validated chunk; rows with the same key are replaced, so importing twice changes nothing. */
export async function writeImportRows(db: RapportDB, chunk: ImportRows): Promise<number> {
  if (chunk.table === 'posts') {
    // Posts replace what had the same id: the counts kept beside them move with them, in the same transaction.
    const rows = chunk.rows as StoredPost[];
    await db.transaction('rw', [db.posts, ...aggregateTables(db)], async () => {
      const before = await db.posts.bulkGet(rows.map((p) => p.id));
      await applyPostChanges(db, before, rows);
      await db.posts.bulkPut(rows);
    });
    return rows.length;
  }
  if (chunk.table === 'sightings') {
    // A place counts on its page once its post is there too (posts come first in a backup, but need not).
    await db.transaction('rw', [db.sightings, db.posts, db.pageTallies], () => putPlaces(db, chunk.rows));
    return chunk.rows.length;
  }
  await (db.table(chunk.table) as unknown as { bulkPut(rows: unknown[]): Promise<unknown> }).bulkPut(chunk.rows);
  return chunk.rows.length;
}

/** Empties every table in one transaction: nothing is left, nothing half-deleted. */
export async function wipeDatabase(db: RapportDB): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const t of db.tables) await t.clear();
  });
}
