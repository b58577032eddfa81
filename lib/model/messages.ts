import { z } from 'zod';
import { LanguageResult, SentimentLabel } from './analysis';
import { ObservedPost } from './post';
import { PageStatus } from './stored';

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
});
export type PageStatusReport = z.infer<typeof PageStatusReport>;

export const PostSummary = z.object({
  id: z.string(),
  language: LanguageResult,
  sentiment: SentimentLabel,
  isNew: z.boolean(),
});
export type PostSummary = z.infer<typeof PostSummary>;

export const ErrorAnswer = z.object({
  ok: z.literal(false),
  error: z.object({ code: z.enum(['invalid', 'unknown-type', 'untrusted', 'failed']), message: z.string() }),
});
export type ErrorAnswer = z.infer<typeof ErrorAnswer>;

export type Answer<T> = ({ ok: true } & T) | ErrorAnswer;

/**
 * The protocol: message type → (payload) => answer. Payload schemas are in `MessageSchemas`;
 * the background validates every payload against them before acting.
 */
export interface ProtocolMap {
  postsObserved(data: PostsObserved): Answer<{ summaries: PostSummary[] }>;
  pageStatus(data: PageStatusReport): Answer<object>;
  ping(data: null): Answer<{ version: string }>;
}

export const MessageSchemas = {
  postsObserved: PostsObserved,
  pageStatus: PageStatusReport,
  ping: z.null(),
} satisfies Record<keyof ProtocolMap, z.ZodType>;
