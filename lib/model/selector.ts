// Plain code, free of zod: the content script checks recipe selectors with it too.

/** Longest selector a recipe holds: what the picker writes is far shorter; a longer one is not a recipe's. */
export const MAX_SELECTOR = 300;

const IDENT = String.raw`-?[A-Za-z_][\w-]*`;
const VALUE = String.raw`"[^"\\\n]{0,100}"|'[^'\\\n]{0,100}'|${IDENT}`;
/** after an optional tag or `*`: `.class`, `#id`, `[attr]`, `[attr op value]` (ops = ^= $= *= ~= |=) */
const SUFFIX = String.raw`(?:\.${IDENT}|#${IDENT}|\[\s*${IDENT}\s*(?:[\^$*~|]?=\s*(?:${VALUE})\s*)?\])`;
// one way only to split a compound (a tag first, then suffixes that each start with their own sign): no backtracking
const COMPOUND = String.raw`(?:(?:${IDENT}|\*)${SUFFIX}*|${SUFFIX}+)`;
const COMPLEX = String.raw`${COMPOUND}(?:\s*[>+~]\s*${COMPOUND}|\s+${COMPOUND})*`;
const SELECTOR = new RegExp(String.raw`^\s*${COMPLEX}(?:\s*,\s*${COMPLEX})*\s*$`);

/**
 * Whether a string is a selector of the small grammar recipes use: tags, classes, ids, attribute tests and the
 * combinators, nothing else (no pseudo-classes, no `:has()`, no escapes). Checked where no CSS parser exists (the
 * worker, Node); the content script also lets the browser parse it before use.
 */
export function isSelector(s: string): boolean {
  return s.length > 0 && s.length <= MAX_SELECTOR && SELECTOR.test(s);
}
