import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ObservedPost } from '../model/post';
import { extractPage } from '../platforms/extract';

/** A saved page's hand-checked labels (see the corpus's pages/INDEX.md). */
export interface Gold {
  file: string;
  platform: string;
  url: string;
  posts: number;
  postsTolerance?: number;
  samples: { author: string; textStartsWith: string; depth?: number; publishedAt?: string; likes?: number }[];
}

export interface PageScore {
  file: string;
  platform: string;
  reader?: string;
  expected: number;
  tolerance: number;
  found: number;
  countOk: boolean;
  samples: number;
  samplesOk: number;
  misses: string[];
  pass: boolean;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const DAY = 86_400_000;

function sampleMatches(s: Gold['samples'][number], posts: ObservedPost[]): string | null {
  const author = s.author.toLowerCase().replace(/^@/, '');
  const start = squash(s.textStartsWith);
  const candidates = posts.filter(
    (p) => squash(p.text).startsWith(start) || (p.title !== undefined && squash(p.title).startsWith(start)),
  );
  if (candidates.length === 0) return `no post starts with "${start}"`;
  const byAuthor = candidates.filter((p) =>
    [p.author.name, p.author.handle].some((a) => a?.toLowerCase().replace(/^@/, '') === author),
  );
  if (byAuthor.length === 0) return `"${start}" found but author is ${candidates[0]!.author.name ?? candidates[0]!.author.handle}, not ${s.author}`;
  const problems: string[] = [];
  const ok = byAuthor.some((p) => {
    problems.length = 0;
    if (s.depth !== undefined && p.depth !== s.depth) problems.push(`depth ${p.depth} ≠ ${s.depth}`);
    if (s.likes !== undefined && p.metrics.likes !== s.likes) problems.push(`likes ${p.metrics.likes} ≠ ${s.likes}`);
    if (s.publishedAt !== undefined) {
      const got = p.publishedAt ? Date.parse(p.publishedAt) : NaN;
      if (!(Math.abs(got - Date.parse(s.publishedAt)) <= DAY)) problems.push(`date ${p.publishedAt} ≠ ${s.publishedAt}`);
    }
    return problems.length === 0;
  });
  return ok ? null : `"${start}" (${s.author}): ${problems.join(', ')}`;
}

export function scorePage(html: string, gold: Gold): PageScore {
  const { reader, posts } = extractPage(html, gold.url);
  const tolerance = gold.postsTolerance ?? 0;
  const misses = gold.samples.map((s) => sampleMatches(s, posts)).filter((m): m is string => m !== null);
  const samplesOk = gold.samples.length - misses.length;
  const countOk = Math.abs(posts.length - gold.posts) <= tolerance;
  // "at least 7 of 8 gold samples (all of them where a page has fewer)"
  const needed = gold.samples.length >= 8 ? 7 : gold.samples.length;
  return {
    file: gold.file, platform: gold.platform, reader, expected: gold.posts, tolerance, found: posts.length,
    countOk, samples: gold.samples.length, samplesOk, misses, pass: countOk && samplesOk >= needed,
  };
}

/** Every `*.gold.json` page in a corpus folder, or null when the folder is missing. */
export function corpusPages(dir: string): { html: string; gold: Gold }[] | null {
  if (!existsSync(dir)) return null;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Gold;
      return { gold, html: readFileSync(join(dir, gold.file), 'utf8') };
    });
}
