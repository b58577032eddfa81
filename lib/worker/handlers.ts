import type { z } from 'zod';
import { checkDraft } from '../analysis/draft';
import { languageModelReady } from '../analysis/analyze';
import { reanalyzeChunk, watchOf } from '../db/analyze-pending';
import { writeImportRows, wipeDatabase } from '../db/backup';
import { capturePosts, deleteCaptures, updateCapture } from '../db/captures';
import { ingestAnalysed } from '../db/ingest-analysed';
import { pageKey } from '../db/page-key';
import { isQuotaError, pruneOldest } from '../db/retention';
import type { RapportDB } from '../db/schema';
import {
  type CapturePosts, type DeleteCaptures, type DraftChanged, type DraftVerdict, type ErrorAnswer, type ImportRows, MessageSchemas,
  type PageStatusReport, type PostsObserved, type PostSummary, type Reanalyze, type UpdateCapture,
} from '../model/messages';
import type { ObservedPost } from '../model/post';
import { DEFAULT_SETTINGS, type Settings } from '../model/settings';

export type MessageType = keyof typeof MessageSchemas;

/** Who sent a message, as the browser reports it (never as the message claims). */
export interface Sender {
  id?: string;
  tabId?: number;
  url?: string;
}

export function errorAnswer(code: ErrorAnswer['error']['code'], message: string): ErrorAnswer {
  return { ok: false, error: { code, message } };
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || 'payload'}: ${i.message}`)
    .join('; ');
}

/**
 * Validates a message and runs its handler. Never throws: anything wrong becomes a structured error
 * answer and one log line, and the worker carries on.
 */
/** What the handlers work with; the worker passes the real database and browser hooks, tests their own. */
export interface WorkerEnv {
  db: RapportDB;
  extensionId: string;
  /** called when the disk quota ran out and the oldest history was pruned to make room */
  onStorageFull?: (pruned: number) => void;
  /** the user's settings (privacy, platforms, markets); defaults when not given */
  settings?: () => Promise<Settings>;
  /** keeps the latest composer text of a tab for the panel's Draft view (session storage: never on disk) */
  saveDraft?: (tabId: number, draft: DraftChanged & { at: number }) => Promise<void>;
  /** after new posts are stored: watched-term alerts are recomputed */
  afterIngest?: () => Promise<void>;
  /** "delete everything": clears extension storage besides the database */
  clearStorage?: () => Promise<void>;
}

export async function handleMessage(env: WorkerEnv, type: unknown, data: unknown, sender: Sender): Promise<unknown> {
  const { db, extensionId } = env;
  if (sender.id !== extensionId) return reject('untrusted', `Messages from ${sender.url ?? 'outside the extension'} are not accepted.`, type);
  if (typeof type !== 'string' || !Object.hasOwn(MessageSchemas, type)) return reject('unknown-type', `Unknown message type ${JSON.stringify(type)?.slice(0, 60)}.`, type);
  const parsed = MessageSchemas[type as MessageType].safeParse(data);
  if (!parsed.success) return reject('invalid', `Invalid ${type} message: ${describeIssues(parsed.error)}.`, type);
  try {
    switch (type as MessageType) {
      case 'postsObserved':
        return await postsObserved(env, parsed.data as PostsObserved, sender);
      case 'pageStatus':
        return await pageStatus(db, parsed.data as PageStatusReport, sender);
      case 'ping':
        return { ok: true, version: '1' };
      case 'capture':
        return { ok: true, ids: await capturePosts(db, (parsed.data as CapturePosts).postIds) };
      case 'updateCapture': {
        const { id, ...change } = parsed.data as UpdateCapture;
        return (await updateCapture(db, id, change)) ? { ok: true } : errorAnswer('invalid', `No capture ${id}.`);
      }
      case 'deleteCaptures':
        return { ok: true, deleted: await deleteCaptures(db, (parsed.data as DeleteCaptures).ids) };
      case 'draftChanged':
        return await draftChanged(env, parsed.data as DraftChanged, sender);
      case 'importRows':
        return { ok: true, written: await withRoom(db, () => writeImportRows(db, parsed.data as ImportRows), env.onStorageFull) };
      case 'reanalyze':
        return await reanalyze(env, parsed.data as Reanalyze);
      case 'deleteEverything':
        await wipeDatabase(db);
        await env.clearStorage?.();
        return { ok: true };
    }
  } catch (e) {
    // The sender keeps what it sent and tries again later (the content script's outbox does).
    if (isQuotaError(e)) return reject('storage-full', 'Storage is full: Rapport could not make room yet; try again later.', type);
    return reject('failed', `${type} failed: ${(e as Error).message}`, type);
  }
}

function reject(code: ErrorAnswer['error']['code'], message: string, type: unknown): ErrorAnswer {
  console.warn(`[rapport] rejected ${String(type).slice(0, 40)} message: ${message}`);
  return errorAnswer(code, message);
}

/** Posts removed at once when the disk quota runs out: enough room for many batches. */
const PRUNE_ON_FULL = 1000;
/**
 * Chromium's IndexedDB (LevelDB) gives deleted rows' space back only when it compacts, which can take a
 * while: pruning again on every refused batch would empty the history without making room any sooner.
 */
const PRUNE_INTERVAL_MS = 30_000;
let lastPrune = -Infinity;

/**
 * Runs a write; when the quota is exhausted, prunes the oldest uncaptured history (at most once per
 * interval), tells the panel, and tries once more. Transactions make each attempt all-or-nothing; a write
 * that still does not fit is refused as 'storage-full' and its sender keeps it for later.
 */
async function withRoom<T>(db: RapportDB, write: () => Promise<T>, onFull?: (pruned: number) => void): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (!isQuotaError(e)) throw e;
    const now = Date.now();
    const pruned = now - lastPrune >= PRUNE_INTERVAL_MS ? await pruneOldest(db, PRUNE_ON_FULL) : 0;
    if (pruned > 0) lastPrune = now;
    onFull?.(pruned);
    return await write();
  }
}

/** Without the author's name and handle, when the user chose not to store them. */
const anonymous = (p: ObservedPost): ObservedPost => ({ ...p, author: {} });

async function postsObserved(env: WorkerEnv, msg: PostsObserved, sender: Sender) {
  const { db, onStorageFull: onFull } = env;
  const settings = (await env.settings?.()) ?? DEFAULT_SETTINGS;
  // A platform switched off in Settings is not stored at all.
  if ((settings.disabledPlatforms as string[]).includes(msg.platform)) return { ok: true as const, summaries: [] };
  const posts = settings.storeAuthorNames ? msg.posts : msg.posts.map(anonymous);
  const key = pageKey(msg.url);
  await languageModelReady; // the language detector's data, fetched as the worker starts
  // Analysed outside the write transaction, then stored in one: a worker stopped midway leaves nothing half-done
  // (the content script sends the unacknowledged batch again; rows stored unanalysed are analysed at the next start).
  const { newIds, rows: analysed } = await ingestAnalysed(db, { posts, pageKey: key, firstPos: msg.firstPos, fresh: msg.fresh }, {
    watch: watchOf(settings),
    write: (f) => withRoom(db, f, onFull),
  });
  if (sender.tabId !== undefined) {
    const tabId = sender.tabId;
    // Positions are dense from 0 on a page, so the page's size is known without counting rows.
    const previous = msg.fresh ? undefined : await db.tabs.get(tabId);
    const count = Math.max(previous?.pageKey === key ? previous.postCount : 0, msg.firstPos + msg.posts.length);
    await db.tabs.put({ tabId, pageKey: key, url: msg.url, platform: msg.platform, reader: msg.reader, status: 'ok', postCount: count, updatedAt: Date.now() });
  }
  if (performance.getEntriesByName('rapport:first-post-analysed').length === 0) performance.mark('rapport:first-post-analysed');
  const summaries: PostSummary[] = analysed.filter((p) => p.analysis).map((p) => ({
    id: p.id,
    language: p.analysis!.language,
    sentiment: p.analysis!.sentiment.label,
    isNew: newIds.has(p.id),
    flags: p.analysis!.sensitivity?.flags.length ?? 0,
    toxic: p.analysis!.toxicity?.flagged ?? false,
    captured: p.captured === 1,
  }));
  if (newIds.size > 0) await env.afterIngest?.().catch((e: Error) => console.warn(`[rapport] alerts failed: ${e.message}`));
  return { ok: true as const, summaries };
}

/** Checks a composer's text for the inline indicator and keeps it for the panel, which shows every finding. */
async function draftChanged(env: WorkerEnv, msg: DraftChanged, sender: Sender): Promise<{ ok: true } & DraftVerdict> {
  const settings = (await env.settings?.()) ?? DEFAULT_SETTINGS;
  if (sender.tabId !== undefined) await env.saveDraft?.(sender.tabId, { ...msg, at: Date.now() });
  if (!msg.text.trim()) return { ok: true, findings: 0 };
  // Answering a post in its own language is right, whatever languages the user writes in otherwise.
  const replyLang = msg.replyTo ? (await env.db.posts.get(msg.replyTo))?.detectedLang : undefined;
  const audience = replyLang && replyLang !== 'und' ? [...new Set([...settings.languages, replyLang])] : settings.languages;
  await languageModelReady;
  const check = checkDraft(msg.text, { platform: msg.platform, audienceLanguages: audience, markets: [...settings.targetMarkets, ...settings.languages] });
  const order = { info: 0, warning: 1, error: 2 } as const;
  const worst = check.findings.reduce<DraftVerdict['worst']>((w, f) => (!w || order[f.severity] > order[w] ? f.severity : w), undefined);
  return { ok: true, findings: check.findings.length, ...(worst ? { worst } : {}) };
}

/** One chunk of re-analysis in id order; the panel loops, shows progress and may stop between chunks. */
async function reanalyze(env: WorkerEnv, msg: Reanalyze) {
  const { db } = env;
  const watch = watchOf((await env.settings?.()) ?? DEFAULT_SETTINGS);
  const total = await db.posts.count();
  const rows = await withRoom(db, () => reanalyzeChunk(db, msg.after, msg.limit, watch));
  const done = msg.after === undefined ? rows.length : (await db.posts.where('id').belowOrEqual(msg.after).count()) + rows.length;
  const next = rows.length === msg.limit ? rows.at(-1)!.id : undefined;
  return { ok: true as const, done, total, ...(next ? { next } : {}) };
}

async function pageStatus(db: RapportDB, msg: PageStatusReport, sender: Sender) {
  if (sender.tabId === undefined) return errorAnswer('invalid', 'pageStatus must come from a tab.');
  const key = pageKey(msg.url);
  const tabId = sender.tabId;
  await db.transaction('rw', db.tabs, db.sightings, async () => {
    const previous = await db.tabs.get(tabId);
    const postCount = await db.sightings.where('[pageKey+pos]').between([key, -Infinity], [key, Infinity]).count();
    // A batch may have arrived first; an 'ok' page stays ok.
    const status = previous?.pageKey === key && previous.status === 'ok' ? 'ok' : msg.status;
    await db.tabs.put({ tabId, pageKey: key, url: msg.url, platform: msg.platform, reader: msg.reader, status, postCount, updatedAt: Date.now() });
  });
  return { ok: true as const };
}
