import { describe, expect, it } from 'vitest';
import { BAND_WEIGHT, buildVocabularyTable, decodeVocabularyTable, encodeVocabularyTable, findWord, vocabularyTable } from '../../../lib/analysis/language-vocabulary';
import { detectLanguage } from '../../../lib/analysis/language';

const found = (t: ReturnType<typeof buildVocabularyTable>, w: string) => {
  const at = findWord(t, w);
  if (at < 0) return [];
  return [...t.postings.subarray(t.offsets[at], t.offsets[at + 1])].map((p) => [t.langs[p >> 8]!, BAND_WEIGHT[p & 0xff]!] as [string, number]);
};

describe('word-frequency table', () => {
  const lists = { en: ['the', 'Water', 'park', 'water'], de: ['der', 'park', 'Wasser'] };

  it('finds each word in every list that holds it, lower-cased, with its rank band weight', () => {
    const t = buildVocabularyTable(lists);
    expect(found(t, 'park').map(([l]) => l).sort()).toEqual(['de', 'en']);
    expect(found(t, 'water')).toEqual([['en', BAND_WEIGHT[0]]]);
    expect(found(t, 'wasser')).toEqual([['de', BAND_WEIGHT[0]]]);
    expect(found(t, 'nothing')).toEqual([]);
  });

  it('survives the trip through the file the extension ships', () => {
    const t = buildVocabularyTable(lists);
    const bytes = encodeVocabularyTable(t);
    const back = decodeVocabularyTable(bytes.slice().buffer);
    // From inside a larger buffer too, at an offset the typed arrays cannot view in place.
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    expect(decodeVocabularyTable(shifted.subarray(1)).hashes).toEqual(t.hashes);
    expect(back.langs).toEqual(['en', 'de']);
    for (const w of ['the', 'water', 'park', 'der', 'wasser', 'nothing']) expect(found(back, w)).toEqual(found(t, w));
  });

  it('weighs frequent words more than rare ones', () => {
    expect(BAND_WEIGHT[0]).toBeCloseTo(1, 1);
    for (let b = 1; b < BAND_WEIGHT.length; b++) expect(BAND_WEIGHT[b]!).toBeLessThan(BAND_WEIGHT[b - 1]!);
    expect(BAND_WEIGHT.at(-1)!).toBeGreaterThan(0);
  });

  it('holds the most frequent words of the listed languages', () => {
    const t = vocabularyTable()!;
    expect(t.langs).toEqual(expect.arrayContaining(['en', 'es', 'de', 'fr', 'it', 'pt', 'nb', 'ru', 'ar']));
    expect(found(t, 'because').some(([l]) => l === 'en')).toBe(true);
    expect(found(t, 'porque').some(([l]) => l === 'es')).toBe(true);
  });
});

describe('two-word texts, where trigrams say little', () => {
  it.each([
    ['shipping delay', 'en'],
    ['late delivery', 'en'],
    ['gracias amigos', 'es'],
    ['obrigado pessoal', 'pt'],
    ['grazie ragazzi', 'it'],
    ['danke euch', 'de'],
    ['merci beaucoup', 'fr'],
  ])('%s → %s', (text, code) => expect(detectLanguage(text).code).toBe(code));
});
