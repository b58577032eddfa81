import type { ObservedPost } from '../model/post';
import { MAX_TEXT } from '../model/limits';
import { absoluteUrl, contentHash, isoDate, limitText, parseCount, pick, visibleText } from './dom';
import type { ReadContext, Reader } from './reader';

/**
 * Discourse forums on any domain, recognised by `meta[name=generator][content^=Discourse]` (or the app's own
 * markers). Live app: `article[data-post-id]` (id `post_N`) in `.topic-post`, body `.cooked`, author
 * `.names .username`, time `[data-time]` (epoch ms), likes `.like-count`. Crawler view (no JS, and the only copy
 * in saved pages): `div.crawler-post[itemtype$=DiscussionForumPosting]` with schema.org microdata, inside
 * `<noscript>` — browsers with scripting keep noscript content as text, so it is parsed (DOMParser) then.
 * Posts are numbered in the topic; post 1 is the main post, the rest answer it (the crawler view shows no
 * reply-to links, so depth stays 0).
 */
const POST = 'article[data-post-id], .crawler-post, div.post[itemtype$="DiscussionForumPosting"], [itemtype$="DiscussionForumPosting"][itemprop="comment"]';

function topic(ctx: ReadContext): { slug?: string; id?: string } {
  const m = ctx.url.pathname.match(/\/t\/(?:([^/]+)\/)?(\d+)/);
  return m ? { slug: m[1], id: m[2] } : {};
}

function likesOf(el: Element): number | undefined {
  for (const stat of el.querySelectorAll('[itemprop="interactionStatistic"]')) {
    const type = stat.querySelector('[itemprop="interactionType"]');
    if (!/LikeAction/.test(type?.getAttribute('content') ?? type?.getAttribute('href') ?? '')) continue;
    const n = parseCount(stat.querySelector('[itemprop="userInteractionCount"]')?.getAttribute('content'));
    if (n !== undefined) return n;
  }
  const shown = pick(el, ['.post-likes', 'button.like-count', '.like-count', '.discourse-reactions-counter .reactions-counter']);
  // the live app shows the count inside a button (which visibleText leaves out)
  return shown ? parseCount(shown.textContent) : undefined;
}

function readPost(el: Element, ctx: ReadContext): ObservedPost | null {
  if (el.parentElement?.closest(POST)) return null;
  const body = pick(el, ['.cooked', '[itemprop="articleBody"]', '[itemprop="text"]', '.post']);
  const text = body ? visibleText(body, { includeHidden: true }) : '';
  if (!text) return null;
  const userEl = pick(el, ['[itemprop="author"] [itemprop="name"]', '.names .username a', '.names .first a', '.username a', '[itemprop="author"]', '.creator']);
  const username = userEl ? visibleText(userEl).split(/\s+\(/)[0]!.trim() : undefined;
  const fullEl = pick(el, ['.names .full-name a', '.names .full-name']);
  const creator = el.querySelector('.creator');
  const paren = creator ? visibleText(creator).match(/\(([^)]+)\)\s*$/)?.[1] : undefined;
  const name = (fullEl ? visibleText(fullEl) : paren) || username;
  const numberAttr = el.getAttribute('id')?.match(/^post_(\d+)$/)?.[1] ?? el.closest('[data-post-number]')?.getAttribute('data-post-number');
  const position = el.querySelector('[itemprop="position"]')?.textContent?.match(/\d+/)?.[0];
  const n = numberAttr ?? position ?? undefined;
  const t = topic(ctx);
  const id = t.id && n ? `discourse:${ctx.url.hostname}/${t.id}/${n}` : `discourse:${ctx.url.hostname}/post-${el.getAttribute('data-post-id') ?? contentHash(username, text)}`;
  const dateEl = pick(el, ['[itemprop="datePublished"]', '.post-date [data-time]', '.relative-date[data-time]', 'time[datetime]']);
  const publishedAt =
    isoDate(dateEl?.getAttribute('content')) ?? isoDate(dateEl?.getAttribute('datetime')) ?? isoDate(dateEl?.getAttribute('data-time'));
  const likes = likesOf(el);
  const isMain = n === '1' || (!n && !ctx.thread.mainId);
  const title = isMain
    ? (el.querySelector('meta[itemprop="headline"]')?.getAttribute('content') ?? pick(ctx.doc, ['#topic-title h1', '.fancy-title', '#main-outlet h1'])?.textContent?.trim()) || undefined
    : undefined;
  const post: ObservedPost = {
    id,
    platform: 'discourse',
    url: t.id && n ? `${ctx.url.origin}/t/${t.slug ? `${t.slug}/` : ''}${t.id}/${n}` : absoluteUrl(el.querySelector('a.post-date')?.getAttribute('href'), ctx.url) ?? ctx.url.href,
    community: ctx.url.hostname,
    author: { ...(name ? { name } : {}), ...(username ? { handle: username } : {}) },
    ...(title ? { title } : {}),
    ...limitText(text, MAX_TEXT),
    ...(publishedAt ? { publishedAt } : {}),
    metrics: likes === undefined ? {} : { likes },
  };
  if (isMain) ctx.thread.setMain(id);
  else if (ctx.thread.mainId) {
    // the live app marks an answer to an earlier post with a "reply-to" tab linking to it
    const depths = (ctx.state.depths ??= {}) as Record<string, number>;
    const replyTo = el.querySelector('.reply-to-tab')?.getAttribute('href')?.match(/\/(\d+)\/?$/)?.[1];
    const parentId = replyTo && replyTo !== '1' && t.id ? `discourse:${ctx.url.hostname}/${t.id}/${replyTo}` : undefined;
    post.parentId = parentId && depths[parentId] !== undefined ? parentId : ctx.thread.mainId;
    post.depth = parentId && depths[parentId] !== undefined ? depths[parentId]! + 1 : 0;
    depths[id] = post.depth;
  }
  return post;
}

/** In a browser with scripting on, `<noscript>` holds its markup as text: parse it (never inserted). */
function readNoscript(el: Element, ctx: ReadContext): ObservedPost[] | null {
  if (el.firstElementChild || typeof DOMParser === 'undefined') return null;
  const raw = el.textContent ?? '';
  if (!/DiscussionForumPosting|crawler-post/.test(raw)) return null;
  const parsed = new DOMParser().parseFromString(raw, 'text/html');
  const out: ObservedPost[] = [];
  for (const p of parsed.querySelectorAll(POST)) {
    const post = readPost(p, ctx);
    if (post) out.push(post);
  }
  return out.length ? out : null;
}

export function isDiscourse(doc: Document): boolean {
  const gen = doc.querySelector('meta[name="generator"]')?.getAttribute('content') ?? '';
  return /^Discourse\b/i.test(gen) || doc.querySelector('#data-discourse-setup, meta[name="discourse_theme_id"], meta[name="discourse_current_homepage"]') !== null;
}

export const discourse: Reader = {
  id: 'discourse',
  platform: 'discourse',
  matches: [],
  fixtures: [{ page: 'discourse-topic.html', posts: 3 }],
  detect: (_url, doc) => isDiscourse(doc),
  postSelector: `${POST}, noscript`,
  read: (el, ctx) => (el.tagName === 'NOSCRIPT' ? readNoscript(el, ctx) : readPost(el, ctx)),
  composerSelector: '#reply-control textarea.d-editor-input, #reply-control .ProseMirror, textarea.d-editor-input',
  replyBox: (el) => el.ownerDocument.querySelector('#reply-control textarea.d-editor-input, #reply-control .ProseMirror[contenteditable="true"]'),
};
