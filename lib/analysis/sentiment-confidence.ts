/**
 * How likely a sentiment label is right, from what the analyser already knows: the label, the strength of the
 * score, whether the writer marked their feeling (emoji, "!", laughter, capitals) and the language. A logistic
 * curve per language and label (Platt scaling), fitted on the development corpus by scripts/fit-calibration.ts
 * into sentiment-calibration.ts: of the texts shown at 0.7, about 70 % had the right label there. Languages
 * without their own data take the curve fitted on all of them.
 */
import type { Contribution, SentimentLabel } from '../model/analysis';
import { SENTIMENT_CALIBRATION, type PlattCurve } from './sentiment-calibration';

const EXPRESSIVE_RULE = /(?:^|\+)(?:exclamation|laughter|caps)(?:\+|$)/;
const EMOJI = /\p{Extended_Pictographic}|[\u2600-\u27bf]/u;

/** The writer marked their feeling: marked text is labelled right more often (+0.1 on tweets of every set). */
export function expressive(contributions: readonly Contribution[]): boolean {
  return contributions.some((c) => (c.rule !== undefined && EXPRESSIVE_RULE.test(c.rule)) || EMOJI.test(c.token));
}

export function sentimentConfidence(label: SentimentLabel, score: number, contributions: readonly Contribution[], lang: string): number {
  const curves = SENTIMENT_CALIBRATION.languages[lang] ?? SENTIMENT_CALIBRATION.languages['*']!;
  return Math.round(applyCurve(curves[label], Math.abs(score), expressive(contributions) ? 1 : 0) * 100) / 100;
}

export function applyCurve([a, b, c]: PlattCurve, strength: number, expressive: number): number {
  return 1 / (1 + Math.exp(-(a + b * strength + c * expressive)));
}
