import { isoDate, namedCount, parseCount, shownDate, visibleText } from '../dom';
import type { ReadContext } from '../reader';

/** Field readers shared by every approach of the generic reader: dates, counts, names, thread levels. */

/** attributes a person reads on hover (title and the tooltip libraries'): the full date behind "il y a 8 heures" */
export const TOOLTIP_ATTRS = ['title', 'data-tippy-content', 'data-tooltip', 'data-original-title'];
// (the title in its old place, before data-date; the tooltip libraries' after it)
export const DATE_ATTRS = ['datetime', 'content', 'data-time', 'data-timestamp', 'title', 'data-date', ...TOOLTIP_ATTRS.slice(1)];

/** descendants of `el` (matching `sel`) that are not inside a nested item of the scheme */
export function ownFirst(el: Element, selectors: string[], itemSel: string): Element | null {
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

export function dateFrom(el: Element | null): string | undefined {
  if (!el) return undefined;
  for (const a of DATE_ATTRS) {
    const v = el.getAttribute(a);
    if (!v) continue;
    const d = isoDate(v) ?? isoDate(v.match(/\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d)?Z?/)?.[0]) ?? shownDate(v);
    if (d) return d;
  }
  return shownDate(visibleText(el));
}

export function countFrom(el: Element | null): number | undefined {
  if (!el) return undefined;
  const v = el.getAttribute('data-value') ?? el.getAttribute('content') ?? el.getAttribute('data-count');
  const shown = visibleText(el);
  const raw = v ?? (/\d/.test(shown) ? shown : el.getAttribute('title'));
  const n = v === null && /\band\b/.test(shown) ? namedCount(shown) : parseCount(raw);
  if (n !== undefined || !/^\s*\d/.test(el.getAttribute('title') ?? '')) return n;
  return parseCount(el.getAttribute('title'));
}

export function authorText(el: Element | null): string | undefined {
  if (!el) return undefined;
  const attr = el.getAttribute('data-author') ?? el.getAttribute('data-username');
  if (attr && !el.matches('a')) return attr;
  const t = (el.getAttribute('content') ?? visibleText(el)).split('\n').map((l) => l.trim()).find(Boolean);
  return t ? t.replace(/^@/, '').replace(/\s+(?:says|said|wrote|пишет):?$/i, '').slice(0, 200) : undefined;
}

const LEVEL = /(?:^|[-_])(?:level|depth|lvl)[-_]?(\d{1,2})$/i;

export function levelOf(el: Element): number | undefined {
  for (const c of el.classList) {
    const m = c.match(LEVEL);
    if (m) return Number(m[1]);
  }
  return undefined;
}

/** Depth from `level-N` / `depth-N` classes on the item or the nearest thread wrapper around it, from the page's lowest level. */
export function levelDepth(el: Element, ctx: ReadContext): number | undefined {
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

/** a class token naming a quote box: `quote`, `bbc_standard_quote`, `mycode_quote`, `bbCodeBlock--quote`, `quotecontent` */
const QUOTE_CLASS = /(?:^|[-_])quote(?:$|[-_]|box|content|block|wrap)/i;

/**
 * An earlier post quoted inside a reply (a blockquote, or a box named like a quote, with its "X wrote:" header):
 * the words are someone else's, so they are not the reply's text.
 */
export function isQuote(el: Element): boolean {
  if (el.tagName === 'BLOCKQUOTE') return true;
  for (const c of el.classList) if (QUOTE_CLASS.test(c)) return /^(?:DIV|SECTION|ASIDE|TABLE|FIGURE)$/.test(el.tagName);
  return false;
}

/** A post's own text: its body without quoted posts — unless the post is nothing but a quote (then the quote is what it says). */
export function ownText(body: Element, skip: (el: Element) => boolean): string {
  const own = visibleText(body, { skipIf: (e) => skip(e) || isQuote(e) });
  return own || visibleText(body, { skipIf: skip });
}

/**
 * The thread's title: of the page's headings (elements or ARIA ones), the longest one its <title> repeats (a
 * forum's first h1 is often the site's name, the topic's heading comes after it); else the first h1.
 */
export function threadTitle(doc: Document): string | undefined {
  const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const page = norm(doc.title).toLowerCase();
  let best: string | undefined;
  for (const h of [...doc.querySelectorAll('h1, h2, [role="heading"][aria-level="1"]')].slice(0, 20)) {
    const t = norm(h.textContent);
    if (t.length >= 4 && page.includes(t.toLowerCase()) && t.length > (best?.length ?? 0)) best = t;
  }
  return best ?? (norm(doc.querySelector('h1')?.textContent) || undefined);
}

/**
 * The element whose numbered id names a post: the post itself, or a wrapper holding it alone (`#msg51207 >
 * .post_wrapper`, `#issuecomment-2090117 > .timeline-comment`): the post's permalink anchor and a stable id.
 */
export function numberedHolder(el: Element, isPost: (e: Element) => boolean): Element | undefined {
  let path = el;
  for (let p: Element | null = el, i = 0; p && i < 3; path = p, p = p.parentElement, i++) {
    if (p !== el && [...p.children].some((c) => c !== path && isPost(c))) return undefined;
    if (/\d+$/.test(p.id)) return p;
  }
  return undefined;
}
