import type { PageLabels } from '../protocol/contract';
import { type UiLanguage, translator } from './index';

/** The words Rapport writes into a page, in one UI language: the content script carries no catalogue of its own. */
export function pageLabels(lang: UiLanguage): PageLabels {
  const t = translator(lang);
  return {
    lang,
    positive: t('sentiment.positive'),
    neutral: t('sentiment.neutral'),
    negative: t('sentiment.negative'),
    toxic: t('audit.exampleToxic'),
    sentimentTitle: t('inpage.sentimentTitle'),
    flagsTitle: t('inpage.flagsTitle'),
    toxicTitle: t('inpage.toxicTitle'),
    capture: t('inpage.capture'),
    captured: t('inpage.captured'),
    captureAria: t('inpage.captureAria'),
    capturedAria: t('inpage.capturedAria'),
    nothingToFlag: t('inpage.nothingToFlag'),
    findingsOne: t('inpage.findings.one'),
    findingsOther: t('inpage.findings.other'),
    draftTitle: t('inpage.draftTitle'),
  };
}
