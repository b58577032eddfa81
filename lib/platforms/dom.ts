/** DOM helpers shared by the readers. Only standard DOM calls: they run on linkedom in Node too. */

const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'BUTTON', 'SVG', 'IFRAME', 'TEXTAREA', 'SELECT', 'OBJECT', 'HEAD']);
const BLOCK = new Set(['P', 'DIV', 'BR', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'TABLE', 'SECTION', 'ARTICLE', 'HR', 'FIGURE']);
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

function hidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

export interface TextOptions {
  /** descendants to leave out (reply links, "show more" chrome…) */
  skip?: string;
  /** descendants to leave out, by a test (cheaper than a selector where it runs on every element) */
  skipIf?: (el: Element) => boolean;
  /** keep hidden elements (e.g. Discourse's noscript copy is the only one) */
  includeHidden?: boolean;
}

/**
 * What a person sees of an element's text: scripts, buttons and hidden parts left out, emoji images as
 * their characters, blocks on their own lines, runs of spaces collapsed.
 */
export function visibleText(root: Element, opts: TextOptions = {}): string {
  const out: string[] = [];
  const walk = (node: Node, pre: boolean): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        // HTML collapses source line breaks into spaces, except in <pre>.
        const value = child.nodeValue ?? '';
        out.push(pre ? value : value.replace(/[\t\n\r\f ]+/g, ' '));
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIP.has(tag)) continue;
      if (!opts.includeHidden && hidden(el)) continue;
      if (opts.skip && el.matches(opts.skip)) continue;
      if (opts.skipIf?.(el)) continue;
      if (tag === 'IMG') {
        const alt = el.getAttribute('alt') ?? '';
        if (alt && EMOJI.test(alt)) out.push(alt);
        continue;
      }
      const block = BLOCK.has(tag);
      if (block) out.push('\n');
      walk(el, pre || tag === 'PRE');
      if (block) out.push('\n');
    }
  };
  walk(root, false);
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line, i, lines) => line !== '' || (i > 0 && lines[i - 1] !== ''))
    .join('\n')
    .trim();
}

/**
 * A count label is short ("1,234 reactions, including Like"): only its start is read, so a hostile label (a run of
 * thousands of digits and spaces) costs no more than a real one; the patterns below backtrack over such a run.
 */
const MAX_COUNT_LABEL = 200;

/** "1,234", "1.2K", "3 M", "−5" → number; undefined when there is no number. */
export function parseCount(raw: string | null | undefined): number | undefined {
  if (!raw) return undefined;
  const m = raw.slice(0, MAX_COUNT_LABEL).replace(/\u2212/g, '-').replace(/^\s*[\u2013-]\s?(?=\d)/, '-').match(/(-?\d[\d,.\s\u00a0\u202f]*)\s*([kKmMbB]|mil|Mio)?\b/);
  if (!m) return undefined;
  const unit = m[2]?.toLowerCase();
  let digits = m[1]!.replace(/[\s\u00a0\u202f]/g, '');
  if (unit) digits = digits.replace(',', '.');
  else digits = digits.replace(/[,.](?=\d{3}\b)/g, '');
  const n = Number.parseFloat(digits);
  if (!Number.isFinite(n)) return undefined;
  const scale = unit === 'k' ? 1e3 : unit === 'm' || unit === 'mio' ? 1e6 : unit === 'b' ? 1e9 : 1;
  return Math.round(n * scale);
}

/** A stable short id from content, for sites that show no id (cyrb53: fast, sync, no crypto needed). */
export function contentHash(...parts: (string | undefined)[]): string {
  const str = parts.map((p) => p ?? '').join('\u241f');
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** Absolute URL from an href, relative to the page; undefined for scripts and junk. */
export function absoluteUrl(href: string | null | undefined, base: URL): string | undefined {
  if (!href) return undefined;
  try {
    const u = new URL(href, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** The nearest `lang` attribute at or above an element: the page's own language hint. */
export function langHint(el: Element): string | undefined {
  const holder = el.closest('[lang]');
  const lang = holder?.getAttribute('lang')?.trim();
  return lang || undefined;
}

/** Text cut to the stored limit, with a flag saying it was cut. */
export function limitText(text: string, max: number): { text: string; truncated?: true } {
  return text.length > max ? { text: text.slice(0, max), truncated: true } : { text };
}

/** The first element matching any of the selectors, tried in order (ordered variants of one field). */
export function pick(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const sel of selectors) {
    const el = root.querySelector(sel);
    if (el) return el;
  }
  return null;
}

/** The first descendant matching `sel` that is not inside any of the `outside` elements (e.g. a quoted post). */
export function own(root: Element, sel: string, outside: (Element | null | undefined)[]): Element | null {
  for (const el of root.querySelectorAll(sel)) {
    if (!outside.some((o) => o && o !== root && o.contains(el))) return el;
  }
  return null;
}

/** A date string as ISO 8601 when it is one (offset kept), or an epoch in seconds / milliseconds; else undefined. */
export function isoDate(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  const s = raw.trim();
  if (/^\d{10}$/.test(s)) return new Date(Number(s) * 1000).toISOString();
  if (/^\d{13}$/.test(s)) return new Date(Number(s)).toISOString();
  if (/^\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?)?(?:Z|[+-]\d\d:?\d\d)?$/.test(s)) {
    return s.replace(' ', 'T').replace(/([+-]\d\d)(\d\d)$/, '$1:$2');
  }
  // "Mon, 01 Jan 2024 10:00:00 GMT" and other forms Date understands with an explicit zone
  if (/(?:GMT|UTC|Z|[+-]\d{4})\b/.test(s) && /\d{4}/.test(s)) {
    const t = Date.parse(s);
    if (Number.isFinite(t)) return new Date(t).toISOString();
  }
  return undefined;
}

/** Month names by prefix in the languages Rapport's users read most (4-letter keys win over 3-letter ones). */
const MONTH_KEYS: Record<string, number> = {};
[
  'jan ene gen sty янв січ', 'feb fev fév lut фев лют', 'mar mär maa бер', 'apr abr avr kwi апр кві', 'may mai mag mei maj май мая тра',
  'jun juin giu cze июн чер', 'jul juil lug lip июл лип', 'aug ago aoû sie авг сер', 'sep set wrz сен вер', 'oct okt out ott paź окт жов',
  'nov lis ноя лис', 'dec dez dic déc gru дек гру',
].forEach((keys, month) => keys.split(' ').forEach((k) => (MONTH_KEYS[k] = month)));
MONTH_KEYS['мар'] = 2; // март / марта (the Ukrainian бер… is March too)

function monthOf(word: string): number | undefined {
  const w = word.toLowerCase();
  return MONTH_KEYS[w.slice(0, 4)] ?? MONTH_KEYS[w.slice(0, 3)];
}

/**
 * A date as shown on a page ("January 27, 2026 at 1:28 AM", "12:55 AM · Jan 27, 2026", "24 апреля 2018 г., 07:12",
 * "22.04.18 в 23:19", "2018-04-22 23:19") → local ISO 8601 without offset (the page shows no zone).
 * Undefined without a year or when nothing date-like is found.
 */
export function shownDate(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  const s = raw.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s+/g, ' ');
  const L = '[A-Za-zÀ-ÿ\\u0400-\\u04ffąćęłńóśźż]';
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  let rest = s;
  let m: RegExpMatchArray | null;
  if ((m = s.match(/\b(\d{4})-(\d\d)-(\d\d)/))) [year, month, day] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  // "2024-4-5", "2024/04/05", "2024年4月5日", "2024년 4월 5일" (year first, month before day)
  else if ((m = s.match(/(?<!\d)(\d{4})\s?(?:[-/.]|年|년)\s?(\d{1,2})\s?(?:[-/.]|月|월)\s?(\d{1,2})(?!\d)/))) [year, month, day] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  // "13-05-2024": day first, as in most of the world (a US "05/13/2024" is read month first only when it must be)
  else if ((m = s.match(/\b(\d{1,2})[-/](\d{1,2})[-/](\d{4})\b/))) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    [day, month, year] = b > 12 || (m[0].includes('/') && a <= 12) ? [b, a - 1, Number(m[3])] : [a, b - 1, Number(m[3])];
  } else if ((m = s.match(/\b(\d{1,2})\.(\d{1,2})\.(\d{4}|\d\d)\b/))) {
    [day, month, year] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
    if (year < 100) year += 2000;
  } else if ((m = s.match(new RegExp(`(?<!${L})(${L}{3,})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})`, 'u'))) && monthOf(m[1]!) !== undefined) {
    [month, day, year] = [monthOf(m[1]!), Number(m[2]), Number(m[3])];
  } else if ((m = s.match(new RegExp(`\\b(\\d{1,2})\\.? (?:de )?(${L}{3,})\\.?,? (?:de )?(\\d{4})`, 'u'))) && monthOf(m[2]!) !== undefined) {
    [day, month, year] = [Number(m[1]), monthOf(m[2]!), Number(m[3])];
  } else if ((m = s.match(new RegExp(`(${L}{3,})\\.? (\\d{1,2}) (\\d{1,2}:\\d\\d(?::\\d\\d)?) (\\d{4})`, 'u'))) && monthOf(m[1]!) !== undefined) {
    // C's ctime, as BBSes print it: "Tue Mar  5 20:00:00 2024"
    [month, day, year] = [monthOf(m[1]!), Number(m[2]), Number(m[4])];
    rest = s.replace(new RegExp(`(${L}{3,})\\.? (\\d{1,2}) `, 'u'), ' ').replace(/ \d{4}\b/, ' ');
  } else return undefined;
  if (m.index !== undefined && rest === s) rest = s.slice(0, m.index) + ' ' + s.slice(m.index + m[0].length);
  const t = rest.match(/\b(\d{1,2})[:h](\d\d)(?::(\d\d))?\s*([AaPp]\.?[Mm]\.?)?/);
  let h = t ? Number(t[1]) : 0;
  const min = t ? Number(t[2]) : 0;
  const sec = t?.[3] ? Number(t[3]) : 0;
  const ampm = t?.[4]?.toLowerCase().replace(/\./g, '');
  if (ampm === 'pm' && h < 12) h += 12;
  if (ampm === 'am' && h === 12) h = 0;
  const p = (n: number) => String(n).padStart(2, '0');
  if (month === undefined || month < 0 || month > 11 || !day || day > 31 || h > 23 || min > 59 || year < 1990 || year > 2100) return undefined;
  return `${year}-${p(month + 1)}-${p(day)}T${p(h)}:${p(min)}:${p(sec)}`;
}

/**
 * True when `b` comes after `a` in document order. (linkedom's compareDocumentPosition answers "preceding" for
 * nodes in different branches, so readers use this instead.)
 */
export function follows(a: Node, b: Node): boolean {
  if (a === b) return false;
  const chain = (n: Node): Node[] => {
    const out: Node[] = [];
    for (let c: Node | null = n; c; c = c.parentNode) out.unshift(c);
    return out;
  };
  const ca = chain(a);
  const cb = chain(b);
  let i = 0;
  while (i < ca.length && i < cb.length && ca[i] === cb[i]) i++;
  if (i === ca.length) return true; // b is inside a
  if (i === cb.length) return false; // a is inside b
  const parent = ca[i - 1];
  if (!parent) return false;
  for (let c = parent.firstChild; c; c = c.nextSibling) {
    if (c === ca[i]) return true;
    if (c === cb[i]) return false;
  }
  return false;
}

/**
 * A count as sites word reactions and likes: "145 reactions, including Like" → 145; "Foo Bar and 143 others" → 144;
 * "Alice, Bob and 3 others" → 5; "Alice and Bob" → 2.
 */
export function namedCount(label: string | null | undefined): number | undefined {
  if (!label) return undefined;
  const s = label.slice(0, MAX_COUNT_LABEL * 2).trim(); // a label naming a dozen people, and no more
  if (/^\d/.test(s)) return parseCount(s);
  const others = s.match(/^(.*?)\s+and\s+([\d.,]+\s*[KkMm]?)\s+others?\b/);
  if (others) {
    const n = parseCount(others[2]);
    return n === undefined ? undefined : n + others[1]!.split(',').length;
  }
  const names = s.match(/^(.*?)(?:\s+left reactions|\s+reacted|$)/)?.[1] ?? '';
  if (!names || /\d/.test(names)) return undefined;
  return names.split(/,\s*|\s+and\s+/).filter(Boolean).length;
}
