import { ANALYZER_VERSION, analyze, languageModelReady, type AnalyzeInput } from '../analysis/analyze';
import { carryReview, reviewed, type Verdicts } from '../analysis/review';
import { verdictsOfStored } from './corrections';
import type { Settings } from '../model/settings';
import type { StoredPost } from '../model/stored';
import { aggregateTables, applyPostChanges } from './aggregates';
import type { RapportDB } from './schema';

/**
 * Analysis never runs inside a write transaction: rows are read, analysed outside any transaction in slices of at
 * most ANALYSIS_SLICE_MS (the worker answers other messages between slices), and the results written in one short
 * transaction, onto the rows whose text is still what was analysed. The `analyzed = 0` flag is the recovery queue:
 * whatever the browser interrupts is picked up by `analyzeBacklog` at the next start.
 */
export const ANALYSIS_SLICE_MS = 50;

/** Whether a row lacks a current analysis (new, edited, or analysed by an older analyser). */
export function needsAnalysis(p: StoredPost): boolean {
  return !(p.analyzed === 1 && p.analysis?.version === ANALYZER_VERSION);
}

/** What an analysis is computed from: a row whose text, title or language hint changed since is analysed again. */
export function sameInput(a: Pick<StoredPost, 'text' | 'title' | 'lang'>, b: Pick<StoredPost, 'text' | 'title' | 'lang'>): boolean {
  return a.text === b.text && a.title === b.title && a.lang === b.lang;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Analyses rows outside any transaction (those `pick` selects; all that lack a current analysis by default), yielding
 * to the event loop every ANALYSIS_SLICE_MS. Stops early, leaving the rest as they were, once `budgetMs` has passed.
 */
export async function analyseOutside(
  rows: readonly StoredPost[],
  watch?: Watch,
  { pick = needsAnalysis, budgetMs = Infinity }: { pick?: (p: StoredPost) => boolean; budgetMs?: number } = {},
): Promise<StoredPost[]> {
  await languageModelReady;
  const start = performance.now();
  let slice = start;
  const out: StoredPost[] = [];
  for (const p of rows) {
    const now = performance.now();
    out.push(pick(p) && now - start < budgetMs ? withAnalysis(p, watch) : p);
    if (now - slice >= ANALYSIS_SLICE_MS) {
      await nextTask();
      slice = performance.now();
    }
  }
  return out;
}

/**
 * Writes analyses computed outside: one short transaction; a row changed meanwhile keeps its state (and its place in
 * the queue). Returns the rows as stored.
 */
export async function writeAnalyses(db: RapportDB, analysed: readonly StoredPost[]): Promise<StoredPost[]> {
  const done = analysed.filter((p) => p.analyzed === 1 && p.analysis);
  if (done.length === 0) return [...analysed];
  const written = new Map<string, StoredPost>();
  await db.transaction('rw', [db.posts, db.corrections, ...aggregateTables(db)], async () => {
    const current = await db.posts.bulkGet(done.map((p) => p.id));
    // a post analysed for the first time may have been corrected before (stored, pruned, read again)
    const kept = await verdictsOfStored(db, current.filter((r) => r && !r.analysis).map((r) => r!.id));
    const before: StoredPost[] = [];
    const after: StoredPost[] = [];
    current.forEach((row, i) => {
      const a = done[i]!;
      if (!row || !sameInput(row, a)) {
        if (row) written.set(row.id, row); // as it now is: changed meanwhile, analysed again later
        return;
      }
      const next = withFresh(row, a, kept.get(row.id));
      before.push(row);
      after.push(next);
      written.set(row.id, next);
    });
    await applyPostChanges(db, before, after);
    await db.posts.bulkPut(after);
  });
  return analysed.map((p) => written.get(p.id) ?? p);
}

/** Analyses stored posts not yet analysed (`analyzed = 0`) and writes the results back. */
export async function analyzeStored(db: RapportDB, ids: string[], watch?: Watch): Promise<StoredPost[]> {
  const rows = (await db.posts.bulkGet(ids)).filter((p): p is StoredPost => !!p);
  return writeAnalyses(db, await analyseOutside(rows, watch));
}

/** Analyses the next `limit` posts after id `after` again, whatever their state (Settings → re-analyse). */
export async function reanalyzeChunk(db: RapportDB, after: string | undefined, limit: number, watch?: Watch): Promise<StoredPost[]> {
  const rows = await (after === undefined ? db.posts.orderBy('id') : db.posts.where('id').above(after)).limit(limit).toArray();
  return writeAnalyses(db, await analyseOutside(rows, watch, { pick: () => true }));
}

/** Rows with a current analysis, analysing only those that lack one (new, edited, or older analyser). */
export function analyzeRows(rows: StoredPost[], watch?: Watch): StoredPost[] {
  return rows.map((p) => (needsAnalysis(p) ? withAnalysis(p, watch) : p));
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
  return withFresh(p, { analysis: analyze({ text, lang: p.lang, platform: p.platform, metrics: p.metrics, watch }) });
}

/**
 * A row with a fresh analysis (of `analysed`, computed from the same text), keeping the reviewer's corrections the
 * row's analysis carried: a correction survives re-analysis and still wins over the analyser.
 */
export function withFresh(row: StoredPost, analysed: Pick<StoredPost, 'analysis'>, verdicts?: Verdicts): StoredPost {
  const analysis = verdicts ? reviewed(analysed.analysis!, verdicts) : carryReview(analysed.analysis!, row.analysis);
  return { ...row, analysis, analyzed: 1, detectedLang: analysis.language.code, sentiment: analysis.sentiment.label };
}

/** Analyses everything left over (stopped worker, new analyser version) in small chunks; returns the count. */
export async function analyzeBacklog(db: RapportDB, chunk = 200, watch?: Watch): Promise<number> {
  let done = 0;
  for (;;) {
    const ids = (await db.posts.where('analyzed').equals(0).limit(chunk).primaryKeys()) as string[];
    if (ids.length === 0) return done;
    const rows = await analyzeStored(db, ids, watch);
    const written = rows.filter((p) => !needsAnalysis(p)).length;
    // Rows edited while they were analysed are left for the next pass (their new text is queued by ingest).
    if (written === 0) return done;
    done += written;
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
