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
  contributions: z.array(Contribution),
});
export type SentimentResult = z.infer<typeof SentimentResult>;

export const Span = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });

export const ToxicityResult = z.object({
  score: z.number().min(0).max(1),
  flagged: z.boolean(),
  spans: z.array(Span.extend({ category: z.string().optional() })),
});
export type ToxicityResult = z.infer<typeof ToxicityResult>;

export const Flag = z.object({
  ruleId: z.string(),
  category: z.string(),
  severity: z.enum(['info', 'warning', 'error']),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  reason: z.string(),
  alternatives: z.array(z.string()),
});
export type Flag = z.infer<typeof Flag>;

export const Opportunity = z.object({
  type: z.string(),
  priority: z.number().min(0).max(1),
  reason: z.string(),
});
export type Opportunity = z.infer<typeof Opportunity>;

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
});
export type Analysis = z.infer<typeof Analysis>;
