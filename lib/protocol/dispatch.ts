import type { z } from 'zod';
import { type Answer, CONTRACT, type ErrorAnswer, type ErrorCode, type MessageType, type Reply } from './contract';

/** Who sent a message, as the browser reports it (never as the message claims). */
export interface SenderInfo {
  id?: string;
  tabId?: number;
  url?: string;
}

/** A sender the worker has classified: one of the extension's own pages, or a content script on a page. */
export type From = { kind: 'extension'; tabId?: number; url?: string } | { kind: 'page'; tabId?: number; url: string };

export interface Identity {
  /** `browser.runtime.id` */
  extensionId: string;
  /** `browser.runtime.getURL('')`: the origin every extension page's URL starts with */
  extensionOrigin: string;
}

/** What a handler receives: the payload as the contract's schema parsed it. */
export type Input<K extends MessageType> = z.output<(typeof CONTRACT)[K]['input']>;
export type Handler<K extends MessageType, Env> = (env: Env, data: Input<K>, from: From) => Promise<Reply<K> | ErrorAnswer>;
export type Handlers<Env> = { [K in MessageType]: Handler<K, Env> };

export function errorAnswer(code: ErrorCode, message: string): ErrorAnswer {
  return { ok: false, error: { code, message } };
}

/** Thrown inside a handler to answer with a structured error instead of a generic failure. */
export class Refusal extends Error {
  constructor(readonly code: ErrorCode, message: string) {
    super(message);
  }
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || 'payload'}: ${i.message}`)
    .join('; ');
}

/** Where a message came from: only the extension's own pages are `extension`; any other sender of ours is a page. */
export function classify(sender: SenderInfo, identity: Identity): From | undefined {
  if (sender.id !== identity.extensionId || typeof sender.url !== 'string') return undefined;
  if (sender.url.startsWith(identity.extensionOrigin)) return { kind: 'extension', tabId: sender.tabId, url: sender.url };
  return { kind: 'page', tabId: sender.tabId, url: sender.url };
}

/**
 * The handler table for every message of the contract, and the one function that runs them: it checks the
 * sender (ours at all, then allowed for this message), validates the payload, runs the handler and never
 * throws: anything wrong becomes a structured error answer and one log line, and the worker carries on.
 */
export function defineHandlers<Env extends Identity>(handlers: Handlers<Env>, onError?: (e: unknown) => ErrorAnswer | undefined) {
  return async function dispatch(env: Env, type: unknown, data: unknown, sender: SenderInfo): Promise<Answer<MessageType>> {
    const from = classify(sender, env);
    if (!from) return reject('untrusted', `Messages from ${sender.url ?? 'outside the extension'} are not accepted.`, type);
    if (typeof type !== 'string' || !Object.hasOwn(CONTRACT, type)) return reject('unknown-type', `Unknown message type ${JSON.stringify(type)?.slice(0, 60)}.`, type);
    const spec = CONTRACT[type as MessageType];
    if (spec.from === 'extension' && from.kind !== 'extension') {
      return reject('forbidden', `${type} may only be sent by Rapport's own pages, not by a content script on ${originOf(from.url)}.`, type);
    }
    const parsed = spec.input.safeParse(data);
    if (!parsed.success) return reject('invalid', `Invalid ${type} message: ${describeIssues(parsed.error)}.`, type);
    try {
      const handler = handlers[type as MessageType] as Handler<MessageType, Env>;
      const reply = await handler(env, parsed.data as never, from);
      return ('ok' in reply && reply.ok === false ? reply : { ok: true, ...reply }) as Answer<MessageType>;
    } catch (e) {
      if (e instanceof Refusal) return reject(e.code, e.message, type);
      // The sender keeps what it sent and tries again later (the content script's outbox does).
      const known = onError?.(e);
      if (known) return reject(known.error.code, known.error.message, type);
      return reject('failed', `${type} failed: ${(e as Error).message}`, type);
    }
  };
}

function originOf(url: string | undefined): string {
  try {
    return new URL(url ?? '').origin;
  } catch {
    return 'an unknown page';
  }
}

function reject(code: ErrorCode, message: string, type: unknown): ErrorAnswer {
  console.warn(`[rapport] rejected ${String(type).slice(0, 40)} message: ${message}`);
  return errorAnswer(code, message);
}
