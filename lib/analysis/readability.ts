/**
 * Readability of a draft in its own language. Flesch's reading ease is calibrated on English; each language
 * with a published adaptation uses its own constants, and other alphabetic languages get LIX (Björnsson
 * 1968), which needs no syllables. Scripts without spaces or syllable letters (zh, ja, ko, th, …) get none.
 */

export interface Readability {
  score: number;
  /** easy … very difficult, on the formula's own scale */
  grade: 'easy' | 'fairly difficult' | 'difficult' | 'very difficult';
  formula: string;
}

/** 206.835-style reading ease: base − a·(words per sentence) − b·(syllables per word). */
const FLESCH: Record<string, { formula: string; base: number; a: number; b: number }> = {
  en: { formula: 'Flesch', base: 206.835, a: 1.015, b: 84.6 },
  es: { formula: 'Fernández Huerta', base: 206.84, a: 1.02, b: 60 },
  fr: { formula: 'Kandel & Moles', base: 207, a: 1.015, b: 73.6 },
  de: { formula: 'Amstad', base: 180, a: 1, b: 58.5 },
  it: { formula: 'Flesch–Vacca', base: 217, a: 1.3, b: 60 },
  pt: { formula: 'Flesch (Martins et al.)', base: 248.835, a: 1.015, b: 84.6 },
  nl: { formula: 'Douma', base: 206.835, a: 0.93, b: 77 },
};

const VOWELS = /[aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœ]+/g;

/** Vowel groups: a close count of spoken syllables in these languages (English drops a silent final e). */
function syllables(word: string, lang: string): number {
  let w = word.toLowerCase();
  if (lang === 'en' || lang === 'fr') w = w.replace(/e$/, '');
  return Math.max(1, w.match(VOWELS)?.length ?? 1);
}

function gradeOf(score: number, easy: number, fair: number, hard: number): Readability['grade'] {
  return score >= easy ? 'easy' : score >= fair ? 'fairly difficult' : score >= hard ? 'difficult' : 'very difficult';
}

/** `text` without links, hashtags and mentions; undefined when too short to judge or not alphabetic. */
export function readability(text: string, lang: string): Readability | undefined {
  const words = text.match(/[\p{L}\p{M}'’-]+/gu) ?? [];
  if (words.length < 8) return undefined;
  const alphabetic = words.filter((w) => /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}'’-]+$/u.test(w)).length;
  if (alphabetic < words.length * 0.8) return undefined;
  // A run of punctuation is tried from its start only: linear on "!!!!…x".
  const sentences = Math.max(1, (text.match(/(?<![.!?…])[.!?…]+(?:\s|$)/g) ?? []).length);
  const perSentence = words.length / sentences;
  const f = FLESCH[lang];
  if (f && /\p{Script=Latin}/u.test(text)) {
    const perWord = words.reduce((a, w) => a + syllables(w, lang), 0) / words.length;
    const score = Math.round(f.base - f.a * perSentence - f.b * perWord);
    return { score, grade: gradeOf(score, 70, 50, 30), formula: f.formula };
  }
  // LIX: words per sentence + percentage of words longer than six letters; under 40 is easy, over 60 very hard.
  const long = words.filter((w) => [...w].length > 6).length;
  const lix = Math.round(perSentence + (100 * long) / words.length);
  return { score: lix, grade: lix < 40 ? 'easy' : lix < 50 ? 'fairly difficult' : lix < 60 ? 'difficult' : 'very difficult', formula: 'LIX' };
}
