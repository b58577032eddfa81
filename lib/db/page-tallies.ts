import Dexie from 'dexie';
import { addTally, tallyMoves, tallyOf } from '../insights/audit';
import type { PageTally, StoredPost } from '../model/stored';
import { applyCountDelta } from './counts';
import type { RapportDB } from './schema';

/**
 * Counts per page and language of the posts placed on the page (a sighting and its post both stored), moved
 * by every write that changes either. The Page view's summary and the page's audit read a page's few rows
 * here: reading its 1,000 posts takes 130 ms or more while the panel starts.
 */

type Place = [pageKey: string, postId: string];
const keyOf = (pageKey: string, lang: string) => JSON.stringify([pageKey, lang]);
const empty = (pageKey: string, lang: string): PageTally => ({ pageKey, lang, posts: 0, positive: 0, neutral: 0, negative: 0, toxic: 0, confidenceMilli: 0, flags: {} });
const sameCounts = (a: StoredPost | undefined, b: StoredPost | undefined) => (a && b ? JSON.stringify(tallyOf(a)) === JSON.stringify(tallyOf(b)) : a === b);

function add(delta: Map<string, PageTally>, pageKey: string, post: StoredPost | undefined, sign: number) {
  if (!post) return;
  const t = tallyOf(post);
  const k = keyOf(pageKey, t.lang);
  addTally(delta.get(k) ?? delta.set(k, empty(pageKey, t.lang)).get(k)!, t, sign);
}

function applyDelta(db: RapportDB, delta: Map<string, PageTally>): Promise<void> {
  return applyCountDelta(db.pageTallies, delta.values(), { key: (d): [string, string] => [d.pageKey, d.lang], empty: (d) => empty(d.pageKey, d.lang), add: (into, d) => addTally(into, d), moves: tallyMoves });
}

/** Posts changed (`before[i]` became `after[i]`; undefined: absent): every page they are placed on moves. */
export async function applyPagePostChanges(db: RapportDB, before: readonly (StoredPost | undefined)[], after: readonly (StoredPost | undefined)[]): Promise<void> {
  const moved = new Map<string, [StoredPost | undefined, StoredPost | undefined]>();
  before.forEach((p, i) => {
    const q = after[i];
    if (!sameCounts(p, q)) moved.set((p ?? q)!.id, [p, q]);
  });
  if (!moved.size) return;
  // The places' keys are [pageKey, postId]: the index answers without reading a row.
  const places = (await db.sightings.where('postId').anyOf([...moved.keys()]).primaryKeys()) as Place[];
  const delta = new Map<string, PageTally>();
  for (const [pageKey, postId] of places) {
    const [p, q] = moved.get(postId)!;
    add(delta, pageKey, p, -1);
    add(delta, pageKey, q, 1);
  }
  await applyDelta(db, delta);
}

/**
 * Places added or removed: their posts, as stored now, come into or leave the page's counts. `written` are rows
 * the caller has just stored (ingest): they are not read again.
 */
export async function applyPlaceChanges(db: RapportDB, added: readonly Place[], removed: readonly Place[] = [], written: readonly StoredPost[] = []): Promise<void> {
  if (!added.length && !removed.length) return;
  const posts = new Map<string, StoredPost | undefined>(written.map((p) => [p.id, p]));
  const unread = [...new Set([...added, ...removed].map(([, id]) => id))].filter((id) => !posts.has(id));
  if (unread.length) (await db.posts.bulkGet(unread)).forEach((p, i) => posts.set(unread[i]!, p));
  const delta = new Map<string, PageTally>();
  for (const [pageKey, id] of added) add(delta, pageKey, posts.get(id), 1);
  for (const [pageKey, id] of removed) add(delta, pageKey, posts.get(id), -1);
  await applyDelta(db, delta);
}

/** Writes places (sightings), counting those that are new; a place already stored only changes its position. */
export async function putPlaces(db: RapportDB, sightings: readonly { pageKey: string; postId: string; pos: number; at: number }[], written: readonly StoredPost[] = []): Promise<void> {
  // The same post twice on a page in one write (a quote shown twice) is one place: the later position wins.
  const keys = [...new Map(sightings.map((s): [string, Place] => [JSON.stringify([s.pageKey, s.postId]), [s.pageKey, s.postId]])).values()];
  const known = await db.sightings.bulkGet(keys);
  await db.sightings.bulkPut([...sightings]);
  await applyPlaceChanges(db, keys.filter((_, i) => !known[i]), [], written);
}

/** Removes every place on a page (it was read afresh) and its counts with them. */
export async function clearPage(db: RapportDB, pageKey: string): Promise<void> {
  await db.sightings.where('[pageKey+pos]').between([pageKey, -Infinity], [pageKey, Infinity]).delete();
  await db.pageTallies.where('[pageKey+lang]').between([pageKey, Dexie.minKey], [pageKey, Dexie.maxKey]).delete();
}

/** Counts every page from the places and posts themselves (the schema migration). */
export async function recountPageTallies(db: RapportDB): Promise<void> {
  await db.pageTallies.clear();
  const places = (await db.sightings.toCollection().primaryKeys()) as Place[];
  for (let i = 0; i < places.length; i += 2000) await applyPlaceChanges(db, places.slice(i, i + 2000));
}

/** A page's counts, one row per language. */
export function pageTallies(db: RapportDB, pageKey: string): Promise<PageTally[]> {
  return db.pageTallies.where('[pageKey+lang]').between([pageKey, Dexie.minKey], [pageKey, Dexie.maxKey]).toArray();
}
