import type { MessageType, Payload } from './contract';

// The messaging library's wire format ({id, type, data, timestamp} out, {res} or {err} back), known here only:
// the worker's fallback listener, the end-to-end tests and the benchmark build raw messages through these.

export interface WireMessage {
  id: number;
  type: string;
  data: unknown;
  timestamp: number;
}

/** A message as `sendMessage` puts it on the wire, for code that must call `chrome.runtime.sendMessage` itself. */
export function wireMessage<K extends MessageType>(type: K, data: Payload<K>, id = 1): WireMessage {
  return { id, type, data, timestamp: Date.now() };
}

/** True for anything shaped like a message of the library, whatever its type. */
export function isWireMessage(m: unknown): m is WireMessage {
  return typeof m === 'object' && m !== null && typeof (m as WireMessage).type === 'string' && typeof (m as WireMessage).timestamp === 'number';
}

/** An answer as the library's listener sends it back. */
export function wireAnswer<T>(res: T): { res: T } {
  return { res };
}
