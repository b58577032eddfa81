import { agrees, analyserLabel, reviewed, type Verdicts, verdictsFrom } from '../analysis/review';
import { toCsv } from '../model/csv';
import type { Analysis } from '../model/analysis';
import { Correction, type StoredPost } from '../model/stored';
import { aggregateTables, applyPostChanges } from './aggregates';
import type { RapportDB } from './schema';

/** A correction asked for: the reviewer's label for a target, or null to take the correction back. */
export interface CorrectionChange {
  postId: string;
  target: string;
  label: string | null;
}

/** Why a correction was not written, in a sentence. */
export class CorrectionRefused extends Error {}

/**
 * Writes (or takes back) a reviewer's correction, in one transaction with what follows from it: the post's stored
 * analysis carries the reviewer's labels (lib/analysis/review.ts), the counts kept beside the posts move with it,
 * and the post's captures' snapshots follow too. Returns the correction as stored (undefined when taken back).
 */
export async function writeCorrection(db: RapportDB, change: CorrectionChange, now = Date.now()): Promise<Correction | undefined> {
  let stored: Correction | undefined;
  await db.transaction('rw', [db.posts, db.captures, db.corrections, ...aggregateTables(db)], async () => {
    const post = await db.posts.get(change.postId);
    const captures = await db.captures.where('postId').equals(change.postId).toArray();
    const analysis = post?.analysis ?? captures[0]?.analysis;
    if (!analysis) throw new CorrectionRefused(`Post ${change.postId} is not analysed: there is no label to correct.`);
    const analyser = analyserLabel(analysis, change.target);
    if (change.target.startsWith('flag:') && analyser === undefined) throw new CorrectionRefused(`Post ${change.postId} has no flag ${change.target.slice(5)}.`);
    if (change.label === null) await db.corrections.delete([change.postId, change.target]);
    else {
      const row = Correction.safeParse({ postId: change.postId, target: change.target, label: change.label, analyser, lang: analysis.language.code, at: now });
      if (!row.success) throw new CorrectionRefused(`"${change.label}" is not a label for ${change.target}.`);
      stored = row.data;
      await db.corrections.put(stored);
    }
    const verdicts = verdictsFrom(await db.corrections.where('postId').equals(change.postId).toArray());
    if (post?.analysis) {
      const next = withReviewed(post, reviewed(post.analysis, verdicts));
      await applyPostChanges(db, [post], [next]);
      await db.posts.put(next);
    }
    await db.captures.bulkPut(captures.map((c) => (c.analysis ? { ...c, analysis: reviewed(c.analysis, verdicts) } : c)));
  });
  return stored;
}

/** A row with another analysis, its indexed sentiment following the analysis's (reviewed) label. */
export const withReviewed = (p: StoredPost, analysis: Analysis): StoredPost => ({ ...p, analysis, sentiment: analysis.sentiment.label });

/** The verdicts kept for posts (by id; only those with corrections): for a post stored again after it was pruned. */
export async function verdictsOfStored(db: RapportDB, postIds: readonly string[]): Promise<Map<string, Verdicts>> {
  const out = new Map<string, Verdicts>();
  if (!postIds.length) return out;
  const rows = await db.corrections.where('postId').anyOf([...postIds]).toArray();
  for (const id of new Set(rows.map((c) => c.postId))) out.set(id, verdictsFrom(rows.filter((c) => c.postId === id)));
  return out;
}

/**
 * Every correction beside the analyser's label for it now, read from the post where it is still stored (a
 * re-analysis may have changed it), else the label recorded when the reviewer judged; and the post's language.
 */
export async function correctionsWithAnalyser(db: RapportDB): Promise<(Correction & { post?: StoredPost })[]> {
  const rows = await db.corrections.orderBy('at').toArray();
  const posts = await db.posts.bulkGet([...new Set(rows.map((c) => c.postId))]);
  const byId = new Map(posts.filter((p): p is StoredPost => !!p).map((p) => [p.id, p]));
  return rows.map((c) => {
    const post = byId.get(c.postId);
    if (!post?.analysis) return c;
    return { ...c, analyser: analyserLabel(post.analysis, c.target) ?? c.analyser, lang: post.analysis.language.code, post };
  });
}

/**
 * Corrections imported (a backup): kept where newer than the local one of the same post and target, and applied
 * to the posts and captures stored. Call inside a transaction over posts, captures, corrections and the counts.
 */
export async function mergeCorrections(db: RapportDB, incoming: readonly Correction[]): Promise<number> {
  if (!incoming.length) return 0;
  const local = await db.corrections.bulkGet(incoming.map((c): [string, string] => [c.postId, c.target]));
  const newer = incoming.filter((c, i) => !local[i] || c.at > local[i]!.at);
  await db.corrections.bulkPut(newer);
  const ids = [...new Set(newer.map((c) => c.postId))];
  const posts = await db.posts.bulkGet(ids);
  const before: StoredPost[] = [];
  const after: StoredPost[] = [];
  for (const [i, id] of ids.entries()) {
    const verdicts = verdictsFrom(await db.corrections.where('postId').equals(id).toArray());
    const post = posts[i];
    if (post?.analysis) {
      before.push(post);
      after.push(withReviewed(post, reviewed(post.analysis, verdicts)));
    }
    const captures = await db.captures.where('postId').equals(id).toArray();
    await db.captures.bulkPut(captures.map((c) => (c.analysis ? { ...c, analysis: reviewed(c.analysis, verdicts) } : c)));
  }
  await applyPostChanges(db, before, after);
  await db.posts.bulkPut(after);
  return newer.length;
}

/** One row per correction: what was judged, the analyser's label, the reviewer's, whether they agree, and the post's text. */
export function correctionsCsv(rows: readonly (Correction & { post?: Pick<StoredPost, 'text'> })[]): string {
  return toCsv(
    ['post_id', 'language', 'corrected', 'analyser', 'reviewer', 'agrees', 'corrected_at', 'text'],
    rows.map((c) => [c.postId, c.lang, c.target, c.analyser ?? '', c.label, c.analyser === undefined ? '' : agrees(c) ? 'yes' : 'no', new Date(c.at).toISOString(), c.post?.text.slice(0, 500)]),
  );
}
