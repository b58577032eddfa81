import { type InsightPost, postTime, DAY } from './posts';

/** Function words of the panel's languages: never "trending". Short on purpose; words under 3 letters are skipped anyway. */
const STOP = new Set(
  `the and for that again this with you are was have but not they from what all can your just will one about out get like more when there has had would their been were which them than then its also how our who into only some could any these other over very been such what's it's don't i'm
los las una unos por con para que del como pero más este esta esto son está muy sus fue han hay ser sin sobre también todo
les des une est pas pour que qui dans sur avec mais plus sont ont comme tout nous vous ils elle cette ces aux été être fait
der die das und ist nicht mit ein eine den dem des auch sich auf für von aber wie noch nur wir ihr sie sind war oder wenn was
uma com não para que dos das por mais como mas foi são está isso ele ela seu sua nos tem muito também
che non per con una sono del della come anche più questo gli`.split(/\s+/),
);

export function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu) ?? []).filter((w) => w.length >= 3 && !STOP.has(w) && !/^\d+$/.test(w));
}

export interface TrendingTerm {
  term: string;
  recent: number;
  before: number;
  /** recent share of posts divided by the earlier share (smoothed); > 1 means rising */
  lift: number;
}

/**
 * Terms that appear in more posts lately than before: counted once per post, compared as shares of posts
 * in the recent window and before it, with add-one smoothing so rare words do not top the list.
 */
export function trendingTerms(posts: readonly InsightPost[], opts: { now?: number; recentDays?: number; limit?: number; minPosts?: number } = {}): TrendingTerm[] {
  const now = opts.now ?? Date.now();
  const cut = now - (opts.recentDays ?? 2) * DAY;
  const recent = new Map<string, number>();
  const before = new Map<string, number>();
  let nRecent = 0;
  let nBefore = 0;
  for (const p of posts) {
    const t = postTime(p) ?? now;
    const bucket = t >= cut ? recent : before;
    if (t >= cut) nRecent++;
    else nBefore++;
    for (const w of new Set(words(`${p.title ?? ''} ${p.text}`))) bucket.set(w, (bucket.get(w) ?? 0) + 1);
  }
  const min = opts.minPosts ?? 2;
  return [...recent]
    .filter(([, n]) => n >= min)
    .map(([term, n]) => {
      const b = before.get(term) ?? 0;
      const lift = (n / Math.max(1, nRecent)) / ((b + 1) / (nBefore + 1));
      return { term, recent: n, before: b, lift: Math.round(lift * 100) / 100 };
    })
    .sort((a, b) => b.lift * b.recent - a.lift * a.recent || a.term.localeCompare(b.term))
    .slice(0, opts.limit ?? 10);
}
