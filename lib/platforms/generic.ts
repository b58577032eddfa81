import type { ObservedPost } from '../model/post';
import { MAX_TEXT } from '../model/limits';
import { absoluteUrl, contentHash, follows, isoDate, limitText, namedCount, parseCount, shownDate, visibleText } from './dom';
import type { ReadContext, Reader } from './reader';

/**
 * Any other page, read by structure — only on the user's gesture (context menu, shortcut or a site permission),
 * never on every site, so `matches` is empty and it is the registry's last resort.
 *
 * 1. schema.org JSON-LD: `DiscussionForumPosting`, `SocialMediaPosting`, `Comment`, `Answer`, `Question`
 *    (also inside `@graph`, and nested `comment[]` / `suggestedAnswer` / `acceptedAnswer`).
 * 2. Page markup, by the first matching scheme that reads most items: Stack Exchange, Disqus, XenForo, phpBB,
 *    vBulletin, Invision, WordPress comments, schema.org microdata, and a structural fallback for comment
 *    blocks (a `comment` class holding an author and a text, as on Habr and many hand-made blogs).
 *    Depth = enclosing items; the page's article (when there is one) is the main post.
 */

interface Scheme {
  name: string;
  item: string;
  text: string[];
  author: string[];
  date: string[];
  likes: string[];
  /** left out of the text (notices, signatures, quote headers) */
  skip?: string;
  /** items that hold the thread's main post */
  main?: string;
  /** posts nested in others only one way (Stack Exchange: comments under an answer) */
  depth?: (el: Element, scheme: Scheme) => number;
  /** an author found some other way than the selectors */
  authorOf?: (el: Element) => string | undefined;
  /** forums: the first post of a topic's first page is the topic itself, the rest answer it */
  firstIsMain?: boolean;
}

/** Stack Exchange: the last signature is the owner's (the first may be the last editor's); wiki posts name the
 * main contributor in the revisions link. */
function stackAuthor(el: Element): string | undefined {
  const sigs = [...el.querySelectorAll('.post-signature')].filter((s) => s.closest('.answer, #question, .question') === el);
  const sig = sigs[sigs.length - 1];
  if (!sig) return undefined;
  const users = [...sig.querySelectorAll('.user-details a[href*="/users/"], .user-details [itemprop="name"]')];
  const last = users[users.length - 1];
  if (last) return visibleText(last).trim() || undefined;
  const revisions = sig.querySelector('.user-details a[href*="/revisions"]');
  const lines = revisions ? visibleText(revisions).split('\n').map((l) => l.trim()) : [];
  const name = lines.find((l) => l && !/\brevs?\b|\busers?\b|%/.test(l));
  if (name) return name;
  const details = [...sig.querySelectorAll('.user-details')].map((d) => visibleText(d).split('\n')[0]!.trim());
  return details.find((d) => d && !/community wiki/i.test(d));
}

const DATE_ATTRS = ['datetime', 'content', 'data-time', 'data-timestamp', 'title', 'data-date'];

const SCHEMES: Scheme[] = [
  {
    name: 'stackexchange',
    item: '#question, .question[data-questionid], .answer[data-answerid], li.comment[data-comment-id], .comment[id^="comment-"]',
    main: '#question, .question',
    text: ['.js-post-body', '.post-text', '[itemprop="text"]', '.comment-copy'],
    author: ['.post-signature.owner .user-details a[href*="/users/"]', '.post-signature:last-of-type .user-details a[href*="/users/"]', '.user-details [itemprop="name"]', '.user-details a[href*="/users/"]', '.comment-user', '.user-details'],
    date: ['time[itemprop="dateCreated"]', '.comment-date [title]', '.user-action-time [title]'],
    likes: ['[itemprop="upvoteCount"]', '.js-vote-count', '.vote-count-post', '.comment-score'],
    skip: '.js-post-notice, aside.s-notice, .post-menu',
    authorOf: (el) => (el.matches('.comment, li.comment') ? undefined : stackAuthor(el)),
    depth: (el) => (el.matches('.comment, li.comment') && el.closest('.answer') ? 1 : 0),
  },
  {
    name: 'disqus',
    item: 'li.post[id^="post-"], .post[data-role="post"]',
    text: ['[data-role="message"]', '.post-message'],
    author: ['.author [data-username]', '.author a', '.author', '[data-role="username"]'],
    date: ['a.time-ago[title]', '[data-role="relative-time"]', 'time[datetime]'],
    likes: ['[data-role="likes"]', '.vote-up .count'],
  },
  {
    name: 'xenforo',
    firstIsMain: true,
    item: 'article.message--post, .message[data-author], li.message[id^="post-"]',
    text: ['.message-body .bbWrapper', '.bbWrapper', '.messageText', 'blockquote.messageText'],
    author: ['[data-author]', '.message-name .username', '.message-name', '.username'],
    date: ['time[datetime]', 'time[data-time]', '.DateTime[data-time]', '.DateTime[title]'],
    likes: ['.reactionsBar-link', '.LikeText'],
    skip: '.bbCodeBlock-title, .bbCodeBlock-expandLink, .message-signature, .js-selectToQuote',
  },
  {
    name: 'phpbb',
    firstIsMain: true,
    item: 'div.post[id^="p"], .post.bg1, .post.bg2, div[id^="p"].post',
    text: ['.postbody .content', '.content'],
    author: ['.author .username', '.author .username-coloured', '.author a[href*="memberlist"]', '.postprofile .username', '.username'],
    date: ['time[datetime]', '.author'],
    likes: ['.post-likes', '.likes-count'],
    skip: '.signature, .notice, cite',
  },
  {
    name: 'vbulletin',
    firstIsMain: true,
    item: 'li.postcontainer, li.postbitlegacy, div[id^="post_message_"]',
    text: ['.postcontent', 'blockquote.postcontent', '[id^="post_message_"]'],
    author: ['.username strong', '.username', 'a.bigusername'],
    date: ['.postdate .date', '.date'],
    likes: [],
  },
  {
    name: 'invision',
    firstIsMain: true,
    item: 'article.ipsComment, article[id^="elComment_"]',
    text: ['[data-role="commentContent"]', '.cPost_contentWrap .ipsType_richText', '.ipsType_richText'],
    author: ['.cAuthorPane_author', '[itemprop="author"] [itemprop="name"]', '.ipsType_break a'],
    date: ['time[datetime]'],
    likes: ['[data-role="reactCountText"]', '.ipsReact_reactCount'],
  },
  {
    name: 'wordpress',
    item: 'li.comment, div.comment[id^="comment-"], article.comment, li.pingback',
    text: ['.comment-content', '.comment-text', '.comment-body > p', '.comment-body'],
    author: ['.comment-author .fn', '.comment-author cite', '.comment-author', '.fn'],
    date: ['.comment-metadata time[datetime]', 'time[datetime]', '.comment-meta a', '.commentmetadata a'],
    likes: ['.comment-likes-count', '.comment-karma'],
    skip: '.reply, .comment-reply-link, .says',
  },
  {
    name: 'microdata',
    item: '[itemtype$="/Comment"], [itemtype$="/DiscussionForumPosting"], [itemtype$="/SocialMediaPosting"], [itemtype$="/Answer"], [itemtype$="/Question"]',
    main: '[itemtype$="/Question"], [itemtype$="/DiscussionForumPosting"]:not([itemprop="comment"])',
    text: ['[itemprop="text"]', '[itemprop="commentText"]', '[itemprop="articleBody"]', '[itemprop="description"]'],
    author: ['[itemprop="author"] [itemprop="name"]', '[itemprop="author"] [itemprop="alternateName"]', '[itemprop="author"]', '[itemprop="creator"] [itemprop="name"]'],
    date: ['[itemprop="dateCreated"]', '[itemprop="datePublished"]', 'time[datetime]'],
    likes: ['[itemprop="upvoteCount"]'],
  },
  {
    // hand-made comment blocks: a `comment` class with an author and a text (Habr, many blogs and forums)
    name: 'comment-blocks',
    item: '[class~="comment"], [class~="comment-item"], [class~="comment_item"], [class~="comments__item"], [class~="c-comment"], [class~="forum-post"], [class~="reply"][id]',
    text: ['[class*="comment__message"]', '[class*="comment__text"]', '[class*="comment-text"]', '[class*="comment-content"]', '[class*="comment-body"]', '[class*="message"]', '[class*="content"]', '[class*="body"]', '[class*="text"]'],
    author: ['[class*="nickname"]', '[class*="username"]', '[class*="user-name"]', '[class*="author"] a', '[class*="author"]', '[class*="user"] a', 'a[href*="/users/"]', 'a[href*="/user/"]', 'a[href*="/u/"]', 'a[href*="/profile"]', 'a[href*="/members/"]'],
    date: ['time[datetime]', 'time', '[class*="date"]', '[class*="time"]'],
    likes: ['[class*="score"]', '[class*="rating"]', '[class*="voting"] [class*="counter"]', '[class*="likes"]', '[class*="vote"] [class*="count"]'],
    skip: '[class*="reply-form"], [class*="comment__footer"], [class*="actions"]',
  },
];

const ARTICLE_BODY = ['[itemprop="articleBody"]', '.post__text', '.post__body', '.entry-content', '.article-body', '.article__body', '.article-content', '.post-content', '.story-body', 'article [class*="article-text"]'];
const ARTICLE_AUTHOR = ['[itemprop="author"] [itemprop="name"]', '[rel="author"]', '[class*="user-info__nickname"]', '[class*="author"] [class*="name"]', '.byline a', '[class*="author"] a', '[class*="author"]', '.byline', 'a[href*="/users/"]', 'a[href*="/author/"]'];

/** descendants of `el` (matching `sel`) that are not inside a nested item of the scheme */
function ownFirst(el: Element, selectors: string[], itemSel: string): Element | null {
  for (const sel of selectors) {
    for (const found of el.querySelectorAll(sel)) {
      const holder = found.parentElement?.closest(itemSel);
      if (holder && holder !== el && el.contains(holder)) continue;
      if (found.closest(itemSel) !== el && found.closest(itemSel) !== null && el.contains(found.closest(itemSel))) continue;
      return found;
    }
  }
  return null;
}

function dateFrom(el: Element | null): string | undefined {
  if (!el) return undefined;
  for (const a of DATE_ATTRS) {
    const v = el.getAttribute(a);
    if (!v) continue;
    const d = isoDate(v) ?? isoDate(v.match(/\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d)?Z?/)?.[0]) ?? shownDate(v);
    if (d) return d;
  }
  return shownDate(visibleText(el));
}

function countFrom(el: Element | null): number | undefined {
  if (!el) return undefined;
  const v = el.getAttribute('data-value') ?? el.getAttribute('content') ?? el.getAttribute('data-count');
  const shown = visibleText(el);
  const raw = v ?? (/\d/.test(shown) ? shown : el.getAttribute('title'));
  const n = v === null && /\band\b/.test(shown) ? namedCount(shown) : parseCount(raw);
  if (n !== undefined || !/^\s*\d/.test(el.getAttribute('title') ?? '')) return n;
  return parseCount(el.getAttribute('title'));
}

function authorText(el: Element | null): string | undefined {
  if (!el) return undefined;
  const attr = el.getAttribute('data-author') ?? el.getAttribute('data-username');
  if (attr && !el.matches('a')) return attr;
  const t = (el.getAttribute('content') ?? visibleText(el)).split('\n').map((l) => l.trim()).find(Boolean);
  return t ? t.replace(/^@/, '').replace(/\s+(?:says|said|wrote|пишет):?$/i, '').slice(0, 200) : undefined;
}

function readItem(el: Element, scheme: Scheme, ctx: ReadContext): ObservedPost | null {
  const textEl = ownFirst(el, scheme.text, scheme.item);
  const skip = [scheme.skip, scheme.item].filter(Boolean).join(', ');
  const text = textEl ? visibleText(textEl, { skip }) : '';
  if (!text) return null;
  const author = scheme.authorOf?.(el) ?? el.getAttribute('data-author') ?? authorText(ownFirst(el, scheme.author, scheme.item));
  if (!author) return null;
  const depth = scheme.depth ? scheme.depth(el, scheme) : depthOf(el, scheme);
  const nativeId = el.getAttribute('data-comment-id') ?? el.getAttribute('data-answerid') ?? el.getAttribute('data-questionid') ?? el.getAttribute('data-post-id') ?? el.getAttribute('data-content')?.replace(/^post-/, '') ?? (el.id || undefined);
  const id = `generic:${ctx.url.hostname}/${nativeId ?? contentHash(author, text)}`;
  const paginated = /(?:[/.-]page-?([2-9]|\d\d+)\b|[?&](?:page|start|p)=(?!0\b|1\b)\d+)/.test(ctx.url.pathname + ctx.url.search);
  const isMain =
    !ctx.thread.mainId &&
    ((scheme.main !== undefined && el.matches(scheme.main)) || (scheme.firstIsMain === true && !paginated && !ctx.state.sawItem));
  ctx.state.sawItem = true;
  const likes = countFrom(ownFirst(el, scheme.likes, scheme.item));
  let publishedAt = dateFrom(ownFirst(el, scheme.date, scheme.item));
  if (!publishedAt && isMain) {
    // a question's or topic's date is often in the page header, outside the post itself
    const header = scheme.date.map((sel) => [...ctx.doc.querySelectorAll(sel)].find((d) => !d.closest(scheme.item))).find(Boolean);
    publishedAt = dateFrom(header ?? null);
  }
  const link = el.id ? `${ctx.url.href.replace(/#.*$/, '')}#${el.id}` : ctx.url.href;
  const post: ObservedPost = {
    id,
    platform: 'generic',
    url: link,
    community: ctx.url.hostname,
    author: { name: author },
    ...limitText(text, MAX_TEXT),
    ...(publishedAt ? { publishedAt } : {}),
    metrics: likes === undefined ? {} : { likes },
  };
  if (isMain) {
    ctx.thread.setMain(id);
    const title = ctx.doc.querySelector('h1')?.textContent?.trim();
    if (title) post.title = title.replace(/\s+/g, ' ');
    return post;
  }
  const parentId = ctx.thread.place(id, depth);
  if (parentId) post.parentId = parentId;
  post.depth = depth;
  return post;
}

/**
 * Depth in a thread: items nested in items (Disqus, WordPress), plus list levels where a reply list sits beside
 * its parent item rather than inside it (Habr: `li > div.comment + ul > li > div.comment`).
 */
function depthOf(el: Element, scheme: Scheme): number {
  let depth = 0;
  let path: Element = el;
  for (let p = el.parentElement; p && p !== el.ownerDocument.body; path = p, p = p.parentElement) {
    if (p.matches(scheme.item)) {
      if (!scheme.main || !p.matches(scheme.main)) depth++;
      continue;
    }
    if (path.matches(scheme.item)) continue; // earlier items in the same list are peers, not parents
    for (const c of p.children) {
      if (c !== path && c.matches(scheme.item) && !c.contains(el) && !(scheme.main && c.matches(scheme.main))) {
        // only a parent placed before the reply list counts
        if (follows(c, path)) {
          depth++;
          break;
        }
      }
    }
  }
  return depth;
}

/** The page's own article (blog post, news story, forum topic's first post) as the thread's main post. */
function readArticle(ctx: ReadContext, scheme: Scheme): ObservedPost | null {
  let body: Element | null = null;
  for (const sel of ARTICLE_BODY) {
    body = [...ctx.doc.querySelectorAll(sel)].find((b) => !b.closest(scheme.item) && !b.querySelector(scheme.item)) ?? null;
    if (body) break;
  }
  if (!body) return null;
  const text = visibleText(body);
  if (text.length < 40) return null;
  const scope = body.closest('article, [itemtype], main') ?? ctx.doc.body;
  let authorEl: Element | null = null;
  for (const sel of ARTICLE_AUTHOR) {
    authorEl = [...scope.querySelectorAll(sel)].find((a) => !a.closest(scheme.item) && !body!.contains(a)) ?? null;
    if (authorEl) break;
  }
  const author = authorText(authorEl) ?? ctx.doc.querySelector('meta[name="author"]')?.getAttribute('content') ?? undefined;
  const titleEl = scope.querySelector('h1, [itemprop="headline"]') ?? ctx.doc.querySelector('h1');
  const title = titleEl ? visibleText(titleEl) : undefined;
  const time = [...scope.querySelectorAll('time[datetime], [itemprop="datePublished"]')].find((t) => !t.closest(scheme.item));
  const publishedAt = dateFrom(time ?? null);
  // the article's score: inside it, or else the first one on the page before the comments start
  const firstItem = [...ctx.doc.querySelectorAll(scheme.item)].find((i) => ownFirst(i, scheme.text, scheme.item));
  let likes: number | undefined;
  for (const root of [scope, ctx.doc.body]) {
    for (const sel of ['[itemprop="upvoteCount"]', '[class*="voting"] [class*="counter"]', '[class*="voting"][class*="counter"]', '[class*="vote"][class*="count"]', '[class*="score"]', '[class*="rating"]']) {
      const el = [...root.querySelectorAll(sel)].find(
        (e) => !e.closest(scheme.item) && (!firstItem || follows(e, firstItem)),
      );
      likes = countFrom(el ?? null);
      if (likes !== undefined) break;
    }
    if (likes !== undefined) break;
  }
  const canonical = absoluteUrl(ctx.doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), ctx.url) ?? ctx.url.href;
  const id = `generic:${contentHash(canonical)}`;
  ctx.thread.setMain(id);
  return {
    id,
    platform: 'generic',
    url: canonical,
    community: ctx.url.hostname,
    author: author ? { name: author } : {},
    ...(title ? { title: title.replace(/\s+/g, ' ') } : {}),
    ...limitText(text, MAX_TEXT),
    ...(publishedAt ? { publishedAt } : {}),
    metrics: likes === undefined ? {} : { likes },
  };
}

// ---------- JSON-LD ----------

type Json = Record<string, unknown>;
const LD_TYPES = /^(?:DiscussionForumPosting|SocialMediaPosting|Comment|Answer|Question|BlogPosting|LiveBlogPosting)$/;

function types(node: Json): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') return str((v as Json).name ?? (v as Json)['@value']);
  return undefined;
}

function ldLikes(node: Json): number | undefined {
  if (typeof node.upvoteCount === 'number') return node.upvoteCount;
  const stats = node.interactionStatistic;
  for (const s of (Array.isArray(stats) ? stats : stats ? [stats] : []) as Json[]) {
    const type = str(s.interactionType) ?? JSON.stringify(s.interactionType ?? '');
    if (/Like|Vote/i.test(type)) return Number(s.userInteractionCount) || 0;
  }
  return undefined;
}

function ldTextOf(html: string | undefined): string {
  if (!html) return '';
  if (!/<[a-z][\s\S]*>/i.test(html)) return html.replace(/\s+/g, ' ').trim();
  // markup inside JSON-LD: parsed as an inert document, never inserted in the page
  if (typeof DOMParser !== 'undefined') return visibleText(new DOMParser().parseFromString(html, 'text/html').body);
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
}

function readJsonLd(ctx: ReadContext): ObservedPost[] {
  const out: ObservedPost[] = [];
  const visit = (node: unknown, depth: number | undefined, parentId: string | undefined): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const n of node) visit(n, depth, parentId);
      return;
    }
    const obj = node as Json;
    if (obj['@graph']) visit(obj['@graph'], depth, parentId);
    const isPost = types(obj).some((t) => LD_TYPES.test(t));
    let id = parentId;
    let childDepth = depth;
    if (isPost) {
      const text = ldTextOf(str(obj.text) ?? str(obj.articleBody) ?? str(obj.commentText) ?? str(obj.description));
      const author = str(obj.author) ?? str(obj.creator);
      if (text) {
        const url = absoluteUrl(str(obj.url) ?? str(obj['@id']), ctx.url);
        id = `generic:${ctx.url.hostname}/${contentHash(url, author, text.slice(0, 200))}`;
        const likes = ldLikes(obj);
        const publishedAt = isoDate(str(obj.datePublished) ?? str(obj.dateCreated));
        const handle = obj.author && typeof obj.author === 'object' ? str((obj.author as Json).alternateName) : undefined;
        const post: ObservedPost = {
          id,
          platform: 'generic',
          url: url ?? ctx.url.href,
          community: ctx.url.hostname,
          author: { ...(author ? { name: author } : {}), ...(handle ? { handle: handle.replace(/^@/, '') } : {}) },
          ...(str(obj.headline) ?? str(obj.name) ? { title: str(obj.headline) ?? str(obj.name) } : {}),
          ...limitText(text, MAX_TEXT),
          ...(publishedAt ? { publishedAt } : {}),
          metrics: likes === undefined ? {} : { likes },
        };
        if (depth === undefined) {
          if (!ctx.thread.mainId) ctx.thread.setMain(id);
        } else {
          post.depth = depth;
          post.parentId = parentId ?? ctx.thread.mainId;
        }
        out.push(post);
        childDepth = depth === undefined ? 0 : depth + 1;
      }
    }
    for (const key of ['comment', 'suggestedAnswer', 'acceptedAnswer', 'hasPart', 'mainEntity']) {
      if (obj[key]) visit(obj[key], key === 'mainEntity' || key === 'hasPart' ? depth : isPost ? childDepth : depth, isPost ? id : parentId);
    }
  };
  for (const script of ctx.doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''), undefined, undefined);
    } catch {
      // a broken JSON-LD block is the page's problem, not ours
    }
  }
  return out;
}

// ---------- choosing a scheme ----------

function chooseScheme(ctx: ReadContext): Scheme | null {
  if (ctx.state.scheme !== undefined) return ctx.state.scheme as Scheme | null;
  let best: Scheme | null = null;
  let bestCount = 0;
  for (const scheme of SCHEMES) {
    let count = 0;
    for (const el of ctx.doc.querySelectorAll(scheme.item)) {
      if (ownFirst(el, scheme.text, scheme.item) && (el.hasAttribute('data-author') || ownFirst(el, scheme.author, scheme.item))) count++;
      if (count > 400) break;
    }
    if (count > bestCount) {
      best = scheme;
      bestCount = count;
    }
  }
  ctx.state.scheme = best;
  return best;
}

const ALL_ITEMS = SCHEMES.map((s) => s.item).join(', ');

export const generic: Reader = {
  id: 'generic',
  platform: 'generic',
  matches: [],
  detect: () => true,
  postSelector: ALL_ITEMS,
  readDocument: (ctx) => {
    const ld = readJsonLd(ctx);
    // JSON-LD with a thread in it is the page's own structured copy: use it instead of guessing from markup
    if (ld.length >= 2) {
      ctx.state.scheme = null;
      return ld;
    }
    const scheme = chooseScheme(ctx);
    if (!scheme) return ld;
    if (ld.length === 1) return ld;
    if ((scheme.main && ctx.doc.querySelector(scheme.main)) || scheme.firstIsMain) return [];
    const article = readArticle(ctx, scheme);
    return article ? [article] : [];
  },
  read: (el, ctx) => {
    const scheme = chooseScheme(ctx);
    if (!scheme || !el.matches(scheme.item)) return null;
    return readItem(el, scheme, ctx);
  },
  composerSelector: 'textarea[name="comment"], #comment, textarea[name="message"], textarea[name="text"], textarea[name="body"], .fr-element[contenteditable="true"], [contenteditable="true"][role="textbox"]',
};
