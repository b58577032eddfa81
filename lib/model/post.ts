import { z } from 'zod';
import { MAX_TEXT } from './limits';

/** Platforms Rapport reads; `generic` is anything read by structure (forums, comment systems, structured data). */
export const Platform = z.enum([
  'x', 'reddit', 'hackernews', 'youtube', 'linkedin', 'mastodon', 'bluesky',
  'facebook', 'instagram', 'threads', 'discourse', 'generic',
]);
export type Platform = z.infer<typeof Platform>;

// Counts are as shown; likes may be negative (Reddit, HN scores).
const count = z.number().int().finite();
export const Metrics = z.object({
  likes: count.optional(),
  replies: count.nonnegative().optional(),
  reposts: count.nonnegative().optional(),
  views: count.nonnegative().optional(),
});
export type Metrics = z.infer<typeof Metrics>;

export const Author = z.object({
  name: z.string().max(500).optional(),
  handle: z.string().max(500).optional(),
});
export type Author = z.infer<typeof Author>;

// MAX_TEXT lives in ./limits (zod-free): content scripts import it from there.

/**
 * A post as a page reader sees it: plain data, no analysis. `id` is `platform:nativeId` or a content hash; where
 * the platform runs on any host (generic, Discourse) it is `platform:host/nativeId`, the host being the page's own
 * (never a canonical link's), so two forums never share an id.
 */
export const ObservedPost = z.object({
  id: z.string().min(3).max(300),
  platform: Platform,
  url: z.string().max(4000),
  community: z.string().max(500).optional(),
  author: Author.default({}),
  title: z.string().max(2000).optional(),
  text: z.string().max(MAX_TEXT),
  truncated: z.boolean().optional(),
  publishedAt: z.string().max(64).optional(),
  parentId: z.string().max(300).optional(),
  depth: z.number().int().min(0).max(10_000).optional(),
  metrics: Metrics.default({}),
  lang: z.string().max(35).optional(),
  promoted: z.boolean().optional(),
});
export type ObservedPost = z.infer<typeof ObservedPost>;
