import type { ObservedPost } from '../model/post';
import type { StoredPost } from '../model/stored';
import { analyseOutside, analyzeStored, needsAnalysis, sameInput, type Watch, withFresh } from './analyze-pending';
import { verdictsOfStored } from './corrections';
import { ingestBatch, type IngestResult } from './ingest';
import type { RapportDB } from './schema';

/**
 * Longest a batch's write waits for its analysis. Posts not reached by then are stored unanalysed (`analyzed = 0`)
 * and analysed right after the write; a worker stopped in between leaves them to `analyzeBacklog` at its next start.
 */
export const INGEST_ANALYSIS_BUDGET_MS = 1_000;

/**
 * Stores a batch with its analysis, the analysis computed before the write transaction opens (ingest.ts stays
 * idempotent and all-or-nothing; the transaction only copies finished analyses onto the rows it writes):
 * 1. the batch's rows are read, and those ingest would leave unanalysed (new, edited, older analyser) are analysed
 *    outside any transaction, in slices, for at most INGEST_ANALYSIS_BUDGET_MS;
 * 2. one transaction stores the batch, each row with its analysis when the analysed text is the text it stores;
 * 3. whatever is still unanalysed is analysed outside again and written in a short transaction of its own.
 * `write` wraps each write (the worker's retry after pruning on a full disk).
 */
export async function ingestAnalysed(
  db: RapportDB,
  batch: { posts: ObservedPost[]; pageKey: string; firstPos: number; fresh: boolean },
  { watch, now = Date.now(), write = (f) => f() }: { watch?: Watch; now?: number; write?: <T>(f: () => Promise<T>) => Promise<T> } = {},
): Promise<IngestResult> {
  const unique = new Map(batch.posts.map((p) => [p.id, p]));
  const existing = await db.posts.bulkGet([...unique.keys()]);
  const candidates: StoredPost[] = [];
  [...unique.values()].forEach((seen, i) => {
    const old = existing[i];
    if (old && old.text === seen.text && !needsAnalysis(old)) return; // ingest keeps its analysis
    candidates.push({ ...old, ...seen, metrics: { ...old?.metrics, ...seen.metrics }, analyzed: 0 } as StoredPost);
  });
  // a post new to the history may have been corrected before it was pruned: its verdicts come back with it
  const kept = await verdictsOfStored(db, [...unique.keys()].filter((_, i) => !existing[i]));
  const analysed = new Map<string, StoredPost>();
  for (const p of await analyseOutside(candidates, watch, { budgetMs: INGEST_ANALYSIS_BUDGET_MS })) if (!needsAnalysis(p)) analysed.set(p.id, p);

  const result = await write(() =>
    ingestBatch(db, batch, now, (rows) =>
      rows.map((r) => {
        const a = analysed.get(r.id);
        return a && needsAnalysis(r) && sameInput(r, a) ? withFresh(r, a, r.analysis ? undefined : kept.get(r.id)) : r;
      }),
    ),
  );
  const left = result.rows.filter(needsAnalysis).map((r) => r.id);
  if (left.length === 0) return result;
  const late = new Map((await write(() => analyzeStored(db, left, watch))).map((r) => [r.id, r]));
  return { ...result, rows: result.rows.map((r) => late.get(r.id) ?? r) };
}
