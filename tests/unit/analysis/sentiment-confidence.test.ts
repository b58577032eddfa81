import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../lib/analysis/language';
import { analyzeSentiment } from '../../../lib/analysis/sentiment';
import { SENTIMENT_CALIBRATION } from '../../../lib/analysis/sentiment-calibration';
import { binValue, CONFIDENCE_FEATURES, confidenceFeatures, curveValue } from '../../../lib/analysis/sentiment-confidence';
import { CALIBRATION_FIT_HALF, expectedCalibrationError, half, sentimentSets } from '../../../lib/cli/sentiment-sets';

describe('sentiment confidence', () => {
  it('is a probability on every result, higher for a strong marked feeling than for a text with no sentiment word', () => {
    const strong = analyzeSentiment('I love this so much!!! 😍', 'en');
    const none = analyzeSentiment('The meeting is at three in room four', 'en');
    const weak = analyzeSentiment('it was ok I guess', 'en');
    for (const r of [strong, none, weak]) expect(r.confidence).toBeGreaterThanOrEqual(0), expect(r.confidence).toBeLessThanOrEqual(1);
    expect(strong.confidence!).toBeGreaterThan(0.8);
    expect(none.confidence!).toBeLessThan(0.75);
  });

  it('never claims the near-certainty a lexicon analyser does not have on plain text', () => {
    for (const [t, l] of [['Das Essen war gut', 'de'], ['Le service est lent', 'fr'], ['Me gusta', 'es'], ['Hola', 'xx']] as const) {
      expect(analyzeSentiment(t, l).confidence!).toBeLessThan(0.9);
    }
  });
});

describe('the features confidence is a function of', () => {
  it('reads strength, marks, whether words were scored, both ways, how densely, and the length', () => {
    const mixed = [{ token: 'love', score: 3 }, { token: 'hate', score: -3 }, { token: '!!', score: 0.5, rule: 'exclamation' }];
    const f = confidenceFeatures(-0.4, mixed, 'I love it and hate it');
    expect(f).toHaveLength(CONFIDENCE_FEATURES.length + 1);
    // intercept, |score|, marked ("!"), something scored, both signs, 3 scored of 6 words capped at 0.5, log 6
    expect(f.slice(0, 6)).toEqual([1, 0.4, 1, 0, 1, 0.5]);
    expect(f[6]).toBeCloseTo(Math.log(6));
    expect(confidenceFeatures(0, [], 'The meeting is at three').slice(2, 6)).toEqual([0, 1, 0, 0]);
    // no letters at all still counts as one word: no division by zero
    expect(confidenceFeatures(0, [], '123 ...').every(Number.isFinite)).toBe(true);
  });

  it('maps a curve value to its language bin, the upper bin past the last edge, the curve itself without bins', () => {
    const bins = [[0.5, 0.4], [0.7, 0.6], [1.01, 0.8]] as const;
    expect(binValue(bins, 0.2)).toBe(0.4);
    expect(binValue(bins, 0.5)).toBe(0.6); // an edge belongs to the bin above it
    expect(binValue(bins, 0.99)).toBe(0.8);
    expect(binValue(bins, 1.5)).toBe(0.8);
    expect(binValue(undefined, 0.63)).toBe(0.63);
    expect(curveValue([0, 0], [1, 5])).toBe(0.5);
    expect(curveValue([1, 2], [1, 1])).toBeCloseTo(1 / (1 + Math.exp(-3)));
  });

  it('ships bins that never show less for a higher curve value', () => {
    for (const [lang, bins] of Object.entries(SENTIMENT_CALIBRATION.languages)) {
      for (let i = 1; i < bins.length; i++) {
        expect(bins[i]![0], lang).toBeGreaterThan(bins[i - 1]![0]);
        expect(bins[i]![1], lang).toBeGreaterThanOrEqual(bins[i - 1]![1]);
      }
    }
  });
});

describe('expectedCalibrationError', () => {
  it('is zero when the share right matches the confidence in each bin, and the gap weighed by texts otherwise', () => {
    expect(expectedCalibrationError([0.75, 0.75, 0.75, 0.75], [true, true, true, false])).toBeCloseTo(0);
    // one bin at 0.9 with half right: gap 0.4 over all texts
    expect(expectedCalibrationError([0.9, 0.9], [true, false])).toBeCloseTo(0.4);
    // two bins of one text each: |0.2 - 0| / 2 + |0.8 - 1| / 2
    expect(expectedCalibrationError([0.2, 0.8], [false, true])).toBeCloseTo(0.2);
  });
});

// The development corpus (../shared/corpus) judges the fitted curves on the half they were not fitted on.
const corpus = new URL('../../../../shared/corpus', import.meta.url).pathname;
if (!existsSync(corpus)) console.warn(`[corpus] ${corpus} is missing: the calibration check on the development sets is skipped.`);
describe.skipIf(!existsSync(corpus))('calibration on the held half of the development sets', () => {
  // VADER tweets are right far more often than TweetEval's at the same features (a different labelling): one English
  // confidence cannot be within 0.08 of both, and 0.12 is what the shared curve reaches (0.138 before #19's last step).
  it('keeps the expected calibration error of the large English sets under 0.08, and VADER tweets under 0.12', () => {
    for (const s of sentimentSets(corpus).filter((x) => /TweetEval|NYT|VADER tweets/.test(x.name))) {
      const idx = s.texts.map((t, i) => (half(t) !== CALIBRATION_FIT_HALF ? i : -1)).filter((i) => i >= 0);
      const rs = idx.map((i) => analyzeSentiment(s.texts[i]!, detectLanguage(s.texts[i]!).code));
      const ece = expectedCalibrationError(rs.map((r) => r.confidence!), rs.map((r, k) => r.label === s.gold[idx[k]!]));
      expect(ece, s.name).toBeLessThan(/VADER/.test(s.name) ? 0.12 : 0.08);
    }
  });
});
