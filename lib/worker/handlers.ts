import type { z } from 'zod';
import { analyzeStored } from '../db/analyze-pending';
import { ingestBatch } from '../db/ingest';
import { pageKey } from '../db/page-key';
import { isQuotaError, pruneOldest } from '../db/retention';
import type { RapportDB } from '../db/schema';
import { type ErrorAnswer, MessageSchemas, type PageStatusReport, type PostsObserved, type PostSummary } from '../model/messages';

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
        return await postsObserved(db, parsed.data as PostsObserved, sender, env.onStorageFull);
      case 'pageStatus':
        return await pageStatus(db, parsed.data as PageStatusReport, sender);
      case 'ping':
        return { ok: true, version: '1' };
    }
  } catch (e) {
    if (isQuotaError(e)) return reject('failed', 'Storage is full: Rapport could not make room for these posts.', type);
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
 * Runs a write; when the quota is exhausted, prunes the oldest uncaptured history, tells the panel, and
 * tries once more. Transactions make each attempt all-or-nothing.
 */
async function withRoom<T>(db: RapportDB, write: () => Promise<T>, onFull?: (pruned: number) => void): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (!isQuotaError(e)) throw e;
    const pruned = await pruneOldest(db, PRUNE_ON_FULL);
    onFull?.(pruned);
    return await write();
  }
}

async function postsObserved(db: RapportDB, msg: PostsObserved, sender: Sender, onFull?: (pruned: number) => void) {
  const key = pageKey(msg.url);
  const { ids, newIds } = await withRoom(db, () => ingestBatch(db, { posts: msg.posts, pageKey: key, firstPos: msg.firstPos, fresh: msg.fresh }), onFull);
  const analysed = await withRoom(db, () => analyzeStored(db, ids), onFull);
  if (sender.tabId !== undefined) {
    const tabId = sender.tabId;
    const count = await db.sightings.where('[pageKey+pos]').between([key, -Infinity], [key, Infinity]).count();
    await db.tabs.put({ tabId, pageKey: key, url: msg.url, platform: msg.platform, reader: msg.reader, status: 'ok', postCount: count, updatedAt: Date.now() });
  }
  const summaries: PostSummary[] = analysed.map((p) => ({
    id: p.id,
    language: p.analysis!.language,
    sentiment: p.analysis!.sentiment.label,
    isNew: newIds.has(p.id),
  }));
  return { ok: true as const, summaries };
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
