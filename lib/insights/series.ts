import { DAY, dayStart, type InsightPost, postTime, round } from './posts';

export interface DayPoint {
  /** UTC midnight of the day, ms */
  day: number;
  count: number;
  positive: number;
  neutral: number;
  negative: number;
  /** mean sentiment score of the day's analysed posts, −1..1; undefined on a day with none */
  meanSentiment?: number;
}

/** One day's counts, as the database keeps them per community (`CommunityDay`, lib/db/community-days.ts). */
export interface DayCounts {
  day: number;
  posts: number;
  positive: number;
  neutral: number;
  negative: number;
  /** analysed posts, and the sum of their scores in thousandths */
  scored: number;
  scoreMilli: number;
}

/** Volume and sentiment per day from day counts, first day to last, empty days filled in so a chart shows gaps as zero. */
export function seriesOfDays(days: readonly DayCounts[]): DayPoint[] {
  const byDay = new Map(days.filter((d) => d.posts > 0).map((d) => [d.day, d]));
  if (!byDay.size) return [];
  const min = Math.min(...byDay.keys());
  const max = Math.max(...byDay.keys());
  const out: DayPoint[] = [];
  for (let d = min; d <= max; d += DAY) {
    const p = byDay.get(d);
    out.push(p ? { day: d, count: p.posts, positive: p.positive, neutral: p.neutral, negative: p.negative, ...(p.scored ? { meanSentiment: round(p.scoreMilli / 1000 / p.scored) } : {}) } : { day: d, count: 0, positive: 0, neutral: 0, negative: 0 });
  }
  return out;
}

/** Share of each sentiment label among analysed posts. */
export function sentimentDistribution(posts: readonly InsightPost[]): { positive: number; neutral: number; negative: number; analysed: number } {
  const c = { positive: 0, neutral: 0, negative: 0, analysed: 0 };
  for (const p of posts) {
    const l = p.analysis?.sentiment.label;
    if (l) (c[l]++, c.analysed++);
  }
  return c;
}

/** Posts per detected language, most common first. */
export function languageMix(posts: readonly InsightPost[]): { code: string; count: number; share: number }[] {
  const counts = new Map<string, number>();
  for (const p of posts) {
    const code = p.analysis?.language.code ?? 'und';
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const total = posts.length || 1;
  return [...counts].map(([code, count]) => ({ code, count, share: round(count / total) })).sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}

/** Flag categories (sensitivity) and toxic posts, most common first. */
export function flagCounts(posts: readonly InsightPost[]): { category: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const p of posts) {
    for (const f of p.analysis?.sensitivity?.flags ?? []) counts.set(f.category, (counts.get(f.category) ?? 0) + 1);
    if (p.analysis?.toxicity?.flagged) counts.set('toxicity', (counts.get('toxicity') ?? 0) + 1);
  }
  return [...counts].map(([category, count]) => ({ category, count })).sort((a, b) => b.count - a.count || a.category.localeCompare(b.category));
}
