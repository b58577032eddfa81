/**
 * Fits the confidence of sentiment labels (lib/analysis/sentiment-confidence.ts) on the development corpus and
 * writes it to lib/analysis/sentiment-calibration.ts. Fitted on one half of each set (by a hash of the text,
 * lib/cli/sentiment-sets.ts); `rapport eval` measures the error on the other half.
 *
 * Usage: npx tsx scripts/fit-calibration.ts [corpus-dir] [--dry-run] [--swap]
 *
 * Two steps, both functions of what the extension sees at run time (never of the set a text came from):
 * 1. per label, one weighted logistic regression over the features of confidenceFeatures() (score strength,
 *    feeling marked, no word scored, words scored both ways, density of scored words, log length), shared by all
 *    languages: 200 texts of a language cannot fit a curve of seven weights, 11,000 texts of all of them can;
 * 2. per detected language with at least BIN_TEXTS fitted texts, histogram binning of that curve's value: bins at
 *    its quantiles, BIN_TEXTS texts or more each, each worth the share right of its texts, drawn toward the
 *    curve's own mean there by SHRINK texts, neighbours out of order pooled (a higher curve value never shows less).
 *    Few bins per small language keep its figures from chasing noise.
 * Every set weighs the same (4,200 VADER tweets do not drown 435 UMSAB ones).
 * It prints, per set, the expected calibration error on the fitted and the held half, "before" (sentiment had no
 * confidence; the Audit showed the language detector's), and the error a perfectly calibrated confidence would
 * still show on a set that size (the noise floor: about 0.05-0.06 for UMSAB's 200-text halves), with the share of
 * such draws above 0.08 (about one in ten per UMSAB half: with eight of them, a perfect calibration misses 0.08 on
 * one in most runs). --swap fits on the other half instead, to check that a choice holds on both.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { detectLanguage } from '../lib/analysis/language';
import { analyzeSentiment } from '../lib/analysis/sentiment';
import { binValue, CONFIDENCE_FEATURES, confidenceFeatures, curveValue } from '../lib/analysis/sentiment-confidence';
import { CALIBRATION_FIT_HALF, CLASSES, expectedCalibrationError, half, type Label, sentimentSets } from '../lib/cli/sentiment-sets';

const BIN_TEXTS = 70;
const SHRINK = 30;
const args = process.argv.slice(2);
const corpus = args.find((a) => !a.startsWith('--')) ?? new URL('../../shared/corpus', import.meta.url).pathname;
if (!existsSync(corpus)) {
  process.stderr.write(`No corpus at ${corpus}: give its folder as the first argument.\n`);
  process.exit(2);
}
const fitHalf = args.includes('--swap') ? 1 - CALIBRATION_FIT_HALF : CALIBRATION_FIT_HALF;

interface Row { set: string; lang: string; langConfidence: number; label: Label; x: number[]; ok: boolean; weight: number; fit: boolean }
const rows: Row[] = [];
const sets = sentimentSets(corpus);
for (const s of sets) {
  const fitted = s.texts.filter((t) => half(t) === fitHalf).length;
  s.texts.forEach((t, i) => {
    const detected = detectLanguage(t);
    const r = analyzeSentiment(t, detected.code);
    rows.push({ set: s.name, lang: detected.code, langConfidence: detected.confidence, label: r.label, x: confidenceFeatures(r.score, r.contributions, t), ok: r.label === s.gold[i], weight: 1000 / fitted, fit: half(t) === fitHalf });
  });
}

/** Newton's method on the weighted log-likelihood, with a faint ridge (lambda) so that it always converges. */
function fitCurve(xs: readonly Row[], lambda = 1e-3): number[] {
  const k = xs[0]?.x.length ?? CONFIDENCE_FEATURES.length + 1;
  const w = new Array<number>(k).fill(0);
  for (let it = 0; it < 50; it++) {
    const g = w.map((v) => -lambda * v);
    const h = w.map((_, i) => w.map((__, j) => (i === j ? lambda : 0)));
    for (const r of xs) {
      const p = curveValue(w, r.x);
      const e = (r.ok ? 1 : 0) - p;
      for (let i = 0; i < k; i++) {
        g[i]! += r.weight * e * r.x[i]!;
        for (let j = 0; j < k; j++) h[i]![j]! += r.weight * p * (1 - p) * r.x[i]! * r.x[j]!;
      }
    }
    const d = solve(h, g);
    if (!d) break;
    d.forEach((v, i) => (w[i]! += v));
    if (d.reduce((n, v) => n + Math.abs(v), 0) < 1e-9) break;
  }
  return w.map(round);
}

/** Solves h·d = g by Gaussian elimination with partial pivoting; undefined when singular. */
function solve(h: number[][], g: number[]): number[] | undefined {
  const n = g.length;
  const m = h.map((row, i) => [...row, g[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    if (!(Math.abs(m[p]![c]!) > 1e-12)) return undefined;
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}
const round = (x: number) => Math.round(x * 1e4) / 1e4;

const fitRows = rows.filter((r) => r.fit);
const curves = Object.fromEntries(CLASSES.map((l) => [l, fitCurve(fitRows.filter((r) => r.label === l))])) as Record<Label, number[]>;
const curveOf = (r: Row) => curveValue(curves[r.label], r.x);

/** Bins of the curve's value for one language's fitted texts: [upper edge, share right drawn toward the curve]. */
function binsFor(xs: readonly Row[]): [number, number][] {
  const k = Math.min(10, Math.floor(xs.length / BIN_TEXTS));
  if (k < 1) return [];
  const sorted = xs.map((r) => ({ p: curveOf(r), r })).sort((a, b) => a.p - b.p);
  const out: [upTo: number, value: number, weight: number][] = [];
  for (let b = 0; b < k; b++) {
    const part = sorted.slice(Math.floor((b * sorted.length) / k), Math.floor(((b + 1) * sorted.length) / k));
    const total = part.reduce((n, { r }) => n + r.weight, 0);
    const right = part.reduce((n, { r }) => n + (r.ok ? r.weight : 0), 0);
    const curve = part.reduce((n, { p, r }) => n + p * r.weight, 0) / total;
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
const languages: Record<string, [number, number][]> = {};
for (const lang of [...new Set(fitRows.map((r) => r.lang))].sort()) {
  const bins = binsFor(fitRows.filter((r) => r.lang === lang));
  if (bins.length) languages[lang] = bins;
}
const langs = [...new Set(sets.map((s) => s.lang))];

// Figures: ECE per set on the fitted half and on the other; before: sentiment had no confidence, and the Audit
// showed the language detector's as "mean confidence".
const confidence = (r: Row) => binValue(languages[r.lang], curveOf(r));
const out: string[] = ['| set | n fit / held | accuracy held | ECE before (held) | ECE fit half | ECE held half | noise floor (held) | share of draws > 0.08 |', '|---|---|---|---|---|---|---|---|'];
// ECE of a perfectly calibrated model on a set this size: outcomes drawn at the confidence shown (fixed seed).
// Its mean is the noise floor; the share of draws above the 0.08 target says how often a right calibration
// would still miss it on a half that size (about one in seven on UMSAB's 200-text halves).
let seed = 1;
const rnd = () => ((seed = Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
const ECE_TARGET = 0.08;
const floor = (cs: number[]) => {
  const draws = Array.from({ length: 400 }, () => expectedCalibrationError(cs, cs.map((c) => rnd() < c)));
  return { mean: draws.reduce((a, b) => a + b, 0) / draws.length, above: draws.filter((e) => e > ECE_TARGET).length / draws.length };
};
for (const s of sets) {
  const mine = rows.filter((r) => r.set === s.name);
  const ece = (fit: boolean) => {
    const xs = mine.filter((r) => r.fit === fit);
    return expectedCalibrationError(xs.map(confidence), xs.map((r) => r.ok)).toFixed(3);
  };
  const held = mine.filter((r) => !r.fit);
  const before = expectedCalibrationError(held.map((r) => r.langConfidence), held.map((r) => r.ok)).toFixed(3);
  const f = floor(held.map(confidence));
  out.push(`| ${s.name} | ${mine.length - held.length} / ${held.length} | ${(held.filter((r) => r.ok).length / held.length).toFixed(3)} | ${before} | ${ece(true)} | ${ece(false)} | ${f.mean.toFixed(3)} | ${Math.round(100 * f.above)} % |`);
}
process.stdout.write(out.join('\n') + '\n');

// Measured accuracy per language on the held halves, each set weighing the same (what the Audit shows).
const accuracy: Record<string, { accuracy: number; texts: number; sets: number }> = {};
for (const lang of langs) {
  const mine = sets.filter((s) => s.lang === lang).map((s) => rows.filter((r) => r.set === s.name && !r.fit));
  const acc = mine.reduce((a, xs) => a + xs.filter((r) => r.ok).length / xs.length, 0) / mine.length;
  accuracy[lang] = { accuracy: Math.round(acc * 100) / 100, texts: mine.reduce((n, xs) => n + xs.length, 0), sets: mine.length };
}

const table = `/**
 * GENERATED by scripts/fit-calibration.ts from the development corpus (../shared/corpus sentiment sets: VADER
 * tweets, TweetEval sentiment validation, NYT editorial snippets, UMSAB ar de en es fr hi it pt), fitted on the
 * half of each set that lib/cli/sentiment-sets.ts \`half()\` puts at ${fitHalf}. Do not edit: run the script again
 * whenever sentiment scoring changes. These are fitted parameters, not corpus text.
 *
 * curves: per label, the weights of a logistic curve over [1, ${CONFIDENCE_FEATURES.join(', ')}]
 * (lib/analysis/sentiment-confidence.ts confidenceFeatures), shared by all languages.
 * languages: per detected language with at least ${BIN_TEXTS} fitted texts, bins of the curve's value as
 * [value below which the bin applies, confidence shown]; other languages show the curve's value.
 */
export const SENTIMENT_CALIBRATION: {
  curves: Record<'negative' | 'neutral' | 'positive', readonly number[]>;
  languages: Record<string, readonly (readonly [upTo: number, value: number])[]>;
} = {
  curves: {
${CLASSES.map((k) => `    ${k}: [${curves[k].join(', ')}],`).join('\n')}
  },
  languages: {
${Object.entries(languages).map(([l, b]) => `    '${l}': [${b.map(([u, v]) => `[${u}, ${v}]`).join(', ')}],`).join('\n')}
  },
};

/**
 * Share of right labels per language on the held halves of its sets (each set weighing the same), as
 * \`rapport eval\` measures it: what the Audit shows beside the confidence.
 */
export const SENTIMENT_ACCURACY: Record<string, { accuracy: number; texts: number; sets: number }> = {
${Object.entries(accuracy).map(([l, a]) => `  '${l}': { accuracy: ${a.accuracy}, texts: ${a.texts}, sets: ${a.sets} },`).join('\n')}
};
`;
if (!args.includes('--dry-run') && !args.includes('--swap')) {
  writeFileSync(new URL('../lib/analysis/sentiment-calibration.ts', import.meta.url), table);
  process.stderr.write('Wrote lib/analysis/sentiment-calibration.ts\n');
}
