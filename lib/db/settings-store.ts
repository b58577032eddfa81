import { DEFAULT_SETTINGS, Settings } from '../model/settings';
import { settingsItem } from '../protocol/storage';

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
  return parseSettings(await settingsItem.getValue());
}

/** Validates before writing: an invalid change is refused, never stored. */
export async function saveSettings(next: Settings): Promise<Settings> {
  const valid = Settings.parse(next);
  await settingsItem.setValue(valid);
  return valid;
}

export function onSettingsChanged(listener: (s: Settings) => void): () => void {
  return settingsItem.watch((value) => listener(parseSettings(value)));
}
