import Sentiment from 'sentiment';
import type { SentimentResult } from '../model/analysis';

const engine = new Sentiment();

export function analyzeSentiment(text: string): SentimentResult {
  // `sentiment` misses "❤️" unless the variation selector is stripped.
  const r = engine.analyze(text.replace(/\uFE0F/g, ''));
  const score = Math.max(-1, Math.min(1, r.comparative / 2));
  const label = r.score > 0 ? 'positive' : r.score < 0 ? 'negative' : 'neutral';
  return {
    label,
    score: Number(score.toFixed(3)),
    contributions: r.calculation.map((c) => {
      const [token, value] = Object.entries(c)[0] as [string, number];
      return { token, score: value };
    }),
  };
}
