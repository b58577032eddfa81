import { z } from 'zod';
import { anonymousCapture, anonymousId, anonymousSighting, anonymousStoredPost } from '../model/anonymize';
import { MAX_RECIPES, SiteRecipe } from '../model/recipe';
import { Settings } from '../model/settings';
import { Capture, Correction, Observation, Sighting, StoredPost } from '../model/stored';
import type { BackupTable, ImportRows } from '../protocol/contract';
import { aggregateTables, applyPostChanges } from './aggregates';
import { mergeCorrections } from './corrections';
import { putPlaces } from './page-tallies';
import type { RapportDB } from './schema';

/** The tables a backup holds; `tabs` is what is open right now, not history. */
export const BACKUP_TABLES: readonly BackupTable[] = ['posts', 'observations', 'sightings', 'captures', 'corrections'];

/**
 * Largest backup file imported. The panel reads the whole file and parses it (a few times its size in memory),
 * and the worker holds every row until its single commit: 200 MB keeps that under about a gigabyte, while it
 * holds about 160,000 posts at the 1.2 KB per post (all tables) measured on the fixture pages' backup, some
 * 70,000 if real posts run twice as long: more than the default 90 days' history of heavy reading.
 * Checked on `File.size`, before anything is read.
 */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;
/** Rows the worker stages for one import: a bound on its memory whatever the panel sends. */
export const MAX_IMPORT_ROWS = 2_000_000;

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
    /** a reviewer's corrections (absent from backups made before corrections existed) */
    corrections: z.array(Correction).default([]),
  }),
  /** the site recipes the person taught (absent from backups made before recipes existed) */
  recipes: z.array(SiteRecipe).max(MAX_RECIPES).optional(),
});
export type Backup = z.infer<typeof Backup>;
export type BackupTables = Backup['tables'];

export interface Progress {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

const CHUNK = 500;

function checkAbort(signal?: AbortSignal) {
  if (signal?.aborted) throw new DOMException('Cancelled', 'AbortError');
}

/** Reads the whole history in chunks (progress, cancellable) into a backup object. */
export async function exportBackup(db: RapportDB, settings: Settings, { onProgress, signal }: Progress = {}, recipes: SiteRecipe[] = []): Promise<Backup> {
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
  return { format: 'rapport-backup', version: 1, exportedAt: new Date().toISOString(), settings, tables: tables as Backup['tables'], recipes };
}

/**
 * Reads a backup file: refused with a sentence (never thrown) when too big, not JSON, or not a valid backup,
 * including any time outside 2000 … tomorrow. Nothing is sent to the worker before all of it is valid.
 */
export async function readBackupFile(file: Blob): Promise<{ ok: true; backup: Backup } | { ok: false; reason: 'too-big' | 'invalid'; detail: string }> {
  if (file.size > MAX_BACKUP_BYTES) return { ok: false, reason: 'too-big', detail: `${(file.size / 1024 / 1024).toFixed(1)} MB` };
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch (e) {
    return { ok: false, reason: 'invalid', detail: (e as Error).message.slice(0, 120) };
  }
  const parsed = Backup.safeParse(json);
  if (parsed.success) return { ok: true, backup: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, reason: 'invalid', detail: issue ? `${issue.path.join('.')}: ${issue.message}`.slice(0, 200) : '' };
}

/** The chunks an import sends to the background, in an order that keeps references whole (posts first). */
export function importChunks(backup: Backup, importId: string, size = CHUNK): ImportRows[] {
  const out: ImportRows[] = [];
  for (const table of BACKUP_TABLES) {
    const rows = backup.tables[table];
    for (let i = 0; i < rows.length; i += size) out.push({ importId, table, rows: rows.slice(i, i + size) } as ImportRows);
  }
  return out;
}

/**
 * The worker's side of an import. Chunks arrive as separate messages (a message has a size limit; the panel
 * shows progress), but nothing is written until the commit, which writes every row in one transaction: an
 * import that fails anywhere (a bad chunk, a full disk, the worker stopped midway, which loses the staged rows
 * and makes the commit's count disagree) leaves the database exactly as it was. One import at a time.
 */
export class ImportStaging {
  private id?: string;
  private tables: BackupTables = { posts: [], observations: [], sightings: [], captures: [], corrections: [] };
  private count = 0;

  /** Stages a validated chunk; a new import id drops whatever an abandoned import left. Returns the rows held. */
  add(chunk: ImportRows): number {
    if (chunk.importId !== this.id) this.reset(chunk.importId);
    if (this.count + chunk.rows.length > MAX_IMPORT_ROWS) {
      this.reset();
      throw new Error(`A backup may hold at most ${MAX_IMPORT_ROWS} records.`);
    }
    (this.tables[chunk.table] as unknown[]).push(...chunk.rows);
    this.count += chunk.rows.length;
    return this.count;
  }

  /** Everything staged for the import, once, if it is complete; else undefined. The staging is emptied either way. */
  take(importId: string, rows: number): BackupTables | undefined {
    const complete = importId === this.id && rows === this.count;
    const tables = this.tables;
    this.reset();
    return complete ? tables : undefined;
  }

  private reset(id?: string) {
    this.id = id;
    this.tables = { posts: [], observations: [], sightings: [], captures: [], corrections: [] };
    this.count = 0;
  }
}

/** Tags of both, and both notes (the local one first) when they differ, within the schema's limits. */
export function mergeCapture(local: Capture, incoming: Capture): Capture {
  const tags = [...new Set([...local.tags, ...incoming.tags])].slice(0, 50);
  const a = local.note.trim();
  const b = incoming.note.trim();
  const note = !b || a.includes(b) ? local.note : !a || b.includes(a) ? incoming.note : `${local.note}\n\n${incoming.note}`;
  return { ...local, capturedAt: Math.min(local.capturedAt, incoming.capturedAt), tags, note: note.slice(0, 10_000) };
}

/** The newer of two rows of one post (by last sighting; the local one on a tie), first seen at the earlier time. */
function newerPost(local: StoredPost, incoming: StoredPost): StoredPost {
  const newer = incoming.lastSeen > local.lastSeen ? incoming : local;
  return { ...newer, firstSeen: Math.min(local.firstSeen, incoming.firstSeen), captured: local.captured || incoming.captured ? 1 : 0 };
}

/** Rows as the local privacy setting wants them: without authors when names are not stored. */
export function withoutAuthors(t: Partial<BackupTables>): Partial<BackupTables> {
  return {
    posts: t.posts?.map(anonymousStoredPost),
    observations: t.observations?.map((o) => ({ ...o, postId: anonymousId(o.postId) })),
    sightings: t.sightings?.map(anonymousSighting),
    captures: t.captures?.map(anonymousCapture),
    corrections: t.corrections?.map((c) => ({ ...c, postId: anonymousId(c.postId) })),
  };
}

/**
 * Merges rows into the database in one transaction, "newer wins": a post replaces the local one only when it
 * was seen later, observations and places are added (a place moves only when seen later), and a capture already
 * here keeps its snapshot and gains the imported tags and note. Importing twice changes nothing. Returns rows
 * written and local rows kept because they were newer.
 */
export async function mergeRows(db: RapportDB, tables: Partial<BackupTables>): Promise<{ written: number; keptLocal: number }> {
  let written = 0;
  let keptLocal = 0;
  await db.transaction('rw', [db.posts, db.observations, db.captures, db.corrections, ...aggregateTables(db)], async () => {
    // Posts first, with the counts kept beside them; their places are counted as they arrive below.
    const posts = [...new Map((tables.posts ?? []).map((p) => [p.id, p])).values()];
    const before = await db.posts.bulkGet(posts.map((p) => p.id));
    const after = posts.map((p, i) => (before[i] ? newerPost(before[i]!, p) : p));
    const changed = after.map((_, i) => i).filter((i) => before[i] === undefined || after[i] !== before[i]);
    keptLocal += posts.length - changed.length;
    await applyPostChanges(db, changed.map((i) => before[i]), changed.map((i) => after[i]));
    await db.posts.bulkPut(changed.map((i) => after[i]!));
    written += changed.length;

    const observations = tables.observations ?? [];
    const knownObs = await db.observations.bulkGet(observations.map((o): [string, number] => [o.postId, o.at]));
    const newObs = observations.filter((_, i) => !knownObs[i]);
    await db.observations.bulkPut(newObs);
    written += newObs.length;
    keptLocal += observations.length - newObs.length;

    const sightings = tables.sightings ?? [];
    const knownPlaces = await db.sightings.bulkGet(sightings.map((s): [string, string] => [s.pageKey, s.postId]));
    const places = sightings.filter((s, i) => !knownPlaces[i] || s.at > knownPlaces[i]!.at);
    await putPlaces(db, places);
    written += places.length;
    keptLocal += sightings.length - places.length;

    const captures = [...new Map((tables.captures ?? []).map((c) => [c.id, c])).values()];
    const knownCaps = await db.captures.bulkGet(captures.map((c) => c.id));
    await db.captures.bulkPut(captures.map((c, i) => (knownCaps[i] ? mergeCapture(knownCaps[i]!, c) : c)));
    written += captures.length;

    // Corrections last: the posts and captures they apply to are in.
    const corrections = tables.corrections ?? [];
    const merged = await mergeCorrections(db, corrections);
    written += merged;
    keptLocal += corrections.length - merged;
  });
  return { written, keptLocal };
}

/** Merges one table's rows (tests, and tools that import a single table). */
export function writeImportRows(db: RapportDB, chunk: { table: BackupTable; rows: unknown[] }): Promise<{ written: number; keptLocal: number }> {
  return mergeRows(db, { [chunk.table]: chunk.rows });
}

/** Empties every table in one transaction: nothing is left, nothing half-deleted. */
export async function wipeDatabase(db: RapportDB): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const t of db.tables) await t.clear();
  });
}
