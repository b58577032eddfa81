import type { ObservedPost } from '../model/post';
import { MAX_TEXT } from '../model/limits';
import { absoluteUrl, limitText, parseCount, visibleText } from './dom';
import type { ReadContext, Reader } from './reader';

/**
 * Current Reddit ("shreddit", www.reddit.com since 2023): custom elements whose attributes carry the data —
 * `shreddit-post` (`id`, `post-title`, `author`, `score`, `comment-count`, `created-timestamp`, `permalink`,
 * `subreddit-prefixed-name`), `shreddit-comment` (`thingid`, `author`, `score`, `depth`, `permalink`, `created`,
 * `parentid`), bodies in the child with `slot="comment"` / `slot="text-body"` (or `#…-rtjson-content`).
 * Ads are `shreddit-ad-post` (or a post with a `promoted` attribute). Replies nest inside their parent element.
 */
const HOST = /(?:^|\.)reddit\.com$/;

/** `2024-03-06T12:41:04.873000+0000` → ISO 8601 with a colon in the offset */
function date(raw: string | null): string | undefined {
  if (!raw) return undefined;
  const s = raw.trim().replace(/([+-]\d\d)(\d\d)$/, '$1:$2');
  return Number.isFinite(Date.parse(s)) ? s : undefined;
}

/** the element's own slot (not a nested reply's) */
function ownSlot(el: Element, names: string[]): Element | null {
  for (const name of names) {
    for (const c of el.children) if (c.getAttribute('slot') === name) return c;
  }
  return null;
}

function metric(el: Element, attr: string): number | undefined {
  const v = el.getAttribute(attr);
  return v !== null && /^-?\d+$/.test(v.trim()) ? Number(v) : parseCount(v);
}

function who(name: string | null): ObservedPost['author'] {
  return name ? { name, handle: name } : {};
}

function readPost(el: Element, ctx: ReadContext): ObservedPost | null {
  const fullname = el.getAttribute('id')?.startsWith('t3_') ? el.getAttribute('id')! : el.getAttribute('thingid') ?? el.getAttribute('post-id');
  const title = (el.getAttribute('post-title') ?? visibleText(ownSlot(el, ['title']) ?? el.ownerDocument.createElement('i'))).trim();
  const bodyEl = ownSlot(el, ['text-body']) ?? el.querySelector('[id$="-post-rtjson-content"]');
  const body = bodyEl ? visibleText(bodyEl) : '';
  if (!fullname || (!title && !body)) return null;
  const id = `reddit:${fullname.startsWith('t3_') ? fullname : `t3_${fullname}`}`;
  const permalink = el.getAttribute('permalink');
  const onItsPage = ctx.url.pathname.includes(`/comments/${id.slice(10)}`);
  const promoted = el.localName === 'shreddit-ad-post' || el.hasAttribute('promoted') || el.getAttribute('is-promoted') === 'true';
  // on a post's page, other post cards are recommendations, not part of the thread (ads are kept, marked)
  if (!onItsPage && !promoted && /\/comments\//.test(ctx.url.pathname)) return null;
  if (onItsPage) ctx.thread.setMain(id);
  const likes = metric(el, 'score');
  const replies = metric(el, 'comment-count');
  const publishedAt = date(el.getAttribute('created-timestamp'));
  const community = el.getAttribute('subreddit-prefixed-name') ?? undefined;
  return {
    id,
    platform: 'reddit',
    url: absoluteUrl(permalink, ctx.url) ?? ctx.url.href,
    ...(community ? { community } : {}),
    author: who(el.getAttribute('author')),
    ...(title ? { title } : {}),
    ...limitText(body || title, MAX_TEXT),
    ...(publishedAt ? { publishedAt } : {}),
    metrics: {
      ...(likes === undefined ? {} : { likes }),
      ...(replies === undefined ? {} : { replies }),
    },
    ...(promoted ? { promoted: true } : {}),
  };
}

function readComment(el: Element, ctx: ReadContext): ObservedPost | null {
  const thingid = el.getAttribute('thingid');
  if (!thingid) return null;
  const id = `reddit:${thingid}`;
  const depth = Number(el.getAttribute('depth') ?? NaN);
  const d = Number.isFinite(depth) ? depth : 0;
  const placed = ctx.thread.place(id, d);
  const bodyEl = ownSlot(el, ['comment']) ?? el.querySelector(`[id="${thingid}-comment-rtjson-content"]`);
  const text = bodyEl ? visibleText(bodyEl) : '';
  const author = el.getAttribute('author');
  if (!text || /^\[(?:removed|deleted)\]$/.test(text)) return null;
  const parentAttr = el.getAttribute('parentid');
  const parentId = parentAttr ? `reddit:${parentAttr}` : placed;
  const likes = metric(el, 'score');
  const publishedAt = date(el.getAttribute('created'));
  const post = el.closest('shreddit-comment-tree')?.getAttribute('post-id') ?? el.getAttribute('postid');
  const community = ctx.url.pathname.match(/\/r\/([^/]+)/)?.[1];
  return {
    id,
    platform: 'reddit',
    url: absoluteUrl(el.getAttribute('permalink'), ctx.url) ?? ctx.url.href,
    ...(community ? { community: `r/${community}` } : {}),
    author: who(author),
    ...limitText(text, MAX_TEXT),
    ...(publishedAt ? { publishedAt } : {}),
    ...(parentId ? { parentId } : post ? { parentId: `reddit:${post}` } : {}),
    depth: d,
    metrics: likes === undefined ? {} : { likes },
  };
}

export const reddit: Reader = {
  id: 'reddit',
  platform: 'reddit',
  matches: ['https://*.reddit.com/*', 'https://reddit.com/*'],
  fixtures: [{ page: 'reddit-shreddit.html', posts: 5, promoted: 1 }],
  detect: (url) => HOST.test(url.hostname),
  postSelector: 'shreddit-post, shreddit-ad-post, shreddit-comment',
  read: (el, ctx) => (el.localName === 'shreddit-comment' ? readComment(el, ctx) : readPost(el, ctx)),
  composerSelector: 'shreddit-composer, comment-composer-host [contenteditable="true"], div[contenteditable="true"][role="textbox"]',
  replyBox: (el) => el.querySelector(':scope > shreddit-composer, :scope > [slot="comment-composer"]'),
};
