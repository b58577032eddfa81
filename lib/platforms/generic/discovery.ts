import { isoDate, parseCount, shownDate, visibleText } from '../dom';
import { dateFrom, TOOLTIP_ATTRS } from './fields';

/**
 * Posts found by structure, for forums and comment systems no recipe knows (in the manner of record mining:
 * MDR, DEPTA). A page's posts are a repeated group of elements of one shape (same tag and a shared class token,
 * or ids numbered alike) whose members each hold an author-like name, a time and a body. Discovery
 *   1. scans a bounded window of the page once, grouping elements by shape, and scores every group cheaply by
 *      how many of its members hold a date and some text;
 *   2. examines a sample of the best groups' members closely and maps their parts: the date (attributes,
 *      `time`, dates as shown in several formats), the author (profile links, name-like classes, an avatar whose
 *      alt repeats the name, a short line in the header), the body (the largest block holding neither), a score
 *      (a bare number beside vote / like controls);
 *   3. keeps, for each part, the shape most members agree on (alignment), so one odd post does not mislead it.
 * Everything is bounded (window, groups examined, sampled members, elements per member): a 10,000-comment page
 * costs about what a 500-comment one does, and the members beyond the window are read by the group's selector.
 */

/** elements scanned to find groups (posts repeat early: the window holds hundreds of them) */
export const WINDOW = 5_000;
/** groups examined closely, and members sampled in each */
const EXAMINED = 8;
const SAMPLED = 12;
/** elements of one member looked at */
const PER_MEMBER = 600;

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'svg', 'HEAD', 'IFRAME', 'SELECT', 'TEXTAREA', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO', 'PICTURE']);
/** bare tags that form a group on their own (lists, tables, articles): other class-less elements are too common */
const BARE_TAGS = new Set(['ARTICLE', 'LI', 'TR', 'SECTION', 'DD', 'TABLE']);
const ID_NUMBERED = /^([A-Za-z][A-Za-z_-]*?)[-_]?\d+$/;

/** Which parts a discovered group's posts have: fractions of the sampled members. */
export interface GroupParts {
  authors: number;
  dates: number;
  scores: number;
  nesting: boolean;
}

export interface Discovered {
  /** the group's shape, as a CSS selector (`li.b-post`, `div[id^="post_"]`) */
  selector: string;
  /** members found in the scanned window */
  members: number;
  parts: GroupParts;
  /** shapes of each part most members agree on */
  authorKey?: string;
  bodyKey?: string;
  scoreKey?: string;
  score: number;
}

/** An element's shape: its tag and class tokens (ids and numbered tokens left out), for aligning parts. */
export function shapeOf(el: Element): string {
  const tokens = [...el.classList].filter((c) => !/\d{3}/.test(c) && c.length <= 48).sort();
  const parent = el.parentElement;
  return `${parent ? parent.tagName.toLowerCase() + '>' : ''}${el.tagName.toLowerCase()}${tokens.length ? '.' + tokens.join('.') : ''}`;
}

const keyCache = new Map<string, string[]>();

/** The groups an element belongs to (memoised by tag and class attribute: pages repeat them thousands of times). */
function keysOf(el: Element): string[] {
  const cls = el.getAttribute('class') ?? '';
  const memo = `${el.tagName} ${cls}`;
  let keys = keyCache.get(memo);
  if (!keys) {
    const tag = el.tagName.toLowerCase();
    keys = [];
    for (const c of cls.split(/\s+/)) {
      if (c && c.length <= 48 && !/\d{3}/.test(c) && /^[A-Za-z_-][\w-]*$/.test(c)) keys.push(`${tag}.${c}`);
    }
    if (keyCache.size > 5000) keyCache.clear();
    keyCache.set(memo, keys);
  }
  const m = el.id ? el.id.match(ID_NUMBERED) : null;
  if (m) return [...keys, `${el.tagName.toLowerCase()}[id^="${m[1]}"]`];
  if (!keys.length && BARE_TAGS.has(el.tagName)) return [el.tagName.toLowerCase()];
  return keys;
}

const tests = new Map<string, (el: Element) => boolean>();

/**
 * Whether an element belongs to a group of the given key (id groups need the number at the end). Keys are the
 * three shapes `keysOf` makes, tested without the selector engine (this runs for every element looked at).
 */
export function inGroup(el: Element, selector: string): boolean {
  let test = tests.get(selector);
  if (!test) {
    const m = selector.match(/^([a-z][a-z0-9]*)(?:\.([\w-]+)|\[id\^="([^"]*)"\])?$/i);
    if (!m) test = (e) => e.matches(selector);
    else {
      const [, tag, cls, prefix] = m;
      const upper = tag!.toUpperCase();
      test = cls !== undefined
        ? (e) => e.tagName === upper && e.classList.contains(cls)
        : prefix !== undefined
          ? (e) => e.tagName === upper && e.id.startsWith(prefix) && e.id.match(ID_NUMBERED)?.[1] === prefix
          : (e) => e.tagName === upper;
    }
    tests.set(selector, test);
  }
  return test(el);
}

// ---------- parts of one member ----------

const DATE_ATTR_NAME = /(?:^|[-_])(?:date|time|timestamp|datetime|published|created|posted|publishdate)(?:$|[-_])|^datetime$/i;
const DATE_IN_TEXT = /\d{4}[-/.年]\s?\d{1,2}[-/.月]\s?\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,2}\.? (?:de )?\p{L}{3,}\.?,? (?:de )?\d{4}|\p{L}{3,}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\p{L}{3,}\.? +\d{1,2} \d{1,2}:\d\d(?::\d\d)? \d{4}/u;
const NAME_HINT = /author|user|name|nick|poster|login|member|profile|byline|(?:^|[-_\s])fn(?:$|[-_\s])|owner|sender|from/i;
/** labels that name the author in the languages of Rapport's users */
const AUTHOR_LABEL = /^(?:author|by|posted by|from|作者|發信人|发信人|投稿者|作成者|글쓴이|작성자|автор|від|auteur|par|autor|von|di|door|penulis|oleh|yazar)\s*[:：]?$/i;
const NOT_NAME_HINT = /title|subject|head(?:ing|line)|count|stat|rank|badge|group|level|joined|posts?-?count|location/i;
const PROFILE_HREF = /\/(?:users?|u|members?|profile|people|author|space|~|@)[/=?]|\/[@~][\w.-]+|[?&](?:u|uid|user(?:id|name)?|member(?:id)?|showuser|username)=|\/(?:user|profile|member)s?\.php|mod=space/i;
const NOT_BODY = /signature|(?:^|[-_])sig(?:$|[-_])|footer|(?:^|[-_])meta(?:$|[-_])|header|toolbar|actions?(?:$|[-_])|controls?|menu|avatar|user-?info|userinfo|profile|author|vote|rating|reactions?(?:$|[-_])|share|breadcrumb|(?:^|[-_])nav|attribution/i;
const SCORE_HINT = /vote|score|like|point|karma|reaction|thumb|upvote|rating|plus|heart|kudos|reputation|arrow-?(?:alt-?)?up|fa-arrow/i;
const COUNT_TEXT = /^([+\-\u2212\u2013]?\d[\d,.]*)\s*(?:likes?|points?|votes?|reactions?|suka|poin|赞|いいね)?$/i;

function attrText(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('itemprop') ?? ''} ${el.getAttribute('rel') ?? ''} ${el.getAttribute('data-role') ?? ''} ${el.getAttribute('aria-label') ?? ''}`;
}

/** hidden by the page itself (pop-up user cards, collapsed copies): not what a person sees of the post */
function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** A member's own elements: its descendants in document order, not those of members nested in it (replies). */
function ownElements(member: Element, selector: string, limit = PER_MEMBER): Element[] {
  const out: Element[] = [];
  const walk = (node: Element): void => {
    for (let c = node.firstElementChild; c && out.length < limit; c = c.nextElementSibling) {
      if (SKIP_TAGS.has(c.tagName) || isHidden(c)) continue;
      if (inGroup(c, selector)) continue;
      out.push(c);
      walk(c);
    }
  };
  walk(member);
  return out;
}

/** A date held by the element itself: an attribute (machine-readable), or its own short text (as shown). */
function dateOfElement(el: Element): { date: string; fromAttr: boolean } | undefined {
  if (el.tagName === 'TIME' || el.hasAttribute('datetime')) {
    const d = dateFrom(el);
    if (d) return { date: d, fromAttr: true };
  }
  for (const a of el.attributes) {
    // a tooltip holds a date as shown, not only a machine-readable one
    const tooltip = TOOLTIP_ATTRS.includes(a.name);
    if (!(tooltip || DATE_ATTR_NAME.test(a.name)) || a.value.length > 64) continue;
    const d = isoDate(a.value) ?? (tooltip || /date/i.test(a.name) ? shownDate(a.value) : undefined);
    if (d) return { date: d, fromAttr: true };
  }
  if (el.children.length > 3) return undefined;
  const raw = el.textContent ?? '';
  const text = raw.length > 400 ? '' : raw.replace(/\s+/g, ' ').trim();
  // the deepest element showing the date (not the header around it)
  const deepest = text.length <= 80 && DATE_IN_TEXT.test(text) && el.children.length <= 3 && ![...el.children].some((c) => DATE_IN_TEXT.test(c.textContent ?? ''));
  const shown = deepest ? shownDate(text) : undefined;
  return shown ? { date: shown, fromAttr: false } : undefined;
}

export interface MemberParts {
  date?: string;
  dateEl?: Element;
  author?: string;
  authorEl?: Element;
  body?: Element;
  score?: number;
  scoreEl?: Element;
}

interface AuthorCandidate {
  el: Element;
  text: string;
  weight: number;
}

/** avatars drawn as a letter ("E" beside "Ester") are not part of the name */
const AVATAR_CLASS = /avatar|userpic|initials/i;
const isAvatar = (el: Element) => AVATAR_CLASS.test(el.getAttribute('class') ?? '');

function shortText(el: Element): string | undefined {
  const raw = el.textContent ?? '';
  if (raw.length > 200) return undefined;
  const t = visibleText(el, { skipIf: isAvatar }).replace(/\s+/g, ' ').trim();
  return t && t.length <= 60 ? t : undefined;
}

function authorCandidates(own: Element[], member: Element, dateEl: Element | undefined): AuthorCandidate[] {
  const alts = new Set<string>();
  for (const img of member.querySelectorAll('img[alt]')) {
    const alt = img.getAttribute('alt')!.trim();
    if (alt.length >= 2 && alt.length <= 60) alts.add(alt.toLowerCase());
  }
  const out: AuthorCandidate[] = [];
  for (const el of own) {
    if (dateEl && el.contains(dateEl) && el !== dateEl) {
      // a byline holding the date and the name as its own bare text ("Ammon · March 10")
      const direct = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.nodeValue ?? '').join(' ').replace(/\s+/g, ' ').trim();
      if (direct && direct.length <= 60 && !/^[\p{P}\p{S}\s\d]+$/u.test(direct) && NAME_HINT.test(attrText(el))) out.push({ el, text: direct, weight: 3 });
      continue;
    }
    // inside a time element: part of the date; inside a byline whose text shows the date: may be the name
    if (dateEl && dateEl.contains(el) && (dateEl.tagName === 'TIME' || dateEl.children.length === 0)) continue;
    const text = shortText(el);
    if (!text || /^[#\d\s.,:;+\-–—()[\]|·•/]+$/.test(text) || DATE_IN_TEXT.test(text) || /^[\p{P}\p{S}\s]+$/u.test(text)) continue;
    // the outermost element carrying the text (its shape is the most stable one across posts)
    const parent = el.parentElement;
    if (parent && parent !== member && (parent.textContent ?? '').trim() === (el.textContent ?? '').trim()) continue;
    // a value beside its label ("Join date: 10 Nov 04", "Posts: 205") is a profile detail, not a name
    const label = el.previousElementSibling;
    if (label && (/^(?:LABEL|DT|TH)$/.test(label.tagName) || /:\s*$/.test(label.textContent ?? '')) && !AUTHOR_LABEL.test((label.textContent ?? '').trim())) continue;
    if (/^(?:DD|TD)$/.test(el.tagName) && el.previousElementSibling) continue;
    const attrs = attrText(el) + ' ' + attrText(el.parentElement ?? el);
    let weight = 0;
    let link: Element | null = null;
    for (let p: Element | null = el; p && p !== member && !link; p = p.parentElement) if (p.tagName === 'A' && p.hasAttribute('href')) link = p;
    if (!link && el.children.length <= 2) link = el.querySelector('a[href]');
    if (link && PROFILE_HREF.test(link.getAttribute('href')!)) weight += 3;
    if (el.hasAttribute('data-author') || el.hasAttribute('data-username') || el.hasAttribute('data-user-id')) weight += 3;
    if (NAME_HINT.test(attrs)) weight += 2;
    // a value labelled as the author ("作者 quietfan", "Autor: …")
    if (label && AUTHOR_LABEL.test((label.textContent ?? '').trim())) weight += 3;
    if (NOT_NAME_HINT.test(attrText(el)) || isAvatar(el)) weight -= 3;
    if (alts.has(text.toLowerCase())) weight += 3;
    if (link) weight += 0.5;
    if (/^(?:STRONG|B|CITE|H\d)$/.test(el.tagName) || /^(?:STRONG|B|CITE)$/.test(el.parentElement?.tagName ?? '')) weight += 0.5;
    if (/^H\d$/.test(el.tagName) && !NAME_HINT.test(attrs)) weight -= 2;
    if (text.split(' ').length > 6) weight -= 1;
    // a name drawn from parts (an avatar letter beside it) is better read from the part that is the name
    if ([...el.querySelectorAll('*')].filter((e) => !isAvatar(e) && !(e.parentElement && isAvatar(e.parentElement))).filter((e) => [...e.childNodes].some((n) => n.nodeType === 3 && (n.nodeValue ?? '').trim())).length >= 2) weight -= 2;
    if (weight >= 2) out.push({ el, text, weight });
  }
  return out;
}

/** a label naming a post's own count ("Likes:", "Punkte:"), unlike a profile's ("Reputation:", "Posts:") */
const COUNT_LABEL = /like|vote|point|punkt|score|reaction|upvote|gefällt|gusta|j'aime|curti/i;

/** A count shown as a labelled value ("Reputation: 402" in the poster's box): a detail of the person, not of the post. */
function profileValue(el: Element): boolean {
  for (let p: Element | null = el, i = 0; p && i < 3; p = p.parentElement, i++) {
    const label = p.previousElementSibling;
    if (!label) continue;
    const t = (label.textContent ?? '').trim();
    return t.length <= 40 && /[:：]$/.test(t) && !COUNT_LABEL.test(t);
  }
  return false;
}

function scoreOf(own: Element[]): { el: Element; n: number } | undefined {
  for (const el of own) {
    if (el.children.length > 2) continue;
    const text = (el.textContent ?? '').trim();
    if (!text || text.length > 24) continue;
    const m = text.match(COUNT_TEXT);
    if (!m || profileValue(el)) continue;
    const near = [el, el.parentElement, el.previousElementSibling, el.nextElementSibling].filter((e): e is Element => e !== null);
    const hinted = near.some((e) => SCORE_HINT.test(attrText(e) + ' ' + (e.getAttribute('title') ?? '')) || [...e.querySelectorAll('[class]')].slice(0, 4).some((i) => SCORE_HINT.test(attrText(i))));
    if (!hinted && !/[a-z]/i.test(text.replace(m[1]!, ''))) continue;
    const n = parseCount(m[1]!.replace(/^\+/, ''));
    if (n !== undefined) return { el, n };
  }
  return undefined;
}

function bodyOf(own: Element[], avoid: (Element | undefined)[], lengths: Map<Element, number>): Element | undefined {
  let best: Element | undefined;
  let bestLen = 0;
  for (const el of own) {
    if (avoid.some((a) => a && (el.contains(a) || a.contains(el)))) continue;
    if (NOT_BODY.test(el.getAttribute('class') ?? '') || /^(?:A|H\d|HEADER|FOOTER|NAV|FORM|BUTTON|TIME|IMG)$/.test(el.tagName)) continue;
    if (el.parentElement && own.includes(el.parentElement) && best && best.contains(el)) continue;
    const len = lengths.get(el) ?? 0;
    // a body has words (or emoji); a date, a count or a post number does not
    if (len > bestLen && /[\p{L}\p{Extended_Pictographic}]/u.test(el.textContent ?? '')) {
      best = el;
      bestLen = len;
    }
  }
  // a block holding one child with nearly all of its text is that child (a wrapper around the text)
  while (best) {
    const kids = [...best.children].filter((k) => !SKIP_TAGS.has(k.tagName));
    const main = kids.find((k) => (lengths.get(k) ?? 0) >= 0.85 * bestLen && !/^(?:A|P|BLOCKQUOTE|SPAN)$/.test(k.tagName));
    if (!main) break;
    best = main;
  }
  return bestLen > 0 ? best : undefined;
}

/** Text lengths of a member's elements, computed in one walk (bodies are compared by them). */
function textLengths(member: Element, selector: string): Map<Element, number> {
  const out = new Map<Element, number>();
  const walk = (node: Element): number => {
    let n = 0;
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) n += (c.nodeValue ?? '').replace(/\s+/g, '').length;
      else if (c.nodeType === 1) {
        const e = c as Element;
        if (SKIP_TAGS.has(e.tagName) || e.tagName === 'BUTTON' || isHidden(e) || inGroup(e, selector)) continue;
        if (e.tagName === 'IMG') n += /\p{Extended_Pictographic}/u.test(e.getAttribute('alt') ?? '') ? 1 : 0;
        else n += walk(e);
      }
    }
    out.set(node, n);
    return n;
  };
  walk(member);
  return out;
}

function textLength(el: Element, selector: string): number {
  let n = 0;
  const walk = (node: Element): void => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) n += (c.nodeValue ?? '').replace(/\s+/g, '').length;
      else if (c.nodeType === 1) {
        const e = c as Element;
        if (SKIP_TAGS.has(e.tagName) || e.tagName === 'BUTTON' || inGroup(e, selector) || e.getAttribute('aria-hidden') === 'true') continue;
        if (e.tagName === 'IMG' && /\p{Extended_Pictographic}/u.test(e.getAttribute('alt') ?? '')) n += 1;
        walk(e);
      }
    }
  };
  walk(el);
  return n;
}

/** A member's date: its own attributes (`data-time`, `data-…publishdate`), then its first dated element. */
function memberDate(member: Element, own: Element[]): { date?: string; el?: Element } {
  for (const a of member.attributes) {
    if (DATE_ATTR_NAME.test(a.name)) {
      const d = isoDate(a.value);
      if (d) return { date: d };
    }
  }
  // a machine-readable time first (time[datetime], title attributes), else a date as shown
  let shown: { date?: string; el?: Element } | undefined;
  for (const el of own) {
    const d = dateOfElement(el);
    if (!d) continue;
    if (d.fromAttr) return { date: d.date, el };
    shown ??= { date: d.date, el };
  }
  return shown ?? {};
}

/** Reads the parts of one member, preferring the shapes the group agreed on. */
export function memberParts(member: Element, group: Pick<Discovered, 'selector' | 'authorKey' | 'bodyKey' | 'scoreKey'>): MemberParts {
  const own = ownElements(member, group.selector);
  const { date, el: dateEl } = memberDate(member, own);
  const cands = authorCandidates(own, member, dateEl);
  // the shape the group agreed on, unless this post's name is marked otherwise (`a.user_is_author` where the
  // others have a bare `a`) and the shape's element here is something weaker (a "link" anchor in the same byline)
  const strongest = Math.max(0, ...cands.map((c) => c.weight));
  const byKey = group.authorKey ? cands.find((c) => shapeOf(c.el) === group.authorKey && c.weight > strongest - 2) : undefined;
  const author = byKey ?? (group.authorKey ? cands.find((c) => c.weight >= 3) : cands.sort((a, b) => b.weight - a.weight)[0]);
  const scored = scoreOf(group.scoreKey ? own.filter((e) => shapeOf(e) === group.scoreKey) : own);
  const avoid = [author?.el, dateEl, scored?.el];
  const keyed = group.bodyKey ? own.filter((e) => shapeOf(e) === group.bodyKey && !avoid.some((a) => a && (e.contains(a) || a.contains(e)))) : [];
  // of the elements shaped like the group's bodies, the one with the most text (a shape may recur in a profile box)
  const lengths = textLengths(member, group.selector);
  let body: Element | undefined;
  let most = 0;
  for (const e of keyed) {
    const len = lengths.get(e) ?? 0;
    if (len > most) [body, most] = [e, len];
  }
  body ??= bodyOf(own, avoid, lengths);
  return {
    ...(date ? { date } : {}),
    ...(dateEl ? { dateEl } : {}),
    ...(author ? { author: author.text, authorEl: author.el } : {}),
    ...(body ? { body } : {}),
    ...(scored ? { score: scored.n, scoreEl: scored.el } : {}),
  };
}

// ---------- finding the group ----------

/**
 * The page's first WINDOW elements in document order (scripts, styles and the like left out): what discovery and
 * the recipes look at to decide how to read the page, so that decision costs the same on any page size.
 */
export function pageWindow(doc: Document): Element[] {
  const out: Element[] = [];
  const stack: Element[] = doc.body ? [doc.body] : [];
  while (stack.length && out.length < WINDOW) {
    const el = stack.pop()!;
    out.push(el);
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) if (!SKIP_TAGS.has(c.tagName)) stack.push(c);
  }
  return out;
}

function nestedIn(el: Element, selector: string): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) if (inGroup(p, selector)) return true;
  return false;
}

interface Candidate {
  key: string;
  members: Element[];
}

const DATE_ATTRS_CHEAP = ['datetime', 'data-time', 'data-timestamp', 'data-date', 'data-datetime', 'data-created', 'data-published'];
/** a quick sieve before the date pattern: a year, or digits joined by a date separator */
const MAYBE_DATE = /\d{4}|\d[-/.年]\d/;

/** Whether an element shows or carries a date itself (cheap: attributes and its own short text nodes). */
function datedHere(el: Element): boolean {
  if (el.tagName === 'TIME') return true;
  for (const a of DATE_ATTRS_CHEAP) if (/\d/.test(el.getAttribute(a) ?? '')) return true;
  for (const a of TOOLTIP_ATTRS) {
    const tip = el.getAttribute(a);
    if (tip && tip.length <= 64 && MAYBE_DATE.test(tip) && DATE_IN_TEXT.test(tip)) return true;
  }
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) {
      const v = c.nodeValue ?? '';
      if (v.length <= 120 && MAYBE_DATE.test(v) && DATE_IN_TEXT.test(v)) return true;
    }
  }
  return false;
}

interface Scan {
  cands: Candidate[];
  /** elements holding at least one dated element, found in the same pass */
  dated: Set<Element>;
}

/** elements scanned between two pauses (discovery runs in steps the content script spreads over idle time) */
const SCAN_STEP = 500;

function* scan(doc: Document): Generator<void, Scan> {
  const groups = new Map<string, Element[]>();
  const dated = new Set<Element>();
  // the page's first WINDOW elements, as pageWindow walks them, grouped as they are met
  const stack: Element[] = doc.body ? [doc.body] : [];
  let seen = 0;
  while (stack.length && seen < WINDOW) {
    const el = stack.pop()!;
    if (++seen % SCAN_STEP === 0) yield;
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) if (!SKIP_TAGS.has(c.tagName)) stack.push(c);
    for (const k of keysOf(el)) {
      let list = groups.get(k);
      if (!list) groups.set(k, (list = []));
      list.push(el);
    }
    if (datedHere(el)) for (let p: Element | null = el; p && !dated.has(p); p = p.parentElement) dated.add(p);
  }
  yield;
  const cands: Candidate[] = [];
  const sameSet = new Set<string>();
  for (const [key, members] of groups) {
    if (members.length < 2) continue;
    const real = key.includes('[id^=') ? members.filter((m) => inGroup(m, key)) : members;
    if (real.length < 2) continue;
    // groups with the same members (several class tokens on one element) are one group
    const fp = `${real.length}:${real[0]!.tagName}:${keysOf(real[0]!).join(' ')}:${real[real.length - 1]!.getAttribute('class')}`;
    if (sameSet.has(fp)) continue;
    sameSet.add(fp);
    cands.push({ key, members: real });
  }
  return { cands, dated };
}

/** Cheap first look: how many members hold a date, times how much text they hold (posts, not their headers). */
function glance(c: Candidate, dated: Set<Element>): number {
  let withDate = 0;
  for (const m of c.members) if (dated.has(m)) withDate++;
  // dates weigh most, but some boards show none with a year (PTT's "03/05 20:15"): text and numbers decide then
  const step = Math.max(1, Math.floor(c.members.length / 4));
  let text = 0;
  let looked = 0;
  for (let i = 0; i < c.members.length && looked < 4; i += step, looked++) text += Math.min(2000, (c.members[i]!.textContent ?? '').replace(/\s+/g, '').length);
  const textual = Math.min(1, text / looked / 150);
  // groups whose members are dated come first; undated ones only fill the places left (below 1)
  return withDate >= 2 ? 1 + (withDate / c.members.length) * Math.min(withDate, 400) * textual : (Math.min(c.members.length, 400) / 400) * textual * 0.99;
}

function* examine(c: Candidate): Generator<void, Discovered | null> {
  const step = Math.max(1, Math.floor(c.members.length / SAMPLED));
  const sample: Element[] = [];
  for (let i = 0; i < c.members.length && sample.length < SAMPLED; i += step) sample.push(c.members[i]!);
  const authorVotes = new Map<string, { weight: number; texts: Set<string>; n: number }>();
  const parts: { m: Element; own: Element[]; date?: string; dateEl?: Element }[] = [];
  for (const m of sample) {
    yield;
    const own = ownElements(m, c.key);
    const { date, el: dateEl } = memberDate(m, own);
    const cands = authorCandidates(own, m, dateEl);
    const seenKeys = new Set<string>();
    for (const a of cands) {
      const k = shapeOf(a.el);
      if (seenKeys.has(k)) continue;
      seenKeys.add(k);
      const v = authorVotes.get(k) ?? { weight: 0, texts: new Set<string>(), n: 0 };
      v.weight += a.weight;
      v.texts.add(a.text);
      v.n++;
      authorVotes.set(k, v);
    }
    parts.push({ m, own, date, dateEl });
  }
  // the author shape most members share, whose names differ between members (not a "Reply" label)
  let authorKey: string | undefined;
  let bestWeight = 0;
  for (const [k, v] of authorVotes) {
    if (v.n < Math.max(2, sample.length * 0.4)) continue;
    if (v.texts.size === 1 && v.n >= 3) continue;
    if (v.weight > bestWeight) {
      bestWeight = v.weight;
      authorKey = k;
    }
  }
  const bodyVotes = new Map<string, number>();
  const scoreVotes = new Map<string, number>();
  let authors = 0;
  let dates = 0;
  let scores = 0;
  let bodies = 0;
  let textLen = 0;
  for (const p of parts) {
    yield;
    const read = memberParts(p.m, { selector: c.key, authorKey });
    if (read.author) authors++;
    if (read.date) dates++;
    if (read.score !== undefined) {
      scores++;
      const k = shapeOf(read.scoreEl!);
      scoreVotes.set(k, (scoreVotes.get(k) ?? 0) + 1);
    }
    if (read.body) {
      const len = textLength(read.body, c.key);
      if (len > 0) {
        bodies++;
        textLen += len;
        const k = shapeOf(read.body);
        bodyVotes.set(k, (bodyVotes.get(k) ?? 0) + 1);
      }
    }
  }
  const n = sample.length;
  if (!n || bodies / n < 0.5 || authors / n < 0.4) return null;
  const majority = (votes: Map<string, number>) => {
    const [k, v] = [...votes.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
    return k !== undefined && v! >= n * 0.5 ? k : undefined;
  };
  const meanText = textLen / Math.max(1, bodies);
  // posts agree on where their parts are: a group whose members' authors or bodies sit anywhere is not a thread
  const aligned = (authorKey ? 1 : 0.5) * (majority(bodyVotes) ? 1 : 0.7);
  const complete = (authors / n) ** 2 * (bodies / n) * (0.4 + dates / n) * aligned;
  // many members, each complete, with bodies of real text: a post list, not a menu or a list of dates
  const score = Math.min(c.members.length, 500) * complete * Math.min(1, meanText / 40);
  return {
    selector: c.key,
    members: c.members.length,
    parts: { authors: authors / n, dates: dates / n, scores: scores / n, nesting: c.members.some((m) => nestedIn(m, c.key)) },
    ...(authorKey ? { authorKey } : {}),
    ...(majority(bodyVotes) ? { bodyKey: majority(bodyVotes)! } : {}),
    ...(scores / n >= 0.3 && majority(scoreVotes) ? { scoreKey: majority(scoreVotes)! } : {}),
    score,
  };
}

/**
 * The page's best repeated group of posts, or null when no group looks like posts: in steps (each a few
 * milliseconds on any page: a slice of the scan, one group glanced at, one member examined), so that the content
 * script runs it over idle time with no long task; `discover` runs them all at once.
 */
export function* discoverSteps(doc: Document): Generator<void, Discovered | null> {
  const { cands: all, dated } = yield* scan(doc);
  const glanced: { c: Candidate; g: number }[] = [];
  for (const [i, c] of all.entries()) {
    if (i % 20 === 19) yield;
    const g = glance(c, dated);
    if (g > 0) glanced.push({ c, g });
  }
  const cands = glanced.sort((a, b) => b.g - a.g).slice(0, EXAMINED);
  let best: Discovered | null = null;
  for (const { c } of cands) {
    const d = yield* examine(c);
    // a group must be clearly better to replace the one before it: of two nested groups equally good (a post and
    // the wrapper around it), the one met first in the ranking stays
    if (d && (!best || d.score > best.score * 1.05)) best = d;
  }
  return best;
}

export function discover(doc: Document): Discovered | null {
  return runSteps(discoverSteps(doc));
}

/** Runs every step of a stepwise computation at once (Node, tests, the command line). */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
