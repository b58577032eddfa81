import type { ObservedPost } from '../model/post';
import { MAX_TEXT } from '../model/limits';
import { contentHash, isoDate, limitText, parseCount, visibleText } from './dom';
import type { ReadContext, Reader } from './reader';

/**
 * Threads (threads.net / threads.com; React with generated classes). Each post is a
 * `div[data-pressable-container="true"]`; author `a[href^="/@"]` with text, time `time[datetime]` inside the
 * `/@user/post/CODE` link, text in `span[dir=auto]` blocks, counts beside the icons labelled "Like", "Reply",
 * "Repost" (`svg[aria-label]`). On a post page the first post is the main one and the rest answer it.
 */
const POST = 'div[data-pressable-container="true"]';

function countBeside(el: Element, label: RegExp): number | undefined {
  for (const svg of el.querySelectorAll('svg[aria-label]')) {
    if (!label.test(svg.getAttribute('aria-label')!)) continue;
    const holder = svg.closest('[role="button"], button') ?? svg.parentElement?.parentElement;
    const n = holder ? parseCount(visibleText(holder)) : undefined;
    if (n !== undefined) return n;
  }
  return undefined;
}

function read(el: Element, ctx: ReadContext): ObservedPost | null {
  if (el.parentElement?.closest(POST)) return null;
  const authorLink = [...el.querySelectorAll('a[href^="/@"]')].find((a) => !/\/post\//.test(a.getAttribute('href')!) && visibleText(a));
  const handle = authorLink?.getAttribute('href')!.match(/^\/@([^/?#]+)/)?.[1];
  const time = el.querySelector('time[datetime]');
  const postLink = time?.closest('a[href*="/post/"]') ?? el.querySelector('a[href*="/post/"]');
  const code = postLink?.getAttribute('href')?.match(/\/post\/([\w-]+)/)?.[1];
  let text = '';
  for (const span of el.querySelectorAll('span[dir="auto"]')) {
    if (authorLink?.contains(span) || span.closest('a[href*="/post/"], [role="button"], button, time')) continue;
    if (span.parentElement?.closest('span[dir="auto"]')) continue;
    const t = visibleText(span);
    if (t && t !== handle && !/^(?:Translate|See translation|Author|·)$/.test(t)) text += (text ? '\n' : '') + t;
  }
  if (!text || !handle) return null;
  const publishedAt = isoDate(time?.getAttribute('datetime'));
  const id = `threads:${code ?? contentHash(handle, text)}`;
  const pageCode = ctx.url.pathname.match(/\/post\/([\w-]+)/)?.[1];
  const post: ObservedPost = {
    id,
    platform: 'threads',
    url: code ? `${ctx.url.origin}/@${handle}/post/${code}` : ctx.url.href,
    author: { name: handle, handle },
    ...limitText(text, MAX_TEXT),
    ...(publishedAt ? { publishedAt } : {}),
    metrics: {},
  };
  const likes = countBeside(el, /^(?:Like|Unlike)$/i);
  const replies = countBeside(el, /^(?:Reply|Comment)$/i);
  const reposts = countBeside(el, /^Repost$/i);
  if (likes !== undefined) post.metrics.likes = likes;
  if (replies !== undefined) post.metrics.replies = replies;
  if (reposts !== undefined) post.metrics.reposts = reposts;
  if (pageCode && (code === pageCode || !ctx.thread.mainId)) ctx.thread.setMain(id);
  else if (pageCode && ctx.thread.mainId) {
    post.parentId = ctx.thread.place(id, 0);
    post.depth = 0;
  }
  return post;
}

export const threads: Reader = {
  id: 'threads',
  platform: 'threads',
  matches: ['https://www.threads.net/*', 'https://threads.net/*', 'https://www.threads.com/*', 'https://threads.com/*'],
  fixtures: [{ page: 'threads-post.html', posts: 3 }],
  detect: (url) => /(?:^|\.)threads\.(?:net|com)$/.test(url.hostname),
  postSelector: POST,
  read,
  composerSelector: 'div[role="textbox"][contenteditable="true"]',
};
