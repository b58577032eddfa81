import type { ObservedPost } from '../model/post';
import { MAX_TEXT } from '../model/limits';
import { contentHash, limitText, parseCount, shownDate, visibleText } from './dom';
import type { ReadContext, Reader } from './reader';

/**
 * Bluesky (bsky.app, React Native Web: `testID`s become `data-testid`). Thread items
 * `[data-testid^="postThreadItem-by-HANDLE"]`, feed items `feedItem-by-HANDLE`; text `[data-word-wrap]`; counts
 * in the aria-labels of `likeBtn` / `replyBtn` ("Like (3,121 likes)"); the post's record key in its
 * `/profile/H/post/RKEY` link. Record keys are TIDs, which encode the creation time (exact, UTC).
 * Depth: the linear thread view draws a connector line at the top of an item that answers the item above.
 */
const ITEM = '[data-testid^="postThreadItem-by-"], [data-testid^="feedItem-by-"]';
const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const B32 = '234567abcdefghijklmnopqrstuvwxyz';

/** A TID record key → its creation time (ISO, UTC); undefined when the key is not a TID. */
export function tidTime(rkey: string): string | undefined {
  if (!/^[234567a-j][234567a-z]{12}$/.test(rkey)) return undefined;
  let v = 0;
  for (const ch of rkey) v = v * 32 + B32.indexOf(ch);
  const ms = Math.floor(v / 1024 / 1000);
  // sanity: Bluesky launched in 2023
  return ms > Date.UTC(2022, 0) && ms < Date.UTC(2100, 0) ? new Date(ms).toISOString() : undefined;
}

function postLink(item: Element, handle: string): { handle: string; rkey: string; label?: string } | undefined {
  let fallback: { handle: string; rkey: string } | undefined;
  for (const a of item.querySelectorAll('a[href*="/post/"]')) {
    if (inEmbed(a, item)) continue;
    const m = a.getAttribute('href')!.match(/\/profile\/([^/]+)\/post\/([\w-]+)(\/.*)?$/);
    if (!m) continue;
    if (!m[3]) return { handle: m[1]!, rkey: m[2]!, label: a.getAttribute('aria-label') ?? a.getAttribute('data-tooltip') ?? undefined };
    if (m[1]!.toLowerCase() === handle.toLowerCase()) fallback ??= { handle: m[1]!, rkey: m[2]! };
  }
  return fallback;
}

function inEmbed(el: Element, item: Element): boolean {
  const link = el.parentElement?.closest('[role="link"]');
  return link !== null && link !== undefined && link !== item && item.contains(link);
}

function read(item: Element, ctx: ReadContext): ObservedPost | null {
  const handle = item.getAttribute('data-testid')!.replace(/^(?:postThreadItem|feedItem)-by-/, '');
  const textEl = [...item.querySelectorAll('[data-word-wrap]')].find((el) => !inEmbed(el, item));
  const text = textEl ? visibleText(textEl).replace(BIDI, '') : '';
  if (!text) return null;
  // Name: the profile link's text that is not the @handle (the avatar link has no text).
  let name: string | undefined;
  for (const a of item.querySelectorAll(`a[href^="/profile/"]`)) {
    if (inEmbed(a, item) || /\/post\//.test(a.getAttribute('href')!)) continue;
    const lines = visibleText(a).replace(BIDI, '').split('\n').map((l) => l.trim()).filter(Boolean);
    name = lines.find((l) => !l.startsWith('@'));
    if (name || lines.length) break;
  }
  const thread = item.matches('[data-testid^="postThreadItem-by-"]');
  const pageRkey = ctx.url.pathname.match(/\/profile\/[^/]+\/post\/([\w-]+)/)?.[1];
  let link = postLink(item, handle);
  const isAnchor = thread && (!link || link.rkey === pageRkey) && !item.matches('[role="link"]');
  if (!link && isAnchor && pageRkey) link = { handle, rkey: pageRkey };
  const id = link ? `bluesky:${link.handle}/${link.rkey}` : `bluesky:${contentHash(handle, text)}`;
  const publishedAt =
    (link && tidTime(link.rkey)) ??
    shownDate(link?.label) ??
    shownDate([...item.querySelectorAll('div, span')].map((e) => e.textContent ?? '').find((t) => /·\s*\w{3} \d{1,2}, \d{4}/.test(t) && t.length < 60));
  const post: ObservedPost = {
    id,
    platform: 'bluesky',
    url: link ? `https://bsky.app/profile/${link.handle}/post/${link.rkey}` : ctx.url.href,
    author: { ...(name ? { name } : { name: handle }), handle },
    ...limitText(text, MAX_TEXT),
    ...(publishedAt ? { publishedAt } : {}),
    metrics: {},
  };
  const likes = parseCount(item.querySelector('[data-testid="likeBtn"]')?.getAttribute('aria-label')?.match(/\(([^)]*)\)/)?.[1]);
  const replies = parseCount(item.querySelector('[data-testid="replyBtn"]')?.getAttribute('aria-label')?.match(/\(([^)]*)\)/)?.[1]);
  const repostShown = item.querySelector('[data-testid="repostCount-expanded"] span, [data-testid="repostCount"]')?.textContent?.trim();
  const reposts = repostShown && /^[\d,]+$/.test(repostShown) ? parseCount(repostShown) : undefined;
  if (likes !== undefined) post.metrics.likes = likes;
  if (replies !== undefined) post.metrics.replies = replies;
  if (reposts !== undefined) post.metrics.reposts = reposts;
  if (!thread) return post;
  if (isAnchor) {
    ctx.thread.setMain(id);
    ctx.state.lastDepth = -1;
    return post;
  }
  if (!ctx.thread.mainId) return post; // ancestors above the anchor post
  // A connector line in the item's top row joins it to the item above: one level deeper.
  const joined = item.firstElementChild?.firstElementChild?.firstElementChild != null;
  const last = typeof ctx.state.lastDepth === 'number' ? ctx.state.lastDepth : -1;
  const depth = joined && last >= 0 ? last + 1 : 0;
  ctx.state.lastDepth = depth;
  post.depth = depth;
  const parentId = ctx.thread.place(id, depth);
  if (parentId) post.parentId = parentId;
  return post;
}

export const bluesky: Reader = {
  id: 'bluesky',
  platform: 'bluesky',
  matches: ['https://bsky.app/*', 'https://*.bsky.app/*'],
  fixtures: [{ page: 'bluesky-thread.html', posts: 4 }],
  detect: (url) => /(?:^|\.)bsky\.app$/.test(url.hostname),
  postSelector: ITEM,
  read,
  composerSelector: '[data-testid="composePostView"] [contenteditable="true"], .ProseMirror[contenteditable="true"]',
  replyBox: (el) => el.ownerDocument.querySelector('[data-testid="replyPromptBtn"]'),
};
