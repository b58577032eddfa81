import type { Capture } from '../model/stored';
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

export function capturesJson(captures: readonly Capture[]): string {
  return JSON.stringify({ format: 'rapport-captures', version: 1, exportedAt: new Date().toISOString(), captures }, null, 2);
}
