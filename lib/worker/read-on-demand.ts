import { browser } from 'wxt/browser';

const MENU_ID = 'rapport-read-page';
/** The content script WXT builds from entrypoints/reader.content.ts. */
const READER_FILE = '/content-scripts/reader.js';

/**
 * Any page outside the supported platforms is read only on the user's gesture: the context-menu entry or
 * the keyboard shortcut grants `activeTab` for that tab, and nothing else does.
 */
export function installReadOnDemand(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Read this page with Rapport', contexts: ['page', 'selection'] }, () => void browser.runtime.lastError);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined) readOnGesture(tab.id);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'read-page' && tab?.id !== undefined) readOnGesture(tab.id);
  });
}

/** The person asked (menu, shortcut, toolbar button): the panel opens beside the page and the page is read. */
export function readOnGesture(tabId: number): void {
  openPanel(tabId);
  void readTab(tabId);
}

async function readTab(tabId: number): Promise<void> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [READER_FILE] });
  } catch (e) {
    console.warn(`[rapport] could not read tab ${tabId}: ${(e as Error).message}`);
  }
}

/** Opening the panel must happen inside the gesture's handler, before any await. */
function openPanel(tabId: number): void {
  const b = browser as unknown as { sidePanel?: { open(o: { tabId: number }): Promise<void> }; sidebarAction?: { open(): Promise<void> } };
  void (b.sidePanel?.open({ tabId }) ?? b.sidebarAction?.open())?.catch(() => {});
}
