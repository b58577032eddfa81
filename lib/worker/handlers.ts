import { checkDraft } from '../analysis/draft';
import { draftOptions } from '../analysis/draft-options';
import { languageModelReady } from '../analysis/analyze';
import { analyzeRows, reanalyzeChunk, watchOf } from '../db/analyze-pending';
import { ImportStaging, mergeRows, withoutAuthors, wipeDatabase } from '../db/backup';
import { capturePosts, deleteCaptures, updateCapture } from '../db/captures';
import { CorrectionRefused, writeCorrection } from '../db/corrections';
import { ingestAnalysed } from '../db/ingest-analysed';
import { pageKey } from '../db/page-key';
import { isQuotaError, pruneOldest } from '../db/retention';
import type { RapportDB } from '../db/schema';
import { scrubCapturesChunk, scrubPostsChunk } from '../db/scrub';
import { anonymousId, anonymousPost, anonymousUrl } from '../model/anonymize';
import { pickLanguage } from '../i18n';
import { pageLabels } from '../i18n/page-labels';
import { ObservedPost } from '../model/post';
import type { SiteRecipe } from '../model/recipe';
import { DEFAULT_SETTINGS, type Settings } from '../model/settings';
import type { DraftChanged, DraftVerdict, DroppedPost, PostSummary } from '../protocol/contract';
import { defineHandlers, errorAnswer, type From, type Identity, type Input, Refusal } from '../protocol/dispatch';

/** What the handlers work with; the worker passes the real database and browser hooks, tests their own. */
export interface WorkerEnv extends Identity {
  db: RapportDB;
  /** called when the disk quota ran out and the oldest history was pruned to make room */
  onStorageFull?: (pruned: number) => void;
  /** the user's settings (privacy, platforms, markets); defaults when not given */
  settings?: () => Promise<Settings>;
  /**
   * The browser's UI language (browser.i18n), which the panel and the toolbar follow when the setting is "auto":
   * Firefox's navigator.language is the first language the person reads web pages in, which may differ.
   */
  browserLanguage?: string;
  /** keeps the latest composer text of a tab for the panel's Draft view (session storage: never on disk) */
  saveDraft?: (tabId: number, draft: DraftChanged & { at: number }) => Promise<void>;
  /** opens the side panel of a tab (synchronously: it must run inside the person's gesture) */
  openPanel?: (tabId: number) => void;
  /** tells the panel of a tab which view to show (session storage) */
  showView?: (tabId: number, view: 'draft') => Promise<void>;
  /** after new posts are stored: watched-term alerts are recomputed */
  afterIngest?: () => Promise<void>;
  /** the site recipes the person taught (storage.local) */
  recipes?: { load(): Promise<SiteRecipe[]>; save(add: SiteRecipe[]): Promise<number> };
  /** "delete everything": clears extension storage besides the database */
  clearStorage?: () => Promise<void>;
}

/** Every message of the contract (lib/protocol/contract.ts) and what the worker does with it. */
export const handleMessage = defineHandlers<WorkerEnv>(
  {
    postsObserved,
    pageStatus,
    draftChanged,
    ping: async () => ({ version: '1' }),
    pageLabels: async (env) => pageLabels(pickLanguage(((await env.settings?.()) ?? DEFAULT_SETTINGS).uiLanguage, env.browserLanguage ?? globalThis.navigator?.language)),
    openDraft: async (env, _msg, from) => {
      if (from.tabId === undefined) return {};
      env.openPanel?.(from.tabId);
      await env.showView?.(from.tabId, 'draft');
      return {};
    },
    recipeFor: async (env, { url }, from) => {
      const recipe = (await env.recipes?.load())?.find((r) => r.host === siteOf(reportedUrl(url, from)));
      return recipe ? { recipe } : {};
    },
    saveRecipe: async (env, recipe, from) => {
      if (from.kind === 'page' && recipe.host !== new URL(from.url).hostname) throw new Refusal('forbidden', `A content script on ${new URL(from.url).hostname} cannot save a recipe for ${recipe.host}.`);
      if (!env.recipes) return errorAnswer('failed', 'Site recipes cannot be stored here.');
      await env.recipes.save([recipe]);
      return {};
    },
    capture: async (env, { postIds }, from) => {
      if (from.kind === 'page') await assertReadOnPage(env.db, postIds, from.url);
      return { ids: await capturePosts(env.db, postIds) };
    },
    updateCapture: async ({ db }, { id, ...change }) => ((await updateCapture(db, id, change)) ? {} : errorAnswer('invalid', `No capture ${id}.`)),
    correct: async ({ db }, change) => {
      try {
        await writeCorrection(db, change);
        return {};
      } catch (e) {
        if (e instanceof CorrectionRefused) return errorAnswer('invalid', e.message);
        throw e;
      }
    },
    deleteCaptures: async ({ db }, { ids }) => ({ deleted: await deleteCaptures(db, ids) }),
    importRows: async (_, rows) => ({ staged: imports.add(rows) }),
    importCommit,
    scrubAuthors,
    reanalyze,
    deleteEverything: async (env) => {
      await wipeDatabase(env.db);
      await env.clearStorage?.();
      return {};
    },
  },
  (e) => (isQuotaError(e) ? errorAnswer('storage-full', 'Storage is full: Rapport could not make room yet; try again later.') : undefined),
);

/**
 * The page a content script reports on: the URL it names, when that is on the page it really runs on (a batch
 * read before a single-page navigation may arrive after it). A page never reports for another site.
 */
function reportedUrl(url: string, from: From): string {
  if (from.kind === 'extension') return url;
  let claimed: string;
  try {
    claimed = new URL(url).origin;
  } catch {
    throw new Refusal('invalid', 'The page URL is not a URL.');
  }
  if (claimed !== new URL(from.url).origin) throw new Refusal('forbidden', `A content script on ${new URL(from.url).origin} cannot report posts of ${claimed}.`);
  return url;
}

function siteOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    throw new Refusal('invalid', 'The page URL is not a URL.');
  }
}

/** The in-page capture button captures posts of its own page, never others. */
async function assertReadOnPage(db: RapportDB, postIds: string[], url: string): Promise<void> {
  const key = pageKey(url);
  const seen = await db.sightings.where('[pageKey+postId]').anyOf(postIds.map((id) => [key, id])).count();
  if (seen < new Set(postIds).size) throw new Refusal('forbidden', 'A page may only capture posts read on that page.');
}

/** Posts removed at once when the disk quota runs out: enough room for many batches. */
const PRUNE_ON_FULL = 1000;
/**
 * Chromium's IndexedDB (LevelDB) gives deleted rows' space back only when it compacts, which can take a
 * while: pruning again on every refused batch would empty the history without making room any sooner.
 */
const PRUNE_INTERVAL_MS = 30_000;
let lastPrune = -Infinity;

/**
 * Runs a write; when the quota is exhausted, prunes the oldest uncaptured history (at most once per
 * interval), tells the panel, and tries once more. Transactions make each attempt all-or-nothing; a write
 * that still does not fit is refused as 'storage-full' and its sender keeps it for later.
 */
async function withRoom<T>(db: RapportDB, write: () => Promise<T>, onFull?: (pruned: number) => void): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (!isQuotaError(e)) throw e;
    const now = Date.now();
    const pruned = now - lastPrune >= PRUNE_INTERVAL_MS ? await pruneOldest(db, PRUNE_ON_FULL) : 0;
    if (pruned > 0) lastPrune = now;
    onFull?.(pruned);
    return await write();
  }
}

/** Each post validated on its own: a bad one is dropped with its reason, the rest of the batch is stored. */
function validatePosts(posts: unknown[]): { valid: ObservedPost[]; dropped: DroppedPost[] } {
  const valid: ObservedPost[] = [];
  const dropped: DroppedPost[] = [];
  posts.forEach((raw, index) => {
    const parsed = ObservedPost.safeParse(raw);
    if (parsed.success) return void valid.push(parsed.data);
    const id = (raw as { id?: unknown } | null)?.id;
    const issue = parsed.error.issues[0];
    dropped.push({
      index,
      ...(typeof id === 'string' ? { id: id.slice(0, 300) } : {}),
      reason: issue ? `${issue.path.join('.') || 'post'}: ${issue.message}` : 'invalid post',
    });
  });
  return { valid, dropped };
}

async function postsObserved(env: WorkerEnv, msg: Input<'postsObserved'>, from: From) {
  const { db, onStorageFull: onFull } = env;
  const settings = (await env.settings?.()) ?? DEFAULT_SETTINGS;
  // Without the author when the user chose not to store names: page URL (and so the page key) included.
  const url = storedUrl(reportedUrl(msg.url, from), settings);
  // A platform switched off in Settings is not stored at all.
  if ((settings.disabledPlatforms as string[]).includes(msg.platform)) return { summaries: [], dropped: [] };
  const { valid, dropped } = validatePosts(msg.posts);
  if (dropped.length > 0) console.warn(`[rapport] ${dropped.length} of ${msg.posts.length} posts from ${url.slice(0, 200)} not stored: ${dropped.slice(0, 3).map((d) => `${d.id ?? `#${d.index}`} (${d.reason})`).join('; ')}`);
  const posts = settings.storeAuthorNames ? valid : valid.map(anonymousPost);
  const key = pageKey(url);
  await languageModelReady; // the language detector's data, fetched as the worker starts
  // Analysed outside the write transaction, then stored in one: a worker stopped midway leaves nothing half-done
  // (the content script sends the unacknowledged batch again; rows stored unanalysed are analysed at the next start).
  const { newIds, rows: analysed } = await ingestAnalysed(db, { posts, pageKey: key, firstPos: msg.firstPos, fresh: msg.fresh }, {
    watch: watchOf(settings),
    write: (f) => withRoom(db, f, onFull),
  });
  if (from.tabId !== undefined) {
    const tabId = from.tabId;
    // Positions are dense from 0 on a page, so the page's size is known without counting rows.
    const before = await db.tabs.get(tabId);
    const previous = msg.fresh ? undefined : before;
    const same = previous?.pageKey === key;
    // the page's status may have come first (its batches are analysed before they are stored): how it was read stays
    const explanation = before?.pageKey === key && before.reader === msg.reader ? before.explanation : undefined;
    const count = Math.max(same ? previous.postCount : 0, msg.firstPos + msg.posts.length);
    const droppedCount = (same ? (previous.dropped ?? 0) : 0) + dropped.length;
    await db.tabs.put({
      tabId, pageKey: key, url, platform: msg.platform, reader: msg.reader, status: 'ok', postCount: count, updatedAt: Date.now(),
      ...(droppedCount > 0 ? { dropped: droppedCount } : {}),
      ...(same && previous.lost ? { lost: previous.lost } : {}),
      ...(explanation ? { explanation } : {}),
    });
  }
  if (performance.getEntriesByName('rapport:first-post-analysed').length === 0) performance.mark('rapport:first-post-analysed');
  const summaries: PostSummary[] = analysed.filter((p) => p.analysis).map((p) => ({
    id: p.id,
    language: p.analysis!.language,
    sentiment: p.analysis!.sentiment.label,
    isNew: newIds.has(p.id),
    flags: p.analysis!.sensitivity?.flags.length ?? 0,
    toxic: p.analysis!.toxicity?.flagged ?? false,
    captured: p.captured === 1,
  }));
  if (newIds.size > 0) await env.afterIngest?.().catch((e: Error) => console.warn(`[rapport] alerts failed: ${e.message}`));
  return { summaries, dropped };
}

/** Checks a composer's text for the inline indicator and keeps it for the panel, which shows every finding. */
async function draftChanged(env: WorkerEnv, msg: DraftChanged, from: From): Promise<DraftVerdict> {
  const url = reportedUrl(msg.url, from);
  const settings = (await env.settings?.()) ?? DEFAULT_SETTINGS;
  if (from.tabId !== undefined) await env.saveDraft?.(from.tabId, { ...msg, url, at: Date.now() });
  if (!msg.text.trim()) return { findings: 0 };
  // With names off the replied-to post is stored under its id without the handle.
  const replyLang = msg.replyTo ? ((await env.db.posts.get(msg.replyTo)) ?? (await env.db.posts.get(anonymousId(msg.replyTo))))?.detectedLang : undefined;
  await languageModelReady;
  const check = checkDraft(msg.text, draftOptions(settings, { platform: msg.platform, replyLang }));
  const order = { info: 0, warning: 1, error: 2 } as const;
  const worst = check.findings.reduce<DraftVerdict['worst']>((w, f) => (!w || order[f.severity] > order[w] ? f.severity : w), undefined);
  return { findings: check.findings.length, ...(worst ? { worst } : {}) };
}

/** One chunk of re-analysis in id order; the panel loops, shows progress and may stop between chunks. */
async function reanalyze(env: WorkerEnv, msg: Input<'reanalyze'>) {
  const { db } = env;
  const watch = watchOf((await env.settings?.()) ?? DEFAULT_SETTINGS);
  const total = await db.posts.count();
  const rows = await withRoom(db, () => reanalyzeChunk(db, msg.after, msg.limit, watch));
  const done = msg.after === undefined ? rows.length : (await db.posts.where('id').belowOrEqual(msg.after).count()) + rows.length;
  const next = rows.length === msg.limit ? rows.at(-1)!.id : undefined;
  return { done, total, ...(next ? { next } : {}) };
}

async function pageStatus(env: WorkerEnv, msg: Input<'pageStatus'>, from: From) {
  if (from.tabId === undefined) return errorAnswer('invalid', 'pageStatus must come from a tab.');
  const { db } = env;
  const url = storedUrl(reportedUrl(msg.url, from), (await env.settings?.()) ?? DEFAULT_SETTINGS);
  const key = pageKey(url);
  const tabId = from.tabId;
  await db.transaction('rw', db.tabs, db.sightings, async () => {
    const previous = await db.tabs.get(tabId);
    const postCount = await db.sightings.where('[pageKey+pos]').between([key, -Infinity], [key, Infinity]).count();
    // A batch may have arrived first; an 'ok' page stays ok.
    const same = previous?.pageKey === key;
    // A report of lost posts says nothing new about the page's status.
    const status = same && (previous.status === 'ok' || msg.lost) ? previous.status : msg.status;
    const lost = (same ? (previous.lost ?? 0) : 0) + (msg.lost ?? 0);
    const explanation = msg.explanation ?? (same ? previous.explanation : undefined);
    await db.tabs.put({
      tabId, pageKey: key, url, platform: msg.platform, reader: msg.reader, status, postCount, updatedAt: Date.now(),
      ...(explanation ? { explanation } : {}),
      ...(same && previous.dropped ? { dropped: previous.dropped } : {}),
      ...(lost ? { lost } : {}),
    });
  });
  return {};
}

/** The page's URL as stored: without a handle in it when the user chose not to store author names. */
function storedUrl(url: string, settings: Settings): string {
  return settings.storeAuthorNames ? url : anonymousUrl(url) || url;
}

/** Chunks of the import in progress (memory only: a worker stopped midway makes the commit refuse, writing nothing). */
const imports = new ImportStaging();

/** Writes the staged import in one transaction, honouring the local privacy setting. */
async function importCommit(env: WorkerEnv, msg: Input<'importCommit'>) {
  const tables = imports.take(msg.importId, msg.rows);
  if (!tables) return errorAnswer('failed', 'The import was interrupted before it was complete; nothing was written. Please import the file again.');
  const settings = (await env.settings?.()) ?? DEFAULT_SETTINGS;
  const rows = settings.storeAuthorNames ? tables : withoutAuthors(tables);
  return await withRoom(env.db, () => mergeRows(env.db, rows), env.onStorageFull);
}

/** One chunk of removing authors from what is stored (posts with all keyed by them, then captures). */
async function scrubAuthors(env: WorkerEnv, msg: Input<'scrubAuthors'>) {
  const { db } = env;
  const watch = watchOf((await env.settings?.()) ?? DEFAULT_SETTINGS);
  const table = msg.table === 'posts' ? db.posts : db.captures;
  const total = await table.count();
  await languageModelReady;
  const rows = msg.table === 'posts' ? await scrubPostsChunk(db, msg.after, msg.limit, (r) => analyzeRows(r, watch)) : await scrubCapturesChunk(db, msg.after, msg.limit);
  const next = rows.length === msg.limit ? rows.at(-1)!.id : undefined;
  const done = next === undefined ? total : await table.where('id').belowOrEqual(next).count();
  return { done, total, ...(next ? { next } : {}) };
}
