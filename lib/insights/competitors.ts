import { DAY, engagement, type InsightPost, mentions, postTime, round } from './posts';

export interface CompetitorPoint {
  /** start of the period (UTC), ms */
  period: number;
  volume: number;
  /** mean engagement per mentioning post */
  engagement: number;
  meanSentiment?: number;
}

export interface CompetitorSeries {
  term: string;
  total: number;
  points: CompetitorPoint[];
}

/**
 * Share of voice over time: for each watched brand or competitor, the posts that mention it per period
 * (volume), their mean engagement and mean sentiment. Periods are days or weeks (weeks start Monday, UTC).
 */
export function compareCompetitors(posts: readonly InsightPost[], terms: readonly string[], opts: { period?: 'day' | 'week' } = {}): CompetitorSeries[] {
  const size = opts.period === 'day' ? DAY : 7 * DAY;
  // 1970-01-01 was a Thursday: shift so that weeks start on Monday.
  const periodOf = (t: number) => (opts.period === 'day' ? Math.floor(t / DAY) * DAY : Math.floor((t + 3 * DAY) / size) * size - 3 * DAY);
  const periods = new Set<number>();
  const rows = terms.map((term) => {
    const acc = new Map<number, { volume: number; eng: number; sum: number; scored: number }>();
    for (const p of posts) {
      const t = postTime(p);
      if (t === undefined || !mentions(`${p.title ?? ''} ${p.text}`, term)) continue;
      const k = periodOf(t);
      periods.add(k);
      const a = acc.get(k) ?? { volume: 0, eng: 0, sum: 0, scored: 0 };
      a.volume++;
      a.eng += engagement(p.metrics);
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
      return a ? { period, volume: a.volume, engagement: round(a.eng / a.volume, 1), ...(a.scored ? { meanSentiment: round(a.sum / a.scored) } : {}) } : { period, volume: 0, engagement: 0 };
    });
    return { term, total: points.reduce((x, p) => x + p.volume, 0), points };
  });
}
