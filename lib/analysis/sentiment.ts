/**
 * Sentiment with the `sentiment` package as the engine and VADER-style rules around it.
 *
 * - Lexicons per language: sentiment-model.ts; tokens (emoticons, CJK segmentation, inflected forms):
 *   sentiment-tokens.ts; the words and constants the rules use: sentiment-rules.ts.
 * - Rules (VADER's constants): negation, intensifiers / dampeners, "but" contrast, ALL-CAPS emphasis,
 *   exclamation marks, laughter, elongated words ("sooo goood"), common slang.
 * Every word and rule that moved the score is listed in `contributions`.
 */
import Sentiment from 'sentiment';
import type { Contribution, SentimentResult } from '../model/analysis';
import { sentimentConfidence } from './sentiment-confidence';
import { NEGATIVE_FROM, POSITIVE_FROM } from './sentiment-bounds';
import { LAUGHTER, LAUGHTER_SCORE } from './sentiment-rules';
import { has, SENTIMENT_LANGUAGES, sentimentModel, type LangModel } from './sentiment-model';
import { BOUNDARY, tokenize } from './sentiment-tokens';

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

const engine = new Sentiment();
/** Languages registered with the engine, under names of our own. */
const registered = new Set<string>();

function modelFor(code: string): LangModel {
  const m = sentimentModel(code);
  if (!registered.has(code)) {
    // `sentiment` keeps languages in one registry for every instance: a name of our own leaves its 'en' (AFINN)
    // alone for anyone else using the package (rapport eval's anchor column among them).
    engine.registerLanguage(`rapport-${code}`, { labels: m.labels });
    registered.add(code);
  }
  return m;
}

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

  // The engine looks the words up; the rules' factors apply here, to the token each score came from (the engine's
  // tokens are ours: no token we build contains a character its tokenizer strips). Its calculation runs from the
  // last scored token to the first.
  const r = engine.analyze(toks.map((t) => t.key).join(' '), { language: `rapport-${code}` });
  const contributions: Contribution[] = [];
  let sum = 0;
  let i = n;
  for (const c of r.calculation) {
    const [token, lexiconScore] = Object.entries(c)[0] as [string, number];
    while (--i >= 0 && !has(m.labels, toks[i]!.key));
    const value = lexiconScore * mult[i]!;
    sum += value;
    const contribution: Contribution = { token: token.replace(/\+/g, ' '), score: round(value) };
    const rs = rules[i];
    if (rs) contribution.rule = rs.join('+');
    contributions.push(contribution);
  }
  contributions.reverse();
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

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
