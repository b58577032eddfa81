import { describe, expect, it } from 'vitest';
import { analyserLabel, analyserOf, carryReview, flagTarget, reviewed, verdictsFrom, verdictsOf } from '../../../lib/analysis/review';
import type { Analysis, Flag } from '../../../lib/model/analysis';

const flag = (ruleId: string, start: number): Flag => ({ ruleId, category: 'gender', severity: 'info', start, end: start + 5, text: 'guys' });
const analysis = (label: 'positive' | 'neutral' | 'negative', score: number, flagged = false): Analysis => ({
  version: 9,
  language: { code: 'en', confidence: 0.9 },
  sentiment: { label, score, confidence: 0.7, contributions: [{ token: 'great', score: 3 }] },
  toxicity: { score: flagged ? 0.8 : 0.1, flagged, spans: [] },
  sensitivity: { flags: [flag('en-guys-address', 4), flag('en-mankind', 20)] },
});

describe('a review applied to an analysis', () => {
  it('puts the reviewer’s labels where every reader looks, keeps the analyser’s, and undoes exactly', () => {
    const a = analysis('positive', 0.6);
    const r = reviewed(a, { sentiment: 'negative', toxic: true, flags: { 'en-guys-address@4': false, 'en-mankind@20': true } });
    expect(r.sentiment).toMatchObject({ label: 'negative', score: -0.15, contributions: a.sentiment.contributions });
    expect(r.toxicity).toMatchObject({ flagged: true, score: 0.1 });
    expect(r.sensitivity!.flags.map((f) => f.ruleId)).toEqual(['en-mankind']);
    expect(r.review!.analyser).toEqual({ sentiment: { label: 'positive', score: 0.6 }, toxicity: { flagged: false, score: 0.1 }, flags: [a.sensitivity!.flags[0]] });
    expect(analyserOf(r)).toEqual(a);
    // reviewing a reviewed analysis starts from the analyser's values, whatever the earlier verdicts
    expect(reviewed(r, {})).toEqual(a);
    expect(reviewed(r, { sentiment: 'neutral' }).sentiment).toMatchObject({ label: 'neutral', score: 0.44 });
  });

  it('moves the score the least that makes it agree with the label', () => {
    expect(reviewed(analysis('neutral', 0.2), { sentiment: 'positive' }).sentiment.score).toBe(0.45);
    expect(reviewed(analysis('negative', -0.7), { sentiment: 'neutral' }).sentiment.score).toBe(-0.14);
    expect(reviewed(analysis('positive', 0.9), { sentiment: 'positive' }).sentiment.score).toBe(0.9); // agreed: nothing moves
  });

  it('carries the verdicts onto a fresh analysis, and only those the stored one holds', () => {
    const old = reviewed(analysis('positive', 0.6), { sentiment: 'negative' });
    const fresh = analysis('neutral', 0.1);
    expect(carryReview(fresh, old).sentiment.label).toBe('negative');
    expect(analyserLabel(carryReview(fresh, old), 'sentiment')).toBe('neutral'); // the new analyser's own label
    expect(carryReview(old, analysis('positive', 0.6))).toEqual(analysis('positive', 0.6)); // taken back meanwhile
  });

  it('reads verdicts from corrections rows, and names the analyser’s side of each', () => {
    const v = verdictsFrom([{ target: 'sentiment', label: 'neutral' }, { target: 'toxicity', label: 'clean' }, { target: flagTarget(flag('en-mankind', 20)), label: 'wrong' }]);
    expect(v).toEqual({ sentiment: 'neutral', toxic: false, flags: { 'en-mankind@20': false } });
    const r = reviewed(analysis('positive', 0.6, true), v);
    expect(verdictsOf(r)).toEqual(v);
    expect([analyserLabel(r, 'sentiment'), analyserLabel(r, 'toxicity'), analyserLabel(r, 'flag:en-mankind@20'), analyserLabel(r, 'flag:en-x@1')]).toEqual(['positive', 'toxic', 'flagged', undefined]);
  });
});
