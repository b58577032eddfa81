import { useEffect, useState } from 'react';
import { loadRecipes, onRecipesChanged, removeRecipe, saveRecipes } from '../../lib/db/recipe-store';
import { parseRecipeFile, RECIPE_VERSION, type SiteRecipe } from '../../lib/model/recipe';
import { download, stamp } from '../services/download';
import { useI18n } from '../hooks/i18n';
import { sitesReadByThemselves, stopReading } from '../services/site-access';

/** Largest recipe file read: a thousand recipes are well under this. */
const MAX_FILE = 2 * 1024 * 1024;

/** Settings: the site recipes the person taught (remove, export, import) and the sites read by themselves (stop). */
export function SiteRecipesSettings() {
  const { t } = useI18n();
  const [recipes, setRecipes] = useState<SiteRecipe[]>([]);
  const [sites, setSites] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  useEffect(() => {
    void loadRecipes().then(setRecipes);
    void sitesReadByThemselves().then(setSites, () => setSites([]));
    return onRecipesChanged(setRecipes);
  }, []);

  const importFile = async (file: File) => {
    const parsed = file.size > MAX_FILE ? { ok: false as const, reason: `${Math.round(file.size / 1024)} KB` } : parseRecipeFile(await file.text());
    if (!parsed.ok) return setStatus(t('recipes.importInvalid', { reason: parsed.reason }));
    try {
      setStatus(t('recipes.imported', { n: await saveRecipes(parsed.recipes) }));
    } catch (e) {
      setStatus(t('recipes.importInvalid', { reason: (e as Error).message.slice(0, 200) }));
    }
  };
  const exportAll = () => download(`rapport-recipes-${stamp()}.json`, JSON.stringify({ format: 'rapport-recipes', version: RECIPE_VERSION, recipes }, null, 2), 'application/json');
  const stop = async (origin: string) => {
    await stopReading(origin).catch(() => false);
    setSites(await sitesReadByThemselves());
  };

  return (
    <>
      <fieldset className="card space-y-2 text-xs" data-testid="site-recipes">
        <legend className="h2">{t('recipes.title')}</legend>
        <p>{t('recipes.intro')}</p>
        {recipes.length === 0 ? (
          <p>{t('recipes.none')}</p>
        ) : (
          <ul className="space-y-1">
            {recipes.map((r) => (
              <li key={r.host} className="flex items-center justify-between gap-2" data-testid="site-recipe">
                <span>
                  <span className="font-medium">{r.host}</span> <code className="break-all">{t('recipes.item', { post: r.post })}</code>
                </span>
                <button type="button" className="btn" aria-label={t('recipes.remove', { host: r.host })} onClick={() => void removeRecipe(r.host)} data-testid="remove-recipe">×</button>
              </li>
            ))}
          </ul>
        )}
        <div className="flex flex-wrap gap-2">
          <button type="button" className="btn" disabled={recipes.length === 0} onClick={exportAll} data-testid="export-recipes">{t('recipes.export')}</button>
          <label className="btn cursor-pointer">
            {t('recipes.import')}
            <input type="file" accept="application/json,.json" className="sr-only" onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ''; if (f) void importFile(f); }} data-testid="import-recipes" />
          </label>
        </div>
        {status && <p role="status" data-testid="recipes-status">{status}</p>}
      </fieldset>
      <fieldset className="card space-y-2 text-xs" data-testid="trusted-sites">
        <legend className="h2">{t('sites.title')}</legend>
        {sites.length === 0 ? (
          <p>{t('sites.none')}</p>
        ) : (
          <ul className="space-y-1">
            {sites.map((s) => (
              <li key={s} className="flex items-center justify-between gap-2">
                <span>{s}</span>
                <button type="button" className="btn" onClick={() => void stop(s)}>{t('sites.revoke', { host: new URL(s.replace('/*', '/')).hostname })}</button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
    </>
  );
}
