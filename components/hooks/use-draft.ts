import { useEffect, useState } from 'react';
import { draftItem, type ComposerDraft } from '../../lib/protocol/storage';

/** The latest text of the composer in a tab, as the content script reported it (session storage, never on disk). */
export function useComposerDraft(tabId: number | undefined): ComposerDraft | undefined {
  const [draft, setDraft] = useState<ComposerDraft>();
  useEffect(() => {
    if (tabId === undefined) return;
    const item = draftItem(tabId);
    // session storage holds what the worker wrote; a value of another shape is ignored, not shown
    const read = (d: ComposerDraft | null) => {
      if (d && typeof d.text === 'string' && typeof d.at === 'number') setDraft(d);
    };
    void item.getValue().then(read);
    return item.watch(read);
  }, [tabId]);
  return draft;
}
