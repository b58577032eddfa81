import type { Observation } from '../model/stored';
import { COMPARABLE_AGE_HOURS, DEFAULT_HALF_LIFE_HOURS, engagementAtAge, fitHalfLife, pointsOf } from './growth';
import { engagement, type InsightPost, postTime } from './posts';

export interface HourStat {
  hour: number;
  posts: number;
  /** median engagement of posts published in that hour (at 24 h of age where known), rounded */
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
 * Best hour to post (the draft forecast's), from the engagement actually observed: posts are grouped by the hour
 * they were published (in the viewer's time zone, `offsetMinutes` east of UTC), and the hour with the highest median
 * engagement wins among hours with at least `minPerHour` posts. Medians, because one viral post should not decide
 * it. Engagement is taken at 24 h of age (growth.ts) where the time of the counts is known, as it is for every
 * stored post; bestPostingSlots below is the Insights view's answer by weekday, with intervals.
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
    byHour.set(hour, [...(byHour.get(hour) ?? []), engagementAtAge(p)?.value ?? engagement(m)]);
    basedOn++;
  }
  const hours = [...byHour].map(([hour, xs]) => ({ hour, posts: xs.length, median: Math.round(median(xs)) })).sort((a, b) => a.hour - b.hour);
  const minPerHour = opts.minPerHour ?? 3;
  const eligible = hours.filter((h) => h.posts >= minPerHour);
  const thin = basedOn < (opts.minPosts ?? 20) || eligible.length < 2;
  const best = thin ? undefined : eligible.reduce((a, b) => (b.median > a.median ? b : a)).hour;
  return { hours, best, basedOn, thin };
}

/** Hours per band of the day: 7 weekdays × 6 bands fit a 320 px panel, where 7 × 24 hours do not. */
export const BAND_HOURS = 4;
/** 95 % of a normal distribution lies within this many standard errors of its mean. */
const Z95 = 1.96;

export interface SlotStat {
  /** 0 = Monday … 6 = Sunday, in the viewer's time zone */
  weekday: number;
  /** band of the day: 0 = 00–04 h … 5 = 20–24 h */
  band: number;
  posts: number;
  /** typical engagement at the comparable age (geometric mean of 1 + engagement, minus 1) */
  typical: number;
  /** its 95 % interval (normal approximation on the log scale); equal to `typical` for a single post */
  low: number;
  high: number;
}

export interface BestSlots {
  slots: SlotStat[];
  /** the slot with the highest typical engagement among those with enough posts; undefined when history is too thin */
  best?: SlotStat;
  /** the best slot's interval lies above the runner-up's: it is better, not just luckier */
  clear: boolean;
  /** posts with a publication time and engagement the answer rests on */
  basedOn: number;
  /** of those, how many were projected to the age (seen only younger or older than it) */
  projected: number;
  /** posts left out because the page showed no publication time */
  unknownAge: number;
  thin: boolean;
  minPerSlot: number;
  minPosts: number;
  ageHours: number;
  halfLifeHours: number;
  /** the half-life was fitted to the user's own posts seen at two ages (else assumed) */
  fitted: boolean;
}

/**
 * Best weekday and band of the day to post, by engagement at a fixed age (24 h): a post seen an hour after it was
 * published has had less time than one seen a day after, so each is interpolated or projected to the same age from
 * its observations (growth.ts). Slots compare by the mean of log(1 + engagement), so one viral post does not decide
 * it, with a 95 % interval over the slot's posts; slots with fewer than `minPerSlot` posts are not ranked.
 */
export function bestPostingSlots(
  posts: readonly InsightPost[],
  observations: ReadonlyMap<string, readonly Observation[]> = new Map(),
  opts: { offsetMinutes?: number; minPerSlot?: number; minPosts?: number; ageHours?: number; halfLifeHours?: number } = {},
): BestSlots {
  const offset = (opts.offsetMinutes ?? 0) * 60_000;
  const ageHours = opts.ageHours ?? COMPARABLE_AGE_HOURS;
  const fitted = opts.halfLifeHours === undefined ? fitHalfLife(posts.map((p) => ({ publishedAt: p.publishedAt, points: pointsOf(p, observations.get(p.id)) }))) : undefined;
  const halfLifeHours = opts.halfLifeHours ?? fitted ?? DEFAULT_HALF_LIFE_HOURS;
  const cells = new Map<number, number[]>();
  let basedOn = 0;
  let projected = 0;
  let unknownAge = 0;
  for (const p of posts) {
    const m = p.metrics;
    if (m.likes === undefined && m.replies === undefined && m.reposts === undefined) continue;
    const at = engagementAtAge(p, observations.get(p.id), { ageHours, halfLifeHours });
    if (!at) {
      unknownAge++;
      continue;
    }
    const d = new Date(Date.parse(p.publishedAt!) + offset);
    const key = ((d.getUTCDay() + 6) % 7) * 100 + Math.floor(d.getUTCHours() / BAND_HOURS);
    cells.set(key, [...(cells.get(key) ?? []), Math.log1p(Math.max(0, at.value))]);
    basedOn++;
    if (at.how === 'projected') projected++;
  }
  const slots = [...cells].map(([key, logs]) => {
    const n = logs.length;
    const mean = logs.reduce((a, b) => a + b, 0) / n;
    const sd = n > 1 ? Math.sqrt(logs.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1)) : 0;
    const half = (Z95 * sd) / Math.sqrt(n);
    return { weekday: Math.floor(key / 100), band: key % 100, posts: n, typical: Math.expm1(mean), low: Math.max(0, Math.expm1(mean - half)), high: Math.expm1(mean + half) };
  }).sort((a, b) => a.weekday - b.weekday || a.band - b.band);
  const minPerSlot = opts.minPerSlot ?? 3;
  const minPosts = opts.minPosts ?? 20;
  const ranked = slots.filter((s) => s.posts >= minPerSlot).sort((a, b) => b.typical - a.typical);
  const thin = basedOn < minPosts || ranked.length < 2;
  const best = thin ? undefined : ranked[0];
  const clear = !!best && best.low > ranked[1]!.high;
  return { slots, best, clear, basedOn, projected, unknownAge, thin, minPerSlot, minPosts, ageHours, halfLifeHours, fitted: fitted !== undefined };
}

/** A band's hours, "16–20". */
export const bandHours = (band: number) => `${band * BAND_HOURS}–${(band + 1) * BAND_HOURS}`;
