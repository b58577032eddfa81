import { addTally, tallyMoves, tallyOf } from '../insights/audit';
import { DAY } from '../insights/posts';
import type { StoredPost, Tally } from '../model/stored';
import { applyCountDelta } from './counts';
import type { RapportDB } from './schema';

/** Posts the history audit takes its examples from: the latest of the period, however long the period. */
export const AUDIT_EXAMPLE_SAMPLE = 300;

const dayOf = (t: number) => Math.floor(t / DAY);
const keyOf = (t: Pick<Tally, 'day' | 'platform' | 'lang'>) => JSON.stringify([t.day, t.platform, t.lang]);
const empty = (day: number, platform: string, lang: string): Tally => ({ day, platform, lang, posts: 0, positive: 0, neutral: 0, negative: 0, toxic: 0, confidenceMilli: 0, flags: {} });

/** How the tallies change when `before` rows become `after` rows (undefined: absent), by [day, platform, lang]. */
export function tallyDelta(before: readonly (StoredPost | undefined)[], after: readonly (StoredPost | undefined)[]): Map<string, Tally> {
  const delta = new Map<string, Tally>();
  const add = (p: StoredPost | undefined, sign: number) => {
    if (!p) return;
    const t = tallyOf(p);
    const day = dayOf(p.lastSeen);
    const k = keyOf({ day, platform: p.platform, lang: t.lang });
    addTally(delta.get(k) ?? delta.set(k, empty(day, p.platform, t.lang)).get(k)!, t, sign);
  };
  before.forEach((p) => add(p, -1));
  after.forEach((p) => add(p, 1));
  return delta;
}

/** Applies a delta; call inside the transaction that writes the posts, with `db.tallies` in its scope. */
export function applyTallyDelta(db: RapportDB, delta: Map<string, Tally>): Promise<void> {
  return applyCountDelta(db.tallies, delta.values(), {
    key: (d): [number, string, string] => [d.day, d.platform, d.lang],
    empty: (d) => empty(d.day, d.platform, d.lang),
    add: (into, d) => addTally(into, d),
    moves: tallyMoves,
  });
}

/** Counts every tally from the posts themselves (the schema migration). */
export async function recountTallies(db: RapportDB): Promise<void> {
  const sums = new Map<string, Tally>();
  await db.posts.each((p) => {
    const d = tallyDelta([], [p]);
    for (const [k, t] of d) sums.set(k, sums.has(k) ? addTally(sums.get(k)!, t) : t);
  });
  await db.tallies.clear();
  await db.tallies.bulkPut([...sums.values()]);
}

/** The tallies of the last `days` days (whole UTC days), of one site or all. */
export async function talliesSince(db: RapportDB, days: number, platform?: string, now = Date.now()): Promise<Tally[]> {
  const rows = await db.tallies.where('day').aboveOrEqual(dayOf(now - days * DAY)).toArray();
  return platform ? rows.filter((t) => t.platform === platform) : rows;
}

/** The latest posts of the same period, for the audit's examples (index lastSeen or [platform+lastSeen]). */
export async function latestPostsSince(db: RapportDB, days: number, platform?: string, now = Date.now(), limit = AUDIT_EXAMPLE_SAMPLE): Promise<StoredPost[]> {
  const since = dayOf(now - days * DAY) * DAY;
  const range = platform ? db.posts.where('[platform+lastSeen]').between([platform, since], [platform, Infinity]) : db.posts.where('lastSeen').aboveOrEqual(since);
  return range.reverse().limit(limit).toArray();
}
