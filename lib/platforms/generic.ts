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
  /** fields found by the shape of class names rather than fixed selectors (comment blocks found on the page) */
  heuristic?: boolean;
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
    text: ['.comment-content', '.comment-text', '.commententry', '.comment-entry', '.comment-body > p', '.comment-body'],
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
];

// ---------- comment blocks found by the shape of their class names ----------

/** a class token naming a comment-like block: `comment`, `b-comment`, `comments__item`, `message-view`, … */
const BLOCK_TOKEN = /^(?:[a-z0-9]+(?:-|_|__))*(?:comment|message|reply|answer|entry)(?:s?(?:__|-|_)(?:item|view|entry|container|wrapper|wrap|block))?$/i;
/** an id naming one: `comment-123`, `comment_123`, `post-123`, `reply123` */
const BLOCK_ID = /^((?:comment|reply|message|msg|answer|post)[-_]?)\d+$/i;
const PART = (re: RegExp) => (el: Element) => [...el.classList].some((c) => re.test(c));
/** the last part of a BEM-ish class name: `comments__item__text` → `text`, `comment-body` → `body` */
const LAST = (re: RegExp) => (el: Element) => [...el.classList].some((c) => re.test(c.split(/__|--|-|_/).pop() ?? ''));
const TEXT_PART = LAST(/(?:text|content|body|message|msg|entry|txt)$/i);
const NOT_TEXT = PART(/(?:^|[-_])(?:title|header|head|footer|meta|actions?|tools?|controls?|menu|buttons?|avatar|userpic|form|etc)(?:$|[-_])/i);
const AUTHOR_PART = PART(/(?:^|[-_])(?:user|username|user-name|author|nick|nickname|name|login|fn|byline)(?:$|[-_])/i);
const DATE_PART = PART(/(?:^|[-_])(?:date|time|timestamp|datetime|posted|published|ago|ctime)(?:$|[-_])/i);
const LIKES_PART = PART(/(?:^|[-_])(?:rating|score|votes?|karma|likes?|points|num|counter|value)(?:$|[-_])/i);
const PROFILE_HREF = /\/(?:users?|u|members?|profile|people|author|~)[/=?]|showuser=|[?&]user(?:id)?=/i;

function ownAll(el: Element, sel: string, itemSel: string): Element[] {
  return [...el.querySelectorAll(sel)].filter((f) => {
    const holder = f.parentElement?.closest(itemSel);
    return !holder || holder === el || !el.contains(holder);
  });
}

function heuristicAuthor(el: Element, itemSel: string): Element | null {
  for (const c of ownAll(el, '[class], [itemprop], a[href]', itemSel)) {
    const byClass = AUTHOR_PART(c) || /^(?:author|name|creator)$/.test(c.getAttribute('itemprop') ?? '');
    const byLink = c.matches('a[href]') && PROFILE_HREF.test(c.getAttribute('href')!);
    if (!byClass && !byLink) continue;
    if (PART(/avatar|userpic|photo|image|pic$/i)(c)) continue;
    const t = visibleText(c);
    if (t && t.length <= 80 && !t.includes('\n') && !/^\d+$/.test(t)) return c;
  }
  return null;
}

const IS_BLOCK = (el: Element) => [...el.classList].some((c) => BLOCK_TOKEN.test(c));

function heuristicText(el: Element, itemSel: string, author: Element | null): Element | null {
  const cands = ownAll(el, '[class]', itemSel).filter(
    (c) => TEXT_PART(c) && !NOT_TEXT(c) && !IS_BLOCK(c) && !(author && c.contains(author)) && !c.querySelector(itemSel),
  );
  let best: Element | null = null;
  let bestLen = 0;
  for (const c of cands) {
    const len = visibleText(c).length;
    if (len > bestLen) {
      best = c;
      bestLen = len;
    }
  }
  if (best) return best;
  // paragraphs that are not the header's name / date lines
  const p = ownAll(el, 'p', itemSel).find(
    (x) => !(author && (x.contains(author) || author.contains(x))) && !x.closest('header, footer') && !x.querySelector('time') && !DATE_PART(x) && !NOT_TEXT(x) && !AUTHOR_PART(x),
  );
  if (p) return p.parentElement;
  // else the largest block of the item that holds neither the author, a date, controls nor another item
  bestLen = 0;
  for (const c of ownAll(el, 'div, span, section', itemSel)) {
    if ((author && (c.contains(author) || author.contains(c))) || c.querySelector('time, button, [role="button"], a[href*="reply"]') || DATE_PART(c) || NOT_TEXT(c) || AUTHOR_PART(c) || c.querySelector(itemSel)) continue;
    const len = visibleText(c).length;
    if (len > bestLen) {
      best = c;
      bestLen = len;
    }
  }
  return bestLen > 1 ? best : null;
}

function heuristicDate(el: Element, itemSel: string): string | undefined {
  for (const c of ownAll(el, 'time, [datetime], [class]', itemSel)) {
    if (!c.matches('time, [datetime]') && !DATE_PART(c)) continue;
    const d = dateFrom(c);
    if (d) return d;
  }
  return undefined;
}

function heuristicLikes(el: Element, itemSel: string): number | undefined {
  for (const c of ownAll(el, '[class]', itemSel)) {
    if (!LIKES_PART(c) || PART(/comments?-?count|reply|replies/i)(c)) continue;
    const t = visibleText(c).replace(/\s+/g, '');
    if (/^[+\-\u2013\u2212]?\d[\d,.]*$/.test(t)) return parseCount(t.replace(/^\+/, ''));
  }
  return undefined;
}

/** Groups of comment-like blocks on this page, by class token or id prefix, as schemes to choose from. */
function blockSchemes(doc: Document): Scheme[] {
  const groups = new Map<string, number>();
  for (const el of doc.querySelectorAll('[class*="omment"], [class*="essage"], [class*="eply"], [class*="nswer"], [class*="ntry"], [id]')) {
    for (const c of el.classList) if (BLOCK_TOKEN.test(c)) groups.set(`[class~="${c}"]`, (groups.get(`[class~="${c}"]`) ?? 0) + 1);
    const m = el.id.match(BLOCK_ID);
    if (m) groups.set(`[id^="${m[1]}"]`, (groups.get(`[id^="${m[1]}"]`) ?? 0) + 1);
  }
  return [...groups.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([item]) => ({ name: `blocks ${item}`, item, text: [], author: [], date: [], likes: [], heuristic: true }));
}

/** a scheme matching nothing, for pages with an article and no comments */
const NO_ITEMS: Scheme = { name: 'none', item: 'rapport-no-items', text: [], author: [], date: [], likes: [] };

const ARTICLE_BODY = ['[itemprop="articleBody"]', '.post__text', '.post__body', '.entry-content', '.article-body', '.article__body', '.article-content', '.post-content', '.story-body', 'article [class*="article-text"]', 'main article', 'article'];
const ARTICLE_AUTHOR = ['[itemprop="author"] [itemprop="name"]', '[data-testid="authorName"]', '[rel="author"]', '[class*="user-info__nickname"]', '[class*="author"] [class*="name"]', '.byline a', '[class*="author"] a', '[class*="author"]', '.byline', 'a[href*="/users/"]', 'a[href*="/author/"]'];

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
  const authorEl = scheme.heuristic ? heuristicAuthor(el, scheme.item) : ownFirst(el, scheme.author, scheme.item);
  const textEl = scheme.heuristic ? heuristicText(el, scheme.item, authorEl) : ownFirst(el, scheme.text, scheme.item);
  const skip = [scheme.skip, scheme.item].filter(Boolean).join(', ');
  const text = textEl ? visibleText(textEl, { skip }) : '';
  if (!text) return null;
  const author = scheme.authorOf?.(el) ?? el.getAttribute('data-author') ?? authorText(authorEl) ?? authorEl?.getAttribute('title') ?? undefined;
  if (!author) return null;
  const depth = scheme.depth ? scheme.depth(el, scheme) : (scheme.heuristic ? levelDepth(el, ctx) : undefined) ?? depthOf(el, scheme);
  const nativeId = el.getAttribute('data-comment-id') ?? el.getAttribute('data-id') ?? el.getAttribute('data-answerid') ?? el.getAttribute('data-questionid') ?? el.getAttribute('data-post-id') ?? el.getAttribute('data-content')?.replace(/^post-/, '') ?? (el.id || undefined);
  const id = `generic:${ctx.url.hostname}/${nativeId ?? contentHash(author, text)}`;
  const paginated = /(?:[/.-]page-?([2-9]|\d\d+)\b|[?&](?:page|start|p)=(?!0\b|1\b)\d+)/.test(ctx.url.pathname + ctx.url.search);
  const isMain =
    !ctx.thread.mainId &&
    ((scheme.main !== undefined && el.matches(scheme.main)) || (scheme.firstIsMain === true && !paginated && !ctx.state.sawItem));
  ctx.state.sawItem = true;
  const likes = scheme.heuristic ? heuristicLikes(el, scheme.item) : countFrom(ownFirst(el, scheme.likes, scheme.item));
  let publishedAt = scheme.heuristic ? heuristicDate(el, scheme.item) : dateFrom(ownFirst(el, scheme.date, scheme.item));
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

const LEVEL = /(?:^|[-_])(?:level|depth|lvl)[-_]?(\d{1,2})$/i;

function levelOf(el: Element): number | undefined {
  for (const c of el.classList) {
    const m = c.match(LEVEL);
    if (m) return Number(m[1]);
  }
  return undefined;
}

/** Depth from `level-N` / `depth-N` classes on the item or the nearest thread wrapper around it, from the page's lowest level. */
function levelDepth(el: Element, ctx: ReadContext): number | undefined {
  let level: number | undefined;
  for (let p: Element | null = el; p && level === undefined; p = p.parentElement) level = levelOf(p);
  if (level === undefined) return undefined;
  if (ctx.state.minLevel === undefined) {
    let min = Infinity;
    for (const e of ctx.doc.querySelectorAll('[class*="level"], [class*="depth"], [class*="lvl"]')) {
      const l = levelOf(e);
      if (l !== undefined && l < min) min = l;
    }
    ctx.state.minLevel = min === Infinity ? 0 : min;
  }
  return Math.max(0, level - (ctx.state.minLevel as number));
}

/** an element of the scheme's kind (for id groups such as `comment-12`, the id must end in a number) */
function isItem(el: Element, scheme: Scheme): boolean {
  if (!el.matches(scheme.item)) return false;
  return !scheme.heuristic || !scheme.item.startsWith('[id^=') || /\d$/.test(el.id);
}

/**
 * Depth in a thread: items nested in items (Disqus, WordPress), plus list levels where a reply list sits beside
 * its parent item rather than inside it (Habr: `li > div.comment + ul > li > div.comment`).
 */
function depthOf(el: Element, scheme: Scheme): number {
  let depth = 0;
  let path: Element = el;
  for (let p = el.parentElement; p && p !== el.ownerDocument.body; path = p, p = p.parentElement) {
    if (isItem(p, scheme)) {
      if (!scheme.main || !p.matches(scheme.main)) depth++;
      continue;
    }
    if (path.matches(scheme.item)) continue; // earlier items in the same list are peers, not parents
    for (const c of p.children) {
      if (c !== path && isItem(c, scheme) && !c.contains(el) && !(scheme.main && c.matches(scheme.main))) {
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
  for (const scheme of [...SCHEMES, ...blockSchemes(ctx.doc)]) {
    // readable items among a sample (evenly spread), scaled to all of the scheme's items: cheap on big pages
    const items = [...ctx.doc.querySelectorAll(scheme.item)].filter((el) => isItem(el, scheme));
    const step = Math.max(1, Math.ceil(items.length / 40));
    let readable = 0;
    let sampled = 0;
    for (let i = 0; i < items.length; i += step) {
      const el = items[i]!;
      sampled++;
      if (scheme.heuristic) {
        const author = heuristicAuthor(el, scheme.item);
        const text = author ? heuristicText(el, scheme.item, author) : null;
        if (text && visibleText(text)) readable++;
      } else if (ownFirst(el, scheme.text, scheme.item) && (el.hasAttribute('data-author') || ownFirst(el, scheme.author, scheme.item))) readable++;
    }
    const count = sampled ? Math.round((readable / sampled) * items.length) : 0;
    // on a tie between block groups, the inner one (a comment's own block, not the list item around it) wins
    const inner = count === bestCount && best?.heuristic && scheme.heuristic && (() => {
      const a = ctx.doc.querySelector(best.item);
      const b = ctx.doc.querySelector(scheme.item);
      return a !== null && b !== null && a !== b && a.contains(b);
    })();
    if (count > bestCount || inner) {
      best = scheme;
      bestCount = count;
    }
  }
  ctx.state.scheme = best;
  return best;
}

// the dynamic groups are found among these (class names with "comment", "message", … or ids like comment-12)
const ALL_ITEMS = [...SCHEMES.map((s) => s.item), '[class*="omment"]', '[class*="essage"]', '[class*="eply"]', '[class*="nswer"]', '[class*="ntry"]', '[id^="comment"]', '[id^="reply"]', '[id^="message"]', '[id^="msg"]', '[id^="answer"]', '[id^="post"]'].join(', ');

export const generic: Reader = {
  id: 'generic',
  platform: 'generic',
  matches: [],
  // any page with something it knows how to read: structured data, comment-like blocks or an article body
  detect: (_url, doc) => doc.querySelector(`script[type="application/ld+json"], ${ALL_ITEMS}, ${ARTICLE_BODY.join(', ')}`) !== null,
  postSelector: ALL_ITEMS,
  readDocument: (ctx) => {
    const ld = readJsonLd(ctx);
    // JSON-LD with a thread in it is the page's own structured copy: use it instead of guessing from markup
    if (ld.length >= 2) {
      ctx.state.scheme = null;
      return ld;
    }
    const scheme = chooseScheme(ctx);
    if (ld.length === 1) return ld;
    if (scheme && ((scheme.main && ctx.doc.querySelector(scheme.main)) || scheme.firstIsMain)) return [];
    // the page's article is the main post, with or without comments under it
    const article = readArticle(ctx, scheme ?? NO_ITEMS);
    return article ? [article] : [];
  },
  read: (el, ctx) => {
    const scheme = chooseScheme(ctx);
    if (!scheme || !isItem(el, scheme)) return null;
    return readItem(el, scheme, ctx);
  },
  composerSelector: 'textarea[name="comment"], #comment, textarea[name="message"], textarea[name="text"], textarea[name="body"], .fr-element[contenteditable="true"], [contenteditable="true"][role="textbox"]',
};
