import { z } from 'zod';
import { Platform } from './post';

export const Settings = z.object({
  /** languages the user reads and writes: priors for language detection and the audience for drafts */
  languages: z.array(z.string().max(8)).max(50).default(['en']),
  /** ISO 3166 regions whose cultural risks drafts are checked against */
  targetMarkets: z.array(z.string().max(8)).max(50).default([]),
  /** watched keywords (the keyword watchlist) */
  watchlist: z.array(z.string().max(200)).max(500).default([]),
  /** watched brands (usually the user's own) and competitors: captures compare them over time */
  brands: z.array(z.string().max(200)).max(200).default([]),
  competitors: z.array(z.string().max(200)).max(200).default([]),
  disabledPlatforms: z.array(Platform).default([]),
  storeAuthorNames: z.boolean().default(true),
  retentionDays: z.number().int().min(1).max(3650).default(90),
  inlineBadges: z.boolean().default(true),
  /** the button beside a site's composer that says how many findings the draft has and opens the Draft view */
  composerIndicator: z.boolean().default(true),
  /** side panel colours: follow the system (prefers-color-scheme) or force one */
  theme: z.enum(['system', 'light', 'dark']).default('system'),
  /** side panel language: `auto` follows the browser's UI language */
  uiLanguage: z.enum(['auto', 'en', 'es', 'fr', 'de', 'pt']).default('auto'),
  /** tone of suggested replies (the Page view's tone picker remembers the last choice) */
  replyTone: z.enum(['warm', 'neutral', 'formal']).default('neutral'),
  /** let the browser's on-device language model (Chrome's Prompt API) write suggestions too; off by default */
  modelSuggestions: z.boolean().default(false),
});
export type Settings = z.infer<typeof Settings>;
export const DEFAULT_SETTINGS: Settings = Settings.parse({});

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
