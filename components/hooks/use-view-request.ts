import { useEffect, useState } from 'react';
import { viewRequestItem, type ViewRequest } from '../../lib/protocol/storage';

/**
 * A view the page asked the panel to show (the composer indicator's button: "open the Draft view at the findings"),
 * kept by the worker in session storage under the tab's id. Only requests made while the panel is open, or in
 * the last few seconds (the click that opened it), are followed.
 */
export function useViewRequest(tabId: number | undefined): ViewRequest | undefined {
  const [request, setRequest] = useState<ViewRequest>();
  useEffect(() => {
    if (tabId === undefined) return;
    const item = viewRequestItem(tabId);
    const read = (r: ViewRequest | null, fresh: boolean) => {
      if (r?.view === 'draft' && typeof r.at === 'number' && (fresh || Date.now() - r.at < 10_000)) setRequest(r);
    };
    void item.getValue().then((r) => read(r, false));
    return item.watch((r) => read(r, true));
  }, [tabId]);
  return request;
}
