import type { CommunityDay } from '../model/stored';
import { communityOf, counts, DAY, dayStart, HOUR, type InsightPost, mentions, postTime } from './posts';

export interface SpikeAlert {
  kind?: 'term';
  term: string;
  /** where it happened (absent in alerts stored before alerts were per community) */
  community?: string;
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

/**
 * A community's own negative spike: its negative posts of the last `windowHours`, against the share of negative
 * posts on its own days before (the counts kept per community and day, up to `baselineDays` whole days that end
 * before the window starts).
 */
export interface CommunityAlert {
  kind: 'community';
  community: string;
  /** negative posts in the window, of its analysed posts */
  negative: number;
  total: number;
  /** the community's share of negative posts on the days before, and how many analysed posts that share is of */
  baseline: number;
  before: number;
  /** English, for logs; the panel renders the alert from the numbers */
  reason: string;
}

export type Alert = SpikeAlert | CommunityAlert;

/** Below this many analysed posts on the days before, a community has no baseline worth the name. */
export const MIN_BASELINE_POSTS = 20;

/**
 * Whether a community's recent posts are a negative spike against its own history: at least `minNegative` negative
 * posts in the window, and a negative share at least twice its baseline share and 20 points above it (a quiet,
 * friendly forum alerts sooner than a always-heated one); with fewer than MIN_BASELINE_POSTS before, a share over a half.
 */
export function communitySpike(
  community: string,
  posts: readonly InsightPost[],
  days: readonly CommunityDay[],
  opts: { now?: number; windowHours?: number; baselineDays?: number; minNegative?: number } = {},
): CommunityAlert | undefined {
  const now = opts.now ?? Date.now();
  const start = now - (opts.windowHours ?? 24) * HOUR;
  let negative = 0;
  let total = 0;
  for (const p of posts) {
    const t = postTime(p);
    if (t === undefined || t < start || t > now || !counts(p) || !p.analysis || communityOf(p) !== community) continue;
    total++;
    if (p.analysis.sentiment.label === 'negative') negative++;
  }
  if (negative < (opts.minNegative ?? 3)) return undefined;
  // whole days that end before the window starts: a day the window reaches into is the spike's own
  const last = dayStart(start) - DAY;
  const first = last - ((opts.baselineDays ?? 28) - 1) * DAY;
  let bNeg = 0;
  let before = 0;
  for (const d of days) if (d.community === community && d.day >= first && d.day <= last) (bNeg += d.negative, before += d.scored);
  const baseline = before ? bNeg / before : 0;
  const share = negative / total;
  const spike = before >= MIN_BASELINE_POSTS ? share >= 2 * baseline && share >= baseline + 0.2 : share > 0.5;
  if (!spike) return undefined;
  return {
    kind: 'community',
    community,
    negative,
    total,
    baseline: Math.round(baseline * 100) / 100,
    before,
    reason: `${negative} of ${total} recent posts in ${community} are negative (${Math.round(share * 100)} %; its days before: ${before >= MIN_BASELINE_POSTS ? `${Math.round(baseline * 100)} % of ${before}` : 'too few posts'}).`,
  };
}

/**
 * Every alert, per community: each community's negative spike against its own days, and each watched term's
 * spike among that community's posts against that community's earlier mentions. `daysOf` gives a community's
 * kept days (read only for communities with enough negative posts in the window to alert).
 */
export async function alertsByCommunity(
  posts: readonly InsightPost[],
  terms: readonly string[],
  daysOf: (community: string) => Promise<CommunityDay[]>,
  opts: { now?: number; minNegative?: number } = {},
): Promise<Alert[]> {
  const groups = new Map<string, InsightPost[]>();
  for (const p of posts) {
    if (!counts(p)) continue;
    const c = communityOf(p);
    (groups.get(c) ?? groups.set(c, []).get(c)!).push(p);
  }
  const now = opts.now ?? Date.now();
  const out: Alert[] = [];
  for (const [community, group] of groups) {
    const recentNegative = group.filter((p) => p.analysis?.sentiment.label === 'negative' && (postTime(p) ?? 0) >= now - 24 * HOUR).length;
    if (recentNegative < (opts.minNegative ?? 3)) continue;
    const own = communitySpike(community, group, await daysOf(community), opts);
    if (own) out.push(own);
    for (const a of negativeSpikes(group, terms, opts)) out.push({ ...a, kind: 'term', community });
  }
  return out.sort((a, b) => b.negative - a.negative || (a.community ?? '').localeCompare(b.community ?? ''));
}
