import type { LanguageTally } from './audit';
import { round } from './posts';

export interface PageSummary {
  posts: number;
  sentiment: { positive: number; neutral: number; negative: number };
  languages: { code: string; count: number; share: number }[];
  flags: { category: string; count: number }[];
}

/**
 * The Page view's overview from a page's counts per language (lib/db/page-tallies.ts): the same figures
 * `sentimentDistribution`, `languageMix` and `flagCounts` give from the posts, without reading them.
 */
export function pageSummary(tallies: readonly LanguageTally[]): PageSummary {
  const sentiment = { positive: 0, neutral: 0, negative: 0 };
  const langs = new Map<string, number>();
  const flags = new Map<string, number>();
  let posts = 0;
  for (const t of tallies) {
    posts += t.posts;
    sentiment.positive += t.positive;
    sentiment.neutral += t.neutral;
    sentiment.negative += t.negative;
    langs.set(t.lang, (langs.get(t.lang) ?? 0) + t.posts);
    for (const [c, n] of Object.entries(t.flags)) flags.set(c, (flags.get(c) ?? 0) + n);
    if (t.toxic) flags.set('toxicity', (flags.get('toxicity') ?? 0) + t.toxic);
  }
  return {
    posts,
    sentiment,
    languages: [...langs].filter(([, n]) => n > 0).map(([code, count]) => ({ code, count, share: round(count / (posts || 1)) })).sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
    flags: [...flags].map(([category, count]) => ({ category, count })).sort((a, b) => b.count - a.count || a.category.localeCompare(b.category)),
  };
}
