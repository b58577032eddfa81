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
  /** starts the in-page picker ("pick a post"); answers once it is shown, not when the person is done */
  pickPosts(data: { labels: PickerLabels }): { ok: boolean };
}

/**
 * The picker's words in the panel's language (the content script carries no catalogues). `{n}`, `{part}`,
 * `{host}`, `{found}` are filled in the page. Set as text, never as markup.
 */
export const PICKER_LABELS = ['title', 'point', 'alone', 'found', 'parts', 'markAuthor', 'markDate', 'markBody', 'markHint', 'author', 'date', 'body', 'partFound', 'partMissed', 'save', 'cancel', 'back', 'saved', 'failed'] as const;
export type PickerLabels = Record<(typeof PICKER_LABELS)[number], string>;

/** Longest reply placed into a page's reply box. */
export const MAX_REPLY = 40_000;

export const pageMessaging = defineExtensionMessaging<PageProtocolMap>();

export function isFocusPost(data: unknown): data is { postId: string } {
  return typeof data === 'object' && data !== null && typeof (data as { postId?: unknown }).postId === 'string';
}

export function isPlaceReply(data: unknown): data is { postId: string; text: string } {
  return isFocusPost(data) && typeof (data as { text?: unknown }).text === 'string';
}

/** Longest picker label accepted. */
const MAX_LABEL = 400;

export function isPickPosts(data: unknown): data is { labels: PickerLabels } {
  const labels = typeof data === 'object' && data !== null ? (data as { labels?: unknown }).labels : undefined;
  if (typeof labels !== 'object' || labels === null) return false;
  return PICKER_LABELS.every((k) => {
    const v = (labels as Record<string, unknown>)[k];
    return typeof v === 'string' && v.length <= MAX_LABEL;
  });
}
