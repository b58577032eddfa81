import { engagement, type InsightPost, postTime } from './posts';

export interface HourStat {
  hour: number;
  posts: number;
  /** median engagement of posts published in that hour */
  median: number;
}

export interface BestTime {
  hours: HourStat[];
  /** best hour (0..23) in the given time zone offset; undefined when history is too thin */
  best?: number;
  /** how many posts with a known time and engagement the answer rests on */
  basedOn: number;
  thin: boolean;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? 0 : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * Best hour to post, from the engagement actually observed: posts are grouped by the hour they were published
 * (in the viewer's time zone, `offsetMinutes` east of UTC), and the hour with the highest median engagement
 * wins among hours with at least `minPerHour` posts. Medians, because one viral post should not decide it.
 */
export function bestTimeToPost(posts: readonly InsightPost[], opts: { offsetMinutes?: number; minPerHour?: number; minPosts?: number } = {}): BestTime {
  const offset = (opts.offsetMinutes ?? 0) * 60_000;
  const byHour = new Map<number, number[]>();
  let basedOn = 0;
  for (const p of posts) {
    // Only the page's own publication time says when a post was written; "first seen" does not.
    if (!p.publishedAt) continue;
    const t = postTime(p);
    if (t === undefined) continue;
    const m = p.metrics;
    if (m.likes === undefined && m.replies === undefined && m.reposts === undefined) continue;
    const hour = new Date(t + offset).getUTCHours();
    byHour.set(hour, [...(byHour.get(hour) ?? []), engagement(m)]);
    basedOn++;
  }
  const hours = [...byHour].map(([hour, xs]) => ({ hour, posts: xs.length, median: median(xs) })).sort((a, b) => a.hour - b.hour);
  const minPerHour = opts.minPerHour ?? 3;
  const eligible = hours.filter((h) => h.posts >= minPerHour);
  const thin = basedOn < (opts.minPosts ?? 20) || eligible.length < 2;
  const best = thin ? undefined : eligible.reduce((a, b) => (b.median > a.median ? b : a)).hour;
  return { hours, best, basedOn, thin };
}
