import { browser } from 'wxt/browser';

/**
 * Chrome injects manifest content scripts only into pages loaded after the extension: a feed that was
 * already open when Rapport was installed, updated or reloaded would show nothing until the user reloads
 * it. On those events the reader is injected into open tabs of the supported sites (the host permissions
 * already allow it; the reader starts once per page however often it is injected).
 */
type InjectionFiles = Parameters<typeof browser.scripting.executeScript>[0]['files'] & string[];

export function installOpenTabsReading(): void {
  browser.runtime.onInstalled.addListener(() => void readOpenTabs());
}

async function readOpenTabs(): Promise<void> {
  const scripts = browser.runtime.getManifest().content_scripts ?? [];
  const matches = scripts.flatMap((s) => s.matches ?? []);
  // The manifest's own list of files (WXT types file paths as the public files it knows at build time).
  const files = (scripts[0]?.js ?? []) as InjectionFiles;
  if (!matches.length || !files.length) return;
  const tabs = await browser.tabs.query({ url: matches }).catch(() => []);
  for (const tab of tabs) {
    if (tab.id === undefined || tab.discarded) continue;
    await browser.scripting.executeScript({ target: { tabId: tab.id }, files }).catch((e: Error) => console.warn(`[rapport] could not read open tab ${tab.id}: ${e.message}`));
  }
}
