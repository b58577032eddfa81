/**
 * How likely a sentiment label is right, from what the analyser sees at run time, in two steps fitted on the
 * development corpus by scripts/fit-calibration.ts into sentiment-calibration.ts:
 * 1. one logistic curve per label over features of the reading and of the post, shared by every language (so a
 *    language with 400 texts borrows the shape the others agree on): how strong the score is, whether the writer
 *    marked their feeling, whether any word was scored at all, whether scored words pulled both ways, how dense
 *    the scored words are, how long the text is, how much of it is common words of its language, and what kind of
 *    post it is (numbers and names mid-sentence read like news; a mention, a link or a hashtag);
 * 2. per language with enough texts, that curve's value mapped to the share right among the texts of its language
 *    that got a similar value (a few bins of at least 70 texts each, drawn toward the curve): a language the
 *    lexicon reads worse than the others gets lower figures, without chasing the noise of a few hundred texts.
 * Of the texts shown at 0.7, about 70 % had the right label there.
 */
import type { Contribution, SentimentLabel } from '../model/analysis';
import { knownWordShare } from './language';
import { SENTIMENT_CALIBRATION } from './sentiment-calibration';

const EXPRESSIVE_RULE = /(?:^|\+)(?:exclamation|laughter|caps)(?:\+|$)/;
const EMOJI = /\p{Extended_Pictographic}|[\u2600-\u27bf]/u;

/** The writer marked their feeling: marked text is labelled right more often (+0.1 on tweets of every set). */
export function expressive(contributions: readonly Contribution[]): boolean {
  return contributions.some((c) => (c.rule !== undefined && EXPRESSIVE_RULE.test(c.rule)) || EMOJI.test(c.token));
}

/** The names of the features, in the order of confidenceFeatures() and of each curve's weights (after the intercept). */
export const CONFIDENCE_FEATURES = ['strength', 'expressive', 'unscored', 'mixed', 'density', 'logWords', 'known', 'numbers', 'names', 'mention', 'link', 'hashtag'] as const;

/** A capitalised word after a lower-case letter or a comma: a name in mid-sentence ("a visit by Aaron Rodgers"). */
const NAME = /(?<=[\p{Ll},] )\p{Lu}\p{Ll}+/gu;

/**
 * The features of a reading, led by 1 for the intercept: |score|; feeling marked (0/1); no word scored (0/1);
 * scored words of both signs (0/1); scored words per word of the text (at most 0.5); log of the number of words;
 * share of the words in the language's frequency list (language.ts knownWordShare); holds a number (0/1); names in
 * mid-sentence per word (at most 1); holds a mention, a link, a hashtag (0/1 each).
 */
export function confidenceFeatures(score: number, contributions: readonly Contribution[], text: string, lang: string): number[] {
  let pos = 0;
  let neg = 0;
  for (const c of contributions) {
    if (c.score > 0) pos++;
    else if (c.score < 0) neg++;
  }
  const words = Math.max(1, text.match(/\p{L}+/gu)?.length ?? 0);
  return [
    1,
    Math.abs(score),
    expressive(contributions) ? 1 : 0,
    pos + neg === 0 ? 1 : 0,
    pos && neg ? 1 : 0,
    Math.min(0.5, (pos + neg) / words),
    Math.log(words),
    knownWordShare(text, lang),
    /\p{N}/u.test(text) ? 1 : 0,
    Math.min(1, (text.match(NAME)?.length ?? 0) / words),
    /(?:^|[^\p{L}\p{N}_])@[\p{L}\p{N}_]/u.test(text) ? 1 : 0,
    /https?:\/\/|\bhttps?\b|\bwww\./.test(text) ? 1 : 0,
    /(?:^|\s)#[\p{L}\p{N}_]/u.test(text) ? 1 : 0,
  ];
}

/** The shared curve's value for these features. */
export function curveValue(weights: readonly number[], features: readonly number[]): number {
  let z = 0;
  for (let i = 0; i < weights.length; i++) z += weights[i]! * (features[i] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

/** The share right of the language's bin the curve's value falls in; a language without bins keeps the value. */
export function binValue(bins: readonly (readonly [upTo: number, value: number])[] | undefined, p: number): number {
  if (!bins?.length) return p;
  for (const [upTo, value] of bins) if (p < upTo) return value;
  return bins[bins.length - 1]![1];
}

/** The curves and the bins per language that turn features into a confidence (sentiment-calibration.ts's shape). */
export interface SentimentCalibration {
  curves: Record<SentimentLabel, readonly number[]>;
  languages: Record<string, readonly (readonly [upTo: number, value: number])[]>;
}

/** The confidence a calibration gives a label with these features, in the language it was read in. */
export function calibratedConfidence(calibration: SentimentCalibration, label: SentimentLabel, features: readonly number[], lang: string): number {
  return Math.round(binValue(calibration.languages[lang], curveValue(calibration.curves[label], features)) * 100) / 100;
}

export function sentimentConfidence(label: SentimentLabel, score: number, contributions: readonly Contribution[], lang: string, text: string): number {
  return calibratedConfidence(SENTIMENT_CALIBRATION, label, confidenceFeatures(score, contributions, text, lang), lang);
}
