import { isoDate, namedCount, parseCount, shownDate, visibleText } from '../dom';
import type { ReadContext } from '../reader';

/** Field readers shared by every approach of the generic reader: dates, counts, names, thread levels. */

export const DATE_ATTRS = ['datetime', 'content', 'data-time', 'data-timestamp', 'title', 'data-date'];

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

