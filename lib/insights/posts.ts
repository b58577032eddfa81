import type { StoredPost } from '../model/stored';

/** What the insights need of a stored post; captures' snapshots fit too, so every function takes either. */
export type InsightPost = Pick<StoredPost, 'id' | 'platform' | 'text' | 'metrics' | 'author'> &
  Partial<Pick<StoredPost, 'community' | 'authorKey' | 'title' | 'publishedAt' | 'firstSeen' | 'lastSeen' | 'observedAt' | 'parentId' | 'analysis' | 'url' | 'pageKey' | 'lang' | 'promoted'>>;

/**
 * Whether a post counts in the figures. Ads (promoted posts) are what an advertiser paid to show, not what the
 * community says: they are listed, marked, and left out of every count, chart and score (as \`rapport extract\`
 * leaves them out).
 */
export const counts = (p: { promoted?: boolean }): boolean => p.promoted !== true;

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** When the post was written: its own date when the page showed one, else when Rapport first saw it. */
export function postTime(p: InsightPost): number | undefined {
  const t = p.publishedAt ? Date.parse(p.publishedAt) : NaN;
  return Number.isNaN(t) ? p.firstSeen : t;
}

/**
 * One number for "how much did people engage": replies and reposts cost more effort than a like, so they
 * weigh more. Scores shown by the site may be negative (downvotes) and count as zero engagement.
 */
export function engagement(m: InsightPost['metrics']): number {
  return Math.max(0, m.likes ?? 0) + 2 * (m.replies ?? 0) + 3 * (m.reposts ?? 0);
}

/** The community a post belongs to: the reader's (subreddit, forum…) else the site it was seen on. */
export function communityOf(p: InsightPost): string {
  if (p.community) return p.community;
  try {
    return new URL(p.pageKey ?? p.url ?? '').host || p.platform;
  } catch {
    return p.platform;
  }
}

export function authorOf(p: InsightPost): string | undefined {
  return p.author.handle ?? p.author.name ?? undefined;
}

export const sentimentScore = (p: InsightPost): number | undefined => p.analysis?.sentiment.score;
export const sentimentLabel = (p: InsightPost) => p.analysis?.sentiment.label;

export function dayStart(t: number): number {
  return Math.floor(t / DAY) * DAY;
}

/** Whole-word, case-insensitive mention of a watched term (brand names with spaces or symbols included). */
export function mentions(text: string, term: string): boolean {
  const t = term.trim();
  if (!t) return false;
  const escaped = t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
