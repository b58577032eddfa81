import { describe, expect, it } from 'vitest';
import { sensitivityCoverage, sensitivityScore, sensitivityScoreOfSet } from '../../../lib/analysis/sensitivity-score';
import type { Analysis, Flag } from '../../../lib/model/analysis';

// Constructed analyses with real rule ids, so every expected score is worked out by hand from the formula.
const flag = (ruleId: string, severity: Flag['severity'], start = 0): Flag => ({ ruleId, category: 'x', severity, start, end: start + 4, text: 'term' });
const text = (lang: string, confidence: number, flags: Flag[] = [], review?: Analysis['review']): Pick<Analysis, 'language' | 'sensitivity' | 'review'> => ({
  language: { code: lang, confidence },
  sensitivity: { flags },
  ...(review ? { review } : {}),
});

describe('the Cultural Sensitivity Score', () => {
  it('is 100 for an English text with no flags, fully covered', () => {
    expect(sensitivityScore(text('en', 0.9))).toMatchObject({ score: 100, texts: 1, unscored: 0, coverage: 1, partial: false });
  });

  it('takes severity × confidence off: a warning of an English rule read at 80 % language confidence costs 30 × 0.8', () => {
    const s = sensitivityScore(text('en', 0.8, [flag('en-crazy-insult', 'warning')]));
    expect(s.score).toBe(76);
    expect(s.parts.find((p) => p.id === 'warning')).toEqual({ id: 'warning', flags: 1, inMarkets: 0, confidence: 0.8, points: 24 });
  });

  it('counts a flag a reviewer marked right with full confidence', () => {
    expect(sensitivityScore(text('en', 0.8, [flag('en-crazy-insult', 'warning', 5)], { flags: { 'en-crazy-insult@5': true }, analyser: {} })).score).toBe(70);
  });

  it('weighs a cross-cultural risk 1.5 times in a target market, and once elsewhere', () => {
    const draft = text('en', 1, [flag('xc-ok-gesture', 'warning')]);
    expect(sensitivityScore(draft, { markets: ['BR'] }).score).toBe(55); // 100 − 30 × 1 × 1.5
    expect(sensitivityScore(draft, { markets: ['JP'] }).score).toBe(70);
    expect(sensitivityScore(draft, { markets: ['BR'] }).parts.find((p) => p.id === 'warning')!.inMarkets).toBe(1);
  });

  it('never goes below 0: two errors at full confidence', () => {
    expect(sensitivityScore(text('en', 1, [flag('en-retarded', 'error', 0), flag('en-spaz', 'error', 9)])).score).toBe(0);
  });

  it('says partial where the language is covered in part, and gives no score where it has no rules', () => {
    expect(sensitivityCoverage('es')).toEqual({ value: 0.67, covered: 6, total: 9 });
    expect(sensitivityScore(text('es', 0.9))).toMatchObject({ score: 100, partial: true, partialLangs: ['es'], coverage: 0.67 });
    const ja = sensitivityScore(text('ja', 0.9));
    expect(ja.score).toBeUndefined();
    expect(ja).toMatchObject({ texts: 0, unscored: 1, coverage: 0, partial: true });
    expect(sensitivityScore(text('und', 0.2)).score).toBeUndefined();
  });

  it('scores a set as the mean of its texts’ scores, leaving out (and counting) texts without one', () => {
    const s = sensitivityScoreOfSet([text('en', 0.8, [flag('en-crazy-insult', 'warning')]), text('es', 1), text('ja', 1), text('en', 1, [flag('en-mankind', 'info')])]);
    expect(s.score).toBe(Math.round((76 + 100 + 90) / 3)); // 89
    expect(s).toMatchObject({ texts: 3, unscored: 1, partialLangs: ['es', 'ja'], coverage: Math.round(((1 + 0.67 + 0 + 1) / 4) * 100) / 100 });
    expect(s.parts.map((p) => [p.id, p.flags, p.points])).toEqual([['error', 0, 0], ['warning', 1, 24], ['info', 1, 10]]);
  });
});
