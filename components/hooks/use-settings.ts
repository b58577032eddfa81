import { useCallback, useEffect, useRef, useState } from 'react';
import { loadSettings, onSettingsChanged, saveSettings } from '../../lib/db/settings-store';
import type { Settings } from '../../lib/model/settings';

/**
 * Settings from storage.local, live (another panel or the import may change them). `save` validates first;
 * `patch` applies a change to the latest settings, one save after another, so quick successive edits
 * never overwrite each other with a stale copy. A patch shows at once: a checkbox follows the click, and a
 * stored value arriving from an earlier save does not undo it while its own save is on the way.
 */
export function useSettings(): [Settings | undefined, (next: Settings) => Promise<Settings>, (patch: Partial<Settings>) => Promise<Settings>] {
  const [settings, setSettings] = useState<Settings>();
  const stored = useRef<Settings | undefined>(undefined);
  const pending = useRef<Partial<Settings>[]>([]);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const show = useCallback(() => {
    if (stored.current) setSettings(Object.assign({}, stored.current, ...pending.current) as Settings);
  }, []);
  const set = useCallback((s: Settings) => {
    stored.current = s;
    show();
  }, [show]);
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
    pending.current.push(p);
    show();
    const done = () => void pending.current.splice(pending.current.indexOf(p), 1);
    const run = queue.current
      .catch(() => {})
      .then(() => saveSettings({ ...stored.current!, ...p }))
      .then(
        (saved) => (done(), set(saved), saved),
        (e: unknown) => {
          done();
          show(); // refused (invalid): the view goes back to what is stored
          throw e;
        },
      );
    queue.current = run;
    return run;
  }, [set, show]);
  return [settings, save, patch];
}
