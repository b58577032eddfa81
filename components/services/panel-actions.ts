import { browser } from 'wxt/browser';
import { sendMessage } from '../../lib/protocol/client';
import { pageMessaging, type PickerLabels } from '../../lib/protocol/page';

/** Asks the page's content script to scroll to a post and highlight it; false when the post is gone. */
export async function focusPost(tabId: number, postId: string): Promise<boolean> {
  try {
    return (await pageMessaging.sendMessage('focusPost', { postId }, tabId)).ok;
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

/** Starts the in-page picker on the tab ("pick a post"); false when the page's content script is not there. */
export async function pickPosts(tabId: number, labels: PickerLabels): Promise<boolean> {
  try {
    return (await pageMessaging.sendMessage('pickPosts', { labels }, tabId)).ok;
  } catch {
    return false;
  }
}

/** Sets (or, with null, takes back) a reviewer's label for a post's sentiment, toxicity or one flag. */
export async function correctLabel(postId: string, target: string, label: string | null): Promise<void> {
  const r = await sendMessage('correct', { postId, target, label });
  if (!r.ok) throw new Error(r.error.message);
}
