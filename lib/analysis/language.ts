/**
 * Language identification for social text.
 *
 * franc's trigram profiles (franc-all, MIT) are the core, scored here with an inverted index (language-model.ts)
 * so that one text costs microseconds instead of franc's ~350 µs over every language:
 *  1. URLs, mentions, hashtags, emoji and digits are removed (they say nothing about the language);
 *  2. the writing system is decided first: a script used by one language answers at once, and the
 *     others narrow the candidates to the languages written in that script;
 *  3. candidates are scored on trigram ranks (franc's data), whole stopwords (stopwords-iso, MIT), frequent words
 *     and letters their alphabet does not use, plus priors from the page's `lang` hint and the user's languages;
 *  4. when the leader has a word list, the lists' four-letter sequences decide between the languages with one;
 *  5. the margin between the best two gives the confidence; `und` when the evidence is too thin.
 */
import type { LanguageResult } from '../model/analysis';
import { PREVALENCE, ROMAN_HINDI, ROMAN_HINDI_WEAK, scriptOf, SINGLE_SCRIPT, VOCABULARY_BORROWED } from './language-data';
import { BAND_WEIGHT, NGRAM, NGRAM_BAND_WEIGHT, RANK_BITS, type ScriptModel } from './language-model';
import { loadLanguageModel } from './language-model-source';
import { hashOf, lookup, lookupHash } from './postings-table';

export interface DetectOptions {
  /** The page's own `lang` attribute (BCP 47), a prior, not a verdict. */
  hint?: string;
  /** Languages the user reads and writes (ISO 639-1), a weaker prior. */
  userLanguages?: readonly string[];
  /** Restrict the answer to these ISO 639-1 codes. */
  only?: readonly string[];
}

/**
 * URLs (and the bare "http" a truncated post ends with), mentions, hashtags, emoji and numbers mislead detectors.
 * The e-mail alternative starts only where a run of non-space, non-@ characters starts and never crosses an @:
 * `\S+@\S+\.\S+` tried every start and every split of a long run without spaces (cubic on "a@" repeated).
 */
const NOISE =
  /https?:\/\/\S+|\bhttps?\b|www\.\S+|(?<![^\s@])[^\s@]+@[^\s@]+\.[^\s@]+|[@#][\p{L}\p{M}\p{N}_]+|\p{Extended_Pictographic}|\p{Emoji_Modifier}|[\uFE0F\u200D]|&(?:amp|lt|gt|quot);|\b(?:RT|rt)\b|\p{N}+/gu;

// ---- tunables (general smoothing constants, not fitted to any item) ----
const RANK_K = 40; // weight of a trigram of rank r: log((300 + K) / (r + K))
const STOPWORD_WEIGHT = 3.5; // per stopword token, shared among the languages listing it (2.2 let close relatives' trigrams outvote them)
const FOREIGN_LETTER_PENALTY = 6; // per distinct letter the language's profile never uses
const HINT_PRIOR = 0.12; // fraction of the best score granted to the page's language
const USER_PRIOR = 0.05;
const PRIOR_WEIGHT = 1.0; // score units per prevalence tier
const VOCABULARY_WEIGHT = 5; // per word at the top of a language's frequency list, fading with its rank
const BORROWED_SHARE = 0.9; // a relative's list is a little better evidence for the relative than for the borrower
// Its letter sequences only a little: at 0.9, Nynorsk lost half its sentences and Azerbaijani a fifth. Where the two
// stay close the lender wins, and the lender is the one with a sentiment lexicon (de over lb, tr over az).
const BORROWED_SEQUENCE_SHARE = 0.95;
const VOCABULARY_MIN_SHARE = 0.5; // of the words, found in the best list: below it the text is likely in a language without one
const NGRAM_WEIGHT = 0.35; // score units per sequence of a list, times its rank band's weight (0.3–0.45 do as well)

const RANK_WEIGHT: number[] = [];
for (let r = 0; r < 300; r++) RANK_WEIGHT.push(Math.log((300 + RANK_K) / (r + RANK_K)));

/** Counts letters per script; Kana anywhere makes Han text Japanese. */
export function dominantScript(text: string): { script: string; letters: number } | undefined {
  const counts = new Map<string, number>();
  let letters = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x41) continue;
    const s = scriptOf(cp);
    if (!s) continue;
    letters++;
    // Latin-script brand names and boilerplate are common inside other-script posts: weigh other scripts double.
    counts.set(s, (counts.get(s) ?? 0) + (s === 'Latin' ? 1 : 2));
  }
  if (!letters) return undefined;
  const kana = counts.get('Kana') ?? 0;
  const han = counts.get('Han') ?? 0;
  if (kana > 0 && kana + han >= letters * 0.3) return { script: 'Kana', letters };
  let best = '';
  let n = 0;
  for (const [s, c] of counts) if (c > n) [best, n] = [s, c];
  return { script: best, letters };
}

function primary(tag: string | undefined): string | undefined {
  const p = tag?.toLowerCase().split(/[-_]/)[0];
  if (!p || p.length !== 2) return undefined;
  return p === 'no' ? 'nb' : p;
}

/**
 * Whether a reader of `tag` (BCP 47, as a user types it: "pt-BR", "no") reads text detected as `code`. Bokmål and
 * Nynorsk are the two written standards of one language: every Norwegian reader reads both.
 */
export function readsLanguage(tag: string, code: string): boolean {
  const norwegian = (c: string | undefined) => (c === 'nn' ? 'nb' : c);
  return norwegian(primary(tag)) === norwegian(code);
}

/** "sooooo", "kkkkk": a run of three or more letters is emphasis, written once in every word list. */
function unstretched(text: string): string {
  return /(.)\1\1/.test(text) ? text.replace(/(\p{L})\1{2,}/gu, '$1') : text; // the test alone is twice as fast
}

/** Franc's own cleaning: ASCII punctuation and digits become spaces, then lower case. */
function francClean(text: string): string {
  return text.replace(/[\u0021-\u0040\u005b-\u0060\u007b-\u007e\u2000-\u206f]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

export function detectLanguage(text: string, hintOrOptions?: string | DetectOptions): LanguageResult {
  const opts: DetectOptions = typeof hintOrOptions === 'string' ? { hint: hintOrOptions } : (hintOrOptions ?? {});
  const hint = primary(opts.hint);
  let clean = francClean(unstretched(text.replace(NOISE, ' ')));
  // Little left once hashtags are gone: their words (split at _ and camel case) are the best evidence there is.
  if (clean.replace(/ /g, '').length < 12) {
    const tags = [...text.matchAll(/#([\p{L}\p{M}_]+)/gu)].map((m) => m[1]!.replace(/_/g, ' ').replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2'));
    if (tags.length) clean = francClean(`${clean} ${tags.join(' ')}`);
  }
  const dom = dominantScript(clean);
  if (!dom) return hint ? { code: hint, confidence: 0.2 } : { code: 'und', confidence: 0 };

  const single = SINGLE_SCRIPT[dom.script];
  if (single) {
    if (opts.only && !opts.only.includes(single)) return { code: 'und', confidence: 0 };
    // A couple of Han characters is already Chinese (or Japanese kanji): treat a single glyph as unsure.
    const conf = dom.letters >= 4 ? 0.98 : dom.letters >= 2 ? 0.85 : 0.5;
    return { code: single, confidence: conf };
  }
  const model = loadLanguageModel()?.scripts[dom.script];
  if (!model) return hint ? { code: hint, confidence: 0.2 } : { code: 'und', confidence: 0 };
  if (dom.script === 'Latin' && (!opts.only || opts.only.includes('hi'))) {
    const roman = romanHindi(model, clean);
    if (roman) return roman;
  }
  return scoreWithModel(model, dom.script, clean.normalize('NFC'), hint, opts);
}

/**
 * Share of a text's words found in the frequency list of a language (10,000 words, language-model.ts), or of the
 * relative it borrows one from: how much of the text a reader of that language's common words follows. Low for
 * Hindi in Latin letters read as English, or for slang; 0 for a language without a list (nothing is known).
 */
export function knownWordShare(text: string, lang: string): number {
  const m = loadLanguageModel();
  const li = m ? m.wordLangs.indexOf(VOCABULARY_BORROWED[lang] ?? lang) : -1;
  const words = francClean(text.replace(NOISE, ' ')).normalize('NFC').split(' ').filter(Boolean);
  if (!m || li < 0 || !words.length) return 0;
  let known = 0;
  for (const w of words) {
    const hit = lookup(m.words, w);
    if (hit < 0) continue;
    for (let i = hit >>> 8, end = i + (hit & 0xff); i < end; i++) {
      if (m.words.postings[i]! >> 8 === li) {
        known++;
        break;
      }
    }
  }
  return known / words.length;
}

const ROMAN_MIN_SHARE = 0.15; // of the words: two markers in a long English text are not Hindi
/**
 * Hindi in Latin letters: plain ASCII (other Latin-script languages bring their accents), a strong marker and one
 * more, more of them than any one other language's function words, and a fair share of the words.
 */
function romanHindi(model: ScriptModel, clean: string): LanguageResult | undefined {
  if (/[^\x00-\x7f]/.test(clean)) return undefined;
  const words = clean.split(' ');
  // Most texts hold no strong marker: they are done before any word is looked up.
  if (!words.some((w) => ROMAN_HINDI.has(w))) return undefined;
  let hindi = 0;
  const strong = new Set<string>();
  const weak = new Set<string>();
  // Each other language's function words, each counted once: Italian "hai … anche tu il tuo" is not Hindi.
  const others = new Uint16Array(model.langs.length);
  const seen = new Set<string>();
  let other = 0;
  for (const w of words) {
    if (ROMAN_HINDI.has(w)) (hindi++, strong.add(w));
    else if (ROMAN_HINDI_WEAK.has(w)) (hindi++, weak.add(w));
    else if (!seen.has(w)) {
      seen.add(w);
      const hit = lookup(model.stopwords, w);
      if (hit < 0) continue;
      for (let k = hit >>> 8, end = k + (hit & 0xff); k < end; k++) other = Math.max(other, ++others[model.stopwords.postings[k]!]!);
    }
  }
  if (strong.size + weak.size < 2 || hindi <= other || hindi < ROMAN_MIN_SHARE * words.length) return undefined;
  return { code: 'hi', confidence: Number(Math.min(0.9, 0.4 + hindi / words.length).toFixed(2)) };
}

/** Frequent words of each language (language-model.ts), when enough of the text is found in one list. */
let bonus = new Float64Array(0);
let hits = new Uint16Array(0);
function addVocabulary(model: ScriptModel, words: string[], score: Float64Array) {
  const { wordLangs, words: table } = loadLanguageModel()!;
  if (bonus.length !== wordLangs.length) (bonus = new Float64Array(wordLangs.length)), (hits = new Uint16Array(wordLangs.length));
  else (bonus.fill(0), hits.fill(0));
  const { postings } = table;
  let best = 0;
  for (const w of words) {
    const hit = lookup(table, w);
    if (hit < 0) continue;
    for (let i = hit >>> 8, end = i + (hit & 0xff); i < end; i++) {
      const p = postings[i]!;
      const li = p >> 8;
      bonus[li]! += BAND_WEIGHT[p & 0xff]!;
      if (++hits[li]! > best) best = hits[li]!;
    }
  }
  if (best < VOCABULARY_MIN_SHARE * words.length) return;
  for (let li = 0; li < model.langs.length; li++) {
    const vi = model.vocab[li]!;
    if (vi >= 0) score[li]! += VOCABULARY_WEIGHT * bonus[vi]! * (VOCABULARY_BORROWED[model.langs[li]!] ? BORROWED_SHARE : 1);
  }
}

/**
 * The lists' four-letter sequences (language-model.ts), when the leading language has a list: they decide between
 * the languages with lists (Danish or Norwegian, Czech or Slovak) on words no list holds. A leader without a list
 * keeps its lead, so languages without one are never pushed aside by those with.
 */
let sequences = new Float64Array(0);
function addSequences(model: ScriptModel, padded: string, score: Float64Array, leader: number) {
  const vl = model.vocab[leader]!;
  if (vl < 0) return;
  const { wordLangs, ngrams } = loadLanguageModel()!;
  if (sequences.length !== wordLangs.length) sequences = new Float64Array(wordLangs.length);
  else sequences.fill(0);
  for (let i = 0; i + NGRAM <= padded.length; i++) {
    const hit = lookupHash(ngrams, hashOf(padded, i, i + NGRAM));
    if (hit < 0) continue;
    for (let k = hit >>> 8, end = k + (hit & 0xff); k < end; k++) {
      const p = ngrams.postings[k]!;
      sequences[p >> 2]! += NGRAM_BAND_WEIGHT[p & 3]!;
    }
  }
  if (!sequences[vl]) return; // the leader's list is in another script (Serbian's is Latin)
  for (let li = 0; li < model.langs.length; li++) {
    const vi = model.vocab[li]!;
    if (vi >= 0) score[li]! += NGRAM_WEIGHT * sequences[vi]! * (VOCABULARY_BORROWED[model.langs[li]!] ? BORROWED_SEQUENCE_SHARE : 1);
  }
}

/** The best and second-best languages by score, among those allowed. */
function ranked(langs: readonly string[], score: Float64Array, only: readonly string[] | undefined): [number, number] {
  let best = -1;
  let second = -1;
  for (let li = 0; li < langs.length; li++) {
    if (only && !only.includes(langs[li]!)) continue;
    if (best < 0 || score[li]! > score[best]!) [second, best] = [best, li];
    else if (second < 0 || score[li]! > score[second]!) second = li;
  }
  return [best, second];
}

const RANK_MASK = (1 << RANK_BITS) - 1;

function scoreWithModel(
  model: ScriptModel,
  script: string,
  clean: string,
  hint: string | undefined,
  opts: DetectOptions,
): LanguageResult {
  const { langs, letters, trigrams, stopwords } = model;
  const n = langs.length;
  const score = new Float64Array(n);

  // Trigrams, franc-style: the text padded with spaces, words joined by single spaces.
  const padded = ` ${clean} `;
  const triTotal = Math.max(0, padded.length - 2);
  for (let i = 0; i < triTotal; i++) {
    const hit = lookupHash(trigrams, hashOf(padded, i, i + 3));
    if (hit < 0) continue;
    for (let k = hit >>> 8, end = k + (hit & 0xff); k < end; k++) {
      const p = trigrams.postings[k]!;
      score[p >> RANK_BITS]! += RANK_WEIGHT[p & RANK_MASK]!;
    }
  }

  // Whole words: stopwords count for every language listing them, shared between them (a letter alone says nothing).
  const words = clean.split(' ');
  for (const w of words) {
    if (w.length < 2) continue;
    const hit = lookup(stopwords, w);
    if (hit < 0) continue;
    const share = STOPWORD_WEIGHT / (hit & 0xff);
    for (let k = hit >>> 8, end = k + (hit & 0xff); k < end; k++) score[stopwords.postings[k]!]! += share;
  }

  addVocabulary(model, words, score);
  const evidence = Float64Array.from(score);
  // Letters outside a language's alphabet (ß is not English, ø is not German).
  const distinct = new Set<string>();
  for (const ch of clean) if (ch.charCodeAt(0) > 0x7f && scriptOf(ch.codePointAt(0)!) === script) distinct.add(ch);
  if (distinct.size) {
    for (let li = 0; li < n; li++) {
      let foreign = 0;
      for (const ch of distinct) if (!letters[li]!.includes(ch)) foreign++;
      score[li]! -= foreign * FOREIGN_LETTER_PENALTY;
    }
  }

  let top = 0;
  for (let li = 0; li < n; li++) if (evidence[li]! > top) top = evidence[li]!;
  if (top <= 0) return hint ? { code: hint, confidence: 0.2 } : { code: 'und', confidence: 0 };
  const scale = top;
  for (let li = 0; li < n; li++) score[li]! += PRIOR_WEIGHT * (PREVALENCE[langs[li]!] ?? 0.5);
  if (hint) {
    const li = langs.indexOf(hint);
    if (li >= 0) score[li]! += HINT_PRIOR * scale;
  }
  for (const u of opts.userLanguages ?? []) {
    const li = langs.indexOf(primary(u) ?? '');
    if (li >= 0) score[li]! += USER_PRIOR * scale;
  }

  const [leader] = ranked(langs, score, opts.only);
  if (leader < 0) return { code: 'und', confidence: 0 };
  addSequences(model, padded, score, leader);
  const [best, second] = ranked(langs, score, opts.only);
  const margin = Math.min(1, (score[best]! - (second >= 0 ? score[second]! : 0)) / scale);
  // More evidence and a clearer margin both raise confidence; 2-word texts stay modest.
  const amount = 1 - Math.exp(-triTotal / 25);
  const confidence = Math.min(0.99, 0.25 + 0.75 * Math.sqrt(Math.max(0, margin)) * amount + 0.1 * amount);
  if (confidence < 0.2) return { code: 'und', confidence: Number(confidence.toFixed(2)) };
  return { code: langs[best]!, confidence: Number(confidence.toFixed(2)) };
}
