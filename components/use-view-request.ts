import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

export interface ViewRequest {
  view: 'draft';
  at: number;
}

/**
 * A view the page asked the panel to show (the composer indicator's button: "open the Draft view at the findings"),
 * kept by the worker in session storage under the tab's id. Only requests made while the panel is open, or in
 * the last few seconds (the click that opened it), are followed.
 */
export function useViewRequest(tabId: number | undefined): ViewRequest | undefined {
  const [request, setRequest] = useState<ViewRequest>();
  useEffect(() => {
    if (tabId === undefined) return;
    const key = `view:${tabId}`;
    const read = (v: unknown, fresh: boolean) => {
      const r = v as ViewRequest | undefined;
      if (r?.view === 'draft' && typeof r.at === 'number' && (fresh || Date.now() - r.at < 10_000)) setRequest(r);
    };
    void browser.storage.session.get(key).then((r) => read(r[key], false));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && key in changes) read(changes[key]!.newValue, true);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [tabId]);
  return request;
}
