import { parseSettings, Settings } from '../model/settings';
import { settingsItem } from '../protocol/storage';

/** The settings as stored, checked field by field (lib/model/settings.ts). */
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
