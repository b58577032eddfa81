/**
 * Fits the confidence of sentiment labels (lib/analysis/sentiment-confidence.ts) on the development corpus and
 * writes the fitted curves to lib/analysis/sentiment-calibration.ts. Fitted on one half of each set (by a hash of
 * the text, lib/cli/sentiment-sets.ts); `rapport eval` measures the error on the other half.
 *
 * Usage: npx tsx scripts/fit-calibration.ts [corpus-dir] [--dry-run]
 *
 * Per language the texts are detected in (as at run time), and per label:
 *   confidence = 1 / (1 + e^-(a + b·|score| + c·expressive)), expressive = emoji, "!", laughter or capitals moved it,
 * a weighted logistic regression (Platt scaling). Every set weighs the same within a language, so 4,200 VADER tweets
 * do not drown 1,000 TweetEval ones; each language's curves are drawn toward the curves of all languages pooled
 * (a prior worth PRIOR texts), so a language with 200 texts does not chase its noise.
 * It prints, per set, the expected calibration error on the fitted and the held half, "before" (sentiment had no
 * confidence; the Audit showed the language detector's), and the error a perfectly calibrated confidence would
 * still show on a set that size (the noise floor: about 0.06 for UMSAB's 200-text halves), with the share of such
 * draws above 0.08 (about 15 % per UMSAB half: with eight of them, a perfect calibration misses 0.08 on one in most runs).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { detectLanguage } from '../lib/analysis/language';
import { analyzeSentiment } from '../lib/analysis/sentiment';
import type { PlattCurve } from '../lib/analysis/sentiment-calibration';
import { applyCurve, expressive } from '../lib/analysis/sentiment-confidence';
import { CALIBRATION_FIT_HALF, CLASSES, expectedCalibrationError, half, type Label, sentimentSets } from '../lib/cli/sentiment-sets';

const PRIOR = 20;
const args = process.argv.slice(2);
const corpus = args.find((a) => !a.startsWith('--')) ?? new URL('../../shared/corpus', import.meta.url).pathname;
if (!existsSync(corpus)) {
  process.stderr.write(`No corpus at ${corpus}: give its folder as the first argument.\n`);
  process.exit(2);
}

interface Row { set: string; lang: string; langConfidence: number; label: Label; strength: number; expressive: number; ok: boolean; weight: number; fit: boolean }
const rows: Row[] = [];
const sets = sentimentSets(corpus);
for (const s of sets) {
  const fitted = s.texts.filter((t) => half(t) === CALIBRATION_FIT_HALF).length;
  s.texts.forEach((t, i) => {
    const detected = detectLanguage(t);
    const lang = detected.code;
    const r = analyzeSentiment(t, lang);
    rows.push({ set: s.name, lang, langConfidence: detected.confidence, label: r.label, strength: Math.abs(r.score), expressive: expressive(r.contributions) ? 1 : 0, ok: r.label === s.gold[i], weight: 1000 / fitted, fit: half(t) === CALIBRATION_FIT_HALF });
  });
}

/** Newton's method on the weighted log-likelihood with a Gaussian prior around `prior` (strength `lambda`). */
function fitCurve(xs: readonly Row[], prior: PlattCurve, lambda: number): PlattCurve {
  const w = [...prior];
  const feats = (x: Row) => [1, x.strength, x.expressive];
  for (let it = 0; it < 50; it++) {
    const g = w.map((v, k) => -lambda * (v - prior[k]!));
    const h = [0, 1, 2].map((i) => [0, 1, 2].map((j) => (i === j ? lambda : 0)));
    for (const x of xs) {
      const f = feats(x);
      const p = applyCurve(w as unknown as PlattCurve, x.strength, x.expressive);
      const e = (x.ok ? 1 : 0) - p;
      for (let i = 0; i < 3; i++) {
        g[i]! += x.weight * e * f[i]!;
        for (let j = 0; j < 3; j++) h[i]![j]! += x.weight * p * (1 - p) * f[i]! * f[j]!;
      }
    }
    const d = solve3(h, g);
    if (!d) break;
    d.forEach((v, k) => (w[k]! += v));
    if (d.reduce((n, v) => n + Math.abs(v), 0) < 1e-9) break;
  }
  return w.map(round) as unknown as PlattCurve;
}

/** Solves h·d = g for a 3×3 system (Cramer's rule); undefined when singular. */
function solve3(h: number[][], g: number[]): number[] | undefined {
  const det = (m: number[][]) => m[0]![0]! * (m[1]![1]! * m[2]![2]! - m[1]![2]! * m[2]![1]!) - m[0]![1]! * (m[1]![0]! * m[2]![2]! - m[1]![2]! * m[2]![0]!) + m[0]![2]! * (m[1]![0]! * m[2]![1]! - m[1]![1]! * m[2]![0]!);
  const D = det(h);
  if (!(Math.abs(D) > 1e-12)) return undefined;
  return [0, 1, 2].map((k) => det(h.map((row, i) => row.map((v, j) => (j === k ? g[i]! : v)))) / D);
}
const round = (x: number) => Math.round(x * 1e4) / 1e4;

const fitRows = rows.filter((r) => r.fit);
// The weights make a set count as 1,000 texts: the prior is scaled the same way.
const scale = (xs: readonly Row[]) => xs.reduce((n, x) => n + x.weight, 0) / Math.max(1, xs.length);
const pooled = Object.fromEntries(CLASSES.map((l) => [l, fitCurve(fitRows.filter((r) => r.label === l), [0, 0, 0], 1e-3)])) as Record<Label, PlattCurve>;
const languages: Record<string, Record<Label, PlattCurve>> = { '*': pooled };
const langs = [...new Set(sets.map((s) => s.lang))];
for (const lang of langs) {
  const mine = fitRows.filter((r) => r.lang === lang);
  languages[lang] = Object.fromEntries(CLASSES.map((l) => {
    const xs = mine.filter((r) => r.label === l);
    return [l, fitCurve(xs, pooled[l], PRIOR * scale(xs))];
  })) as Record<Label, PlattCurve>;
}

// Figures: ECE per set on the fitted half and on the other; before: sentiment had no confidence, and the Audit
// showed the language detector's as "mean confidence".
const confidence = (r: Row) => applyCurve((languages[r.lang] ?? pooled)[r.label], r.strength, r.expressive);
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
 * half of each set that lib/cli/sentiment-sets.ts \`half()\` puts at ${CALIBRATION_FIT_HALF}. Do not edit: run the script again
 * whenever sentiment scoring changes. These are fitted parameters, not corpus text.
 *
 * Per language (detected code; '*' = all languages pooled, for the others) and label: [a, b, c] of
 * confidence = 1 / (1 + e^-(a + b·|score| + c·expressive)), expressive = 1 when emoji, exclamation marks, laughter
 * or capitals moved the score.
 */
export type PlattCurve = readonly [a: number, b: number, c: number];

export const SENTIMENT_CALIBRATION: { languages: Record<string, Record<'negative' | 'neutral' | 'positive', PlattCurve>> } = {
  languages: {
${Object.entries(languages).map(([l, c]) => `    '${l}': { ${CLASSES.map((k) => `${k}: [${c[k].join(', ')}]`).join(', ')} },`).join('\n')}
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
if (!args.includes('--dry-run')) {
  writeFileSync(new URL('../lib/analysis/sentiment-calibration.ts', import.meta.url), table);
  process.stderr.write('Wrote lib/analysis/sentiment-calibration.ts\n');
}
