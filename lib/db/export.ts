import type { Capture, Observation } from '../model/stored';
import { toCsv } from '../model/csv';

export const CAPTURE_COLUMNS = [
  'capture_id', 'post_id', 'platform', 'url', 'author', 'handle', 'title', 'text', 'published_at', 'captured_at',
  'likes', 'replies', 'reposts', 'views', 'language', 'sentiment', 'sentiment_score', 'flags', 'toxic', 'tags', 'note',
] as const;

/** One row per capture, in the order of CAPTURE_COLUMNS; tags joined with "; ". */
export function captureRow(c: Capture): (string | number | undefined)[] {
  const p = c.post;
  const a = c.analysis;
  return [
    c.id, c.postId, p.platform, p.url, p.author.name, p.author.handle, p.title, p.text, p.publishedAt, new Date(c.capturedAt).toISOString(),
    p.metrics.likes, p.metrics.replies, p.metrics.reposts, p.metrics.views, a?.language.code, a?.sentiment.label, a?.sentiment.score,
    a?.sensitivity?.flags.map((f) => f.category).join('; '), a?.toxicity ? (a.toxicity.flagged ? 'yes' : 'no') : undefined, c.tags.join('; '), c.note,
  ];
}

export function capturesCsv(captures: readonly Capture[]): string {
  return toCsv(CAPTURE_COLUMNS, captures.map(captureRow));
}

export const OBSERVATION_COLUMNS = ['capture_id', 'post_id', 'observed_at', 'age_hours', 'likes', 'replies', 'reposts', 'views'] as const;

/**
 * The captured posts' metrics over time, one row per observation (oldest first per capture): `age_hours` is the
 * time since the post was published, empty when the page showed no publication time.
 */
export function observationRows(captures: readonly Capture[], observations: ReadonlyMap<string, readonly Observation[]>) {
  return captures.flatMap((c) => {
    const published = c.post.publishedAt ? Date.parse(c.post.publishedAt) : NaN;
    return [...(observations.get(c.postId) ?? [])].sort((a, b) => a.at - b.at).map((o) => ({
      capture_id: c.id,
      post_id: c.postId,
      observed_at: new Date(o.at).toISOString(),
      ...(Number.isNaN(published) ? {} : { age_hours: Math.round(((o.at - published) / 3_600_000) * 100) / 100 }),
      ...o.metrics,
    }));
  });
}

export function observationsCsv(captures: readonly Capture[], observations: ReadonlyMap<string, readonly Observation[]>): string {
  return toCsv(OBSERVATION_COLUMNS, observationRows(captures, observations).map((r) => OBSERVATION_COLUMNS.map((k) => (r as Record<string, unknown>)[k])));
}

/** The captures and, when given, their observations (one entry per observation, as in the CSV). */
export function capturesJson(captures: readonly Capture[], observations?: ReadonlyMap<string, readonly Observation[]>): string {
  return JSON.stringify({ format: 'rapport-captures', version: 1, exportedAt: new Date().toISOString(), captures, ...(observations ? { observations: observationRows(captures, observations) } : {}) }, null, 2);
}
