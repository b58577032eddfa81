import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { DraftChanged } from '../lib/protocol/contract';

export type ComposerDraft = DraftChanged & { at: number };

/** The latest text of the composer in a tab, as the content script reported it (session storage, never on disk). */
export function useComposerDraft(tabId: number | undefined): ComposerDraft | undefined {
  const [draft, setDraft] = useState<ComposerDraft>();
  useEffect(() => {
    if (tabId === undefined) return;
    const key = `draft:${tabId}`;
    const read = (v: unknown) => {
      const d = v as ComposerDraft | undefined;
      if (d && typeof d.text === 'string' && typeof d.at === 'number') setDraft(d);
    };
    void browser.storage.session.get(key).then((r) => read(r[key]));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && key in changes) read(changes[key]!.newValue);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [tabId]);
  return draft;
}
