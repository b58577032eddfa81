import { z } from 'zod';
import { LanguageResult, SentimentLabel } from '../model/analysis';
import { MAX_TEXT } from '../model/limits';
import { ObservedPost } from '../model/post';
import { SiteRecipe } from '../model/recipe';
import { Capture, Correction, Observation, PageStatus, ReadingExplanation, Sighting, StoredPost } from '../model/stored';

/**
 * The messages content scripts and extension pages send to the background worker: for each, what it carries,
 * what it answers and who may send it. Everything else about messages (the typed client, the handler table,
 * the checks) is derived from this one table.
 *
 * Who may send:
 * - `page`: a content script, reporting what it read on its own page (and the extension's own pages too);
 * - `extension`: only the extension's own pages (side panel, options): everything that changes, deletes or
 *   imports stored data beyond what a page reports.
 */
export type Sender = 'page' | 'extension';

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
  /** each post is validated on its own by the worker: one bad post never costs the rest of its batch */
  posts: z.array(z.unknown()).max(MAX_BATCH),
});
export type PostsObserved = Omit<z.infer<typeof PostsObserved>, 'posts'> & { posts: z.input<typeof ObservedPost>[] };

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

/** A post of a batch that was not stored, and why (the rest of its batch was). */
export const DroppedPost = z.object({ index: z.number().int(), id: z.string().optional(), reason: z.string() });
export type DroppedPost = z.infer<typeof DroppedPost>;

export const PageStatusReport = z.object({
  url: z.string().max(4000),
  platform: z.string().max(40),
  reader: z.string().max(40),
  status: PageStatus,
  /** how the posts were found and how sure the reader is (readers that find posts by structure or by a recipe) */
  explanation: ReadingExplanation.optional(),
  /** posts read on this page that will not be stored (their batch refused as a whole, or failing after retries) */
  lost: z.number().int().min(0).max(1_000_000).optional(),
});
export type PageStatusReport = z.infer<typeof PageStatusReport>;

/** Capture posts already stored (from the panel or the in-page capture button): snapshots that outlive pruning. */
export const CapturePosts = z.object({ postIds: z.array(z.string().max(300)).min(1).max(MAX_BATCH) });
export type CapturePosts = z.infer<typeof CapturePosts>;

export const UpdateCapture = z.object({
  id: z.string().max(300),
  tags: z.array(z.string().trim().min(1).max(100)).max(50).optional(),
  note: z.string().max(10_000).optional(),
});
export type UpdateCapture = z.infer<typeof UpdateCapture>;

/** A reviewer's label for one part of a post's analysis (lib/db/corrections.ts), or null to take the correction back. */
export const CorrectLabel = z.object({
  postId: z.string().max(300),
  target: z.string().max(120),
  label: z.string().max(20).nullable(),
});
export type CorrectLabel = z.infer<typeof CorrectLabel>;

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

/**
 * One chunk of a backup being imported; rows are validated against their table's schema. Chunks are only staged
 * by the worker: nothing is written until `importCommit` (all or nothing).
 */
export const BackupTable = z.enum(['posts', 'observations', 'sightings', 'captures', 'corrections']);
export type BackupTable = z.infer<typeof BackupTable>;
const importId = z.string().min(1).max(64);
export const ImportRows = z.discriminatedUnion('table', [
  z.object({ importId, table: z.literal('posts'), rows: z.array(StoredPost).max(MAX_BATCH) }),
  z.object({ importId, table: z.literal('observations'), rows: z.array(Observation).max(MAX_BATCH * 10) }),
  z.object({ importId, table: z.literal('sightings'), rows: z.array(Sighting).max(MAX_BATCH * 10) }),
  z.object({ importId, table: z.literal('captures'), rows: z.array(Capture).max(MAX_BATCH) }),
  z.object({ importId, table: z.literal('corrections'), rows: z.array(Correction).max(MAX_BATCH) }),
]);
export type ImportRows = z.infer<typeof ImportRows>;

/** Writes every staged chunk of an import in one transaction, once the worker holds exactly `rows` of them. */
export const ImportCommit = z.object({ importId, rows: z.number().int().min(0) });
export type ImportCommit = z.infer<typeof ImportCommit>;

/** Removes authors from what is stored, one chunk of a table per message in key order (Settings, names off). */
export const ScrubAuthors = z.object({ table: z.enum(['posts', 'captures']), after: z.string().max(300).optional(), limit: z.number().int().min(1).max(MAX_BATCH) });
export type ScrubAuthors = z.infer<typeof ScrubAuthors>;

/** Re-analyse stored posts in id order, one chunk per message, so the panel can show progress and cancel. */
export const Reanalyze = z.object({ after: z.string().max(300).optional(), limit: z.number().int().min(1).max(MAX_BATCH) });
export type Reanalyze = z.infer<typeof Reanalyze>;

/** The recipe the person taught for the page's own site, asked by the content script before it reads the page. */
export const RecipeQuery = z.object({ url: z.string().max(4000) });
export type RecipeQuery = z.infer<typeof RecipeQuery>;

/** Rapport's own words in the page (badges, the composer indicator) in the person's UI language, from the catalogues. */
export const PageLabels = z.object({
  lang: z.string().max(10),
  positive: z.string(),
  neutral: z.string(),
  negative: z.string(),
  toxic: z.string(),
  sentimentTitle: z.string(),
  flagsTitle: z.string(),
  toxicTitle: z.string(),
  capture: z.string(),
  captured: z.string(),
  captureAria: z.string(),
  capturedAria: z.string(),
  nothingToFlag: z.string(),
  /** "{n}" is the number of findings */
  findingsOne: z.string(),
  findingsOther: z.string(),
  draftTitle: z.string(),
});
export type PageLabels = z.infer<typeof PageLabels>;

const Empty = z.object({});

/** Every message: its payload, its answer (besides the common error answer) and who may send it. */
export const CONTRACT = {
  postsObserved: { from: 'page', input: PostsObserved, answer: z.object({ summaries: z.array(PostSummary), dropped: z.array(DroppedPost) }) },
  pageStatus: { from: 'page', input: PageStatusReport, answer: Empty },
  draftChanged: { from: 'page', input: DraftChanged, answer: DraftVerdict },
  /** from a page only for posts read on that same page (the in-page capture button) */
  capture: { from: 'page', input: CapturePosts, answer: z.object({ ids: z.array(z.string()) }) },
  ping: { from: 'page', input: z.null(), answer: z.object({ version: z.string() }) },
  pageLabels: { from: 'page', input: z.null(), answer: PageLabels },
  /** the composer indicator's button: the panel opens at the Draft view's findings for the sender's tab */
  openDraft: { from: 'page', input: z.null(), answer: Empty },
  /** the recipe of the sender's own site: a page never learns another site's recipe */
  recipeFor: { from: 'page', input: RecipeQuery, answer: z.object({ recipe: SiteRecipe.optional() }) },
  /** the recipe the person taught by pointing at a post on this page: only for the sender's own site */
  saveRecipe: { from: 'page', input: SiteRecipe, answer: Empty },
  updateCapture: { from: 'extension', input: UpdateCapture, answer: Empty },
  /** a reviewer's correction of a label (the panel: the post's review controls and the Audit) */
  correct: { from: 'extension', input: CorrectLabel, answer: Empty },
  deleteCaptures: { from: 'extension', input: DeleteCaptures, answer: z.object({ deleted: z.number().int() }) },
  /** a backup's rows, staged by the worker until `importCommit` writes them all at once */
  importRows: { from: 'extension', input: ImportRows, answer: z.object({ staged: z.number().int() }) },
  importCommit: { from: 'extension', input: ImportCommit, answer: z.object({ written: z.number().int(), keptLocal: z.number().int() }) },
  scrubAuthors: { from: 'extension', input: ScrubAuthors, answer: z.object({ done: z.number().int(), total: z.number().int(), next: z.string().optional() }) },
  reanalyze: { from: 'extension', input: Reanalyze, answer: z.object({ done: z.number().int(), total: z.number().int(), next: z.string().optional() }) },
  deleteEverything: { from: 'extension', input: z.null(), answer: Empty },
} as const satisfies Record<string, { from: Sender; input: z.ZodType; answer: z.ZodObject }>;

export type MessageType = keyof typeof CONTRACT;

export const ErrorCode = z.enum(['invalid', 'unknown-type', 'untrusted', 'forbidden', 'failed', 'storage-full']);
export type ErrorCode = z.infer<typeof ErrorCode>;
export const ErrorAnswer = z.object({ ok: z.literal(false), error: z.object({ code: ErrorCode, message: z.string() }) });
export type ErrorAnswer = z.infer<typeof ErrorAnswer>;

/** What a handler returns for a message. */
export type Reply<K extends MessageType> = z.input<(typeof CONTRACT)[K]['answer']>;
/** What the sender receives: the handler's reply marked ok, or a structured error. */
export type Answer<K extends MessageType> = ({ ok: true } & z.output<(typeof CONTRACT)[K]['answer']>) | ErrorAnswer;
/** What the sender passes. */
export type Payload<K extends MessageType> = K extends 'postsObserved' ? PostsObserved : z.input<(typeof CONTRACT)[K]['input']>;

/** The messaging library's map: derived from the contract, never written by hand. */
export type ProtocolMap = { [K in MessageType]: (data: Payload<K>) => Answer<K> };
