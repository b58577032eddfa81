import { MAX_RECIPES, parseRecipes, SiteRecipe } from '../model/recipe';
import { recipesItem } from '../protocol/storage';

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
