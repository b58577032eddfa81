import type { ObservedPost } from '../../model/post';
import { MAX_TEXT } from '../../model/limits';
import { contentHash, follows, limitText, visibleText } from '../dom';
import type { ReadContext } from '../reader';
import { blockSchemes, heuristicAuthor, heuristicDate, heuristicLikes, heuristicText } from './class-blocks';
import { pageWindow } from './discovery';
import { SCHEMES, type Scheme } from './engines';
import { authorText, countFrom, dateFrom, levelDepth, ownFirst, numberedHolder, ownText, threadTitle } from './fields';

/** Reading a page by a scheme (a named engine or a group of class-named blocks): items, their fields and depth. */

/** a scheme matching nothing, for pages with an article and no comments */
export const NO_ITEMS: Scheme = { name: 'none', item: 'rapport-no-items', text: [], author: [], date: [], likes: [] };

export function readItem(el: Element, scheme: Scheme, ctx: ReadContext): ObservedPost | null {
  const authorEl = scheme.heuristic ? heuristicAuthor(el, scheme.item) : ownFirst(el, scheme.author, scheme.item);
  const textEl = scheme.heuristic ? heuristicText(el, scheme.item, authorEl) : ownFirst(el, scheme.text, scheme.item);
  const skip = [scheme.skip, scheme.item].filter(Boolean).join(', ');
  const text = textEl ? ownText(textEl, (e) => e.matches(skip)) : '';
  if (!text) return null;
  const author = scheme.authorOf?.(el) ?? el.getAttribute('data-author') ?? authorText(authorEl) ?? authorEl?.getAttribute('title') ?? undefined;
  if (!author) return null;
  const depth = scheme.depth ? scheme.depth(el, scheme) : (scheme.heuristic ? levelDepth(el, ctx) : undefined) ?? depthOf(el, scheme);
  const idEl = el.id ? el : numberedHolder(el, (e) => e.matches(scheme.item));
  const nativeId = el.getAttribute('data-comment-id') ?? el.getAttribute('data-id') ?? el.getAttribute('data-answerid') ?? el.getAttribute('data-questionid') ?? el.getAttribute('data-post-id') ?? el.getAttribute('data-pid') ?? el.getAttribute('data-content')?.replace(/^post-/, '') ?? (el.id || idEl?.id);
  const id = `generic:${ctx.url.hostname}/${nativeId ?? contentHash(author, text)}`;
  const paginated = /(?:[/.-]page-?([2-9]|\d\d+)\b|[?&](?:page|start|p)=(?!0\b|1\b)\d+)/.test(ctx.url.pathname + ctx.url.search);
  const isMain =
    !ctx.thread.mainId &&
    ((scheme.main !== undefined && el.matches(scheme.main)) || ((scheme.firstIsMain === true || ctx.state.firstIsMain === true) && !paginated && !ctx.state.sawItem));
  ctx.state.sawItem = true;
  const likes = scheme.heuristic ? heuristicLikes(el, scheme.item) : countFrom(ownFirst(el, scheme.likes, scheme.item));
  let publishedAt = scheme.heuristic ? heuristicDate(el, scheme.item) : dateFrom(ownFirst(el, scheme.date, scheme.item));
  if (!publishedAt && isMain) {
    // a question's or topic's date is often in the page header, outside the post itself
    const header = scheme.date.map((sel) => [...ctx.doc.querySelectorAll(sel)].find((d) => !d.closest(scheme.item))).find(Boolean);
    publishedAt = dateFrom(header ?? null);
  }
  const link = idEl ? `${ctx.url.href.replace(/#.*$/, '')}#${idEl.id}` : ctx.url.href;
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
    const title = threadTitle(ctx.doc);
    if (title) post.title = title.replace(/\s+/g, ' ');
    return post;
  }
  const parentId = ctx.thread.place(id, depth);
  if (parentId) post.parentId = parentId;
  post.depth = depth;
  return post;
}

/** an element of the scheme's kind (for id groups such as `comment-12`, the id must end in a number) */
export function isItem(el: Element, scheme: Scheme): boolean {
  if (!el.matches(scheme.item)) return false;
  return !scheme.heuristic || !scheme.item.includes('[id^=') || /\d$/.test(el.id);
}

/**
 * Depth in a thread: items nested in items (Disqus, WordPress), plus list levels where a reply list sits beside
 * its parent item rather than inside it (Habr: `li > div.comment + ul > li > div.comment`).
 */
export function depthOf(el: Element, scheme: Scheme): number {
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

/** elements matched against the recipes' selectors between two pauses */
const MATCH_STEP = 1000;

/** The recipes' choice in steps (the content script runs them over idle time, as it runs discovery). */
export function* chooseSchemeSteps(ctx: ReadContext): Generator<void, Scheme | null> {
  if (ctx.state.scheme !== undefined) return ctx.state.scheme as Scheme | null;
  let best: Scheme | null = null;
  let bestCount = 0;
  // the recipes are tried on the page's first elements, as discovery is: the choice costs the same on any page
  const window = pageWindow(ctx.doc);
  ctx.state.window = window;
  yield;
  const schemes = [...SCHEMES, ...blockSchemes(window)];
  yield;
  // one pass with every scheme's item selector, then each scheme among the few elements that matched any
  const anyItem = schemes.map((sc) => sc.item).join(', ');
  const matched: Element[] = [];
  for (let i = 0; i < window.length; i += MATCH_STEP) {
    for (const el of window.slice(i, i + MATCH_STEP)) if (el.matches(anyItem)) matched.push(el);
    yield;
  }
  for (const scheme of schemes) {
    yield;
    // readable items among a sample (evenly spread), scaled to all of the scheme's items: cheap on big pages
    const items = matched.filter((el) => isItem(el, scheme));
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
  ctx.state.schemeCount = bestCount;
  return best;
}

/**
 * How well a scheme reads this page, on the scale discovery uses: items (up to 500) × the share whose author is a
 * clean name and whose text is found × (0.4 + the share with a date). Lets a recipe and discovery be compared.
 */
export function schemeQuality(scheme: Scheme, ctx: ReadContext): { score: number; authors: number; dates: number; scores: number } {
  const count = Math.min(500, (ctx.state.schemeCount as number | undefined) ?? 0);
  const items = ((ctx.state.window as Element[] | undefined) ?? pageWindow(ctx.doc)).filter((el) => isItem(el, scheme));
  const step = Math.max(1, Math.ceil(items.length / 12));
  let n = 0;
  let complete = 0;
  let dates = 0;
  let scores = 0;
  for (let i = 0; i < items.length; i += step) {
    const el = items[i]!;
    n++;
    const authorEl = scheme.heuristic ? heuristicAuthor(el, scheme.item) : ownFirst(el, scheme.author, scheme.item);
    const textEl = scheme.heuristic ? heuristicText(el, scheme.item, authorEl) : ownFirst(el, scheme.text, scheme.item);
    const author = scheme.authorOf?.(el) ?? el.getAttribute('data-author') ?? authorText(authorEl);
    if (author && !/\d{1,2}:\d\d|\d{4}/.test(author) && textEl) complete++;
    if (scheme.heuristic ? heuristicDate(el, scheme.item) : dateFrom(ownFirst(el, scheme.date, scheme.item))) dates++;
    if ((scheme.heuristic ? heuristicLikes(el, scheme.item) : countFrom(ownFirst(el, scheme.likes, scheme.item))) !== undefined) scores++;
  }
  if (!n) return { score: 0, authors: 0, dates: 0, scores: 0 };
  return { score: count * (complete / n) * (0.4 + dates / n), authors: complete / n, dates: dates / n, scores: scores / n };
}

