import { MIN_REPLIES_TO_GROW_FAST, threadOpportunities, UNANSWERED_MAX_HOURS } from '../analysis/opportunities-thread';
import { opportunityReason } from '../analysis/reasons';
import type { ReasonParams } from '../model/analysis';
import type { Observation, StoredPost } from '../model/stored';
import { pointsOf } from './growth';
import { counts, HOUR } from './posts';

/**
 * A post written longer ago than this is the thread's history, not a task (the age after which a question no
 * longer "waits"): its opportunities stay listed, weighed down below every current one.
 */
export const HISTORY_AFTER_HOURS = UNANSWERED_MAX_HOURS;
const HISTORY_WEIGHT = 0.4;

export interface RankedOpportunity {
  postId: string;
  type: string;
  priority: number;
  /** the English reason (the CLI's, and rows stored before reasons had codes) */
  reason: string;
  /** what the panel renders in its language */
  code?: string;
  params?: ReasonParams;
  /** the post is older than HISTORY_AFTER_HOURS: history, ranked below current tasks */
  history?: boolean;
}

/**
 * The engagement opportunities of a page, best first: each post's own (question, complaint, praise, …) plus
 * the thread's (unanswered for long, fast growth, negative spike). One entry per post and type. `observations`:
 * the posts' metrics over time (those seen more than once); a post's fast growth is told from them.
 */
export function rankOpportunities(all: readonly StoredPost[], now = Date.now(), observations: ReadonlyMap<string, readonly Observation[]> = new Map()): RankedOpportunity[] {
  // An ad is not a conversation to join: its questions and complaints are the advertiser's.
  const posts = all.filter(counts);
  const out = new Map<string, RankedOpportunity>();
  // Only a date the page showed tells a post's age: when Rapport first saw it says nothing about it.
  const old = new Set(posts.filter((p) => p.publishedAt && now - Date.parse(p.publishedAt) > HISTORY_AFTER_HOURS * HOUR).map((p) => p.id));
  const add = (found: RankedOpportunity) => {
    const o = old.has(found.postId) ? { ...found, priority: Math.round(found.priority * HISTORY_WEIGHT * 100) / 100, history: true } : found;
    const key = `${o.postId}\u0000${o.type}`;
    const prev = out.get(key);
    if (!prev || prev.priority < o.priority) out.set(key, o);
  };
  for (const p of posts) for (const o of p.analysis?.opportunities ?? []) add({ postId: p.id, type: o.type, priority: o.priority, reason: opportunityReason(o), ...(o.code ? { code: o.code, params: o.params ?? {} } : {}) });
  const thread = threadOpportunities(
    posts.map((p) => ({
      id: p.id,
      publishedAt: p.publishedAt,
      parentId: p.parentId,
      replies: p.metrics.replies,
      sentimentScore: p.analysis?.sentiment.score,
      isQuestion: p.analysis?.opportunities?.some((o) => o.type === 'question'),
      history: pointsOf(p, observations.get(p.id)).map((o) => ({ at: new Date(o.at).toISOString(), ...o.metrics })),
    })),
    { now: new Date(now) },
  );
  for (const o of thread) for (const id of o.postIds.slice(0, 1)) add({ postId: id, type: o.type, priority: o.priority, reason: o.reason, ...(o.code ? { code: o.code, params: o.params ?? {} } : {}) });
  return [...out.values()].sort((a, b) => b.priority - a.priority || a.postId.localeCompare(b.postId));
}

/** Whether a post's history can show fast growth: fewer replies than MIN_REPLIES_TO_GROW_FAST cannot, so their observations need no read. */
export const mayGrowFast = (p: { metrics: { replies?: number } }): boolean => (p.metrics.replies ?? 0) >= MIN_REPLIES_TO_GROW_FAST;
