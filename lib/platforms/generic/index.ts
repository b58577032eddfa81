import type { Reader, ReadContext } from '../reader';
import { ThreadTracker } from '../thread';
import { ARTICLE_BODY, readArticle } from './article';
import { readDiscovered, readLeadPost } from './discovered-posts';
import { visibleText } from '../dom';
import { type Discovered, discover, discoverSteps, inGroup, memberParts, pageWindow, runSteps } from './discovery';
import { SCHEMES, type Scheme } from './engines';
import { chooseSchemeSteps, isItem, NO_ITEMS, readItem, schemeQuality } from './schemes';
import { readJsonLd } from './structured-data';
import { confidenceOf } from '../reading-explanation';

/**
 * Any other page, read by structure — only on the user's gesture (context menu, shortcut or a site permission),
 * never on every site, so `matches` is empty and it is the registry's last resort. Approaches, in order:
 *
 * 1. schema.org JSON-LD with a thread in it: the page's own structured copy (structured-data.ts).
 * 2. Named engines' recipes (engines.ts: Stack Exchange, Disqus, XenForo, phpBB, vBulletin, Invision, WordPress,
 *    microdata) and blocks named like comments (class-blocks.ts): the fast path.
 * 3. Structure-based discovery (discovery.ts): the repeated group of post-shaped elements, for engines no recipe
 *    knows. It also checks the recipes: when it reads the page clearly better (more posts, or clean authors and
 *    dates where the recipe has none), it is used instead.
 * The page's article (article.ts), when there is one before the posts, is the main post.
 */

// the dynamic groups are found among these (class names with "comment", "message", … or ids like comment-12)
const ALL_ITEMS = [...SCHEMES.map((s) => s.item), '[class*="omment"]', '[class*="essage"]', '[class*="eply"]', '[class*="nswer"]', '[class*="ntry"]', '[id^="comment"]', '[id^="reply"]', '[id^="message"]', '[id^="msg"]', '[id^="answer"]', '[id^="post"]'].join(', ');

type Approach = { kind: 'scheme'; scheme: Scheme | null } | { kind: 'discovery'; group: Discovered; mainIsFirst: boolean };

/** How this page is read: decided once per page, from the recipes' and discovery's readings of it. */
function approach(ctx: ReadContext): Approach {
  return (ctx.state.approach as Approach | undefined) ?? runSteps(decide(ctx));
}

/**
 * The decision in steps, none long (the content script runs them over idle time before it reads the page): the
 * recipes' choice, its quality, discovery step by step, the article and lead-post probes.
 */
function* decide(ctx: ReadContext): Generator<void, Approach> {
  if (ctx.state.approach) return ctx.state.approach as Approach;
  const scheme = yield* chooseSchemeSteps(ctx);
  yield;
  const quality = scheme ? schemeQuality(scheme, ctx) : { score: 0 };
  yield;
  // the page's own discovery, when the registry's detection just ran it on this very document
  const found = detected.get(ctx.doc);
  detected.delete(ctx.doc);
  const group = found !== undefined ? found : yield* discoverSteps(ctx.doc);
  let chosen: Approach = { kind: 'scheme', scheme };
  const schemeCount = (ctx.state.schemeCount as number | undefined) ?? 0;
  // a recipe is kept unless discovery reads the page clearly better, or as well with more posts
  if (group && (group.score > quality.score * 1.2 || (group.score >= quality.score && group.members > schemeCount))) {
    // a forum's first post is the topic; a blog's or news site's article before the comments is
    const first = ctx.doc.querySelector(group.selector);
    yield;
    const article = first ? readArticleProbe(ctx, group, first) : false;
    yield;
    chosen = { kind: 'discovery', group, mainIsFirst: !article && !hasLeadPost(ctx, group) };
  }
  ctx.state.approach = chosen;
  delete ctx.state.window; // the page's elements are not kept beyond the decision
  return chosen;
}

/** Discovery run by `detect`, kept for the reading of the same document that follows (never run twice). */
const detected = new WeakMap<Document, Discovered | null>();

/** About how many posts, with authors and dates, the markup approach reads on this page. */
function markupReads(ctx: ReadContext, a: Approach): number {
  if (a.kind === 'discovery') return a.group.parts.dates >= 0.5 ? Math.round(a.group.members * a.group.parts.authors) : 0;
  if (!a.scheme) return 0;
  const q = schemeQuality(a.scheme, ctx);
  return q.dates >= 0.5 ? Math.round(((ctx.state.schemeCount as number | undefined) ?? 0) * q.authors) : 0;
}

/** Whether a post shaped unlike the replies comes before them (read on a scratch thread: nothing is kept). */
function hasLeadPost(ctx: ReadContext, group: Discovered): boolean {
  return readLeadPost({ ...ctx, thread: new ThreadTracker() }, group) !== null;
}

/** Whether the page has an article body of its own before the first post (then the posts are its comments). */
function readArticleProbe(ctx: ReadContext, group: Discovered, first: Element): boolean {
  const selector = group.selector;
  // a copy of the first post (a no-script rendering of the thread) is not an article of its own
  const firstBody = memberParts(first, group).body;
  const firstText = firstBody ? visibleText(firstBody).replace(/\s+/g, ' ').slice(0, 60) : undefined;
  // article bodies before the first post are among the page's first elements (the first post is)
  const window = (ctx.state.window as Element[] | undefined) ?? pageWindow(ctx.doc);
  const anyBody = ARTICLE_BODY.join(', ');
  const bodies = window.filter((el) => el.matches(anyBody));
  for (const sel of ARTICLE_BODY) {
    for (const b of bodies.filter((el) => el.matches(sel))) {
      if (b.closest(selector) || b.querySelector(selector)) continue;
      const text = (b.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text.length < 200 || (firstText && text.includes(firstText))) continue;
      if (b.compareDocumentPosition(first) & 4) return true;
    }
  }
  return false;
}

export const generic: Reader = {
  id: 'generic',
  platform: 'generic',
  matches: [],
  fixtures: [
    { page: 'generic-github-issue.html', posts: 3 },
    { page: 'generic-jsonld-forum.html', posts: 4 },
    { page: 'generic-lemmy-post.html', posts: 5 },
    { page: 'generic-lobsters-story.html', posts: 5 },
    { page: 'generic-misread-board.html', posts: 6 },
    { page: 'generic-misread-board-2.html', posts: 6 },
    { page: 'generic-mybb-thread.html', posts: 3 },
    { page: 'generic-nested-journal.html', posts: 5 },
    { page: 'generic-nodebb-topic.html', posts: 4 },
    { page: 'generic-push-list.html', posts: 5 },
    { page: 'generic-smf-topic.html', posts: 4 },
    { page: 'generic-unknown-engine.html', posts: 3 },
    { page: 'generic-wordpress.html', posts: 4 },
    { page: 'generic-xenforo.html', posts: 3 },
  ],
  // any page with something it knows how to read: structured data, comment-like blocks or an article body
  detect: (_url, doc) => {
    if (doc.querySelector(`script[type="application/ld+json"], ${ALL_ITEMS}, ${ARTICLE_BODY.join(', ')}`) !== null) return true;
    const group = discover(doc);
    detected.set(doc, group);
    return group !== null;
  },
  prepare: (ctx) => decide(ctx),
  postSelector: ALL_ITEMS,
  postSelectorFor: (ctx) => {
    const a = approach(ctx);
    return a.kind === 'discovery' ? a.group.selector : ALL_ITEMS;
  },
  readDocument: (ctx) => {
    const ld = readJsonLd(ctx);
    const a = approach(ctx);
    // JSON-LD with a thread in it is the page's own structured copy: used unless the markup shows as many posts
    // with authors and dates (then the markup is what the person sees: counts as shown, not as declared)
    if (ld.length >= 2 && markupReads(ctx, a) < ld.length) {
      ctx.state.approach = { kind: 'scheme', scheme: null };
      ctx.state.structuredData = ld.length;
      return ld;
    }
    // one JSON-LD posting beside a discovered thread whose first post is the topic: the markup has it, fully
    if (ld.length === 1 && !(a.kind === 'discovery' && a.mainIsFirst)) return ld;
    if (a.kind === 'discovery') {
      if (a.mainIsFirst) return [];
      const lead = readArticle(ctx, { ...NO_ITEMS, item: a.group.selector }) ?? readLeadPost(ctx, a.group);
      return lead ? [lead] : [];
    }
    const scheme = a.scheme;
    if (scheme && ((scheme.main && ctx.doc.querySelector(scheme.main)) || scheme.firstIsMain)) return [];
    // the page's article is the main post, with or without comments under it; else a post shaped unlike the
    // comments before them (a link aggregator's submission)
    const article = readArticle(ctx, scheme ?? NO_ITEMS);
    const lead = article ?? (scheme ? readLeadPost(ctx, { selector: scheme.item }) : null);
    // blocks found by their class names, with nothing before them: the first is the topic, as discovery reads it
    if (!lead && scheme?.heuristic) ctx.state.firstIsMain = true;
    return lead ? [lead] : [];
  },
  read: (el, ctx) => {
    const a = approach(ctx);
    if (a.kind === 'discovery') return inGroup(el, a.group.selector) ? readDiscovered(el, a.group, ctx, a.mainIsFirst) : null;
    const scheme = a.scheme;
    if (!scheme || !isItem(el, scheme)) return null;
    return readItem(el, scheme, ctx);
  },
  explain: (ctx) => {
    const a = ctx.state.approach as Approach | undefined;
    if (!a) return undefined;
    if (ctx.state.structuredData) {
      const n = ctx.state.structuredData as number;
      return { approach: 'structured-data', members: n, parts: { authors: 1, dates: 1, scores: 0, nesting: false }, confidence: 'high' };
    }
    if (a.kind === 'discovery') {
      const parts = { ...a.group.parts, nesting: a.group.parts.nesting || ctx.state.threaded === true };
      return { approach: 'structure', group: a.group.selector, members: a.group.members, parts, confidence: confidenceOf(parts, a.group.members) };
    }
    if (!a.scheme || !ctx.state.sawItem) {
      return { approach: 'article', members: 1, parts: { authors: 1, dates: 1, scores: 0, nesting: false }, confidence: 'medium' };
    }
    const q = schemeQuality(a.scheme, ctx);
    const parts = { authors: q.authors, dates: q.dates, scores: q.scores, nesting: false };
    const members = (ctx.state.schemeCount as number | undefined) ?? 0;
    return { approach: a.scheme.heuristic ? 'class-names' : 'engine', group: a.scheme.heuristic ? a.scheme.item : a.scheme.name, members, parts, confidence: confidenceOf(parts, members) };
  },
  composerSelector: 'textarea[name="comment"], #comment, textarea[name="message"], textarea[name="text"], textarea[name="body"], .fr-element[contenteditable="true"], [contenteditable="true"][role="textbox"]',
};
