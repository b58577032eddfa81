import type { ObservedPost } from '../model/post';
import type { Capture, StoredPost } from '../model/stored';
import type { RapportDB } from './schema';

/** One capture per post: capturing again refreshes the snapshot (metrics, analysis) and keeps tags and note. */
export const captureId = (postId: string) => `cap:${postId}`;

/** The post as observed, without the stored bookkeeping: what a capture keeps for good. */
export function snapshot(p: StoredPost): ObservedPost {
  const { firstSeen: _f, lastSeen: _l, pageKey: _p, authorKey: _a, analysis: _an, analyzed: _z, detectedLang: _d, sentiment: _s, captured: _c, ...post } = p;
  return post;
}

/**
 * Captures stored posts: a snapshot in the captures table (never pruned) and `captured = 1` on the post so
 * retention leaves its history alone too. Returns the capture ids.
 */
export async function capturePosts(db: RapportDB, postIds: string[], now = Date.now()): Promise<string[]> {
  return db.transaction('rw', [db.posts, db.captures], async () => {
    const posts = (await db.posts.bulkGet(postIds)).filter((p): p is StoredPost => !!p);
    const ids = posts.map((p) => captureId(p.id));
    const existing = await db.captures.bulkGet(ids);
    const captures: Capture[] = posts.map((p, i) => ({
      id: ids[i]!,
      postId: p.id,
      capturedAt: existing[i]?.capturedAt ?? now,
      post: snapshot(p),
      analysis: p.analysis,
      tags: existing[i]?.tags ?? [],
      note: existing[i]?.note ?? '',
    }));
    await db.captures.bulkPut(captures);
    await db.posts.bulkUpdate(posts.map((p) => ({ key: p.id, changes: { captured: 1 as const } })));
    return ids;
  });
}

export async function updateCapture(db: RapportDB, id: string, change: { tags?: string[]; note?: string }): Promise<boolean> {
  const tags = change.tags && [...new Set(change.tags.map((t) => t.trim()).filter(Boolean))];
  const n = await db.captures.update(id, { ...(tags ? { tags } : {}), ...(change.note !== undefined ? { note: change.note } : {}) });
  return n === 1;
}

/** Deletes captures; their posts become ordinary history again (prunable). */
export async function deleteCaptures(db: RapportDB, ids: string[]): Promise<number> {
  return db.transaction('rw', [db.posts, db.captures], async () => {
    const caps = (await db.captures.bulkGet(ids)).filter((c): c is Capture => !!c);
    await db.captures.bulkDelete(caps.map((c) => c.id));
    const postIds = caps.map((c) => c.postId);
    await db.posts.where('id').anyOf(postIds).modify({ captured: 0 });
    return caps.length;
  });
}
