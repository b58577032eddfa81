// Plain constants (and the one cut they define), free of zod, so content scripts can import them without pulling the schemas in.

/** Longest post text kept; longer text is cut and marked `truncated` (hostile pages can carry megabytes). */
export const MAX_TEXT = 20_000;

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
  if (text.length <= MAX_ANALYSED_TEXT) return text;
  const end = /[\ud800-\udbff]/.test(text[MAX_ANALYSED_TEXT - 1]!) ? MAX_ANALYSED_TEXT - 1 : MAX_ANALYSED_TEXT;
  return text.slice(0, end);
}
