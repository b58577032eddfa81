/**
 * Thread-level opportunities, as pure functions over the posts of a thread (each with its analysis and its
 * observations over time): unanswered for long, fast-growing, negative spike (a crisis starting).
 */
import type { Opportunity } from '../model/analysis';

export interface ThreadPost {
  id: string;
  publishedAt?: string; // ISO 8601
  parentId?: string;
  /** Replies shown by the site, when it shows a count. */
  replies?: number;
  sentimentScore?: number; // −1..1
  isQuestion?: boolean;
  /** Observations of the post's metrics over time (oldest first). */
  history?: { at: string; likes?: number; replies?: number; views?: number }[];
}

export interface ThreadOptions {
  now?: Date;
  /** A question is "unanswered for long" after this many hours without a reply. */
  unansweredHours?: number;
  /** Share of negative posts in the latest window that makes a spike, and the minimum posts in it. */
  spikeShare?: number;
  spikeMinPosts?: number;
}

/** Computed in the panel, never stored: a code and parameters the panel renders in its language, and the English reason. */
export interface ThreadOpportunity extends Opportunity {
  postIds: string[];
  reason: string;
}

const HOUR = 3_600_000;
/** A post gaining this many replies an hour between its last two sightings is growing fast. */
export const FAST_REPLIES_PER_HOUR = 20;
/** Sightings closer than this count as this far apart: a pace is never made up from seconds. */
const MIN_PACE_HOURS = 0.25;
/**
 * The fewest replies a post can show and still be growing fast: FAST_REPLIES_PER_HOUR over at least MIN_PACE_HOURS
 * from zero. A post showing fewer needs no history read to know it is not.
 */
export const MIN_REPLIES_TO_GROW_FAST = FAST_REPLIES_PER_HOUR * MIN_PACE_HOURS;
/**
 * A question unanswered for longer than two weeks is the thread's history, not a task: nobody is still waiting
 * on a two-year-old thread ("has waited 22698 h" was shown for one).
 */
export const UNANSWERED_MAX_HOURS = 14 * 24;

/** "30 h", "3 days": hours while they read naturally, days after. */
const waitedFor = (hours: number) => (hours < 48 ? `${Math.round(hours)} h` : `${Math.round(hours / 24)} days`);

export function threadOpportunities(posts: readonly ThreadPost[], opts: ThreadOptions = {}): ThreadOpportunity[] {
  const now = (opts.now ?? new Date()).getTime();
  const out: ThreadOpportunity[] = [];
  const unansweredHours = opts.unansweredHours ?? 12;
  const hasReply = new Set(posts.map((p) => p.parentId).filter((x): x is string => !!x));

  // Questions with no reply for long.
  for (const p of posts) {
    if (!p.isQuestion || !p.publishedAt) continue;
    const age = (now - Date.parse(p.publishedAt)) / HOUR;
    if (!(age >= unansweredHours) || age > UNANSWERED_MAX_HOURS) continue;
    if (hasReply.has(p.id) || (p.replies ?? 0) > 0) continue;
    out.push({
      type: 'unanswered',
      priority: Math.min(1, Math.round((0.5 + Math.min(0.4, age / 240)) * 100) / 100),
      code: 'opportunity.unanswered',
      params: { hours: Math.round(age) },
      reason: `A question has waited ${waitedFor(age)} without an answer.`,
      postIds: [p.id],
    });
  }

  // Fast growth: replies (or posts) per hour in the last observations, against the thread's own pace.
  const times = posts.map((p) => (p.publishedAt ? Date.parse(p.publishedAt) : NaN)).filter((t) => !Number.isNaN(t));
  if (times.length >= 6) {
    const last = times.filter((t) => now - t <= HOUR).length;
    const span = Math.max(1, (now - Math.min(...times)) / HOUR);
    const avg = times.length / span;
    if (last >= 5 && last >= 3 * avg) {
      out.push({
        type: 'fast-growing',
        priority: Math.min(1, Math.round((0.5 + Math.min(0.4, last / (avg * 20))) * 100) / 100),
        code: 'opportunity.burst',
        params: { n: last, ratio: Math.round((last / avg) * 10) / 10 },
        reason: `${last} posts in the last hour, ${(last / avg).toFixed(1)}× the thread's usual pace.`,
        postIds: posts.filter((p) => p.publishedAt && now - Date.parse(p.publishedAt) <= HOUR).map((p) => p.id),
      });
    }
  }
  for (const p of posts) {
    const h = p.history;
    if (!h || h.length < 2) continue;
    const a = h[h.length - 2]!;
    const b = h[h.length - 1]!;
    const hours = Math.max(MIN_PACE_HOURS, (Date.parse(b.at) - Date.parse(a.at)) / HOUR);
    const growth = ((b.replies ?? 0) - (a.replies ?? 0)) / hours;
    if (growth >= FAST_REPLIES_PER_HOUR) {
      out.push({
        type: 'fast-growing', priority: Math.min(1, 0.5 + growth / 400), code: 'opportunity.growth', params: { n: Math.round(growth) },
        reason: `${Math.round(growth)} new replies an hour on this post.`, postIds: [p.id],
      });
    }
  }

  // Negative spike: the latest posts are much more negative than the thread before them.
  const dated = posts.filter((p) => p.publishedAt && p.sentimentScore !== undefined).sort((x, y) => Date.parse(x.publishedAt!) - Date.parse(y.publishedAt!));
  const minPosts = opts.spikeMinPosts ?? 5;
  if (dated.length >= minPosts * 2) {
    const recent = dated.slice(-Math.max(minPosts, Math.floor(dated.length / 4)));
    const before = dated.slice(0, dated.length - recent.length);
    const neg = (xs: ThreadPost[]) => xs.filter((p) => (p.sentimentScore ?? 0) <= -0.25).length / xs.length;
    const nr = neg(recent);
    const nb = neg(before);
    if (nr >= (opts.spikeShare ?? 0.5) && nr >= nb + 0.25) {
      out.push({
        type: 'negative-spike',
        priority: Math.min(1, Math.round((0.6 + (nr - nb) * 0.4) * 100) / 100),
        code: 'opportunity.crisis',
        params: { recent: Math.round(nr * 100), n: recent.length, before: Math.round(nb * 100) },
        reason: `${Math.round(nr * 100)} % of the latest ${recent.length} posts are negative, against ${Math.round(nb * 100)} % before: a crisis may be starting.`,
        postIds: recent.filter((p) => (p.sentimentScore ?? 0) <= -0.25).map((p) => p.id),
      });
    }
  }
  return out.sort((a, b) => b.priority - a.priority);
}
