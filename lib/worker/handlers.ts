import type { z } from 'zod';
import { analyzeStored } from '../db/analyze-pending';
import { ingestBatch } from '../db/ingest';
import { pageKey } from '../db/page-key';
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
export async function handleMessage(db: RapportDB, extensionId: string, type: unknown, data: unknown, sender: Sender): Promise<unknown> {
  if (sender.id !== extensionId) return reject('untrusted', `Messages from ${sender.url ?? 'outside the extension'} are not accepted.`, type);
  if (typeof type !== 'string' || !Object.hasOwn(MessageSchemas, type)) return reject('unknown-type', `Unknown message type ${JSON.stringify(type)?.slice(0, 60)}.`, type);
  const parsed = MessageSchemas[type as MessageType].safeParse(data);
  if (!parsed.success) return reject('invalid', `Invalid ${type} message: ${describeIssues(parsed.error)}.`, type);
  try {
    switch (type as MessageType) {
      case 'postsObserved':
        return await postsObserved(db, parsed.data as PostsObserved, sender);
      case 'pageStatus':
        return await pageStatus(db, parsed.data as PageStatusReport, sender);
      case 'ping':
        return { ok: true, version: '1' };
    }
  } catch (e) {
    return reject('failed', `${type} failed: ${(e as Error).message}`, type);
  }
}

function reject(code: ErrorAnswer['error']['code'], message: string, type: unknown): ErrorAnswer {
  console.warn(`[rapport] rejected ${String(type).slice(0, 40)} message: ${message}`);
  return errorAnswer(code, message);
}

async function postsObserved(db: RapportDB, msg: PostsObserved, sender: Sender) {
  const key = pageKey(msg.url);
  const { ids, newIds } = await ingestBatch(db, { posts: msg.posts, pageKey: key, firstPos: msg.firstPos, fresh: msg.fresh });
  const analysed = await analyzeStored(db, ids);
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
