import { z } from 'zod';
import { LanguageResult, SentimentLabel } from './analysis';
import { ObservedPost } from './post';
import { MAX_TEXT } from './limits';
import { Capture, Observation, PageStatus, Sighting, StoredPost } from './stored';

/** Posts are sent in batches; a larger batch is refused rather than stalling the worker. */
export const MAX_BATCH = 500;

export const PostsObserved = z.object({
  url: z.string().max(4000),
  platform: z.string().max(40),
  reader: z.string().max(40),
  /** position of the batch's first post among everything read on this page */
  firstPos: z.number().int().min(0),
  /** true for the first batch of a fresh page (load or single-page navigation) */
  fresh: z.boolean(),
  posts: z.array(ObservedPost).max(MAX_BATCH),
});
export type PostsObserved = z.infer<typeof PostsObserved>;

export const PageStatusReport = z.object({
  url: z.string().max(4000),
  platform: z.string().max(40),
  reader: z.string().max(40),
  status: PageStatus,
  /** posts read on this page that will not be stored (their batch refused as a whole, or failing after retries) */
  lost: z.number().int().min(0).max(1_000_000).optional(),
});
export type PageStatusReport = z.infer<typeof PageStatusReport>;

export const PostSummary = z.object({
  id: z.string(),
  language: LanguageResult,
  sentiment: SentimentLabel,
  isNew: z.boolean(),
  /** sensitivity flags found, and whether the text reads as toxic: the inline badge shows them */
  flags: z.number().int().optional(),
  toxic: z.boolean().optional(),
  captured: z.boolean().optional(),
});
export type PostSummary = z.infer<typeof PostSummary>;

export const ErrorAnswer = z.object({
  ok: z.literal(false),
  error: z.object({ code: z.enum(['invalid', 'unknown-type', 'untrusted', 'failed', 'storage-full']), message: z.string() }),
});
export type ErrorAnswer = z.infer<typeof ErrorAnswer>;

export type Answer<T> = ({ ok: true } & T) | ErrorAnswer;

/**
 * The protocol: message type → (payload) => answer. Payload schemas are in `MessageSchemas`;
 * the background validates every payload against them before acting.
 */
/** Capture posts already stored (from the panel or the in-page capture button): snapshots that outlive pruning. */
export const CapturePosts = z.object({ postIds: z.array(z.string().max(300)).min(1).max(MAX_BATCH) });
export type CapturePosts = z.infer<typeof CapturePosts>;

export const UpdateCapture = z.object({
  id: z.string().max(300),
  tags: z.array(z.string().trim().min(1).max(100)).max(50).optional(),
  note: z.string().max(10_000).optional(),
});
export type UpdateCapture = z.infer<typeof UpdateCapture>;

export const DeleteCaptures = z.object({ ids: z.array(z.string().max(300)).min(1).max(10_000) });
export type DeleteCaptures = z.infer<typeof DeleteCaptures>;

/** The text of a platform composer as the person types it (debounced in the page). */
export const DraftChanged = z.object({
  url: z.string().max(4000),
  platform: z.string().max(40),
  text: z.string().max(MAX_TEXT),
  /** the post this composer replies to, when it sits inside one: a reply in that post's language is no mismatch */
  replyTo: z.string().max(300).optional(),
});
export type DraftChanged = z.infer<typeof DraftChanged>;

/** What the draft check found, for the small indicator beside the composer. */
export const DraftVerdict = z.object({
  findings: z.number().int(),
  worst: z.enum(['info', 'warning', 'error']).optional(),
});
export type DraftVerdict = z.infer<typeof DraftVerdict>;

/** One chunk of a backup being imported; rows are validated against their table's schema. */
export const BackupTable = z.enum(['posts', 'observations', 'sightings', 'captures']);
export type BackupTable = z.infer<typeof BackupTable>;
export const ImportRows = z.discriminatedUnion('table', [
  z.object({ table: z.literal('posts'), rows: z.array(StoredPost).max(MAX_BATCH) }),
  z.object({ table: z.literal('observations'), rows: z.array(Observation).max(MAX_BATCH * 10) }),
  z.object({ table: z.literal('sightings'), rows: z.array(Sighting).max(MAX_BATCH * 10) }),
  z.object({ table: z.literal('captures'), rows: z.array(Capture).max(MAX_BATCH) }),
]);
export type ImportRows = z.infer<typeof ImportRows>;

/** Re-analyse stored posts in id order, one chunk per message, so the panel can show progress and cancel. */
export const Reanalyze = z.object({ after: z.string().max(300).optional(), limit: z.number().int().min(1).max(MAX_BATCH) });
export type Reanalyze = z.infer<typeof Reanalyze>;

export interface ProtocolMap {
  postsObserved(data: PostsObserved): Answer<{ summaries: PostSummary[] }>;
  pageStatus(data: PageStatusReport): Answer<object>;
  ping(data: null): Answer<{ version: string }>;
  capture(data: CapturePosts): Answer<{ ids: string[] }>;
  updateCapture(data: UpdateCapture): Answer<object>;
  deleteCaptures(data: DeleteCaptures): Answer<{ deleted: number }>;
  draftChanged(data: DraftChanged): Answer<DraftVerdict>;
  importRows(data: ImportRows): Answer<{ written: number }>;
  reanalyze(data: Reanalyze): Answer<{ done: number; total: number; next?: string }>;
  deleteEverything(data: null): Answer<object>;
}

export const MessageSchemas = {
  postsObserved: PostsObserved,
  pageStatus: PageStatusReport,
  ping: z.null(),
  capture: CapturePosts,
  updateCapture: UpdateCapture,
  deleteCaptures: DeleteCaptures,
  draftChanged: DraftChanged,
  importRows: ImportRows,
  reanalyze: Reanalyze,
  deleteEverything: z.null(),
} satisfies Record<keyof ProtocolMap, z.ZodType>;
