import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../../lib/i18n';
import { pageLabels } from '../../../lib/i18n/page-labels';
import { PageLabels } from '../../../lib/protocol/contract';

describe('the words Rapport writes into a page', () => {
  it('exist in every UI language, fit the contract, and are that language’s own', () => {
    const en = pageLabels('en');
    for (const lang of UI_LANGUAGES) {
      const l = PageLabels.parse(pageLabels(lang));
      expect(l.lang).toBe(lang);
      expect(l.findingsOne, lang).toContain('{n}');
      expect(l.findingsOther, lang).toContain('{n}');
      if (lang !== 'en') for (const key of ['capture', 'positive', 'nothingToFlag', 'findingsOther'] as const) expect(l[key], `${lang} ${key}`).not.toBe(en[key]);
    }
  });
});
