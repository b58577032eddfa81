import { describe, expect, it } from 'vitest';
import { agreementByLanguage, type Judged } from '../../../lib/insights/agreement';

const j = (lang: string, target: string, analyser: string | undefined, label: string): Judged => ({ postId: `${lang}:${target}:${analyser}:${label}`, lang, target, analyser, label });

describe('the bias report (analyser × reviewer)', () => {
  it('counts a confusion table per language and kind, with agreement overall and per analyser label', () => {
    const rows = agreementByLanguage([
      j('en', 'sentiment', 'positive', 'positive'),
      j('en', 'sentiment', 'positive', 'negative'),
      j('en', 'sentiment', 'negative', 'negative'),
      j('en', 'sentiment', 'neutral', 'negative'),
      j('en', 'toxicity', 'toxic', 'clean'),
      j('en', 'flag:en-mankind@4', 'flagged', 'right'),
      j('en', 'flag:en-guys-address@0', 'flagged', 'wrong'),
      j('es', 'sentiment', 'positive', 'neutral'),
      j('es', 'flag:es-x@1', undefined, 'wrong'), // the analyser no longer raises it: nothing to compare
    ]);
    expect(rows.map((r) => [r.lang, r.n, r.agreed, r.rate])).toEqual([['en', 7, 3, 0.43], ['es', 1, 0, 0]]);
    const [sentiment, toxicity, flag] = rows[0]!.tables;
    expect(sentiment!.cells).toEqual([[1, 0, 1], [0, 0, 1], [0, 0, 1]]);
    expect([sentiment!.n, sentiment!.agreed, sentiment!.rate]).toEqual([4, 2, 0.5]);
    expect(sentiment!.perLabel).toEqual([0.5, 0, 1]);
    expect(toxicity!.cells).toEqual([[0, 1], [0, 0]]);
    expect(toxicity!.perLabel).toEqual([0, undefined]);
    expect(flag!.cells).toEqual([[1, 1]]);
    expect([flag!.rate, flag!.perLabel]).toEqual([0.5, [0.5]]);
    expect(rows[1]!.tables.map((t) => t.kind)).toEqual(['sentiment']);
  });

  it('is empty without corrections', () => {
    expect(agreementByLanguage([])).toEqual([]);
  });
});
