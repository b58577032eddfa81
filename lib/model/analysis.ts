import { z } from 'zod';

export const SentimentLabel = z.enum(['positive', 'neutral', 'negative']);
export type SentimentLabel = z.infer<typeof SentimentLabel>;

/** A word or rule that moved a score, so a person can see why. */
export const Contribution = z.object({
  token: z.string(),
  score: z.number(),
  rule: z.string().optional(),
});
export type Contribution = z.infer<typeof Contribution>;

export const LanguageResult = z.object({
  code: z.string(), // ISO 639-1, `und` when unsure
  confidence: z.number().min(0).max(1),
});
export type LanguageResult = z.infer<typeof LanguageResult>;

export const SentimentResult = z.object({
  label: SentimentLabel,
  score: z.number().min(-1).max(1),
  /** how likely the label is right, calibrated per language (sentiment-confidence.ts); absent before version 9 */
  confidence: z.number().min(0).max(1).optional(),
  contributions: z.array(Contribution),
});
export type SentimentResult = z.infer<typeof SentimentResult>;

export const Span = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });

export const ToxicityResult = z.object({
  score: z.number().min(0).max(1),
  flagged: z.boolean(),
  spans: z.array(Span.extend({ category: z.string().optional() })),
  /** How likely the flag is right (lib/analysis/toxicity-confidence.ts); only a flagged result has one. */
  confidence: z.number().min(0).max(1).optional(),
});
export type ToxicityResult = z.infer<typeof ToxicityResult>;

/**
 * What a reason is rendered from, in the reader's language (lib/analysis/reasons.ts renders English): a code that
 * can be an i18n key, and the values it names.
 */
export const ReasonParams = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]));
export type ReasonParams = z.infer<typeof ReasonParams>;

/**
 * A sensitivity flag. Stored with its rule's `code` (`sensitivity.<ruleId>`), not its reason and alternatives, which
 * are the rule's own text rendered at display time; rows stored before analyser version 8 carry the text instead.
 */
export const Flag = z.object({
  ruleId: z.string(),
  category: z.string(),
  severity: z.enum(['info', 'warning', 'error']),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  code: z.string().optional(),
  params: ReasonParams.optional(),
  reason: z.string().optional(),
  alternatives: z.array(z.string()).optional(),
});
export type Flag = z.infer<typeof Flag>;

/** An engagement opportunity: its reason is rendered from `code` + `params` (stored rows before version 8: `reason`). */
export const Opportunity = z.object({
  type: z.string(),
  priority: z.number().min(0).max(1),
  code: z.string().optional(),
  params: ReasonParams.optional(),
  reason: z.string().optional(),
});
export type Opportunity = z.infer<typeof Opportunity>;

/**
 * A reviewer's corrections baked into a stored analysis (lib/analysis/review.ts applies them): the labels above are
 * then the reviewer's, so every view and count follows them, and `analyser` keeps what the analyser said where the
 * reviewer replaced it. Re-analysis carries the verdicts onto the fresh analysis. Absent: nobody reviewed the post.
 */
export const Review = z.object({
  /** the reviewer's sentiment label */
  sentiment: SentimentLabel.optional(),
  /** the reviewer's verdict on toxicity */
  toxic: z.boolean().optional(),
  /** flag key (`ruleId@start`) → whether the flag is right; a wrong flag leaves `sensitivity.flags` */
  flags: z.record(z.string(), z.boolean()).optional(),
  /** the analyser's values the verdicts replaced */
  analyser: z.object({
    sentiment: z.object({ label: SentimentLabel, score: z.number().min(-1).max(1) }).optional(),
    toxicity: z.object({ flagged: z.boolean(), score: z.number().min(0).max(1) }).optional(),
    flags: z.array(Flag).optional(),
  }),
});
export type Review = z.infer<typeof Review>;

/**
 * The analysis of one text. Parts not built yet are absent, never placeholders.
 * `version` changes whenever results would change, so stored posts are re-analysed.
 */
export const Analysis = z.object({
  version: z.number().int(),
  language: LanguageResult,
  sentiment: SentimentResult,
  toxicity: ToxicityResult.optional(),
  sensitivity: z.object({ flags: z.array(Flag) }).optional(),
  opportunities: z.array(Opportunity).optional(),
  review: Review.optional(),
});
export type Analysis = z.infer<typeof Analysis>;
