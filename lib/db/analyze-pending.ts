import { ANALYZER_VERSION, analyze, languageModelReady, type AnalyzeInput } from '../analysis/analyze';
import type { Settings } from '../model/settings';
import type { StoredPost } from '../model/stored';
import { aggregateTables, applyPostChanges } from './aggregates';
import type { RapportDB } from './schema';

/**
 * Analyses stored posts not yet analysed (`analyzed = 0`) and writes the results back. The flag is the
 * recovery queue: whatever the browser interrupts is picked up by `analyzeBacklog` at the next start.
 */
export async function analyzeStored(db: RapportDB, ids: string[], watch?: Watch): Promise<StoredPost[]> {
  await languageModelReady; // before the transaction, which must not wait on anything but the database
  return db.transaction('rw', [db.posts, ...aggregateTables(db)], async () => {
    const rows = (await db.posts.bulkGet(ids)).filter((p): p is StoredPost => !!p);
    const updated = analyzeRows(rows, watch);
    const changed = updated.map((p, i) => (p !== rows[i] ? i : -1)).filter((i) => i >= 0);
    await applyPostChanges(db, changed.map((i) => rows[i]), changed.map((i) => updated[i]));
    await db.posts.bulkPut(changed.map((i) => updated[i]!));
    return updated;
  });
}

/** Analyses the next `limit` posts after id `after` again, whatever their state (Settings → re-analyse). */
export async function reanalyzeChunk(db: RapportDB, after: string | undefined, limit: number, watch?: Watch): Promise<StoredPost[]> {
  await languageModelReady;
  return db.transaction('rw', [db.posts, ...aggregateTables(db)], async () => {
    const rows = await (after === undefined ? db.posts.orderBy('id') : db.posts.where('id').above(after)).limit(limit).toArray();
    const updated = rows.map((p) => withAnalysis(p, watch));
    await applyPostChanges(db, rows, updated);
    await db.posts.bulkPut(updated);
    return updated;
  });
}

/** Rows with a current analysis, analysing only those that lack one (new, edited, or older analyser). */
export function analyzeRows(rows: StoredPost[], watch?: Watch): StoredPost[] {
  return rows.map((p) => (p.analyzed === 1 && p.analysis?.version === ANALYZER_VERSION ? p : withAnalysis(p, watch)));
}

/** The user's watchlists, as the analysis takes them: mentions become engagement opportunities. */
export type Watch = AnalyzeInput['watch'];
export function watchOf(s: Pick<Settings, 'watchlist' | 'brands' | 'competitors'>): Watch {
  return [
    ...s.brands.map((term) => ({ term, kind: 'brand' as const })),
    ...s.competitors.map((term) => ({ term, kind: 'competitor' as const })),
    ...s.watchlist.map((term) => ({ term, kind: 'keyword' as const })),
  ];
}

export function withAnalysis(p: StoredPost, watch?: Watch): StoredPost {
  const text = p.title && p.text !== p.title ? `${p.title}\n${p.text}` : p.text;
  const analysis = analyze({ text, lang: p.lang, platform: p.platform, metrics: p.metrics, watch });
  return { ...p, analysis, analyzed: 1, detectedLang: analysis.language.code, sentiment: analysis.sentiment.label };
}

/** Analyses everything left over (stopped worker, new analyser version) in small chunks; returns the count. */
export async function analyzeBacklog(db: RapportDB, chunk = 200, watch?: Watch): Promise<number> {
  let done = 0;
  for (;;) {
    const ids = (await db.posts.where('analyzed').equals(0).limit(chunk).primaryKeys()) as string[];
    if (ids.length === 0) return done;
    await analyzeStored(db, ids, watch);
    done += ids.length;
  }
}

/** Posts analysed by an older analyser version go back into the queue. */
export async function requeueOutdated(db: RapportDB): Promise<number> {
  return db.posts
    .where('analyzed')
    .equals(1)
    .filter((p) => p.analysis?.version !== ANALYZER_VERSION)
    .modify({ analyzed: 0 });
}
