import { browser } from 'wxt/browser';
import { manifestHosts, READER_FILE, sitePattern, trustedSites } from '../../lib/model/site-origin';

/**
 * "Always read this site": asks the browser for this one origin. Must be called straight from the click (the
 * browser asks the person only inside a user gesture): no await before the request. The worker registers the
 * reader once the permission is granted (lib/worker/site-access.ts); the page open now is read at once.
 */
export async function alwaysRead(url: string, tabId?: number): Promise<boolean> {
  const origin = sitePattern(url);
  if (!origin) return false;
  let granted: boolean;
  try {
    granted = await browser.permissions.request({ origins: [origin] });
  } catch {
    return false;
  }
  if (granted && tabId !== undefined) {
    await browser.scripting.executeScript({ target: { tabId }, files: [`/${READER_FILE}`] as never }).catch(() => {});
  }
  return granted;
}

/** The sites read by themselves (Settings lists them). */
export async function sitesReadByThemselves(): Promise<string[]> {
  return trustedSites((await browser.permissions.getAll()).origins ?? [], manifestHosts(browser.runtime.getManifest()));
}

/** Revokes a site: the worker unregisters its reader when the permission is gone. */
export async function stopReading(origin: string): Promise<boolean> {
  return browser.permissions.remove({ origins: [origin] });
}
