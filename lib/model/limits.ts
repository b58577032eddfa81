// Plain constants, free of zod, so content scripts can import them without pulling the schemas in. The schemas
// (./post.ts) are built from them and the readers' output is clamped to them (lib/platforms/clamp.ts).

/** Longest post text kept; longer text is cut and marked `truncated` (hostile pages can carry megabytes). */
export const MAX_TEXT = 20_000;
/** Post ids and parent ids (`platform:nativeId`). */
export const MAX_ID = 300;
export const MIN_ID = 3;
/** Page and post URLs. */
export const MAX_URL = 4000;
/** An author's name or handle, a community's name. */
export const MAX_NAME = 500;
export const MAX_TITLE = 2000;
/** An ISO 8601 date as a page writes it. */
export const MAX_DATE = 64;
export const MAX_DEPTH = 10_000;
/** A BCP 47 language tag (the longest real ones are about 35 characters). */
export const MAX_LANG = 35;

/**
 * Longest text the analysis reads: Reddit and YouTube, the sites with the longest ordinary comments, allow 10,000
 * characters, so every real comment is analysed whole, while a stored 20,000-character hostile text costs at most
 * this much analysis (the analysers are linear: about 1-20 ms for this many characters of any text, see
 * tests/unit/analysis/pathological.test.ts). The post keeps its full stored text; only the analysis stops here.
 */
export const MAX_ANALYSED_TEXT = 10_000;

/**
 * The part of a text the analysis reads: its first MAX_ANALYSED_TEXT characters (not cutting an emoji in half).
 * Offsets of spans and flags stay valid in the whole text.
 */
export function analysedPart(text: string): string {
  return clip(text, MAX_ANALYSED_TEXT);
}

// A stored analysis is bounded whatever the text: one hostile post cannot push real history out through pruning.
/** Sensitivity flags kept per post (the most severe first, then in reading order). */
export const MAX_FLAGS = 20;
/** Offensive spans kept per post, in reading order (the score counts them all). */
export const MAX_SPANS = 20;
/** Words and rules kept as the sentiment's explanation: the strongest (the score counts them all). */
export const MAX_CONTRIBUTIONS = 20;
/** Engagement opportunities kept per post: the highest priority (a long watchlist can match many terms). */
export const MAX_OPPORTUNITIES = 10;
/** Characters kept of a matched text (a flag's, a span's, a contribution's token, an opportunity's words). */
export const MAX_MATCH_TEXT = 60;
/**
 * Upper bound of one stored analysis, in bytes of JSON (UTF-8): the caps above times their largest entries (20 flags
 * of about 300 bytes, 20 spans and 20 contributions of about 250, 10 opportunities of about 450) and the rest.
 * Reasons and alternatives are not stored: a flag stores its rule's code, rendered at display time.
 * `npx rapport bench` prints the sizes measured beside it.
 */
export const MAX_ANALYSIS_BYTES = 24_000;

/** A text cut to `max` UTF-16 units, never inside a surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return text.slice(0, /[\ud800-\udbff]/.test(text[max - 1]!) ? max - 1 : max);
}
