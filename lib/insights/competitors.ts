import type { Observation } from '../model/stored';
import { COMPARABLE_AGE_HOURS, engagementAtAge } from './growth';
import { DAY, type InsightPost, mentions, postTime, round } from './posts';

export interface CompetitorPoint {
  /** start of the period (UTC), ms */
  period: number;
  volume: number;
  /** mean engagement at the comparable age (24 h) of the mentioning posts whose age is known; undefined when none is */
  engagement?: number;
  /** mentioning posts whose age is known (the page showed when they were published) */
  aged: number;
  meanSentiment?: number;
}

export interface CompetitorSeries {
  term: string;
  total: number;
  /** of the total, posts whose age is known, and their mean engagement at the comparable age */
  aged: number;
  engagement?: number;
  points: CompetitorPoint[];
}

/**
 * Share of voice over time: for each watched brand or competitor, the posts that mention it per period
 * (volume), their mean engagement and mean sentiment. Periods are days or weeks (weeks start Monday, UTC).
 * Engagement is compared at a fixed age (growth.ts), not as raw totals: a competitor's posts seen a week after
 * publishing would otherwise beat posts seen an hour after. Posts whose age is unknown count in the volume only.
 */
export function compareCompetitors(
  posts: readonly InsightPost[],
  terms: readonly string[],
  opts: { period?: 'day' | 'week'; observations?: ReadonlyMap<string, readonly Observation[]>; ageHours?: number; halfLifeHours?: number } = {},
): CompetitorSeries[] {
  const ageOpts = { ageHours: opts.ageHours ?? COMPARABLE_AGE_HOURS, halfLifeHours: opts.halfLifeHours };
  const size = opts.period === 'day' ? DAY : 7 * DAY;
  // 1970-01-01 was a Thursday: shift so that weeks start on Monday.
  const periodOf = (t: number) => (opts.period === 'day' ? Math.floor(t / DAY) * DAY : Math.floor((t + 3 * DAY) / size) * size - 3 * DAY);
  const periods = new Set<number>();
  const rows = terms.map((term) => {
    const acc = new Map<number, { volume: number; eng: number; aged: number; sum: number; scored: number }>();
    for (const p of posts) {
      const t = postTime(p);
      if (t === undefined || !mentions(`${p.title ?? ''} ${p.text}`, term)) continue;
      const k = periodOf(t);
      periods.add(k);
      const a = acc.get(k) ?? { volume: 0, eng: 0, aged: 0, sum: 0, scored: 0 };
      a.volume++;
      const at = engagementAtAge(p, opts.observations?.get(p.id), ageOpts);
      if (at) (a.eng += at.value), a.aged++;
      const s = p.analysis?.sentiment.score;
      if (s !== undefined) (a.sum += s), a.scored++;
      acc.set(k, a);
    }
    return { term, acc };
  });
  const all = [...periods].sort((a, b) => a - b);
  return rows.map(({ term, acc }) => {
    const points = all.map((period) => {
      const a = acc.get(period);
      if (!a) return { period, volume: 0, aged: 0 };
      return { period, volume: a.volume, aged: a.aged, ...(a.aged ? { engagement: round(a.eng / a.aged, 1) } : {}), ...(a.scored ? { meanSentiment: round(a.sum / a.scored) } : {}) };
    });
    const aged = [...acc.values()].reduce((x, a) => x + a.aged, 0);
    const eng = [...acc.values()].reduce((x, a) => x + a.eng, 0);
    return { term, total: points.reduce((x, p) => x + p.volume, 0), aged, ...(aged ? { engagement: round(eng / aged, 1) } : {}), points };
  });
}
