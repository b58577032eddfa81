/** Weighted logistic regression of "the label is right" on a few features, for the fitted confidences. */
import { curveValue } from '../analysis/sentiment-confidence';

/** A ridge so faint it changes no figure, so that Newton's method always converges. */
const RIDGE = 1e-3;

export const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** Newton's method on the weighted log-likelihood; weights rounded to 4 decimals, as the tables ship them. */
export function fitLogistic<R extends { x: readonly number[]; ok: boolean }>(xs: readonly R[], weight: (r: R) => number): number[] {
  const k = xs[0]?.x.length ?? 1;
  const w = new Array<number>(k).fill(0);
  for (let it = 0; it < 50; it++) {
    const g = w.map((v) => -RIDGE * v);
    const h = w.map((_, i) => w.map((__, j) => (i === j ? RIDGE : 0)));
    for (const r of xs) {
      const p = curveValue(w, r.x);
      const e = (r.ok ? 1 : 0) - p;
      const rw = weight(r);
      for (let i = 0; i < k; i++) {
        g[i]! += rw * e * r.x[i]!;
        for (let j = 0; j < k; j++) h[i]![j]! += rw * p * (1 - p) * r.x[i]! * r.x[j]!;
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
