import { z } from 'zod';
import { MAX_DATE, MAX_DEPTH, MAX_ID, MAX_LANG, MAX_NAME, MAX_TEXT, MAX_TITLE, MAX_URL, MIN_ID } from './limits';

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
  name: z.string().max(MAX_NAME).optional(),
  handle: z.string().max(MAX_NAME).optional(),
});
export type Author = z.infer<typeof Author>;

// The limits live in ./limits (zod-free): readers' output is clamped to them before it is sent (lib/platforms/clamp.ts).

/**
 * A post as a page reader sees it: plain data, no analysis. `id` is `platform:nativeId` or a content hash; where
 * the platform runs on any host (generic, Discourse) it is `platform:host/nativeId`, the host being the page's own
 * (never a canonical link's), so two forums never share an id.
 */
export const ObservedPost = z.object({
  id: z.string().min(MIN_ID).max(MAX_ID),
  platform: Platform,
  url: z.string().max(MAX_URL),
  community: z.string().max(MAX_NAME).optional(),
  author: Author.default({}),
  title: z.string().max(MAX_TITLE).optional(),
  text: z.string().max(MAX_TEXT),
  truncated: z.boolean().optional(),
  publishedAt: z.string().max(MAX_DATE).optional(),
  parentId: z.string().max(MAX_ID).optional(),
  depth: z.number().int().min(0).max(MAX_DEPTH).optional(),
  metrics: Metrics.default({}),
  lang: z.string().max(MAX_LANG).optional(),
  promoted: z.boolean().optional(),
});
export type ObservedPost = z.infer<typeof ObservedPost>;
