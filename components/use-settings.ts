import { useCallback, useEffect, useState } from 'react';
import { loadSettings, onSettingsChanged, saveSettings } from '../lib/db/settings-store';
import type { Settings } from '../lib/model/settings';

/** Settings from storage.local, live (another panel or the import may change them); `save` validates first. */
export function useSettings(): [Settings | undefined, (next: Settings) => Promise<Settings>] {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    void loadSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, []);
  const save = useCallback(async (next: Settings) => {
    const saved = await saveSettings(next);
    setSettings(saved);
    return saved;
  }, []);
  return [settings, save];
}
