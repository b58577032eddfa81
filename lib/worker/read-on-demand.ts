import { browser } from 'wxt/browser';
import { READER_FILE } from '../model/site-origin';

const MENU_ID = 'rapport-read-page';

type Panels = {
  sidePanel?: { open(o: { tabId: number }): Promise<void>; setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
  action?: { onClicked: { addListener(f: (tab: { id?: number }) => void): void } };
  browserAction?: { onClicked: { addListener(f: (tab: { id?: number }) => void): void } };
};

/**
 * Any page outside the supported platforms is read only on the user's gesture: the toolbar button, the context-menu
 * entry or the keyboard shortcut. Each grants `activeTab` for that tab, and nothing else does. Each opens the panel
 * and reads the page (a supported page is already read: the reader starts once per page).
 */
export function installReadOnDemand(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Read this page with Rapport', contexts: ['page', 'selection'] }, () => void browser.runtime.lastError);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined) openAndRead(tab.id);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'read-page' && tab?.id !== undefined) openAndRead(tab.id);
  });
  const b = browser as unknown as Panels;
  // Chrome's "open the panel on action click" grants no activeTab: the click is handled here instead, so the toolbar
  // button reads a forum as the menu does. (The behaviour is stored by Chrome: an earlier version set it on.)
  void b.sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => {});
  (b.action ?? b.browserAction)?.onClicked.addListener((tab) => {
    if (tab.id !== undefined) openAndRead(tab.id);
  });
}

function openAndRead(tabId: number): void {
  openPanel(tabId);
  void injectReader(tabId, 4);
}

/**
 * Chromium sometimes runs the click's handler a moment before the tab's access is granted: the first injection is
 * refused ("Cannot access contents of the page") and one 250 ms later succeeds (seen on 1 click in 15 in the
 * end-to-end runs). A refusal is tried again a few times over a second; any other failure is said at once.
 */
async function injectReader(tabId: number, tries: number): Promise<void> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [`/${READER_FILE}`] });
  } catch (e) {
    const message = (e as Error).message;
    if (tries > 0 && /cannot access|permission/i.test(message)) {
      setTimeout(() => void injectReader(tabId, tries - 1), 250);
      return;
    }
    console.warn(`[rapport] could not read tab ${tabId}: ${message}`);
  }
}

/** Opening the panel must happen inside the gesture's handler, before any await. */
export function openPanel(tabId: number): void {
  const b = browser as unknown as Panels;
  void (b.sidePanel?.open({ tabId }) ?? b.sidebarAction?.open())?.catch(() => {});
}
