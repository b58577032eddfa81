import { defineExtensionMessaging } from '@webext-core/messaging';

// Messages from the side panel to one tab's content script (addressed by tab id). Plain types and hand-written
// checks, no zod: this module is part of the content script's bundle. Only the extension itself can send to a
// content script, but the content script still checks each payload before acting on it.

/**
 * `focusPost`: scroll the page to a post and highlight it.
 * `placeReply`: put a reply the person chose into the platform's reply box for a post (never markup); nothing is
 * sent: the person still presses the site's own button. `placed` is false when the site shows no reply box for
 * that post (the panel copies the text instead).
 */
export interface PageProtocolMap {
  focusPost(data: { postId: string }): { ok: boolean };
  placeReply(data: { postId: string; text: string }): { ok: boolean; placed: boolean };
}

/** Longest reply placed into a page's reply box. */
export const MAX_REPLY = 40_000;

export const pageMessaging = defineExtensionMessaging<PageProtocolMap>();

export function isFocusPost(data: unknown): data is { postId: string } {
  return typeof data === 'object' && data !== null && typeof (data as { postId?: unknown }).postId === 'string';
}

export function isPlaceReply(data: unknown): data is { postId: string; text: string } {
  return isFocusPost(data) && typeof (data as { text?: unknown }).text === 'string';
}
