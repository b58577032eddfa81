import type { Translate, UiLanguage } from './index';

// Names and numbers as a person reads them in the panel's language: no platform ids, language codes or raw hours.

/** The platforms' own names; `generic` (a page read by structure) is named in the UI language by the caller. */
const PLATFORM_NAMES: Record<string, string> = {
  x: 'X', reddit: 'Reddit', hackernews: 'Hacker News', youtube: 'YouTube', linkedin: 'LinkedIn', mastodon: 'Mastodon',
  bluesky: 'Bluesky', facebook: 'Facebook', instagram: 'Instagram', threads: 'Threads', discourse: 'Discourse',
};

export function platformName(id: string, t: Translate): string {
  return PLATFORM_NAMES[id] ?? (id === 'generic' ? t('platform.generic') : id);
}

const languageNames = new Map<string, Intl.DisplayNames | undefined>();

/** "de" → "German" in English, "Deutsch" in German; `und` (not sure) in words; an unknown code stays as it is. */
export function languageName(code: string, lang: UiLanguage, t: Translate): string {
  if (code === 'und') return t('language.und');
  if (!languageNames.has(lang)) {
    try {
      languageNames.set(lang, new Intl.DisplayNames([lang], { type: 'language', fallback: 'code' }));
    } catch {
      languageNames.set(lang, undefined);
    }
  }
  try {
    const name = languageNames.get(lang)?.of(code) ?? code;
    // Intl capitalises by the language's rules (English "German", French "allemand"): a label starts upper case.
    return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
  } catch {
    return code; // not a well-formed language tag
  }
}

/** A count with its noun in the right plural form: `{key}.one` / `{key}.other` by the language's plural rules. */
export function plural(t: Translate, lang: UiLanguage, key: 'plural.posts' | 'plural.flags' | 'plural.replies' | 'plural.questions' | 'plural.people' | 'plural.interactions', n: number): string {
  const form = new Intl.PluralRules(lang).select(n) === 'one' ? 'one' : 'other';
  return t(`${key}.${form}`, { n: new Intl.NumberFormat(lang).format(n) });
}

/** "3 hours ago", "vor 2 Jahren": the largest unit that is at least one. */
export function timeAgo(then: number, lang: UiLanguage, now = Date.now()): string {
  const seconds = Math.round((then - now) / 1000);
  const units: [Intl.RelativeTimeFormatUnit, number][] = [['year', 31_536_000], ['month', 2_592_000], ['week', 604_800], ['day', 86_400], ['hour', 3600], ['minute', 60]];
  const rtf = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  for (const [unit, size] of units) if (Math.abs(seconds) >= size) return rtf.format(Math.trunc(seconds / size), unit);
  return rtf.format(seconds, 'second');
}
