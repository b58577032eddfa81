import type { ObservedPost } from '../model/post';
import { MAX_TEXT } from '../model/limits';
import { absoluteUrl, isoDate, limitText, parseCount, visibleText } from './dom';
import type { ReadContext, Reader } from './reader';

/**
 * Old Reddit markup, at old.reddit.com and still served at www.reddit.com to some users (recognised by markup):
 * `.thing[data-fullname]` with `data-author`, `data-permalink`, `data-subreddit`, `data-timestamp`; the post's own
 * parts sit in its `.entry` child (nested replies live in `.child > .sitetable`); body `.usertext-body .md`;
 * score `.score.unvoted[title]` (the span matching the entry's vote state); `time[datetime]`.
 */
const HOST = /(?:^|\.)reddit\.com$/;

function childWith(el: Element, cls: string): Element | null {
  for (const c of el.children) if (c.classList.contains(cls)) return c;
  return null;
}

function score(thing: Element, entry: Element): number | undefined {
  if (thing.classList.contains('score-hidden')) return undefined;
  const state = ['likes', 'dislikes'].find((s) => entry.classList.contains(s)) ?? 'unvoted';
  // Links keep the score in `.midcol`, comments in the tagline; both have one span per vote state.
  const scope = thing.classList.contains('comment') ? entry : childWith(thing, 'midcol') ?? thing;
  const span = scope.querySelector(`.score.${state}`) ?? scope.querySelector('.score');
  if (!span) return undefined;
  return parseCount(span.getAttribute('title')) ?? parseCount(span.textContent);
}

function fullnameOf(thing: Element): string | undefined {
  const attr = thing.getAttribute('data-fullname');
  if (attr) return attr;
  for (const c of thing.classList) if (/^id-t\d_\w+$/.test(c)) return c.slice(3);
  const report = thing.querySelector('.reportform');
  for (const c of report?.classList ?? []) if (/^report-t\d_\w+$/.test(c)) return c.slice(7);
  return undefined;
}

function read(thing: Element, ctx: ReadContext): ObservedPost | null {
  const fullname = thing.getAttribute('data-fullname');
  const entry = childWith(thing, 'entry');
  if (!fullname || !entry || thing.classList.contains('morechildren') || thing.classList.contains('deleted')) return null;
  const isComment = thing.classList.contains('comment') || fullname.startsWith('t1_');
  const isLink = thing.classList.contains('link') || fullname.startsWith('t3_');
  if (!isComment && !isLink) return null;
  const id = `reddit:${fullname}`;
  const authorEl = entry.querySelector('.tagline .author');
  const author = thing.getAttribute('data-author') ?? authorEl?.textContent?.trim();
  const time = entry.querySelector('.tagline time[datetime]:not(.edited-timestamp)') ?? entry.querySelector('time[datetime]');
  const publishedAt =
    isoDate(time?.getAttribute('datetime')) ?? isoDate(thing.getAttribute('data-timestamp') ?? undefined);
  const body = entry.querySelector('.usertext-body .md');
  const bodyText = body ? visibleText(body) : '';
  const sub = thing.getAttribute('data-subreddit');
  const likes = score(thing, entry);
  const base = {
    platform: 'reddit' as const,
    ...(sub ? { community: `r/${sub}` } : {}),
    author: author ? { name: author, handle: author } : {},
    ...(publishedAt ? { publishedAt } : {}),
  };
  if (isComment) {
    if (!bodyText || /^\[(?:removed|deleted)\]$/.test(bodyText)) return null;
    let depth = 0;
    let parentThing: Element | null = null;
    for (let p = thing.parentElement?.closest('.thing'); p; p = p.parentElement?.closest('.thing') ?? null) {
      if (!p.classList.contains('comment')) break;
      parentThing ??= p;
      depth++;
    }
    const parentName = parentThing ? fullnameOf(parentThing) : undefined;
    ctx.thread.place(id, depth);
    const permalink =
      thing.getAttribute('data-permalink') ?? entry.querySelector('a.bylink[data-event-action="permalink"]')?.getAttribute('href');
    return {
      id,
      ...base,
      url: absoluteUrl(permalink, ctx.url) ?? ctx.url.href,
      ...limitText(bodyText, MAX_TEXT),
      parentId: parentName ? `reddit:${parentName}` : ctx.thread.mainId,
      depth,
      metrics: likes === undefined ? {} : { likes },
    };
  }
  const titleEl = entry.querySelector('a.title');
  const title = titleEl ? visibleText(titleEl) : '';
  if (!title && !bodyText) return null;
  const permalink = thing.getAttribute('data-permalink') ?? entry.querySelector('a.comments')?.getAttribute('href') ?? thing.getAttribute('data-url');
  const url = absoluteUrl(permalink, ctx.url) ?? ctx.url.href;
  const onItsPage = /\/comments\//.test(ctx.url.pathname) && ctx.url.pathname.includes(`/comments/${fullname.slice(3)}`);
  if (onItsPage) ctx.thread.setMain(id);
  const replies = parseCount(entry.querySelector('a.comments')?.textContent?.match(/\d[\d,.]*/)?.[0]);
  const promoted = thing.classList.contains('promoted') || thing.classList.contains('promotedlink') || thing.getAttribute('data-promoted') === 'true';
  return {
    id,
    ...base,
    url,
    title,
    ...limitText(bodyText || title, MAX_TEXT),
    metrics: { ...(likes === undefined ? {} : { likes }), ...(replies === undefined ? {} : { replies }) },
    ...(promoted ? { promoted: true } : {}),
  };
}

export const redditOld: Reader = {
  id: 'reddit-old',
  platform: 'reddit',
  matches: ['https://old.reddit.com/*'],
  fixtures: [
    { page: 'reddit-old.html', posts: 4 },
    { page: 'reddit-old-listing-ad.html', posts: 3, promoted: 1 },
    { page: 'reddit-old-multilingual.html', posts: 4 },
    { page: 'reddit-old-overlong.html', posts: 60 },
  ],
  detect: (url, doc) =>
    HOST.test(url.hostname) &&
    (url.hostname.startsWith('old.') || doc.querySelector('.thing[data-fullname], #siteTable, .commentarea') !== null),
  postSelector: '.thing[data-fullname]',
  read,
  composerSelector: '.usertext-edit textarea[name="text"], form.usertext textarea',
  replyBox: (el) => el.querySelector(':scope > .child > form.usertext textarea, :scope > .child > form textarea'),
};
