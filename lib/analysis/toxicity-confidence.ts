/**
 * How likely a toxicity flag is right: one logistic curve over what the flag rests on, fitted by
 * scripts/fit-calibration.ts (lib/cli/flag-calibration-fit.ts) on the flags of TweetEval offensive and GermEval 2018
 * into toxicity-calibration.ts. An insult alone is right less often than a swear word (about 0.75 against 0.88 on
 * both sets), two kinds of offence together more often. Only flags carry it: whether an unflagged post is clean
 * depends on how much abuse a community has, which no development set says.
 */
import type { ToxicityResult } from '../model/analysis';
import { curveValue } from './sentiment-confidence';
import { TOXICITY_CALIBRATION } from './toxicity-calibration';

/** The names of the features, in the order of flagFeatures() after the intercept. */
export const FLAG_FEATURES = ['score', 'insult', 'profanity', 'slur', 'threat', 'logSpans'] as const;

/** The features of a result, led by 1 for the intercept: the score; each kind of offence found (0/1); log(1 + spans). */
export function flagFeatures(result: Pick<ToxicityResult, 'score' | 'spans'>): number[] {
  const kinds = new Set(result.spans.map((s) => s.category));
  return [1, result.score, ...(['insult', 'profanity', 'slur', 'threat'] as const).map((k) => (kinds.has(k) ? 1 : 0)), Math.log1p(result.spans.length)];
}

/** The confidence these weights give a flag, to two decimals. */
export function calibratedFlagConfidence(weights: readonly number[], features: readonly number[]): number {
  return Math.round(curveValue(weights, features) * 100) / 100;
}

/** How likely this flag is right; undefined for a post that is not flagged. */
export function flagConfidence(result: Pick<ToxicityResult, 'score' | 'spans' | 'flagged'>): number | undefined {
  return result.flagged ? calibratedFlagConfidence(TOXICITY_CALIBRATION.weights, flagFeatures(result)) : undefined;
}
