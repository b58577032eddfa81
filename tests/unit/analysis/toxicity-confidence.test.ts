import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ToxicityResult } from '../../../lib/model/analysis';
import { analyzeToxicity } from '../../../lib/analysis/toxicity';
import { FLAG_FEATURES, flagFeatures } from '../../../lib/analysis/toxicity-confidence';
import { flagOutOfFold, flagRows, flagRowsError } from '../../../lib/cli/flag-calibration-fit';
import { offensiveSets } from '../../../lib/cli/offensive-sets';

describe('the confidence of a toxicity flag', () => {
  it('comes with every flag, in the contract, and never with a post that is not flagged', () => {
    const flagged = analyzeToxicity('You are a complete idiot and your code is shit', 'en');
    const german = analyzeToxicity('Du bist so ein Idiot', 'de');
    const civil = analyzeToxicity('Moderation is getting harder and the tone is slipping', 'en');
    for (const r of [flagged, german]) {
      expect(r.flagged).toBe(true);
      expect(r.confidence).toBeGreaterThan(0.5);
      expect(r.confidence).toBeLessThan(1);
      expect(ToxicityResult.parse(r)).toEqual(r);
    }
    expect(civil.flagged).toBe(false);
    expect(civil).not.toHaveProperty('confidence');
  });

  it('reads the score, each kind of offence found and how many spans', () => {
    const f = flagFeatures({ score: 0.92, spans: [{ start: 0, end: 5, text: 'idiot', category: 'insult' }, { start: 9, end: 13, text: 'shit', category: 'profanity' }] });
    expect(f).toHaveLength(FLAG_FEATURES.length + 1);
    // intercept, score, insult, profanity, slur, threat, log(1 + 2 spans)
    expect(f.slice(0, 6)).toEqual([1, 0.92, 1, 1, 0, 0]);
    expect(f[6]).toBeCloseTo(Math.log(3));
  });
});

// Judged out of fold on the development sets (each flag by the fit on the other half of its set).
const corpus = new URL('../../../../shared/corpus', import.meta.url).pathname;
if (!existsSync(corpus)) console.warn(`[corpus] ${corpus} is missing: the flag calibration check is skipped.`);
describe.skipIf(!existsSync(corpus))('flag calibration out of fold on the development sets', () => {
  it('keeps the expected calibration error of the flags on TweetEval and GermEval at or under 0.08', { timeout: 60_000 }, () => {
    const sets = offensiveSets(corpus);
    const rows = flagRows(sets);
    const oof = flagOutOfFold(rows);
    const fitted = sets.filter((s) => !s.lexiconSampled);
    expect(fitted.map((s) => s.name)).toEqual(['TweetEval offensive (en), val', 'GermEval 2018 (de), train']);
    for (const s of fitted) {
      const mine = rows.filter((r) => r.set === s.name);
      const ece = flagRowsError(mine, (r) => oof.get(r)!);
      console.log(`[flag calibration] ${s.name}: ${mine.length} flags, ECE out of fold ${ece.toFixed(3)}`);
      expect(ece, s.name).toBeLessThanOrEqual(0.08);
    }
  });
});
