import { parseCount, visibleText } from '../dom';
import type { Scheme } from './engines';
import { dateFrom } from './fields';

/**
 * Comment blocks found by the shape of their class names (a `comment` class holding an author and a text, as on
 * Habr and many hand-made blogs), as schemes to choose from beside the named engines.
 */

/** a class token naming a comment-like block: `comment`, `b-comment`, `comments__item`, `message-view`, … */
const BLOCK_TOKEN = /^(?:[a-z0-9]+(?:-|_|__))*(?:comment|message|reply|answer|entry)(?:s?(?:__|-|_)(?:item|view|entry|container|wrapper|wrap|block))?$/i;
/** an id naming one: `comment-123`, `comment_123`, `post-123`, `reply123` */
const BLOCK_ID = /^((?:comment|reply|message|msg|answer|post)[-_]?)\d+$/i;
export const PART = (re: RegExp) => (el: Element) => [...el.classList].some((c) => re.test(c));
/** the last part of a BEM-ish class name: `comments__item__text` → `text`, `comment-body` → `body` */
const LAST = (re: RegExp) => (el: Element) => [...el.classList].some((c) => re.test(c.split(/__|--|-|_/).pop() ?? ''));
const TEXT_PART = LAST(/(?:text|content|body|message|msg|entry|txt)$/i);
export const NOT_TEXT = PART(/(?:^|[-_])(?:title|header|head|footer|meta|actions?|tools?|controls?|menu|buttons?|avatar|userpic|form|etc)(?:$|[-_])/i);
export const AUTHOR_PART = PART(/(?:^|[-_])(?:user|username|user-name|author|nick|nickname|name|login|fn|byline)(?:$|[-_])/i);
export const DATE_PART = PART(/(?:^|[-_])(?:date|time|timestamp|datetime|posted|published|ago|ctime)(?:$|[-_])/i);
const LIKES_PART = PART(/(?:^|[-_])(?:rating|score|votes?|karma|likes?|points|num|counter|value)(?:$|[-_])/i);
export const PROFILE_HREF = /\/(?:users?|u|members?|profile|people|author|~)[/=?]|showuser=|[?&]user(?:id)?=/i;

function ownAll(el: Element, sel: string, itemSel: string): Element[] {
  return [...el.querySelectorAll(sel)].filter((f) => {
    const holder = f.parentElement?.closest(itemSel);
    return !holder || holder === el || !el.contains(holder);
  });
}

export function heuristicAuthor(el: Element, itemSel: string): Element | null {
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

export function heuristicText(el: Element, itemSel: string, author: Element | null): Element | null {
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
    (x) => !(author && (x.contains(author) || author.contains(x))) && !x.closest('header, footer, blockquote') && !x.querySelector('time') && !DATE_PART(x) && !NOT_TEXT(x) && !AUTHOR_PART(x),
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

export function heuristicDate(el: Element, itemSel: string): string | undefined {
  for (const c of ownAll(el, 'time, [datetime], [class]', itemSel)) {
    if (!c.matches('time, [datetime]') && !DATE_PART(c)) continue;
    // a date link around a machine-readable time: the time's attribute is exact, the link's text is not
    const d = dateFrom(c.matches('time, [datetime]') ? c : c.querySelector('time[datetime], [datetime]') ?? c) ?? dateFrom(c);
    if (d) return d;
  }
  return undefined;
}

/** a count's own label, read aloud or on hover: "31 points", "-2 votes" */
const COUNT_NAMED = /^\s*[+\-\u2212]?\d[\d,.]*\s+(?:points?|votes?|likes?|score)\b/i;

export function heuristicLikes(el: Element, itemSel: string): number | undefined {
  for (const c of ownAll(el, '[class]', itemSel)) {
    const named = COUNT_NAMED.test(c.getAttribute('aria-label') ?? c.getAttribute('title') ?? '');
    if ((!LIKES_PART(c) && !named) || PART(/comments?-?count|reply|replies/i)(c)) continue;
    const t = visibleText(c).replace(/\s+/g, '');
    if (/^[+\-\u2013\u2212]?\d[\d,.]*$/.test(t)) return parseCount(t.replace(/^\+/, ''));
  }
  return undefined;
}

/** Groups of comment-like blocks on this page, by class token or id prefix, as schemes to choose from. */
export function blockSchemes(window: Element[]): Scheme[] {
  const groups = new Map<string, number>();
  for (const el of window) {
    if (!el.id && !/omment|essage|eply|nswer|ntry/.test(el.getAttribute('class') ?? '')) continue;
    for (const c of el.classList) if (BLOCK_TOKEN.test(c)) groups.set(`[class~="${c}"]`, (groups.get(`[class~="${c}"]`) ?? 0) + 1);
    const m = el.id.match(BLOCK_ID);
    if (m) groups.set(`[id^="${m[1]}"]`, (groups.get(`[id^="${m[1]}"]`) ?? 0) + 1);
  }
  return [...groups.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([item]) => ({ name: `blocks ${item}`, item, text: [], author: [], date: [], likes: [], heuristic: true }));
}

