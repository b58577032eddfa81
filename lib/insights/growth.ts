import type { Metrics } from '../model/post';
import type { Observation } from '../model/stored';
import { engagement, HOUR } from './posts';

/**
 * A post's metrics over time, from its observations (one per sighting whose counts changed, or an hour after the
 * last): the change between sightings, the pace per hour, and its engagement at a fixed age, so posts seen at
 * different ages compare fairly.
 *
 * Between two observations a count is taken to grow steadily (linear). Before the first and after the last it
 * follows a saturating curve, engagement(t) ∝ 1 − 2^(−t / half-life): most of a post's engagement comes early and
 * then levels off. The half-life is fitted to the user's own posts seen at two ages (fitHalfLife), else assumed.
 */

export type MetricName = 'likes' | 'replies' | 'reposts' | 'views';
export const METRICS: readonly MetricName[] = ['likes', 'replies', 'reposts', 'views'];

export interface Point {
  at: number;
  metrics: Metrics;
}

/** The age posts are compared at. A day: most engagement has arrived by then on every platform Rapport reads. */
export const COMPARABLE_AGE_HOURS = 24;
/** Half-life assumed until the user's own observations give one: a post has half its day-one engagement after it. */
export const DEFAULT_HALF_LIFE_HOURS = 6;
/** Sightings closer than this give no pace per hour: a count read twice a few seconds apart says little per hour. */
export const MIN_RATE_HOURS = 0.25;
/** A projection starts from at least this age: a count seen a minute after posting projects to anything. */
const MIN_PROJECT_FROM_HOURS = 0.25;
/** Posts seen at two ages needed before the half-life is fitted to them. */
export const MIN_FIT_POSTS = 5;

/** What a stored post carries about its latest counts (a capture's snapshot or an insight post fits too). */
export interface Sighted {
  metrics: Metrics;
  publishedAt?: string;
  /** time of the latest observation of the metrics */
  observedAt?: number;
  lastSeen?: number;
  firstSeen?: number;
}

/** The publication time the page showed, in ms; undefined when it showed none (when Rapport saw it says nothing of its age). */
export function publishedMs(publishedAt: string | undefined): number | undefined {
  const t = publishedAt ? Date.parse(publishedAt) : NaN;
  return Number.isNaN(t) ? undefined : t;
}

/**
 * A post's points, oldest first: its observations, and its current counts where they are newer than the last one
 * and differ from it (a post seen once has only those, so no observation needs reading for it).
 */
export function pointsOf(post: Sighted, observations: readonly Observation[] = []): Point[] {
  const byTime = new Map<number, Point>();
  for (const o of observations) byTime.set(o.at, { at: o.at, metrics: o.metrics });
  const points = [...byTime.values()].sort((a, b) => a.at - b.at);
  const at = post.observedAt ?? post.lastSeen ?? post.firstSeen;
  const last = points.at(-1);
  if (at !== undefined && (!last || (at > last.at && METRICS.some((k) => last.metrics[k] !== post.metrics[k])))) points.push({ at, metrics: post.metrics });
  return points;
}

export interface Growth {
  from: Point;
  to: Point;
  hours: number;
  /** change of each metric shown at both ends */
  delta: Partial<Record<MetricName, number>>;
  /** change per hour, when the sightings are at least MIN_RATE_HOURS apart */
  perHour?: Partial<Record<MetricName, number>>;
}

/** How the counts changed from one sighting to another. */
export function growthBetween(from: Point, to: Point): Growth {
  const hours = (to.at - from.at) / HOUR;
  const delta: Growth['delta'] = {};
  for (const k of METRICS) {
    const a = from.metrics[k];
    const b = to.metrics[k];
    if (a !== undefined && b !== undefined) delta[k] = b - a;
  }
  const perHour = hours >= MIN_RATE_HOURS ? Object.fromEntries(Object.entries(delta).map(([k, d]) => [k, d / hours])) : undefined;
  return { from, to, hours, delta, ...(perHour ? { perHour } : {}) };
}

/** Growth over the whole history (first to last sighting); undefined for a post seen once. */
export function overallGrowth(points: readonly Point[]): Growth | undefined {
  return points.length < 2 ? undefined : growthBetween(points[0]!, points.at(-1)!);
}

/** Growth between the last two sightings: the current pace. */
export function latestGrowth(points: readonly Point[]): Growth | undefined {
  return points.length < 2 ? undefined : growthBetween(points.at(-2)!, points.at(-1)!);
}

/** Share of a post's engagement reached at `ageHours` on the saturating curve. */
export function reached(ageHours: number, halfLifeHours: number): number {
  return 1 - 2 ** (-Math.max(0, ageHours) / halfLifeHours);
}

export interface AgeEstimate {
  value: number;
  /** observed: between two sightings (the publication counting as zero); projected: along the curve beyond them */
  how: 'observed' | 'projected';
}

/**
 * A count at a given age: interpolated between the sightings around that age, else projected along the curve from
 * the nearest sighting. Undefined without a publication time or a sighting showing the count.
 */
export function valueAtAge(
  points: readonly Point[],
  published: number | undefined,
  ageHours: number,
  value: (m: Metrics) => number | undefined = (m) => engagement(m),
  halfLifeHours = DEFAULT_HALF_LIFE_HOURS,
): AgeEstimate | undefined {
  if (published === undefined) return undefined;
  // seen before its publication time: a clock or time-zone error, not a count at a negative age
  const seen = points.map((p) => ({ age: (p.at - published) / HOUR, v: value(p.metrics) })).filter((p): p is { age: number; v: number } => p.v !== undefined && p.age >= 0);
  if (seen.length === 0) return undefined;
  const exact = seen.find((p) => p.age === ageHours);
  if (exact) return { value: exact.v, how: 'observed' };
  const lo = seen.filter((p) => p.age < ageHours).at(-1);
  const hi = seen.find((p) => p.age > ageHours);
  if (lo && hi) return { value: lo.v + ((hi.v - lo.v) * (ageHours - lo.age)) / (hi.age - lo.age), how: 'observed' };
  const from = (hi ?? lo)!;
  const scale = reached(ageHours, halfLifeHours) / reached(Math.max(MIN_PROJECT_FROM_HOURS, from.age), halfLifeHours);
  return { value: from.v * scale, how: 'projected' };
}

/** Engagement (likes + 2 × replies + 3 × reposts) at `ageHours` of age; undefined when the age is unknown. */
export function engagementAtAge(post: Sighted, observations: readonly Observation[] = [], opts: { ageHours?: number; halfLifeHours?: number } = {}): AgeEstimate | undefined {
  const m = post.metrics;
  if (m.likes === undefined && m.replies === undefined && m.reposts === undefined) return undefined;
  return valueAtAge(pointsOf(post, observations), publishedMs(post.publishedAt), opts.ageHours ?? COMPARABLE_AGE_HOURS, (x) => engagement(x), opts.halfLifeHours);
}

/**
 * The half-life that best explains how the user's posts grew between two sightings: for each post with a
 * publication time seen at two ages a < b, the curve says count(a) / count(b) = reached(a) / reached(b); the
 * half-life (on a grid from 15 minutes to 30 days) with the least squared error over posts wins. Undefined with
 * fewer than MIN_FIT_POSTS such posts.
 */
export function fitHalfLife(histories: readonly { publishedAt?: string; points: readonly Point[] }[]): number | undefined {
  const pairs: { a: number; b: number; ratio: number }[] = [];
  for (const h of histories) {
    const t0 = publishedMs(h.publishedAt);
    if (t0 === undefined) continue;
    const seen = h.points.map((p) => ({ age: (p.at - t0) / HOUR, v: engagement(p.metrics) })).filter((p) => p.age > 0);
    const first = seen[0];
    const last = seen.at(-1);
    if (!first || !last || last.age - first.age < MIN_RATE_HOURS || last.v <= 0 || first.v > last.v) continue;
    pairs.push({ a: first.age, b: last.age, ratio: first.v / last.v });
  }
  if (pairs.length < MIN_FIT_POSTS) return undefined;
  let best = DEFAULT_HALF_LIFE_HOURS;
  let bestErr = Infinity;
  for (let h = 0.25; h <= 720; h *= 1.05) {
    const err = pairs.reduce((s, p) => s + (reached(p.a, h) / reached(p.b, h) - p.ratio) ** 2, 0);
    if (err < bestErr) (bestErr = err), (best = h);
  }
  return Math.round(best * 10) / 10;
}
