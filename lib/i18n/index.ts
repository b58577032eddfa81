import { de } from './de';
import { en, type Catalogue, type MessageKey } from './en';
import { es } from './es';
import { fr } from './fr';
import { pt } from './pt';

export type { MessageKey } from './en';
export const UI_LANGUAGES = ['en', 'es', 'fr', 'de', 'pt'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

const CATALOGUES: Record<UiLanguage, Catalogue> = { en, es, fr, de, pt };

/** The UI language: the setting when chosen, else the browser's UI language ("pt-BR" → pt), else English. */
export function pickLanguage(setting: string | undefined, browserLanguage: string | undefined): UiLanguage {
  if (setting && setting !== 'auto' && (UI_LANGUAGES as readonly string[]).includes(setting)) return setting as UiLanguage;
  const base = (browserLanguage ?? 'en').toLowerCase().split(/[-_]/)[0]!;
  return (UI_LANGUAGES as readonly string[]).includes(base) ? (base as UiLanguage) : 'en';
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * A translator for one language; `{name}` placeholders are filled from params. Missing keys fall back to English.
 * A number is written the language's way ("0,8" in German), without grouping: callers that want "9.230" pass the
 * formatted string.
 */
export function translator(lang: UiLanguage): Translate {
  const cat = CATALOGUES[lang];
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 2, useGrouping: false });
  return (key, params) => {
    const text = cat[key] ?? en[key] ?? key;
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (m, k: string) => {
      if (!(k in params)) return m;
      const v = params[k]!;
      return typeof v === 'number' ? number.format(v) : v;
    });
  };
}
