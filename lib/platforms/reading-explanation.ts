import type { ObservedPost } from '../model/post';
import type { ReadingExplanation } from '../model/stored';

/**
 * How a reader that finds posts by structure read a page, and how sure it is: which approach (structured data, a
 * named engine's recipe, blocks named like comments, repeated structure, the article alone, the site's taught
 * recipe) and group (the engine's name or the group's selector), how many members, which parts its posts have
 * (shares of the sampled members). Plain data (the content script sends it with the page's status; the CLI prints it).
 */
export type { ReadingExplanation };

export function confidenceOf(parts: ReadingExplanation['parts'], members: number): ReadingExplanation['confidence'] {
  if (parts.authors >= 0.9 && parts.dates >= 0.8 && members >= 2) return 'high';
  if (parts.authors >= 0.6) return 'medium';
  return 'low';
}

const HOW: Record<ReadingExplanation['approach'], string> = {
  'structured-data': "from the page's structured data",
  engine: 'with a known forum recipe',
  'class-names': 'by blocks named like comments',
  structure: 'by repeated structure',
  article: "as the page's article",
  recipe: "with the site's recipe you taught",
};

const list = (words: string[], last: string) => (words.length > 1 ? `${words.slice(0, -1).join(', ')} ${last} ${words[words.length - 1]}` : words[0]!);

/** One English sentence for the command line: "read 42 posts by repeated structure (li.b-post): authors and dates found; no scores; threaded; high confidence." */
export function describeReading(e: ReadingExplanation, posts: ObservedPost[]): string {
  const n = posts.length;
  const share = (f: (p: ObservedPost) => boolean) => (n ? posts.filter(f).length / n : 0);
  const found: string[] = [];
  const missing: string[] = [];
  (share((p) => Boolean(p.author.name ?? p.author.handle)) >= 0.5 ? found : missing).push('authors');
  (share((p) => p.publishedAt !== undefined) >= 0.5 ? found : missing).push('dates');
  (share((p) => p.metrics.likes !== undefined) >= 0.5 ? found : missing).push('scores');
  const threaded = posts.some((p) => (p.depth ?? 0) > 0);
  const group = e.group ? ` (${e.group})` : '';
  const parts = [
    found.length ? `${list(found, 'and')} found` : 'no authors, dates or scores found',
    missing.length && found.length ? `no ${list(missing, 'or')}` : '',
    threaded ? 'threaded' : 'flat',
    `${e.confidence} confidence`,
  ].filter(Boolean);
  return `Read ${n} post${n === 1 ? '' : 's'} ${HOW[e.approach]}${group}: ${parts.join('; ')}.`;
}
