import { z } from 'zod';
import { Analysis, SentimentLabel } from './analysis';
import { Metrics, ObservedPost } from './post';

/** Times the extension records (ms since 1970) are not before this: no browser ran Rapport before 2000. */
export const TIME_MIN = Date.UTC(2000, 0, 1);
/** nor later than a day from now (clocks drift; a backup from another machine may be a little ahead). */
export const TIME_AHEAD = 86_400_000;
/**
 * A time the extension recorded. An absurd one (`1e17`) is refused at every boundary where rows arrive
 * (backup import): the views turn it into a date, and an invalid date throws while rendering.
 */
export const Time = z
  .number()
  .min(TIME_MIN, { message: 'a time before the year 2000' })
  .refine((t) => t <= Date.now() + TIME_AHEAD, { message: 'a time in the future' });

/**
 * A post as stored. Indexed fields are flattened (`lang`, `sentiment`, `authorKey`) because IndexedDB
 * indexes need top-level values; booleans are stored as 0/1 for the same reason.
 */
export const StoredPost = ObservedPost.extend({
  firstSeen: Time,
  lastSeen: Time,
  /** time of the post's latest metric observation */
  observedAt: Time.optional(),
  /** page the post was last seen on (normalised URL) */
  pageKey: z.string(),
  authorKey: z.string(),
  analysis: Analysis.optional(),
  /** 0 until analysed with the current analyser version: the recovery queue after a worker stop */
  analyzed: z.union([z.literal(0), z.literal(1)]),
  detectedLang: z.string().optional(),
  sentiment: SentimentLabel.optional(),
  captured: z.union([z.literal(0), z.literal(1)]),
});
export type StoredPost = z.infer<typeof StoredPost>;

/** One sighting of a post's metrics: growth and trends are computed from these. */
export const Observation = z.object({
  postId: z.string(),
  at: Time,
  metrics: Metrics,
});
export type Observation = z.infer<typeof Observation>;

/** Where a post appears on a page, in reading order; a post can appear on several pages. */
export const Sighting = z.object({
  pageKey: z.string(),
  postId: z.string(),
  pos: z.number().int(),
  at: Time,
});
export type Sighting = z.infer<typeof Sighting>;

export const PageStatus = z.enum(['reading', 'ok', 'empty', 'unrecognised']);
export type PageStatus = z.infer<typeof PageStatus>;

/**
 * How a reader that finds posts by structure (or by the site's recipe) read a page, and how sure it is
 * (lib/platforms/reading-explanation.ts is the reader's side; this is its schema at the worker's boundary).
 */
export const ReadingExplanation = z.object({
  approach: z.enum(['structured-data', 'engine', 'class-names', 'structure', 'article', 'recipe']),
  group: z.string().max(300).optional(),
  members: z.number().int().min(0).max(10_000_000).optional(),
  parts: z.object({ authors: z.number().min(0).max(1), dates: z.number().min(0).max(1), scores: z.number().min(0).max(1), nesting: z.boolean() }),
  confidence: z.enum(['high', 'medium', 'low']),
});
export type ReadingExplanation = z.infer<typeof ReadingExplanation>;

/** What the extension knows of a tab's current page; the panel follows it to list that page's posts. */
export const TabPage = z.object({
  tabId: z.number().int(),
  pageKey: z.string(),
  url: z.string(),
  platform: z.string(),
  reader: z.string(),
  status: PageStatus,
  postCount: z.number().int(),
  /** posts read on the page but not stored, each refused alone by the worker's validation */
  dropped: z.number().int().optional(),
  /** posts read on this page that could not be stored (lib/content/session.ts reportLost) */
  lost: z.number().int().optional(),
  /** how the reader found the posts and how sure it is */
  explanation: ReadingExplanation.optional(),
  updatedAt: z.number(),
});
export type TabPage = z.infer<typeof TabPage>;

/** A post captured by an analyst: a snapshot kept even when history is pruned. */
export const Capture = z.object({
  id: z.string(),
  postId: z.string(),
  capturedAt: Time,
  post: ObservedPost,
  analysis: Analysis.optional(),
  tags: z.array(z.string().max(100)).max(50),
  note: z.string().max(10_000).default(''),
});
export type Capture = z.infer<typeof Capture>;

/** The draft assistant's report on a text before it is posted. */
export const DraftReport = z.object({
  text: z.string(),
  platform: z.string().optional(),
  analysis: Analysis,
  checkedAt: z.number(),
});
export type DraftReport = z.infer<typeof DraftReport>;

/** Kept in storage.local when IndexedDB ran out of room, so the panel can say so. */
export const StorageStatus = z.object({
  full: z.boolean(),
  /** posts pruned to make room */
  pruned: z.number().int(),
  at: z.number(),
});
export type StorageStatus = z.infer<typeof StorageStatus>;

/** Posts per community, kept up to date in every write (the Insights view reads this, not the history). */
export const CommunityCount = z.object({
  community: z.string(),
  posts: z.number().int(),
});
export type CommunityCount = z.infer<typeof CommunityCount>;

/** The audit's counts for one language: confidence is a sum in thousandths, so adding and removing posts stays exact. */
export const LanguageCounts = z.object({
  lang: z.string(),
  posts: z.number().int(),
  positive: z.number().int(),
  neutral: z.number().int(),
  negative: z.number().int(),
  toxic: z.number().int(),
  confidenceMilli: z.number().int(),
  flags: z.record(z.string(), z.number().int()),
});
export type LanguageCounts = z.infer<typeof LanguageCounts>;

/**
 * The counts for one day (UTC, of lastSeen), site and detected language, kept up to date in every write: the
 * Audit view reads these for a history of any length instead of its posts.
 */
export const Tally = LanguageCounts.extend({
  day: z.number().int(),
  platform: z.string(),
});
export type Tally = z.infer<typeof Tally>;

/**
 * The counts of the posts placed on one page (its sightings), per detected language, kept up to date in every
 * write: the Page view's summary and the page's audit read these instead of the page's posts.
 */
export const PageTally = LanguageCounts.extend({
  pageKey: z.string(),
});
export type PageTally = z.infer<typeof PageTally>;

/**
 * One community's posts on one day (UTC midnight, ms, of when each was written), with their sentiment, kept up
 * to date in every write: the Insights chart reads the whole history from these. Scores are summed in
 * thousandths, so adding and removing posts stays exact.
 */
export const CommunityDay = z.object({
  community: z.string(),
  day: z.number().int(),
  posts: z.number().int(),
  positive: z.number().int(),
  neutral: z.number().int(),
  negative: z.number().int(),
  /** analysed posts, and the sum of their scores in thousandths */
  scored: z.number().int(),
  scoreMilli: z.number().int(),
});
export type CommunityDay = z.infer<typeof CommunityDay>;

/**
 * A reviewer's correction of one label of one post, kept by the post's id and what it is about (`target`:
 * `sentiment`, `toxicity` or `flag:<ruleId>@<start>`, lib/analysis/review.ts). The post's stored analysis carries
 * it (so views and counts follow it and re-analysis keeps it); this row is what is exported, backed up and
 * compared with the analyser in the Audit's agreement table.
 */
export const Correction = z
  .object({
    postId: z.string().max(300),
    target: z.string().regex(/^(?:sentiment|toxicity|flag:[\w.-]{1,100}@\d{1,7})$/),
    /** the reviewer's label: a sentiment label; `toxic` / `clean`; `right` / `wrong` for a flag */
    label: z.string(),
    /** the analyser's label when the reviewer judged (the Audit compares with the analyser's label now, while the post is stored) */
    analyser: z.string().max(20).optional(),
    /** the language the analyser gave the post */
    lang: z.string().max(16),
    at: Time,
  })
  .refine((c) => labelsOf(c.target).includes(c.label), { message: 'a label that does not fit what is corrected', path: ['label'] });
export type Correction = z.infer<typeof Correction>;

/** The labels a reviewer may give each target . */
function labelsOf(target: string): readonly string[] {
  return target === 'sentiment' ? SentimentLabel.options : target === 'toxicity' ? ['toxic', 'clean'] : ['right', 'wrong'];
}
