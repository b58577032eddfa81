import { z } from 'zod';
import { MAX_SELECTOR, isSelector } from './selector';

/**
 * A site recipe: how to read one site's posts, taught by the person pointing at a post (lib/content/picker.ts).
 * Data only: CSS selectors of a closed, small grammar (./selector.ts), never code or markup. Used before discovery
 * on its host whenever a page of that host is read.
 */
const Selector = z
  .string()
  .trim()
  .min(1)
  .max(MAX_SELECTOR, { message: `a selector longer than ${MAX_SELECTOR} characters` })
  .refine(isSelector, { message: 'not a CSS selector Rapport accepts (tags, classes, ids, attributes, combinators)' });

/** A host name as URLs carry it (lower case, no scheme, no port, no path). */
export const Host = z
  .string()
  .min(1)
  .max(253)
  .regex(/^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/, { message: 'not a host name' });

export const RECIPE_VERSION = 1;

export const SiteRecipe = z
  .object({
    version: z.literal(RECIPE_VERSION),
    host: Host,
    /** each post's element */
    post: Selector,
    /** inside a post: its author's name, its time, its text, its score (missing parts are found by structure) */
    author: Selector.optional(),
    time: Selector.optional(),
    body: Selector.optional(),
    score: Selector.optional(),
    /** when the person taught it (ms since 1970) */
    created: z.number().int().min(Date.UTC(2000, 0, 1)).max(Date.UTC(3000, 0, 1)),
  })
  .strict();
export type SiteRecipe = z.infer<typeof SiteRecipe>;

/** Recipes kept: one per host; a bound on what an import can write. */
export const MAX_RECIPES = 1000;

/** The file Settings exports and imports. */
export const RecipeFile = z
  .object({
    format: z.literal('rapport-recipes'),
    version: z.literal(1),
    recipes: z.array(SiteRecipe).max(MAX_RECIPES),
  })
  .strict();
export type RecipeFile = z.infer<typeof RecipeFile>;

/** A recipe file's text, checked: the recipes, or one sentence saying what is wrong (the first few problems). */
export function parseRecipeFile(text: string): { ok: true; recipes: SiteRecipe[] } | { ok: false; reason: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'the file is not JSON' };
  }
  const parsed = RecipeFile.safeParse(value);
  if (parsed.success) return { ok: true, recipes: parsed.data.recipes };
  const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || 'file'}: ${i.message}`);
  return { ok: false, reason: issues.join('; ') };
}

/** The recipes as stored in storage.local (by host), validated one by one: an unreadable one is left out, never used. */
export function parseRecipes(value: unknown): SiteRecipe[] {
  if (!value || typeof value !== 'object') return [];
  const out: SiteRecipe[] = [];
  for (const v of Object.values(value)) {
    const r = SiteRecipe.safeParse(v);
    if (r.success) out.push(r.data);
  }
  return out.sort((a, b) => a.host.localeCompare(b.host));
}
