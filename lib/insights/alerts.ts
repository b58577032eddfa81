import { HOUR, type InsightPost, mentions, postTime } from './posts';

export interface SpikeAlert {
  term: string;
  /** negative posts mentioning the term in the recent window */
  negative: number;
  total: number;
  /** share of negative mentions before the window (baseline) */
  baseline: number;
  /** mentions before the window: 0 means there is no baseline */
  before: number;
  /** English, for logs; the panel renders the alert from the numbers */
  reason: string;
}

/**
 * Negative spikes of watched terms: in the last `windowHours`, at least `minNegative` negative posts mention
 * the term, and their share of its mentions is at least twice the baseline share of the `baselineDays` before
 * (or above half when there is no baseline).
 */
export function negativeSpikes(
  posts: readonly InsightPost[],
  terms: readonly string[],
  opts: { now?: number; windowHours?: number; baselineDays?: number; minNegative?: number } = {},
): SpikeAlert[] {
  const now = opts.now ?? Date.now();
  const start = now - (opts.windowHours ?? 24) * HOUR;
  const base = start - (opts.baselineDays ?? 7) * 24 * HOUR;
  const out: SpikeAlert[] = [];
  for (const term of new Set(terms.map((t) => t.trim()).filter(Boolean))) {
    let neg = 0, total = 0, bNeg = 0, bTotal = 0;
    for (const p of posts) {
      const t = postTime(p);
      if (t === undefined || t < base || !mentions(`${p.title ?? ''} ${p.text}`, term)) continue;
      const negative = p.analysis?.sentiment.label === 'negative';
      if (t >= start) (total++, negative && neg++);
      else (bTotal++, negative && bNeg++);
    }
    const baseline = bTotal ? bNeg / bTotal : 0;
    const share = total ? neg / total : 0;
    if (neg >= (opts.minNegative ?? 3) && (bTotal ? share >= 2 * baseline && share > baseline : share > 0.5)) {
      out.push({
        term,
        negative: neg,
        total,
        baseline: Math.round(baseline * 100) / 100,
        before: bTotal,
        reason: `${neg} of ${total} recent posts mentioning “${term}” are negative (${Math.round(share * 100)} %; before: ${bTotal ? `${Math.round(baseline * 100)} %` : 'no mentions'}).`,
      });
    }
  }
  return out.sort((a, b) => b.negative - a.negative);
}
