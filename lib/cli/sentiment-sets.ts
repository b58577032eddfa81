/**
 * The development corpus's sentiment sets, read from its folder at run time (nothing of it is kept), and the
 * split of each into two halves: `rapport eval` judges the calibration of each half by the one fitted on the other
 * (lib/cli/calibration-fit.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Label = 'negative' | 'neutral' | 'positive';
export const CLASSES: Label[] = ['negative', 'neutral', 'positive'];
export const UMSAB_LANGS = ['en', 'es', 'fr', 'de', 'it', 'pt', 'ar', 'hi'];

export interface SentimentSet {
  name: string;
  /** the language of the set: the calibration is fitted per language the texts are detected in */
  lang: string;
  texts: string[];
  gold: Label[];
}

/** A corpus file's non-empty lines. */
export function corpusLines(path: string): string[] {
  return readFileSync(path, 'utf8').split(/\r?\n/).filter((l) => l.trim());
}

/** VADER's sets rate on −4..4 by 20 people: the mean beyond ±0.5 is a class (the corpus README's convention). */
const rated = (r: number): Label => (r > 0.5 ? 'positive' : r < -0.5 ? 'negative' : 'neutral');

/** Every sentiment set the corpus holds, in a fixed order; missing files are skipped. */
export function sentimentSets(corpus: string): SentimentSet[] {
  const sets: SentimentSet[] = [];
  const vader = (file: string, name: string) => {
    const f = join(corpus, 'sentiment', file);
    if (!existsSync(f)) return;
    const rows = corpusLines(f).map((l) => l.split('\t'));
    sets.push({ name, lang: 'en', texts: rows.map((r) => r[2] ?? ''), gold: rows.map((r) => rated(Number(r[1]))) });
  };
  vader('vader-tweets.tsv', 'VADER tweets (en)');
  const te = join(corpus, 'sentiment/tweeteval-sentiment-val.tsv');
  if (existsSync(te)) {
    const rows = corpusLines(te).map((l) => l.split('\t'));
    sets.push({ name: 'TweetEval sentiment val (en)', lang: 'en', texts: rows.map((r) => r.slice(1).join('\t').trim()), gold: rows.map((r) => CLASSES[Number(r[0])]!) });
  }
  vader('vader-nytEditorialSnippets.tsv', 'NYT editorial snippets (en)');
  for (const l of UMSAB_LANGS) {
    const f = join(corpus, `sentiment/umsab/${l}.tsv`);
    if (!existsSync(f)) continue;
    const rows = corpusLines(f).map((x) => x.split('\t'));
    sets.push({ name: `UMSAB ${l}`, lang: l, texts: rows.map((r) => r[1] ?? ''), gold: rows.map((r) => CLASSES[Number(r[0])]!) });
  }
  return sets;
}

/**
 * Which half of its set a text falls in, from a hash of the text (FNV-1a): the same on every run and
 * machine, independent of the file's order, and about half and half.
 */
export function half(text: string): 0 | 1 {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return ((h >>> 0) & 1) as 0 | 1;
}

/**
 * Expected calibration error over 10 equal-width bins of confidence: the gap between the confidence shown and
 * the share right, weighed by how many texts fall in each bin.
 */
export function expectedCalibrationError(confidence: readonly number[], correct: readonly boolean[], bins = 10): number {
  const n = confidence.length;
  if (!n) return 0;
  const sum = new Float64Array(bins);
  const right = new Float64Array(bins);
  const count = new Float64Array(bins);
  confidence.forEach((c, i) => {
    const b = Math.min(bins - 1, Math.max(0, Math.floor(c * bins)));
    sum[b]! += c;
    right[b]! += correct[i] ? 1 : 0;
    count[b]!++;
  });
  let ece = 0;
  for (let b = 0; b < bins; b++) if (count[b]) ece += Math.abs(sum[b]! - right[b]!) / n;
  return ece;
}
