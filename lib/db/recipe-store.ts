import { MAX_RECIPES, SiteRecipe } from '../model/recipe';
import { recipesItem } from '../protocol/storage';

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

export async function loadRecipes(): Promise<SiteRecipe[]> {
  return parseRecipes(await recipesItem.getValue());
}

export async function recipeFor(host: string): Promise<SiteRecipe | undefined> {
  return (await loadRecipes()).find((r) => r.host === host);
}

/** Adds or replaces recipes (one per host), validated before writing: an invalid one throws, nothing is written. */
export async function saveRecipes(add: SiteRecipe[]): Promise<number> {
  const valid = add.map((r) => SiteRecipe.parse(r));
  const byHost = new Map((await loadRecipes()).map((r) => [r.host, r]));
  for (const r of valid) byHost.set(r.host, r);
  if (byHost.size > MAX_RECIPES) throw new Error(`Rapport keeps at most ${MAX_RECIPES} site recipes.`);
  await recipesItem.setValue(Object.fromEntries(byHost));
  return valid.length;
}

export async function removeRecipe(host: string): Promise<void> {
  const kept = (await loadRecipes()).filter((r) => r.host !== host);
  await recipesItem.setValue(Object.fromEntries(kept.map((r) => [r.host, r])));
}

export function onRecipesChanged(listener: (r: SiteRecipe[]) => void): () => void {
  return recipesItem.watch((value) => listener(parseRecipes(value)));
}
