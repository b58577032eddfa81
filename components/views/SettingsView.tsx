import { useEffect, useId, useState } from 'react';
import { exportBackup, importChunks, MAX_BACKUP_BYTES, readBackupFile } from '../../lib/db/backup';
import { UI_LANGUAGES } from '../../lib/i18n';
import { sendMessage } from '../../lib/protocol/client';
import { Platform } from '../../lib/model/post';
import type { Settings } from '../../lib/model/settings';
import { loadRecipes, saveRecipes } from '../../lib/db/recipe-store';
import { db } from '../services/db';
import { SiteRecipesSettings } from '../widgets/SiteRecipesSettings';
import { download, stamp } from '../services/download';
import { useI18n } from '../hooks/i18n';
import { platformName } from '../../lib/i18n/format';
import { ProgressBar } from '../widgets/ProgressBar';
import { useLongTask } from '../hooks/use-long-task';

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', es: 'Español', fr: 'Français', de: 'Deutsch', pt: 'Português' };

/** A list setting edited as comma-separated text, saved when the field is left or Enter is pressed. */
function ListField({ label, value, onSave, hint, testId }: { label: string; value: string[]; onSave: (v: string[]) => void; hint: string; testId: string }) {
  const id = useId();
  const [text, setText] = useState(value.join(', '));
  // Changed elsewhere (import, delete everything, another panel): show the stored value.
  const joined = value.join(', ');
  useEffect(() => setText(joined), [joined]);
  const commit = () => {
    const next = [...new Set(text.split(',').map((s) => s.trim()).filter(Boolean))];
    if (next.join('\u0000') !== value.join('\u0000')) onSave(next);
  };
  return (
    <div className="flex flex-col text-xs">
      <label htmlFor={id} className="font-medium">{label}</label>
      <input id={id} className="field" value={text} onChange={(e) => setText(e.target.value)} onBlur={commit} onKeyDown={(e) => e.key === 'Enter' && commit()} aria-describedby={`${id}-hint`} data-testid={testId} />
      <span id={`${id}-hint`} className="text-slate-600 dark:text-slate-400">{hint}</span>
    </div>
  );
}

/** "Settings": markets and languages, watchlists, platforms, privacy, display, and the user's data. */
export function SettingsView({ settings, save, patch }: { settings: Settings; save: (s: Settings) => Promise<Settings>; patch: (p: Partial<Settings>) => Promise<Settings> }) {
  const { t } = useI18n();
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState(false);
  /** names were just switched off: offer to remove them from what is stored */
  const [offerScrub, setOfferScrub] = useState(false);
  /** an imported backup's privacy settings, which differ from the user's own and were not applied */
  const [offerPrivacy, setOfferPrivacy] = useState<Pick<Settings, 'storeAuthorNames' | 'retentionDays'>>();
  const task = useLongTask(t('common.cancelled'));
  const update = (change: Partial<Settings>) =>
    void patch(change).then(
      () => setStatus(t('settings.saved')),
      (e: Error) => setStatus(t('settings.invalid', { reason: e.message.slice(0, 200) })),
    );

  const exportAll = () =>
    task.start(async (report, signal) => {
      const backup = await exportBackup(db, settings, { onProgress: report, signal }, await loadRecipes());
      download(`rapport-backup-${stamp()}.json`, JSON.stringify(backup), 'application/json');
      return '';
    });
  const importFile = (file: File) =>
    task.start(async (report, signal) => {
      // Everything is read and validated here before the worker sees a row; the worker stages the chunks and
      // writes them in one transaction at the commit, so a failure anywhere leaves the database as it was.
      const read = await readBackupFile(file);
      if (!read.ok) {
        return read.reason === 'too-big'
          ? t('settings.importTooBig', { size: read.detail, max: `${MAX_BACKUP_BYTES / 1024 / 1024} MB` })
          : t('settings.importInvalid', { reason: read.detail });
      }
      const { backup } = read;
      const importId = crypto.randomUUID();
      const chunks = importChunks(backup, importId);
      const total = chunks.reduce((a, c) => a + c.rows.length, 0);
      let staged = 0;
      for (const chunk of chunks) {
        if (signal.aborted) throw new DOMException('Cancelled', 'AbortError');
        const r = await sendMessage('importRows', chunk);
        if (!r.ok) throw new Error(t('settings.importFailed', { reason: r.error.message }));
        staged = r.staged;
        report(staged, total);
      }
      if (signal.aborted) throw new DOMException('Cancelled', 'AbortError');
      const r = await sendMessage('importCommit', { importId, rows: staged });
      if (!r.ok) throw new Error(t('settings.importFailed', { reason: r.error.message }));
      if (backup.recipes?.length) await saveRecipes(backup.recipes);
      // The user's own privacy choices stay unless they agree to the backup's.
      const { storeAuthorNames, retentionDays } = backup.settings;
      await save({ ...backup.settings, storeAuthorNames: settings.storeAuthorNames, retentionDays: settings.retentionDays });
      if (storeAuthorNames !== settings.storeAuthorNames || retentionDays !== settings.retentionDays) setOfferPrivacy({ storeAuthorNames, retentionDays });
      return r.keptLocal ? t('settings.importedMerged', { n: r.written, kept: r.keptLocal }) : t('settings.imported', { n: r.written });
    });
  const scrub = () =>
    task.start(async (report, signal) => {
      setOfferScrub(false);
      let changed = 0;
      for (const table of ['posts', 'captures'] as const) {
        let after: string | undefined;
        for (;;) {
          if (signal.aborted) throw new DOMException('Cancelled', 'AbortError');
          const r = await sendMessage('scrubAuthors', { table, after, limit: 200 });
          if (!r.ok) throw new Error(r.error.message);
          report(r.done, r.total);
          if (table === 'posts') changed = r.done;
          if (!r.next) break;
          after = r.next;
        }
      }
      return t('settings.scrubbed', { n: changed });
    });
  const reanalyze = () =>
    task.start(async (report, signal) => {
      let after: string | undefined;
      let done = 0;
      for (;;) {
        if (signal.aborted) throw new DOMException('Cancelled', 'AbortError');
        const r = await sendMessage('reanalyze', { after, limit: 200 });
        if (!r.ok) throw new Error(r.error.message);
        done = r.done;
        report(r.done, r.total);
        if (!r.next) break;
        after = r.next;
      }
      return t('settings.reanalyzed', { n: done });
    });
  const deleteAll = async () => {
    setConfirming(false);
    const r = await sendMessage('deleteEverything', null);
    if (r.ok) localStorage.clear(); // the panel's own small memory (the community Insights showed last)
    setStatus(r.ok ? t('settings.deleted') : r.error.message);
  };

  const platforms = Platform.options;
  return (
    <form className="space-y-4" onSubmit={(e) => e.preventDefault()} aria-label={t('view.settings')}>
      <p role="status" aria-live="polite" className="text-xs" data-testid="settings-status">{status}</p>
      <fieldset className="card space-y-2">
        <legend className="h2">{t('settings.audience')}</legend>
        <ListField label={t('settings.languages')} value={settings.languages} hint={`${t('settings.listHint')}: en, es, fr`} onSave={(languages) => update({ languages })} testId="set-languages" />
        <ListField label={t('settings.markets')} value={settings.targetMarkets} hint={t('settings.listHint')} onSave={(targetMarkets) => update({ targetMarkets: targetMarkets.map((m) => m.toUpperCase()) })} testId="set-markets" />
      </fieldset>
      <fieldset className="card space-y-2">
        <legend className="h2">{t('settings.watchlists')}</legend>
        <ListField label={t('settings.brands')} value={settings.brands} hint={t('settings.listHint')} onSave={(brands) => update({ brands })} testId="set-brands" />
        <ListField label={t('settings.competitors')} value={settings.competitors} hint={t('settings.listHint')} onSave={(competitors) => update({ competitors })} testId="set-competitors" />
        <ListField label={t('settings.keywords')} value={settings.watchlist} hint={t('settings.listHint')} onSave={(watchlist) => update({ watchlist })} testId="set-keywords" />
      </fieldset>
      <fieldset className="card">
        <legend className="h2">{t('settings.platforms')}</legend>
        <div className="grid grid-cols-2 gap-1 text-xs">
          {platforms.map((p) => (
            <label key={p} className="flex items-center gap-1">
              <input
                type="checkbox"
                checked={!settings.disabledPlatforms.includes(p)}
                onChange={(e) => update({ disabledPlatforms: e.target.checked ? settings.disabledPlatforms.filter((x) => x !== p) : [...settings.disabledPlatforms, p] })}
                data-testid={`platform-${p}`}
              />
              {platformName(p, t)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="card space-y-2 text-xs">
        <legend className="h2">{t('settings.privacy')}</legend>
        <label className="flex items-center gap-1">
          <input
            type="checkbox"
            checked={settings.storeAuthorNames}
            onChange={(e) => {
              update({ storeAuthorNames: e.target.checked });
              setOfferScrub(!e.target.checked);
            }}
            data-testid="set-store-authors"
          />
          {t('settings.storeAuthors')}
        </label>
        {offerScrub && (
          <div role="alertdialog" aria-labelledby="offer-scrub" className="rounded border border-slate-400 p-2">
            <p id="offer-scrub">{t('settings.scrubOffer')}</p>
            <div className="mt-1 flex gap-2">
              <button type="button" className="btn" disabled={task.running} onClick={() => void scrub()} data-testid="confirm-scrub" autoFocus>{t('settings.scrub')}</button>
              <button type="button" className="btn" onClick={() => setOfferScrub(false)} data-testid="decline-scrub">{t('settings.notNow')}</button>
            </div>
          </div>
        )}
        <label className="flex items-center gap-2">
          {t('settings.retention')}
          <input
            className="field w-20"
            type="number"
            min={1}
            max={3650}
            defaultValue={settings.retentionDays}
            key={settings.retentionDays}
            onBlur={(e) => {
              const n = Number(e.target.value);
              if (Number.isInteger(n) && n >= 1 && n <= 3650 && n !== settings.retentionDays) update({ retentionDays: n });
            }}
            data-testid="set-retention"
          />
        </label>
      </fieldset>
      <fieldset className="card space-y-2 text-xs">
        <legend className="h2">{t('settings.display')}</legend>
        <label className="flex items-center gap-1">
          <input type="checkbox" checked={settings.inlineBadges} onChange={(e) => update({ inlineBadges: e.target.checked })} data-testid="set-inline" />
          {t('settings.inline')}
        </label>
        <label className="flex items-center gap-1">
          <input type="checkbox" checked={settings.composerIndicator} onChange={(e) => update({ composerIndicator: e.target.checked })} data-testid="set-composer-indicator" />
          {t('settings.composerIndicator')}
        </label>
        <label className="flex items-center gap-2">
          {t('settings.theme')}
          <select className="field" value={settings.theme} onChange={(e) => update({ theme: e.target.value as Settings['theme'] })} data-testid="set-theme">
            {(['system', 'light', 'dark'] as const).map((x) => (
              <option key={x} value={x}>{t(`settings.theme.${x}`)}</option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-2">
          {t('settings.uiLanguage')}
          <select className="field" value={settings.uiLanguage} onChange={(e) => update({ uiLanguage: e.target.value as Settings['uiLanguage'] })} data-testid="set-ui-language">
            <option value="auto">{t('settings.uiLanguage.auto')}</option>
            {UI_LANGUAGES.map((l) => (
              <option key={l} value={l} lang={l}>{LANGUAGE_NAMES[l]}</option>
            ))}
          </select>
        </label>
      </fieldset>
      <SiteRecipesSettings />
      <fieldset className="card space-y-2 text-xs">
        <legend className="h2">{t('settings.data')}</legend>
        <div className="flex flex-wrap gap-2">
          <button type="button" className="btn" disabled={task.running} onClick={() => void exportAll()} data-testid="export-backup">{t('settings.exportBackup')}</button>
          <label className="btn cursor-pointer">
            {t('settings.importBackup')}
            <input type="file" accept="application/json,.json" className="sr-only" disabled={task.running} onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ''; if (f) void importFile(f); }} data-testid="import-backup" />
          </label>
          <button type="button" className="btn" disabled={task.running} onClick={() => void reanalyze()} data-testid="reanalyze">{t('settings.reanalyze')}</button>
        </div>
        {task.running && <ProgressBar label={t('settings.data')} done={task.done} total={task.total} onCancel={task.cancel} />}
        {task.message && <p role="status" data-testid="task-message">{task.message}</p>}
        {offerPrivacy && (
          <div role="alertdialog" aria-labelledby="offer-privacy" className="rounded border border-slate-400 p-2">
            <p id="offer-privacy">
              {t('settings.importPrivacy', {
                names: t(offerPrivacy.storeAuthorNames ? 'settings.namesOn' : 'settings.namesOff'),
                days: offerPrivacy.retentionDays,
              })}
            </p>
            <div className="mt-1 flex gap-2">
              <button
                type="button"
                className="btn"
                onClick={() => {
                  const next = offerPrivacy;
                  setOfferPrivacy(undefined);
                  update(next);
                  if (settings.storeAuthorNames && !next.storeAuthorNames) setOfferScrub(true);
                }}
                data-testid="use-backup-privacy"
              >
                {t('settings.useBackupPrivacy')}
              </button>
              <button type="button" className="btn" onClick={() => setOfferPrivacy(undefined)} data-testid="keep-my-privacy" autoFocus>{t('settings.keepMyPrivacy')}</button>
            </div>
          </div>
        )}
        {!confirming ? (
          <button type="button" className="btn border-rose-700 text-rose-800 dark:text-rose-200" onClick={() => setConfirming(true)} data-testid="delete-all">{t('settings.deleteAll')}</button>
        ) : (
          <div role="alertdialog" aria-labelledby="confirm-delete" className="rounded border border-rose-700 p-2">
            <p id="confirm-delete">{t('settings.deleteConfirm')}</p>
            <div className="mt-1 flex gap-2">
              <button type="button" className="btn bg-rose-700 text-white dark:bg-rose-700" onClick={() => void deleteAll()} data-testid="confirm-delete-all" autoFocus>{t('settings.deleteAll')}</button>
              <button type="button" className="btn" onClick={() => setConfirming(false)}>{t('common.cancel')}</button>
            </div>
          </div>
        )}
      </fieldset>
    </form>
  );
}
