import { browser } from 'wxt/browser';
import type { FocusAnswer, FocusPost } from '../lib/content/page-protocol';
import { sendMessage } from '../lib/messaging';

/** Asks the page's content script to scroll to a post and highlight it; false when the post is gone. */
export async function focusPost(tabId: number, postId: string): Promise<boolean> {
  try {
    const answer = (await browser.tabs.sendMessage(tabId, { rapport: 'focus', postId } satisfies FocusPost)) as FocusAnswer | undefined;
    return answer?.ok === true;
  } catch {
    return false;
  }
}

/** Captures posts through the background (the only writer of posts); returns the capture ids. */
export async function capture(postIds: string[]): Promise<string[]> {
  const r = await sendMessage('capture', { postIds });
  if (!r.ok) throw new Error(r.error.message);
  return r.ids;
}
