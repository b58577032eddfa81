import { browser } from 'wxt/browser';
import { z } from 'zod';
import { ANALYZER_VERSION } from '../analysis/analyze';
import { analyzeBacklog, requeueOutdated, watchOf } from '../db/analyze-pending';
import { openDb, type RapportDB } from '../db/schema';
import { serve } from '../protocol/serve';
import { StorageStatus } from '../model/stored';
import { pruneByRetention } from '../db/retention';
import { computeAlerts } from '../db/recent-alerts';
import { alertsItem, storedAlerts } from '../db/stored-alerts';
import { loadRecipes, saveRecipes } from '../db/recipe-store';
import { loadSettings } from '../db/settings-store';
import { pickLanguage, translator } from '../i18n';
import { analyzerVersionItem, clearAllStorage, draftItem, settingsItem, storageStatusItem, viewRequestItem } from '../protocol/storage';
import { handleMessage, type WorkerEnv } from './handlers';
import { installOpenTabsReading } from './open-tabs';
import { installReadOnDemand, openPanel } from './read-on-demand';
import { installSiteAccess } from './site-access';

/** Tells the panel, adding up what was pruned since the user last dismissed the notice. */
async function noteStorageFull(pruned: number): Promise<void> {
  const before = StorageStatus.safeParse(await storageStatusItem.getValue());
  const total = (before.success ? before.data.pruned : 0) + pruned;
  await storageStatusItem.setValue({ full: true, pruned: total, at: Date.now() });
}

/** Starts the service worker: cheap by design, since the browser stops and restarts it all day. */
export function startWorker(): void {
  // Every module, the analysis with its data, is evaluated by now (lib/worker/start-mark.ts).
  performance.mark('rapport:worker-ready');
  // Extension pages forbid eval: tell zod not to probe for it (the probe logs a CSP violation).
  z.config({ jitless: true });
  const db = openDb();
  const env: WorkerEnv = {
    db,
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    onStorageFull: (pruned) => void noteStorageFull(pruned),
    settings: loadSettings,
    browserLanguage: browser.i18n.getUILanguage(),
    recipes: { load: loadRecipes, save: saveRecipes },
    saveDraft: (tabId, draft) => draftItem(tabId).setValue(draft),
    openPanel,
    showView: (tabId, view) => viewRequestItem(tabId).setValue({ view, at: Date.now() }),
    afterIngest: () => refreshAlertsSoon(db),
    clearStorage: async () => {
      await clearAllStorage();
      await toolbarButton()?.setBadgeText({ text: '' });
      await toolbarButton()?.setTitle({ title: browser.runtime.getManifest().name });
    },
  };
  // Watched terms changed: alerts (and the toolbar badge) follow at once.
  settingsItem.watch(() => void refreshAlerts(db));

  serve((type, data, sender) => handleMessage(env, type, data, sender));

  browser.tabs.onRemoved.addListener((tabId) => {
    void db.tabs.delete(tabId);
    // A draft lives only as long as the tab it was typed in.
    void draftItem(tabId).removeValue();
  });
  // A full page load replaces the page: the content script reports the new one when it runs.
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status === 'loading' && info.url === undefined) void db.tabs.delete(tabId);
  });

  installReadOnDemand();
  installSiteAccess();
  installOpenTabsReading();
  void recover(db);
}

/** Alerts read the last 8 days of history: recompute at most every few seconds, not after every batch. */
let alertTimer: ReturnType<typeof setTimeout> | undefined;
async function refreshAlertsSoon(db: RapportDB): Promise<void> {
  alertTimer ??= setTimeout(() => {
    alertTimer = undefined;
    void refreshAlerts(db).catch((e: Error) => console.warn(`[rapport] alerts failed: ${e.message}`));
  }, 3000);
}

/** Negative spikes of watched terms go to storage (the panel lists them) and to the toolbar badge. */
async function refreshAlerts(db: RapportDB): Promise<void> {
  const settings = await loadSettings();
  const alerts = await computeAlerts(db, settings);
  const before = storedAlerts(await alertsItem.getValue());
  // Nothing to say and nothing said before: storage stays untouched (it may just have been wiped).
  if (alerts.length === 0 && before.length === 0) return;
  await alertsItem.setValue(alerts);
  const action = toolbarButton();
  await action?.setBadgeText({ text: alerts.length ? String(alerts.length) : '' });
  // The badge stays a number; its tooltip names where the spikes are.
  const where = [...new Set(alerts.map((a) => a.community).filter(Boolean))].join(', ');
  const t = translator(pickLanguage(settings.uiLanguage, browser.i18n.getUILanguage()));
  await action?.setTitle({ title: where ? t('alert.badgeTitle', { where }) : browser.runtime.getManifest().name });
  if (alerts.length) await action?.setBadgeBackgroundColor({ color: '#b91c1c' });
}

/** The toolbar button: `action` in Chrome's MV3, `browserAction` in Firefox's MV2 build. */
function toolbarButton(): typeof browser.action | undefined {
  return browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
}

/** Finishes what a stopped worker left: posts stored but not analysed, or analysed by an older version. */
async function recover(db: RapportDB): Promise<void> {
  try {
    if ((await analyzerVersionItem.getValue()) !== ANALYZER_VERSION) {
      await requeueOutdated(db);
      await analyzerVersionItem.setValue(ANALYZER_VERSION);
    }
    const current = await loadSettings();
    const n = await analyzeBacklog(db, 200, watchOf(current));
    if (n > 0) console.info(`[rapport] analysed ${n} posts left from an earlier run`);
    await pruneByRetention(db, current.retentionDays);
  } catch (e) {
    console.warn(`[rapport] recovery failed: ${(e as Error).message}`);
  }
}

