/**
 * What each platform allows in a post: length (as the platform counts it), hashtags, mentions, links. Data and
 * one pure function, apart from the analysis so the panel can show the limits before the analysis has loaded.
 */
export interface PlatformRules {
  maxLength: number;
  /** Characters a link counts for (X counts every URL as 23). */
  linkLength?: number;
  maxHashtags: number;
  maxMentions?: number;
  /** Links in the body are shown but not clickable (Instagram) or reduce reach. */
  linksDiscouraged?: string;
}

/** Limits as the platforms document them (2024). */
export const PLATFORM_RULES: Record<string, PlatformRules> = {
  x: { maxLength: 280, linkLength: 23, maxHashtags: 2, maxMentions: 10 },
  bluesky: { maxLength: 300, maxHashtags: 3 },
  mastodon: { maxLength: 500, linkLength: 23, maxHashtags: 5 },
  threads: { maxLength: 500, maxHashtags: 1 },
  linkedin: { maxLength: 3000, maxHashtags: 5 },
  facebook: { maxLength: 63206, maxHashtags: 3 },
  instagram: { maxLength: 2200, maxHashtags: 30, maxMentions: 20, linksDiscouraged: 'Instagram does not make links in captions clickable.' },
  reddit: { maxLength: 40000, maxHashtags: 0 },
  youtube: { maxLength: 10000, maxHashtags: 3 },
  hackernews: { maxLength: 10000, maxHashtags: 0 },
  discourse: { maxLength: 32000, maxHashtags: 0 },
  generic: { maxLength: 10000, maxHashtags: 5 },
};

export const URL_RE = /https?:\/\/\S+|www\.\S+/gu;

/** Length as the platform counts it: code points, with links counted at their fixed length where there is one. */
export function platformLength(text: string, rules: PlatformRules): number {
  let n = [...text.replace(URL_RE, '')].length;
  const links = text.match(URL_RE) ?? [];
  for (const l of links) n += rules.linkLength ?? [...l].length;
  return n;
}
