import { storage } from 'wxt/utils/storage';
import type { Settings } from '../model/settings';
import type { StorageStatus } from '../model/stored';
import type { DraftChanged } from './contract';

/**
 * Every key Rapport keeps in the browser's storage, as typed WXT storage items: storage is the parts' second
 * channel (the panel writes settings that the page and the worker follow; the worker leaves the panel the
 * composer's draft, a view request and a full-disk notice; alerts, typed by the insights, are in
 * lib/db/stored-alerts.ts). Nothing else touches `browser.storage`.
 *
 * A stored value is whatever an older version or a hand edit left, so readers still check it (settings field by
 * field in lib/db/settings-store.ts, recipes one by one in lib/db/recipe-store.ts). Items whose shape may change
 * carry a `version`: a new shape raises it and adds `migrations: { [version]: (old) => new }` (WXT runs them once,
 * where the item is first used).
 */

/** The person's settings (lib/model/settings.ts). */
export const settingsItem = storage.defineItem<Partial<Settings> | null>('local:settings', { version: 1 });

/** The site recipes taught with "pick a post", by host (lib/model/recipe.ts). */
export const recipesItem = storage.defineItem<Record<string, unknown> | null>('local:siteRecipes', { version: 1 });

/** The analyser version the stored analyses come from: a different one re-analyses the history. */
export const analyzerVersionItem = storage.defineItem<number | null>('local:analyzerVersion');

/** Set when IndexedDB ran out of room and the oldest history was pruned; the panel says so until dismissed. */
export const storageStatusItem = storage.defineItem<StorageStatus | null>('local:storageStatus');

/** The composer's latest text in a tab, as the page reported it: session storage, never on disk. */
export type ComposerDraft = DraftChanged & { at: number };
export const draftItem = (tabId: number) => storage.defineItem<ComposerDraft | null>(`session:draft:${tabId}`);

/** A view the page asked the panel to show (the composer indicator's "open the Draft view"). */
export interface ViewRequest {
  view: 'draft';
  at: number;
}
export const viewRequestItem = (tabId: number) => storage.defineItem<ViewRequest | null>(`session:view:${tabId}`);

/** "Delete everything": every key in both areas. */
export async function clearAllStorage(): Promise<void> {
  await storage.clear('local');
  await storage.clear('session');
}
