import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useRef, useState } from 'react';
import { capturesCsv, capturesJson, observationsCsv } from '../../lib/db/export';
import { observationsOf } from '../../lib/db/observations';
import { sendMessage } from '../../lib/protocol/client';
import type { Settings } from '../../lib/model/settings';
import type { Capture } from '../../lib/model/stored';
import { CompetitorComparison } from '../widgets/CompetitorComparison';
import { PostGrowth } from '../widgets/PostGrowth';
import { WatchlistEditor } from '../widgets/WatchlistEditor';
import { db } from '../services/db';
import { timed } from '../services/timed';
import { download, stamp } from '../services/download';
import { useI18n } from '../hooks/i18n';
import { platformName, timeAgo } from '../../lib/i18n/format';
import { TONE } from '../widgets/PostItem';
import { VirtualList } from '../widgets/VirtualList';

/** Captures listed (newest first) while the rest are read. */
const FIRST_CAPTURES = 100;

/** "Captures": snapshots the analyst kept — filter, tag, annotate, select, export; and competitors compared. */
export function CapturesView({ settings }: { settings: Settings }) {
  const { t } = useI18n();
  // The newest first with the count, then all of them: a long list starts to show before all its rows are read.
  const first = useLiveQuery(() => timed('captures first', () => Promise.all([db.captures.orderBy('capturedAt').reverse().limit(FIRST_CAPTURES).toArray(), db.captures.count()])), []);
  const all = useLiveQuery(() => (first ? timed('captures', () => db.captures.orderBy('capturedAt').reverse().toArray()) : undefined), [first !== undefined]);
  const captures = all ?? first?.[0];
  const total = all?.length ?? first?.[1] ?? 0;
  const [tag, setTag] = useState('');
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<Set<string>>(new Set());

  const allTags = useMemo(() => [...new Set((captures ?? []).flatMap((c) => c.tags))].sort(), [captures]);
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return (captures ?? []).filter((c) => (!tag || c.tags.includes(tag)) && (!q || `${c.post.text} ${c.post.author.name ?? ''} ${c.post.author.handle ?? ''} ${c.note}`.toLowerCase().includes(q)));
  }, [captures, tag, query]);
  if (!captures) return <p className="text-sm">{t('common.loading')}</p>;

  const chosen = shown.filter((c) => selected.has(c.id));
  const exportSet = chosen.length ? chosen : shown;
  const toggle = (id: string, on: boolean) => setSelected((s) => { const n = new Set(s); if (on) n.add(id); else n.delete(id); return n; });
  const allOn = shown.length > 0 && shown.every((c) => selected.has(c.id));

  return (
    <div className="space-y-4">
      <section aria-labelledby="captures-h">
        <h2 id="captures-h" className="h2">{t('captures.title')} ({total})</h2>
        {captures.length === 0 ? (
          <p className="text-xs">{t('captures.empty')}</p>
        ) : (
          <>
            <div className="mb-2 flex flex-wrap items-end gap-2 text-xs">
              <label className="flex flex-col">
                {t('captures.filterTag')}
                <select className="field" value={tag} onChange={(e) => setTag(e.target.value)} data-testid="tag-filter">
                  <option value="">{t('common.all')}</option>
                  {allTags.map((x) => (
                    <option key={x} value={x}>{x}</option>
                  ))}
                </select>
              </label>
              <label className="flex flex-col">
                {t('captures.search')}
                <input className="field" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
              </label>
              <label className="flex items-center gap-1">
                <input type="checkbox" checked={allOn} onChange={(e) => setSelected(e.target.checked ? new Set(shown.map((c) => c.id)) : new Set())} />
                {t('captures.selectAll')}
              </label>
              <span aria-live="polite">{t('captures.selected', { n: chosen.length })}</span>
            </div>
            <div className="mb-2 flex flex-wrap gap-2">
              {/* Exports wait for every row (a moment on a long list): an export of the first hundred would look whole. */}
              <button type="button" className="btn" disabled={!all} data-testid="export-csv" onClick={() => download(`rapport-captures-${stamp()}.csv`, capturesCsv(exportSet), 'text/csv;charset=utf-8')}>
                {t('common.exportCsv')} ({exportSet.length})
              </button>
              <button type="button" className="btn" disabled={!all} data-testid="export-json" onClick={() => void observationsOf(db, exportSet.map((c) => c.postId)).then((obs) => download(`rapport-captures-${stamp()}.json`, capturesJson(exportSet, obs), 'application/json'))}>
                {t('common.exportJson')} ({exportSet.length})
              </button>
              {/* one row per observation: a file of its own, as the captures' CSV has one row per capture */}
              <button type="button" className="btn" disabled={!all} data-testid="export-observations" onClick={() => void observationsOf(db, exportSet.map((c) => c.postId)).then((obs) => download(`rapport-observations-${stamp()}.csv`, observationsCsv(exportSet, obs), 'text/csv;charset=utf-8'))}>
                {t('captures.exportObservations')} ({exportSet.length})
              </button>
              <button type="button" className="btn" disabled={chosen.length === 0} onClick={() => void sendMessage('deleteCaptures', { ids: chosen.map((c) => c.id) }).then(() => setSelected(new Set()))}>
                {t('common.delete')} ({chosen.length})
              </button>
            </div>
            {!all && total > captures.length && <p role="status" className="text-xs" data-testid="captures-reading">{t('page.readingRest', { n: captures.length, total })}</p>}
            <VirtualList items={shown} total={all ? shown.length : total} keyOf={(c) => c.id} label={t('captures.title')} testId="capture-list" estimate={140} render={(c) => <CaptureItem capture={c} selected={selected.has(c.id)} onSelect={(on) => toggle(c.id, on)} />} />
          </>
        )}
      </section>
      <section aria-labelledby="compare-h">
        <h2 id="compare-h" className="h2">{t('captures.compare')}</h2>
        <WatchlistEditor />
        {all ? <CompetitorComparison terms={[...settings.brands, ...settings.competitors]} captures={all} /> : <p className="text-xs">{t('common.loading')}</p>}
      </section>
    </div>
  );
}

function CaptureItem({ capture: c, selected, onSelect }: { capture: Capture; selected: boolean; onSelect: (on: boolean) => void }) {
  const { t, lang } = useI18n();
  const [newTag, setNewTag] = useState('');
  const [note, setNote] = useState(c.note);
  // tags and note are edited behind a button, so a card is a few lines and many fit on screen
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const who = c.post.author.name ?? c.post.author.handle ?? t('page.unknownAuthor');
  const setTags = (tags: string[]) => void sendMessage('updateCapture', { id: c.id, tags });
  const addTag = () => {
    const v = newTag.trim();
    if (v && !c.tags.includes(v)) setTags([...c.tags, v]);
    setNewTag('');
  };
  const m = c.post.metrics;
  return (
    <article className="card text-xs" data-testid="capture" data-capture-id={c.id} aria-label={who}>
      <div className="flex flex-wrap items-center gap-2">
        <input type="checkbox" checked={selected} onChange={(e) => onSelect(e.target.checked)} aria-label={t('captures.select', { who })} data-testid="capture-select" />
        <span className="font-medium">{who}</span>
        <span>{platformName(c.post.platform, t)}</span>
        {c.analysis && <span className={`rounded px-1.5 ${TONE[c.analysis.sentiment.label]}`}>{t(`sentiment.${c.analysis.sentiment.label}`)}</span>}
      </div>
      {/* the metrics the site showed; a site that shows none gets no row of dashes */}
      {(['likes', 'replies', 'reposts'] as const).some((k) => m[k] !== undefined) && (
        <dl className="mt-1 flex flex-wrap gap-x-3" data-testid="capture-metrics">
          {(['likes', 'replies', 'reposts'] as const).filter((k) => m[k] !== undefined).map((k) => (
            <div key={k} className="flex gap-1">
              <dt>{t(`metrics.${k}`)}</dt>
              <dd className="font-medium">{m[k]!.toLocaleString(lang)}</dd>
            </div>
          ))}
        </dl>
      )}
      <p className="text-slate-700 dark:text-slate-300">
        {c.post.publishedAt && !Number.isNaN(Date.parse(c.post.publishedAt)) && (
          <>
            <time dateTime={c.post.publishedAt} title={new Date(c.post.publishedAt).toLocaleString(lang)}>{t('captures.postedAt', { when: timeAgo(Date.parse(c.post.publishedAt), lang) })}</time>
            {' · '}
          </>
        )}
        <time dateTime={new Date(c.capturedAt).toISOString()} title={new Date(c.capturedAt).toLocaleString(lang)}>{t('captures.capturedAt', { when: timeAgo(c.capturedAt, lang) })}</time>
      </p>
      <p className="mt-1 line-clamp-3 whitespace-pre-line text-sm">{c.post.text}</p>
      {/* the snapshot's time of counts when it kept one, else when it was captured */}
      <PostGrowth postId={c.postId} post={{ metrics: m, publishedAt: c.post.publishedAt, observedAt: (c.post as { observedAt?: number }).observedAt ?? c.capturedAt }} />
      {c.tags.length > 0 && !editing && (
        <ul className="mt-1 flex flex-wrap gap-1" aria-label={t('captures.tags')}>
          {c.tags.map((tag) => <li key={tag} className="rounded bg-indigo-100 px-1.5 text-indigo-900 dark:bg-indigo-900 dark:text-indigo-100" data-testid="capture-tag-shown">{tag}</li>)}
        </ul>
      )}
      {c.note && !editing && <p className="mt-1 italic text-slate-700 dark:text-slate-300" data-testid="capture-note-shown">{c.note}</p>}
      <p className="mt-1 flex flex-wrap items-center gap-2">
        <a className="underline" href={c.post.url} target="_blank" rel="noreferrer noopener">{t('captures.open')}</a>
        <button ref={editButton} type="button" className="btn" aria-expanded={editing} onClick={() => setEditing(!editing)} data-testid="capture-edit">
          {editing ? t('captures.done') : t('captures.edit')}
        </button>
      </p>
      {editing && (
        // Escape closes the editor and gives the focus back to its button
        <div className="mt-1 space-y-1" onKeyDown={(e) => e.key === 'Escape' && (setEditing(false), editButton.current?.focus())}>
          <div className="flex flex-wrap items-center gap-1" aria-label={t('captures.tags')} role="group">
            {c.tags.map((tag) => (
              <span key={tag} className="flex items-center gap-0.5 rounded bg-indigo-100 px-1.5 text-indigo-900 dark:bg-indigo-900 dark:text-indigo-100" data-testid="capture-tag">
                {tag}
                <button type="button" className="px-0.5" aria-label={t('common.remove', { x: tag })} onClick={() => setTags(c.tags.filter((x) => x !== tag))}>×</button>
              </span>
            ))}
            <input
              className="field w-28"
              value={newTag}
              onChange={(e) => setNewTag(e.target.value)}
              onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), addTag())}
              aria-label={`${t('captures.addTag')}: ${who}`}
              placeholder={t('captures.addTag')}
              data-testid="tag-input"
              autoFocus
            />
            <button type="button" className="btn" onClick={addTag}>{t('common.add')}</button>
          </div>
          <label className="block">
            <span className="sr-only">{t('captures.note')}: {who}</span>
            <textarea className="field w-full" rows={2} placeholder={t('captures.note')} value={note} onChange={(e) => setNote(e.target.value)} onBlur={() => note !== c.note && void sendMessage('updateCapture', { id: c.id, note })} data-testid="capture-note" />
          </label>
        </div>
      )}
    </article>
  );
}
