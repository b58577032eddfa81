/**
 * Fits the sentiment confidence (lib/analysis/sentiment-confidence.ts) on labelled texts, and measures it honestly:
 * scripts/fit-calibration.ts ships the fit on every development text, `rapport eval` judges the method out of
 * fold (each text by the fit on the other half of its set, lib/cli/sentiment-sets.ts `half()`).
 *
 * Two steps, both functions of what the extension sees at run time (never of the set a text came from):
 * 1. per label, one weighted logistic regression over confidenceFeatures(), shared by all languages: 400 texts of
 *    a language cannot fit a curve of thirteen weights, 13,000 texts of all of them can;
 * 2. per detected language with at least BIN_TEXTS texts, histogram binning of that curve's value: bins at its
 *    quantiles, BIN_TEXTS texts or more each, each worth the share right of its texts, drawn toward the curve's own
 *    mean there by SHRINK texts, neighbours out of order pooled (a higher curve value never shows less).
 * A set weighs the square root of its size: 4,200 VADER tweets neither drown 435 UMSAB ones (as counting every
 * text would) nor count the same as them (as counting every set would, though they pin the share right down far
 * better). VADER's tweets are labelled right far more often than TweetEval's at the same features (a rating
 * beyond ±0.5 of 4 counts as a feeling there), and this weighing keeps both within reach of one English curve.
 */
import { detectLanguage } from '../analysis/language';
import { analyzeSentiment } from '../analysis/sentiment';
import { calibratedConfidence, confidenceFeatures, curveValue, type SentimentCalibration } from '../analysis/sentiment-confidence';
import { fitLogistic, round } from './logistic-fit';
import { CLASSES, expectedCalibrationError, half, type Label, type SentimentSet } from './sentiment-sets';

export const BIN_TEXTS = 70;
const SHRINK = 100;

export interface CalibrationRow {
  set: string;
  lang: string;
  label: Label;
  x: number[];
  ok: boolean;
  half: 0 | 1;
}

/** Reads every text of the sets as the extension does (detected language, then sentiment) and notes if it was right. */
export function calibrationRows(sets: readonly SentimentSet[]): CalibrationRow[] {
  return sets.flatMap((s) =>
    s.texts.map((t, i) => {
      const lang = detectLanguage(t).code;
      const r = analyzeSentiment(t, lang);
      return { set: s.name, lang, label: r.label, x: confidenceFeatures(r.score, r.contributions, t, lang), ok: r.label === s.gold[i], half: half(t) };
    }),
  );
}

/** Each row's weight: its set's rows share the square root of their number. */
function weights(rows: readonly CalibrationRow[]): Map<CalibrationRow, number> {
  const count = new Map<string, number>();
  for (const r of rows) count.set(r.set, (count.get(r.set) ?? 0) + 1);
  return new Map(rows.map((r) => [r, 1000 / Math.sqrt(200 * count.get(r.set)!)]));
}

/** Fits the curves on these rows and the bins of every language with enough of them. */
export function fitCalibration(rows: readonly CalibrationRow[]): SentimentCalibration {
  const w = weights(rows);
  const curves = Object.fromEntries(CLASSES.map((l) => [l, fitLogistic(rows.filter((r) => r.label === l), (r) => w.get(r)!)])) as Record<Label, number[]>;
  const languages: Record<string, [number, number][]> = {};
  for (const lang of [...new Set(rows.map((r) => r.lang))].sort()) {
    const bins = binsFor(rows.filter((r) => r.lang === lang), (r) => curveValue(curves[r.label], r.x), w);
    if (bins.length) languages[lang] = bins;
  }
  return { curves, languages };
}

/** Every row's confidence from the fit on the other half of its set: what the method is worth on unseen texts. */
export function outOfFold(rows: readonly CalibrationRow[]): Map<CalibrationRow, number> {
  const out = new Map<CalibrationRow, number>();
  for (const h of [0, 1] as const) {
    const fit = fitCalibration(rows.filter((r) => r.half === h));
    for (const r of rows) if (r.half !== h) out.set(r, calibratedConfidence(fit, r.label, r.x, r.lang));
  }
  return out;
}

/** Expected calibration error of these rows at these confidences. */
export function rowsError(rows: readonly CalibrationRow[], confidence: (r: CalibrationRow) => number): number {
  return expectedCalibrationError(rows.map(confidence), rows.map((r) => r.ok));
}

/** Bins of the curve's value for one language's texts: [upper edge, share right drawn toward the curve]. */
function binsFor(xs: readonly CalibrationRow[], curveOf: (r: CalibrationRow) => number, weight: Map<CalibrationRow, number>): [number, number][] {
  const k = Math.min(10, Math.floor(xs.length / BIN_TEXTS));
  if (k < 1) return [];
  const sorted = xs.map((r) => ({ p: curveOf(r), r })).sort((a, b) => a.p - b.p);
  const out: [upTo: number, value: number, weight: number][] = [];
  for (let b = 0; b < k; b++) {
    const part = sorted.slice(Math.floor((b * sorted.length) / k), Math.floor(((b + 1) * sorted.length) / k));
    const total = part.reduce((n, { r }) => n + weight.get(r)!, 0);
    const right = part.reduce((n, { r }) => n + (r.ok ? weight.get(r)! : 0), 0);
    const curve = part.reduce((n, { p, r }) => n + p * weight.get(r)!, 0) / total;
    const prior = SHRINK * (total / part.length);
    // The edge is the first value of the next bin: values between bins go to the upper one.
    const upTo = b === k - 1 ? 1.01 : sorted[Math.floor(((b + 1) * sorted.length) / k)]!.p;
    out.push([upTo, (right + prior * curve) / (total + prior), total + prior]);
  }
  // A higher curve value never shows a lower confidence: neighbouring bins out of order are pooled (PAV).
  for (let b = 1; b < out.length; b++) {
    if (out[b - 1]![1] <= out[b]![1]) continue;
    const [, v1, w1] = out[b - 1]!;
    const [u2, v2, w2] = out[b]!;
    out.splice(b - 1, 2, [u2, (v1 * w1 + v2 * w2) / (w1 + w2), w1 + w2]);
    b = Math.max(0, b - 2);
  }
  return out.map(([u, v]) => [round(u), round(v)]);
}
