/**
 * Sentiment text to tokens, per script: words for spaced scripts, longest-match segmentation against the lexicon
 * for Chinese / Japanese (no spaces) and Korean (particles glued to words); emoticons mapped to emoji by
 * `emoticon` (MIT); elongated, hashtagged and inflected words brought to the form the lexicon lists; lexicon
 * phrases joined into one token.
 */
import { emoticon as EMOTICONS } from 'emoticon';
import { INFLECTIONS } from './sentiment-rules';
import { has, type LangModel } from './sentiment-model';

/** Clause boundary: negation and intensifiers do not reach across it. */
export const BOUNDARY = '|';

export interface Tok {
  key: string; // lower case, as looked up
  caps: boolean;
  /** a boundary that ends a sentence (q: a question) */
  end?: boolean;
  q?: boolean;
}

let emoticonRe: RegExp | undefined;
let emoticonToEmoji: Map<string, string> | undefined;
function emoticons(): [RegExp, Map<string, string>] {
  if (emoticonRe && emoticonToEmoji) return [emoticonRe, emoticonToEmoji];
  const map = new Map<string, string>();
  for (const e of EMOTICONS) for (const s of e.emoticons) map.set(s, e.emoji);
  // Common ones the list lacks or spells differently.
  for (const [s, e] of [[':)', '😊'], [':-)', '😊'], [':(', '😞'], [':-(', '😞'], ['=)', '😊'], [':))', '😊'], [':((', '😞'], [':D', '😀'], [':-D', '😀'], ['xD', '😆'], ['XD', '😆'], [';)', '😉'], [';-)', '😉'], ['<3', '❤'], ['</3', '💔'], [":'(", '😭'], [':P', '😛'], [':p', '😛'], ['^^', '😊'], ['^_^', '😊'], ['-_-', '😑'], [':/', '😕'], [':-/', '😕']] as const) map.set(s, e);
  const alts = [...map.keys()].sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  // An emoticon stands alone: not inside a word or a URL.
  emoticonRe = new RegExp(`(?<=^|\\s)(?:${alts.join('|')})(?=$|\\s|[.,!?])`, 'gu');
  emoticonToEmoji = map;
  return [emoticonRe, map];
}

const STRIP = /https?:\/\/\S+|www\.\S+|@[\p{L}\p{N}_]+|&(?:amp|lt|gt|quot);/gu;
const TOKEN = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’-]*|\p{Extended_Pictographic}|[\u2600-\u27bf]|!+|\?+|[.,;:。、，！？؟]+/gu;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/u;

function segment(word: string, m: LangModel, out: Tok[]) {
  let i = 0;
  const chars = [...word];
  while (i < chars.length) {
    let found = 0;
    for (let len = Math.min(m.maxKeyLen, chars.length - i); len >= 1; len--) {
      const piece = chars.slice(i, i + len).join('');
      if (has(m.labels, piece) || m.negators.has(piece) || m.boosters.has(piece) || m.contrast.has(piece)) {
        out.push({ key: piece, caps: false });
        found = len;
        break;
      }
    }
    if (!found) {
      out.push({ key: chars[i]!, caps: false });
      found = 1;
    }
    i += found;
  }
}

function lookupForm(w: string, m: LangModel): string {
  if (has(m.labels, w)) return w;
  // Elongations: "soooo goooood" → "soo good" → "so good".
  if (/(.)\1\1/u.test(w)) {
    const two = w.replace(/(.)\1{2,}/gu, '$1$1');
    if (has(m.labels, two)) return two;
    const one = w.replace(/(.)\1+/gu, '$1');
    if (has(m.labels, one)) return one;
    return two;
  }
  if (w.startsWith('#')) return w.slice(1);
  return inflected(w, m) ?? w;
}

/**
 * The lexicons list one form of a word (German "toll", Portuguese "péssimo"): an inflected form ("tolles",
 * "péssima", "péssimos") finds it by its ending. Only the language's own words are reached this way (from stems of
 * three letters or more), so an ending never turns a word into an English one.
 */
function inflected(w: string, m: LangModel): string | undefined {
  for (const [end, base] of INFLECTIONS[m.code] ?? []) {
    if (!w.endsWith(end) || w.length - end.length < 3) continue;
    const form = w.slice(0, w.length - end.length) + base;
    if (has(m.own, form)) return form;
  }
  return undefined;
}

/** The text's tokens in the model's forms, with its "!" count and whether every word is in capitals. */
export function tokenize(text: string, m: LangModel): { toks: Tok[]; exclaims: number; allCaps: boolean } {
  const [emoRe, emoMap] = emoticons();
  let t = text.replace(/\uFE0F|\u200D/g, '').replace(STRIP, ' ');
  t = t.replace(emoRe, (s) => ` ${emoMap.get(s) ?? ''} `);
  // Hashtags carry sentiment (#love, #fail): keep their words, split at camel case.
  t = t.replace(/#([\p{L}\p{N}_]+)/gu, (_s, w: string) => ` ${w.replace(/_/g, ' ').replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')} `);
  const toks: Tok[] = [];
  let exclaims = 0;
  let letters = 0;
  let upper = 0;
  for (const match of t.matchAll(TOKEN)) {
    const s = match[0];
    // "!" and "?" end a sentence too: "No new episode?! Damn." does not negate "damn".
    if (s[0] === '!' || s[0] === '?') {
      if (s[0] === '!') exclaims += s.length;
      toks.push({ key: BOUNDARY, caps: false, end: true, q: s[0] === '?' });
      continue;
    }
    if (/^[.,;:。、，！？؟]/u.test(s)) {
      if (/[！]/u.test(s)) exclaims++;
      toks.push({ key: BOUNDARY, caps: false, end: /[.。！？؟]/u.test(s), q: /[？؟]/u.test(s) });
      continue;
    }
    const lower = s.toLowerCase();
    if (m.segment && CJK.test(s)) {
      segment(lower, m, toks);
      continue;
    }
    const isWord = /\p{L}/u.test(s);
    const caps = isWord && s.length > 1 && s === s.toUpperCase() && s !== lower;
    if (isWord) {
      letters++;
      if (caps) upper++;
    }
    toks.push({ key: lookupForm(lower.replace(/’/g, "'"), m), caps });
  }
  // Phrases from the lexicon ("acción de protesta") become one token (copied, not spliced: linear in the tokens).
  if (!m.phrases.size) return { toks, exclaims, allCaps: letters > 0 && upper === letters };
  const joined: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const max = m.phrases.get(toks[i]!.key);
    let len = max ? Math.min(max, toks.length - i) : 0;
    for (; len >= 2; len--) {
      const key = toks.slice(i, i + len).map((x) => x.key).join('+');
      if (has(m.labels, key) || m.boosters.has(key)) {
        joined.push({ key, caps: toks[i]!.caps });
        i += len - 1;
        break;
      }
    }
    if (len < 2) joined.push(toks[i]!);
  }
  return { toks: joined, exclaims, allCaps: letters > 0 && upper === letters };
}
