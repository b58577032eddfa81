import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

/**
 * The tab the panel describes: `?tab=ID` when given (tests open the panel as a tab of its own), otherwise
 * the active tab of the panel's window, followed as the user switches tabs.
 */
export function usePanelTab(): number | undefined {
  const explicit = Number(new URLSearchParams(location.search).get('tab'));
  const [tabId, setTabId] = useState<number | undefined>(Number.isInteger(explicit) && explicit > 0 ? explicit : undefined);

  useEffect(() => {
    if (Number.isInteger(explicit) && explicit > 0) return;
    let windowId: number | undefined;
    const refresh = () =>
      void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
        windowId = tab?.windowId;
        setTabId(tab?.id);
      });
    refresh();
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (windowId === undefined || info.windowId === windowId) setTabId(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [explicit]);

  return tabId;
}
