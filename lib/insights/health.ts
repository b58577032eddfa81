import { authorOf, type InsightPost, round } from './posts';

export interface HealthPart {
  id: 'tone' | 'civility' | 'responsiveness' | 'diversity';
  /** 0..1, higher is healthier */
  value: number;
  weight: number;
  /** what was counted, so a person can check it (rendered in the panel's language: `insights.detail.<id>`) */
  counts: Record<string, number>;
}

export interface Health {
  /** 0..100; undefined when too few posts to say */
  score?: number;
  posts: number;
  parts: HealthPart[];
}

const QUESTION = /[?？¿]/u;

/**
 * Community health from what was read: a weighted mean of four parts a moderator recognises —
 * tone (positive vs negative posts), civility (posts not toxic), responsiveness (questions that got a reply
 * in the thread) and diversity of voices (not dominated by a few authors). Below `minPosts` there is no score.
 */
export function communityHealth(posts: readonly InsightPost[], minPosts = 5): Health {
  const analysed = posts.filter((p) => p.analysis);
  const parts: HealthPart[] = [];

  const pos = analysed.filter((p) => p.analysis!.sentiment.label === 'positive').length;
  const neg = analysed.filter((p) => p.analysis!.sentiment.label === 'negative').length;
  if (analysed.length) {
    parts.push({ id: 'tone', value: round((1 + (pos - neg) / analysed.length) / 2), weight: 0.3, counts: { positive: pos, negative: neg, n: analysed.length } });
    const toxic = analysed.filter((p) => p.analysis!.toxicity?.flagged).length;
    parts.push({ id: 'civility', value: round(1 - toxic / analysed.length), weight: 0.3, counts: { toxic, n: analysed.length } });
  }

  const replied = new Set(posts.map((p) => p.parentId).filter(Boolean));
  const questions = posts.filter((p) => QUESTION.test(p.text));
  if (questions.length) {
    const answered = questions.filter((q) => replied.has(q.id) || (q.metrics.replies ?? 0) > 0).length;
    parts.push({ id: 'responsiveness', value: round(answered / questions.length), weight: 0.2, counts: { answered, n: questions.length } });
  }

  const byAuthor = new Map<string, number>();
  for (const p of posts) {
    const a = authorOf(p);
    if (a) byAuthor.set(a, (byAuthor.get(a) ?? 0) + 1);
  }
  const withAuthor = [...byAuthor.values()].reduce((a, b) => a + b, 0);
  if (withAuthor >= 3) {
    // Share of posts by the busiest fifth of authors: 1 → a few people do all the talking.
    const sorted = [...byAuthor.values()].sort((a, b) => b - a);
    const top = sorted.slice(0, Math.max(1, Math.ceil(sorted.length / 5))).reduce((a, b) => a + b, 0);
    const share = top / withAuthor;
    parts.push({ id: 'diversity', value: round(Math.min(1, (1 - share) / 0.8)), weight: 0.2, counts: { people: byAuthor.size, percent: Math.round(share * 100) } });
  }

  if (posts.length < minPosts || parts.length === 0) return { posts: posts.length, parts };
  const w = parts.reduce((a, p) => a + p.weight, 0);
  const score = Math.round((parts.reduce((a, p) => a + p.value * p.weight, 0) / w) * 100);
  return { score, posts: posts.length, parts };
}
