import type { SentimentResult, ToxicityResult } from '../model/analysis';

/** Where an aimed insult puts the tone: past the negative threshold of sentiment.ts (-0.15), not at its extreme. */
const ABUSIVE_SCORE = -0.3;

/**
 * An insult or threat aimed at a person is never positive, whatever kind words surround it ("Honestly you guys
 * are idiots…" read +0.66 on "honestly" alone). Applied after scoring, so sentiment stays a reading of words; the
 * correction is listed as a contribution with the span that caused it.
 */
export function toneWithAbuse(sentiment: SentimentResult, toxicity: ToxicityResult): SentimentResult {
  if (!toxicity.flagged || sentiment.label === 'negative') return sentiment;
  const aimed = toxicity.spans.find((s) => s.category === 'insult' || s.category === 'threat');
  if (!aimed) return sentiment;
  const score = Math.min(sentiment.score, ABUSIVE_SCORE);
  return {
    ...sentiment,
    label: 'negative',
    score,
    contributions: [...sentiment.contributions, { token: aimed.text, score: Math.round((score - sentiment.score) * 1000) / 1000, rule: `abuse-${aimed.category}` }],
  };
}
