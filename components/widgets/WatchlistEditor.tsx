import { useId, useState } from 'react';
import { useI18n } from '../hooks/i18n';
import { useSettings } from '../hooks/use-settings';

type Kind = 'brands' | 'competitors';

/**
 * The watched brands and competitors, edited where they are compared: the same settings (storage.local) the
 * Settings view edits, saved one change after another through useSettings' patch.
 */
export function WatchlistEditor() {
  const { t } = useI18n();
  const [settings, , patch] = useSettings();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<Kind>('competitors');
  const [status, setStatus] = useState('');
  const id = useId();
  if (!settings) return null;
  const save = (change: Partial<Record<Kind, string[]>>, done: string) =>
    void patch(change).then(
      () => setStatus(done),
      (e: Error) => setStatus(t('settings.invalid', { reason: e.message.slice(0, 200) })),
    );
  const add = () => {
    const v = name.trim();
    if (!v) return;
    setName('');
    // a name already watched (in either list, any case) is not added twice
    if ([...settings.brands, ...settings.competitors].some((x) => x.toLowerCase() === v.toLowerCase())) return setStatus(t('watch.already', { x: v }));
    save({ [kind]: [...settings[kind], v] }, t('watch.added', { x: v }));
  };
  const list = (k: Kind) => (
    <ul className="flex flex-wrap items-center gap-1" aria-label={t(k === 'brands' ? 'settings.brands' : 'settings.competitors')} data-testid={`watch-${k}`}>
      <li className="font-medium">{t(k === 'brands' ? 'settings.brands' : 'settings.competitors')}:</li>
      {settings[k].length === 0 && <li className="text-slate-600 dark:text-slate-300">{t('common.none')}</li>}
      {settings[k].map((x) => (
        <li key={x} className={`flex items-center gap-0.5 rounded px-1.5 ${k === 'brands' ? 'bg-violet-100 text-violet-900 dark:bg-violet-900 dark:text-violet-100' : 'bg-fuchsia-100 text-fuchsia-900 dark:bg-fuchsia-900 dark:text-fuchsia-100'}`} data-testid="watch-term">
          <span className="[overflow-wrap:anywhere]">{x}</span>
          <button type="button" className="px-0.5" aria-label={t('common.remove', { x })} onClick={() => save({ [k]: settings[k].filter((y) => y !== x) }, t('watch.removed', { x }))}>×</button>
        </li>
      ))}
    </ul>
  );
  return (
    <div className="mb-2 space-y-1 text-xs" data-testid="watchlist-editor">
      {list('brands')}
      {list('competitors')}
      <div className="flex flex-wrap items-end gap-1" role="group" aria-labelledby={`${id}-h`}>
        <span id={`${id}-h`} className="sr-only">{t('watch.title')}</span>
        <input
          className="field w-32 min-w-0"
          value={name}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), add())}
          aria-label={t('watch.name')}
          placeholder={t('watch.name')}
          maxLength={200}
          data-testid="watch-input"
        />
        <select className="field" value={kind} onChange={(e) => setKind(e.target.value as Kind)} aria-label={t('watch.kind')} data-testid="watch-kind">
          <option value="brands">{t('watch.brand')}</option>
          <option value="competitors">{t('watch.competitor')}</option>
        </select>
        <button type="button" className="btn" onClick={add} data-testid="watch-add">{t('common.add')}</button>
      </div>
      <p role="status" aria-live="polite" data-testid="watch-status">{status}</p>
    </div>
  );
}
