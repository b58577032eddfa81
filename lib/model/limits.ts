// Plain constants, free of zod, so content scripts can import them without pulling the schemas in.

/** Longest post text kept; longer text is cut and marked `truncated` (hostile pages can carry megabytes). */
export const MAX_TEXT = 20_000;
