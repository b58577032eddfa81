import { useCallback, useEffect, useRef, useState } from 'react';
import { loadSettings, onSettingsChanged, saveSettings } from '../lib/db/settings-store';
import type { Settings } from '../lib/model/settings';

/**
 * Settings from storage.local, live (another panel or the import may change them). `save` validates first;
 * `patch` applies a change to the latest settings, one save after another, so quick successive edits
 * never overwrite each other with a stale copy.
 */
export function useSettings(): [Settings | undefined, (next: Settings) => Promise<Settings>, (patch: Partial<Settings>) => Promise<Settings>] {
  const [settings, setSettings] = useState<Settings>();
  const latest = useRef<Settings | undefined>(undefined);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const set = useCallback((s: Settings) => {
    latest.current = s;
    setSettings(s);
  }, []);
  useEffect(() => {
    void loadSettings().then(set);
    return onSettingsChanged(set);
  }, [set]);
  const save = useCallback(async (next: Settings) => {
    const saved = await saveSettings(next);
    set(saved);
    return saved;
  }, [set]);
  const patch = useCallback((p: Partial<Settings>) => {
    const run = queue.current.catch(() => {}).then(() => save({ ...latest.current!, ...p }));
    queue.current = run;
    return run;
  }, [save]);
  return [settings, save, patch];
}
