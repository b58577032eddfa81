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
