import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../lib/analysis/language';
import { analyzeSentiment } from '../../../lib/analysis/sentiment';
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
  it('keeps the expected calibration error of the large English sets under 0.08', () => {
    for (const s of sentimentSets(corpus).filter((x) => /TweetEval|NYT/.test(x.name))) {
      const idx = s.texts.map((t, i) => (half(t) !== CALIBRATION_FIT_HALF ? i : -1)).filter((i) => i >= 0);
      const rs = idx.map((i) => analyzeSentiment(s.texts[i]!, detectLanguage(s.texts[i]!).code));
      const ece = expectedCalibrationError(rs.map((r) => r.confidence!), rs.map((r, k) => r.label === s.gold[idx[k]!]));
      expect(ece, s.name).toBeLessThan(0.08);
    }
  });
});
