import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, Settings } from '../model/settings';

const KEY = 'settings';

/** Settings as stored in storage.local, validated; anything unreadable falls back to the defaults field by field. */
export function parseSettings(value: unknown): Settings {
  const parsed = Settings.safeParse(value ?? {});
  if (parsed.success) return parsed.data;
  // Keep the fields that are still valid (an older or hand-edited value), default the rest.
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const field = (Settings.shape as Record<string, { safeParse(x: unknown): { success: boolean; data?: unknown } }>)[k];
      const r = field?.safeParse(v);
      if (r?.success) out[k] = r.data;
    }
  }
  return out as Settings;
}

export async function loadSettings(): Promise<Settings> {
  const r = await browser.storage.local.get(KEY);
  return parseSettings(r[KEY]);
}

/** Validates before writing: an invalid change is refused, never stored. */
export async function saveSettings(next: Settings): Promise<Settings> {
  const valid = Settings.parse(next);
  await browser.storage.local.set({ [KEY]: valid });
  return valid;
}

export function onSettingsChanged(listener: (s: Settings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) listener(parseSettings(changes[KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
