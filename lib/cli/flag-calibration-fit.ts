/**
 * Fits the confidence of toxicity flags (lib/analysis/toxicity-confidence.ts) on the flags of the development
 * corpus's offensive-language sets, and measures it out of fold (each flag by the fit on the other half of its set,
 * sentiment-sets.ts `half()`). Sets weigh the square root of their number of flags, as the sentiment calibration's
 * do. Davidson's tweets were collected by a hate-speech lexicon (83 % offensive) and are measured, not fitted on.
 */
import { detectLanguage } from '../analysis/language';
import { analyzeToxicity } from '../analysis/toxicity';
import { calibratedFlagConfidence, flagFeatures } from '../analysis/toxicity-confidence';
import { fitLogistic } from './logistic-fit';
import type { OffensiveSet } from './offensive-sets';
import { expectedCalibrationError, half } from './sentiment-sets';

export interface FlagRow {
  set: string;
  fitted: boolean;
  x: number[];
  ok: boolean;
  half: 0 | 1;
}

/** The flags the extension raises on every text of the sets (language detected as it does), and if each is right. */
export function flagRows(sets: readonly OffensiveSet[]): FlagRow[] {
  return sets.flatMap((s) =>
    s.texts.flatMap((t, i) => {
      const r = analyzeToxicity(t, detectLanguage(t).code);
      return r.flagged ? [{ set: s.name, fitted: !s.lexiconSampled, x: flagFeatures(r), ok: s.gold[i] === 'yes', half: half(t) }] : [];
    }),
  );
}

/** The curve's weights, fitted on the rows of the sets that are fitted on. */
export function fitFlagCalibration(rows: readonly FlagRow[]): number[] {
  const fit = rows.filter((r) => r.fitted);
  const count = new Map<string, number>();
  for (const r of fit) count.set(r.set, (count.get(r.set) ?? 0) + 1);
  return fitLogistic(fit, (r) => 100 / Math.sqrt(count.get(r.set)!));
}

/** Every flag's confidence from the fit on the other half. */
export function flagOutOfFold(rows: readonly FlagRow[]): Map<FlagRow, number> {
  const out = new Map<FlagRow, number>();
  for (const h of [0, 1] as const) {
    const w = fitFlagCalibration(rows.filter((r) => r.half === h));
    for (const r of rows) if (r.half !== h) out.set(r, calibratedFlagConfidence(w, r.x));
  }
  return out;
}

export function flagRowsError(rows: readonly FlagRow[], confidence: (r: FlagRow) => number): number {
  return expectedCalibrationError(rows.map(confidence), rows.map((r) => r.ok));
}
