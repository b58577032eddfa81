import type { ObservedPost } from '../model/post';
import { MAX_TEXT } from '../model/limits';
import { absoluteUrl, limitText, pick, visibleText } from './dom';
import type { ReadContext, Reader } from './reader';

/**
 * Reddit's 2018-2022 redesign (React, hashed class names; still served to some users). Hooks: the post's
 * `[data-testid="post-container"][id^="t3_"]`, comments `div.Comment` carrying their `t1_…` fullname as a class,
 * body `[data-testid="comment"]`, depth from the "level N" label, authors only as `/user/NAME/` links
 * (`href` or React Router's `to`), the score between the vote arrows. Times are relative: left out.
 */
const HOST = /(?:^|\.)reddit\.com$/;
const USER = /\/u(?:ser)?\/([^/?#]+)/;

function authorOf(scope: Element, selectors: string[]): string | undefined {
  const link = pick(scope, selectors);
  const named = link?.matches('[data-testid$="_author_link"]') ? link.textContent?.trim().replace(/^u\//, '') : undefined;
  if (named) return named;
  const href = link?.getAttribute('href') ?? link?.getAttribute('to');
  const m = href?.match(USER);
  return m ? decodeURIComponent(m[1]!) : undefined;
}

/** the score shown between the vote arrows, only when exact ("2.9k" is not) */
function scoreOf(scope: Element): number | undefined {
  const arrows = scope.querySelector('[id^="vote-arrows-"]');
  const shown = arrows ? visibleText(arrows).trim() : '';
  return /^-?\d[\d,]*$/.test(shown) ? Number(shown.replace(/,/g, '')) : undefined;
}

function fullnameOf(el: Element, prefix: 't1_' | 't3_'): string | undefined {
  if (el.id.startsWith(prefix)) return el.id;
  for (const c of el.classList) if (c.startsWith(prefix)) return c;
  return undefined;
}

function community(ctx: ReadContext, scope: Element): string | undefined {
  const link = scope.querySelector('a[data-click-id="subreddit"]')?.getAttribute('href');
  const m = (link ?? ctx.url.pathname).match(/\/r\/([^/?#]+)/);
  return m ? `r/${m[1]}` : undefined;
}

function readPost(el: Element, ctx: ReadContext): ObservedPost | null {
  const fullname = fullnameOf(el, 't3_');
  if (!fullname) return null;
  const titleEl = pick(el, ['[data-adclicklocation="title"] h1', '[data-adclicklocation="title"] h3', 'h1', 'h3']);
  const title = titleEl ? visibleText(titleEl) : '';
  const bodyEl = pick(el, ['[data-click-id="text"] .RichTextJSON-root', '[data-test-id="post-content"] .RichTextJSON-root', '.RichTextJSON-root', '[data-click-id="text"] .md']);
  const body = bodyEl ? visibleText(bodyEl) : '';
  if (!title && !body) return null;
  const id = `reddit:${fullname}`;
  const onItsPage = ctx.url.pathname.includes(`/comments/${fullname.slice(3)}`);
  // on a post's page, other post cards are ads and "more posts" recommendations, not part of the thread
  if (!onItsPage && /\/comments\//.test(ctx.url.pathname)) return null;
  if (onItsPage) ctx.thread.setMain(id);
  const author = authorOf(el, ['a[data-testid="post_author_link"]', 'a[href*="/user/"]', '[to*="/user/"]']);
  const likes = scoreOf(el);
  const permalink = el.querySelector('a[data-click-id="comments"], a[data-click-id="body"]')?.getAttribute('href');
  const promoted = [...el.querySelectorAll('span')].some((s) => /^promoted$/i.test(s.textContent?.trim() ?? ''));
  const sub = community(ctx, el);
  return {
    id,
    platform: 'reddit',
    url: onItsPage ? ctx.url.href : absoluteUrl(permalink, ctx.url) ?? ctx.url.href,
    ...(sub ? { community: sub } : {}),
    author: author ? { name: author, handle: author } : {},
    ...(title ? { title } : {}),
    ...limitText(body || title, MAX_TEXT),
    metrics: likes === undefined ? {} : { likes },
    ...(promoted ? { promoted: true } : {}),
  };
}

function readComment(el: Element, ctx: ReadContext): ObservedPost | null {
  const fullname = fullnameOf(el, 't1_');
  if (!fullname) return null;
  const id = `reddit:${fullname}`;
  const level = [...el.querySelectorAll('span')].map((s) => s.textContent?.trim().match(/^level (\d+)$/i)?.[1]).find(Boolean);
  const depth = level ? Number(level) - 1 : 0;
  // Deleted stubs still take their place in the thread: their replies hang below them.
  const parentId = ctx.thread.place(id, depth);
  const body = el.querySelector('[data-testid="comment"]');
  const text = body ? visibleText(body) : '';
  if (!text) return null;
  const author = authorOf(el, ['a[data-testid="comment_author_link"]', 'a[data-testid="comment_author_icon"]', 'a[href*="/user/"]', '[to*="/user/"]']);
  const likes = scoreOf(el);
  const permalink = el.querySelector('a[data-testid="comment_timestamp"]')?.getAttribute('href');
  const url = absoluteUrl(permalink, ctx.url);
  const sub = community(ctx, el);
  return {
    id,
    platform: 'reddit',
    url: url ? url.replace(/\?.*$/, '') : ctx.url.href,
    ...(sub ? { community: sub } : {}),
    author: author ? { name: author, handle: author } : {},
    ...limitText(text, MAX_TEXT),
    ...(parentId ? { parentId } : {}),
    depth,
    metrics: likes === undefined ? {} : { likes },
  };
}

export const reddit2019: Reader = {
  id: 'reddit-2019',
  platform: 'reddit',
  matches: [],
  fixtures: [{ page: 'reddit-2019.html', posts: 4 }],
  detect: (url, doc) =>
    HOST.test(url.hostname) && doc.querySelector('[data-testid="post-container"], div.Comment, [data-testid="comment"]') !== null,
  postSelector: '[data-testid="post-container"], div.Comment',
  read: (el, ctx) => (el.matches('div.Comment') ? readComment(el, ctx) : readPost(el, ctx)),
  composerSelector: '.public-DraftEditor-content[contenteditable="true"], div[role="textbox"][contenteditable="true"]',
};
