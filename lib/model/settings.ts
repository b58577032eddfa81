import { z } from 'zod';
import { Platform } from './post';

export const Settings = z.object({
  /** languages the user reads and writes: priors for language detection and the audience for drafts */
  languages: z.array(z.string().max(8)).max(50).default(['en']),
  /** ISO 3166 regions whose cultural risks drafts are checked against */
  targetMarkets: z.array(z.string().max(8)).max(50).default([]),
  watchlist: z.array(z.string().max(200)).max(500).default([]),
  disabledPlatforms: z.array(Platform).default([]),
  storeAuthorNames: z.boolean().default(true),
  retentionDays: z.number().int().min(1).max(3650).default(90),
  inlineBadges: z.boolean().default(true),
});
export type Settings = z.infer<typeof Settings>;
export const DEFAULT_SETTINGS: Settings = Settings.parse({});
