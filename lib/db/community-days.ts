import Dexie from 'dexie';
import { communityOf, counts, dayStart, type InsightPost, postTime } from '../insights/posts';
import type { CommunityDay } from '../model/stored';
import { applyCountDelta } from './counts';
import type { RapportDB } from './schema';

/**
 * Posts per community and day, with their sentiment: the Insights chart covers a community's whole history
 * from these few rows instead of reading its posts.
 */

const empty = (community: string, day: number): CommunityDay => ({ community, day, posts: 0, positive: 0, neutral: 0, negative: 0, scored: 0, scoreMilli: 0 });
const FIELDS = ['posts', 'positive', 'neutral', 'negative', 'scored', 'scoreMilli'] as const;

function add(into: CommunityDay, from: CommunityDay, sign = 1): CommunityDay {
  for (const k of FIELDS) into[k] += sign * from[k];
  return into;
}

/** What one post adds, under its community and the day it was written; undefined for a post with no time and for an ad. */
function dayOf(p: InsightPost): CommunityDay | undefined {
  const t = postTime(p);
  if (t === undefined || !counts(p)) return undefined;
  const s = p.analysis?.sentiment;
  return { ...empty(communityOf(p), dayStart(t)), posts: 1, ...(s ? { [s.label]: 1, scored: 1, scoreMilli: Math.round(s.score * 1000) } : {}) };
}

/** How the rows change when `before` rows become `after` rows (undefined: absent). */
export function communityDayDelta(before: readonly (InsightPost | undefined)[], after: readonly (InsightPost | undefined)[]): Map<string, CommunityDay> {
  const delta = new Map<string, CommunityDay>();
  const put = (p: InsightPost | undefined, sign: number) => {
    const d = p && dayOf(p);
    if (!d) return;
    const k = JSON.stringify([d.community, d.day]);
    add(delta.get(k) ?? delta.set(k, empty(d.community, d.day)).get(k)!, d, sign);
  };
  before.forEach((p) => put(p, -1));
  after.forEach((p) => put(p, 1));
  return delta;
}

export function applyCommunityDayDelta(db: RapportDB, delta: Map<string, CommunityDay>): Promise<void> {
  return applyCountDelta(db.communityDays, delta.values(), {
    key: (d): [string, number] => [d.community, d.day],
    empty: (d) => empty(d.community, d.day),
    add,
    moves: (d) => FIELDS.some((k) => d[k] !== 0),
  });
}

/** Counts every community's days from the posts themselves (the schema migration). */
export async function recountCommunityDays(db: RapportDB): Promise<void> {
  const sums = new Map<string, CommunityDay>();
  await db.posts.each((p) => {
    for (const [k, d] of communityDayDelta([], [p])) sums.set(k, sums.has(k) ? add(sums.get(k)!, d) : d);
  });
  await db.communityDays.clear();
  await db.communityDays.bulkPut([...sums.values()]);
}

/** A community's days, oldest first. */
export function communityDays(db: RapportDB, community: string): Promise<CommunityDay[]> {
  return db.communityDays.where('[community+day]').between([community, Dexie.minKey], [community, Dexie.maxKey]).toArray();
}
