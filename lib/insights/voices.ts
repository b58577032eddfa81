import { authorOf, engagement, type InsightPost, round } from './posts';

export interface Voice {
  author: string;
  posts: number;
  engagement: number;
  /** replies this person received from others */
  repliesReceived: number;
  meanSentiment?: number;
}

/** The people whose posts draw the most engagement and replies, most influential first. */
export function topVoices(posts: readonly InsightPost[], limit = 10): Voice[] {
  const byId = new Map(posts.map((p) => [p.id, p]));
  const voices = new Map<string, Voice & { sum: number; scored: number }>();
  const get = (a: string) => {
    let v = voices.get(a);
    if (!v) voices.set(a, (v = { author: a, posts: 0, engagement: 0, repliesReceived: 0, sum: 0, scored: 0 }));
    return v;
  };
  for (const p of posts) {
    const a = authorOf(p);
    if (!a) continue;
    const v = get(a);
    v.posts++;
    v.engagement += engagement(p.metrics);
    const s = p.analysis?.sentiment.score;
    if (s !== undefined) (v.sum += s), v.scored++;
    const parent = p.parentId ? byId.get(p.parentId) : undefined;
    const to = parent && authorOf(parent);
    if (to && to !== a) get(to).repliesReceived++;
  }
  return [...voices.values()]
    .filter((v) => v.posts > 0)
    .map(({ sum, scored, ...v }) => ({ ...v, ...(scored ? { meanSentiment: round(sum / scored) } : {}) }))
    .sort((a, b) => b.engagement + 2 * b.repliesReceived - (a.engagement + 2 * a.repliesReceived) || b.posts - a.posts || a.author.localeCompare(b.author))
    .slice(0, limit);
}

/** Who replies to whom (pairs of authors, most frequent first): the conversation's shape. */
export function replyPairs(posts: readonly InsightPost[], limit = 10): { from: string; to: string; count: number }[] {
  const byId = new Map(posts.map((p) => [p.id, p]));
  const pairs = new Map<string, { from: string; to: string; count: number }>();
  for (const p of posts) {
    const parent = p.parentId ? byId.get(p.parentId) : undefined;
    const from = authorOf(p);
    const to = parent && authorOf(parent);
    if (!from || !to || from === to) continue;
    const key = `${from}\u0000${to}`;
    const e = pairs.get(key) ?? { from, to, count: 0 };
    e.count++;
    pairs.set(key, e);
  }
  return [...pairs.values()].sort((a, b) => b.count - a.count || a.from.localeCompare(b.from)).slice(0, limit);
}
