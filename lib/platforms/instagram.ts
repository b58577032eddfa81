import type { ObservedPost } from '../model/post';
import { MAX_TEXT } from '../model/limits';
import { absoluteUrl, contentHash, isoDate, limitText, parseCount, visibleText } from './dom';
import type { ReadContext, Reader } from './reader';

/**
 * Instagram (React, generated class names). Every caption and comment carries a `time[datetime]`; the reader
 * starts from it and climbs to the smallest block that also holds the author's profile link (`a[href="/name/"]`
 * with text). Text: the caption's `h1` (2022+), the span after the `h2`/`h3` author heading (2018-2021), or the
 * longest `span[dir=auto]`. Comment ids from `/p/CODE/c/ID/` links; depth = enclosing `li` items (replies nest
 * in the comment's list). Likes: "N likes" on the post's `liked_by` link and comments' like buttons.
 */
const PROFILE = /^\/([A-Za-z0-9._]{1,30})\/?$/;
const NOT_USERS = new Set(['explore', 'accounts', 'p', 'reel', 'reels', 'stories', 'direct', 'about', 'legal']);

function profileLink(el: Element, skip?: Element | null): Element | null {
  for (const a of el.querySelectorAll('a[href]')) {
    if (skip && skip.contains(a)) continue;
    const m = a.getAttribute('href')!.match(PROFILE);
    if (m && !NOT_USERS.has(m[1]!) && visibleText(a).replace(/^@/, '') === m[1]) return a;
  }
  return null;
}

function likesIn(el: Element): number | undefined {
  for (const b of el.querySelectorAll('button, span, a, div')) {
    if (b.children.length > 3) continue;
    const t = visibleText(b).replace(/\s+/g, ' ').trim();
    const m = t.match(/^([\d.,\u00a0]+[KkMm]?) likes?$/i) ?? t.match(/^Liked by .+ and ([\d.,]+) others$/i);
    if (m) return parseCount(m[1]) !== undefined ? parseCount(m[1])! + (/^Liked by/i.test(t) ? 1 : 0) : undefined;
  }
  return undefined;
}

function textOf(unit: Element, author: Element): string {
  for (const sel of ['h1', 'h2 + span', 'h3 + span', 'h2 ~ span', 'h3 ~ span']) {
    for (const el of unit.querySelectorAll(sel)) {
      if (el.contains(author) || el.querySelector('time')) continue;
      const t = visibleText(el);
      if (t) return t;
    }
  }
  let best = '';
  for (const el of unit.querySelectorAll('span[dir="auto"], div[dir="auto"]')) {
    if (el.contains(author) || author.contains(el) || el.querySelector('time, button')) continue;
    const t = visibleText(el);
    if (t.length > best.length && t !== visibleText(author)) best = t;
  }
  return best;
}

function read(time: Element, ctx: ReadContext): ObservedPost | null {
  const timeLink = time.closest('a');
  // the smallest block around the time that holds an author link
  let unit: Element | null = time.parentElement;
  let author: Element | null = null;
  while (unit && unit !== ctx.doc.body) {
    author = profileLink(unit, timeLink);
    if (author) break;
    unit = unit.parentElement;
  }
  if (!unit || !author) return null;
  const article = time.closest('article');
  const code = ctx.url.pathname.match(/^\/(?:[^/]+\/)?(?:p|reel|tv)\/([\w-]+)/)?.[1];
  const href = timeLink?.getAttribute('href') ?? '';
  const commentId = href.match(/\/c\/(\d+)/)?.[1];
  const postCode = href.match(/\/(?:p|reel|tv)\/([\w-]+)/)?.[1];
  const handle = author.getAttribute('href')!.match(PROFILE)![1]!;
  const isComment = commentId !== undefined || (ctx.thread.mainId !== undefined && !postCode && unit.closest('li') !== null);
  if (!isComment && article && !code) {
    // a feed post: the block is the whole article
    unit = article;
  }
  const text = textOf(unit, author);
  if (!text) return null;
  const publishedAt = isoDate(time.getAttribute('datetime'));
  if (!isComment) {
    const pc = postCode ?? code;
    const id = pc ? `instagram:${pc}` : `instagram:${contentHash(handle, text)}`;
    if (code && !ctx.thread.mainId) ctx.thread.setMain(id);
    const scope = article ?? ctx.doc.documentElement;
    const likedBy = scope.querySelector('a[href$="/liked_by/"]');
    const likes = likedBy ? parseCount(visibleText(likedBy)) : likesIn(scope.querySelector('section:nth-of-type(2)') ?? scope);
    const sponsored = [...(article?.querySelectorAll('span, a') ?? [])].some((s) => /^(?:Sponsored|Paid partnership.*)$/.test(s.textContent?.trim() ?? ''));
    return {
      id,
      platform: 'instagram',
      url: pc ? `https://www.instagram.com/p/${pc}/` : ctx.url.href,
      community: handle,
      author: { name: handle, handle },
      ...limitText(text, MAX_TEXT),
      ...(publishedAt ? { publishedAt } : {}),
      metrics: likes === undefined ? {} : { likes },
      ...(sponsored ? { promoted: true } : {}),
    };
  }
  const id = `instagram:${commentId ?? contentHash(handle, publishedAt, text)}`;
  let depth = 0;
  let parentLi: Element | null = null;
  const own = unit.closest('li');
  for (let li = own?.parentElement?.closest('li'); li; li = li.parentElement?.closest('li') ?? null) {
    parentLi ??= li;
    depth++;
  }
  const placed = ctx.thread.place(id, depth);
  const parentLink = parentLi?.querySelector('a[href*="/c/"]')?.getAttribute('href')?.match(/\/c\/(\d+)/)?.[1];
  const likes = likesIn(unit);
  return {
    id,
    platform: 'instagram',
    url: absoluteUrl(href, ctx.url) ?? ctx.url.href,
    author: { name: handle, handle },
    ...limitText(text, MAX_TEXT),
    ...(publishedAt ? { publishedAt } : {}),
    ...(parentLink ? { parentId: `instagram:${parentLink}` } : placed ? { parentId: placed } : {}),
    depth,
    metrics: likes === undefined ? {} : { likes },
  };
}

export const instagram: Reader = {
  id: 'instagram',
  platform: 'instagram',
  matches: ['https://www.instagram.com/*', 'https://instagram.com/*'],
  fixtures: [{ page: 'instagram-post.html', posts: 4 }],
  detect: (url) => /(?:^|\.)instagram\.com$/.test(url.hostname),
  postSelector: 'main time[datetime], article time[datetime], [role="dialog"] time[datetime]',
  read,
  composerSelector: 'textarea[aria-label^="Add a comment" i], form textarea, div[role="textbox"][contenteditable="true"]',
  replyBox: (el) => el.closest('article, main')?.querySelector('textarea[aria-label^="Add a comment" i], form textarea') ?? null,
};
