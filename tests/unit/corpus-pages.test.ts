import { describe, expect, it } from 'vitest';
import { corpusPages, scorePage } from '../../lib/cli/score-pages';

const DIR = new URL('../../../shared/corpus/pages', import.meta.url).pathname;
const pages = corpusPages(DIR);
if (!pages) console.warn(`[corpus] ${DIR} is missing: the saved-page checks against the shared corpus are skipped.`);

describe.skipIf(!pages)('saved real pages from ../shared/corpus/pages', () => {
  for (const { html, gold } of pages ?? []) {
    it(`${gold.file}: ${gold.posts} posts, samples found`, () => {
      const score = scorePage(html, gold);
      expect(score.misses).toEqual([]);
      expect(score.found).toBeGreaterThanOrEqual(gold.posts - score.tolerance);
      expect(score.found).toBeLessThanOrEqual(gold.posts + score.tolerance);
    });
  }
});
