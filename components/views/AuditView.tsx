import { useLiveQuery } from 'dexie-react-hooks';
import { type ReactNode, useMemo, useRef, useState } from 'react';
import { pageTallies } from '../../lib/db/page-tallies';
import { firstPagePosts } from '../../lib/db/queries';
import { AUDIT_EXAMPLE_SAMPLE, latestPostsSince, talliesSince } from '../../lib/db/tallies';
import { auditFromTallies, type LanguageAudit, type LanguageTally, tallyOf } from '../../lib/insights/audit';
import { auditCsv, auditHtml } from '../../lib/insights/audit-report';
import { Platform } from '../../lib/model/post';
import { db } from '../services/db';
import { timed } from '../services/timed';
import { download, stamp } from '../services/download';
import { EmptyState } from '../widgets/EmptyState';
import { useI18n } from '../hooks/i18n';
import { languageName, platformName } from '../../lib/i18n/format';
import { AgreementView, useAgreement } from '../widgets/AgreementView';
import { AuditExample } from '../widgets/AuditExample';
import { sensitivityScoreOfSet } from '../../lib/analysis/sensitivity-score';
import { counts, type InsightPost } from '../../lib/insights/posts';
import { SensitivityScoreView } from '../widgets/SensitivityScoreView';
import { useSettings } from '../hooks/use-settings';
import { auditReportText, auditWarningText, flagCategory } from '../../lib/i18n/findings';

type SetKind = 'page' | 'captures' | 'history';

/** Posts of a page its audit takes examples from: its first ones in reading order (its counts cover all). */
const PAGE_EXAMPLE_SAMPLE = 300;

/** "Audit": tone across the languages of a chosen set, side by side, with cautions and examples; CSV and printable report. */
export function AuditView({ tabId }: { tabId: number | undefined }) {
  const { t, lang } = useI18n();
  const [kind, setKind] = useState<SetKind>(tabId === undefined ? 'history' : 'page');
  const [tag, setTag] = useState('');
  const [platform, setPlatform] = useState('');
  const [days, setDays] = useState(30);
  // Keys of the multi-entry index: the tags without reading a single capture (only when the tag list shows).
  const tags = useLiveQuery(async () => (kind === 'captures' ? (await timed('capture tags', () => db.captures.orderBy('tags').uniqueKeys())).map(String).sort() : []), [kind]);
  // The counts first: kept per page, and per day, site and language for the history (any length of it in one
  // small read); captures are counted from their rows.
  const counted = useLiveQuery(
    // The set's kind travels with its counts: while another set is read, the last one shows as what it is.
    (): Promise<{ kind: SetKind; set: string; tallies: LanguageTally[]; pageKey?: string; posts?: InsightPost[] }> =>
      timed(`audit ${kind}`, async () => {
        const set = JSON.stringify([kind, tag, platform, days, tabId]);
        if (kind === 'history') return { kind, set, tallies: await talliesSince(db, days, platform || undefined) };
        if (kind === 'page') {
          const page = tabId === undefined ? undefined : await db.tabs.get(tabId);
          return page ? { kind, set, tallies: await pageTallies(db, page.pageKey), pageKey: page.pageKey } : { kind, set, tallies: [] };
        }
        const caps = await (tag ? db.captures.where('tags').equals(tag) : db.captures).toArray();
        const posts: InsightPost[] = caps.map((c) => ({ ...c.post, analysis: c.analysis, firstSeen: c.capturedAt }));
        return { kind, set, tallies: posts.map(tallyOf), posts };
      }),
    [kind, tag, platform, days, tabId],
  );
  // Then the posts the examples come from: the history's latest, the page's first (the table shows meanwhile).
  // Tagged with the counts they go with: the last set's examples never show under the next set's table.
  const read = useLiveQuery(
    async () => {
      if (!counted) return undefined;
      const posts = counted.posts ?? (counted.kind === 'history'
        ? await timed('audit history examples', () => latestPostsSince(db, days, platform || undefined))
        : counted.pageKey ? await timed('audit page examples', () => firstPagePosts(db, counted.pageKey!, PAGE_EXAMPLE_SAMPLE)) : []);
      return { counted, posts };
    },
    [counted],
  );
  const shown = useRef<typeof read>(undefined);
  const [settings] = useSettings();
  const agreement = useAgreement();
  const audit = useMemo(() => {
    if (!counted) return undefined;
    // The same set counted again (a correction moved its counts): its examples stay while they are read again, so a
    // reviewer's open controls and focus stay where they are.
    const same = (c: typeof counted) => c.set === counted.set && c.pageKey === counted.pageKey;
    if (read && same(read.counted)) shown.current = read;
    const examples = read?.counted === counted ? read.posts : shown.current && same(shown.current.counted) ? shown.current.posts : undefined;
    const total = counted.tallies.reduce((n, t) => n + t.posts, 0);
    const { kind } = counted;
    const sampled = !!examples && (kind === 'history' ? examples.length >= AUDIT_EXAMPLE_SAMPLE : kind === 'page' && total > examples.length);
    // The set's Cultural Sensitivity Score, from the posts its examples come from (severity and confidence need the flags themselves).
    const analysed = (examples ?? []).filter((p) => counts(p) && p.analysis).map((p) => p.analysis!);
    const css = analysed.length ? sensitivityScoreOfSet(analysed, { markets: settings?.targetMarkets }) : undefined;
    return { rows: auditFromTallies(counted.tallies, examples ?? []), sampled, page: kind === 'page', examplesRead: !!examples, css, cssFrom: analysed.length };
  }, [counted, read, settings?.targetMarkets]);
  const rows = audit?.rows ?? [];
  const pct = new Intl.NumberFormat(lang, { style: 'percent' });
  const setName = kind === 'page' ? t('audit.setPage') : kind === 'captures' ? `${t('audit.setCaptures')}: ${tag || t('common.all')}` : `${t('audit.setHistory')}: ${platform || t('common.all')}, ${t('audit.days', { n: days })}`;

  return (
    <div className="space-y-3 audit">
      <fieldset className="card flex flex-wrap items-end gap-2 text-xs print:hidden">
        <legend className="h2">{t('audit.set')}</legend>
        {(['page', 'captures', 'history'] as const).map((k) => (
          <label key={k} className="flex items-center gap-1">
            <input type="radio" name="audit-set" value={k} checked={kind === k} onChange={() => setKind(k)} data-testid={`audit-set-${k}`} />
            {t(k === 'page' ? 'audit.setPage' : k === 'captures' ? 'audit.setCaptures' : 'audit.setHistory')}
          </label>
        ))}
        {kind === 'captures' && (
          <label className="flex flex-col">
            {t('captures.filterTag')}
            <select className="field" value={tag} onChange={(e) => setTag(e.target.value)}>
              <option value="">{t('common.all')}</option>
              {(tags ?? []).map((x) => <option key={x} value={x}>{x}</option>)}
            </select>
          </label>
        )}
        {kind === 'history' && (
          <>
            <label className="flex flex-col">
              {t('audit.platform')}
              <select className="field" value={platform} onChange={(e) => setPlatform(e.target.value)}>
                <option value="">{t('common.all')}</option>
                {Platform.options.map((p) => <option key={p} value={p}>{platformName(p, t)}</option>)}
              </select>
            </label>
            <label className="flex flex-col">
              {t('audit.days', { n: '' }).trim()}
              <input className="field w-20" type="number" min={1} max={3650} value={days} onChange={(e) => setDays(Math.max(1, Number(e.target.value) || 1))} />
            </label>
          </>
        )}
      </fieldset>

      {rows.length === 0 ? (
        <EmptyState title={t('audit.emptyTitle')}>{t(`audit.emptyNext.${kind}`)}</EmptyState>
      ) : (
        <>
          <div className="flex gap-2 print:hidden">
            <button type="button" className="btn" disabled={!audit?.examplesRead} data-testid="audit-csv" onClick={() => download(`rapport-audit-${stamp()}.csv`, auditCsv(rows), 'text/csv;charset=utf-8')}>{t('common.exportCsv')}</button>
            <button type="button" className="btn" disabled={!audit?.examplesRead} data-testid="audit-report" onClick={() => download(`rapport-audit-${stamp()}.html`, auditHtml(rows, { title: t('audit.reportTitle'), set: setName, lang, text: auditReportText(t, lang), agreement: agreement.rows }), 'text/html;charset=utf-8')}>{t('audit.report')}</button>
            <button type="button" className="btn" onClick={() => print()}>{t('audit.print')}</button>
          </div>
          <h2 className="h2">{t('audit.reportTitle')} — {setName}</h2>
          {/* One card per language, side by side as far as the panel is wide, stacked when narrow: never a sideways scroll. */}
          <div className="grid grid-cols-[repeat(auto-fill,minmax(11rem,1fr))] gap-2" data-testid="audit-table">
            {rows.map((r) => {
              const share = (n: number) => pct.format(r.posts ? n / r.posts : 0);
              return (
                <section key={r.code} className="card min-w-0 text-xs" aria-labelledby={`audit-${r.code}`} data-testid="audit-language" data-code={r.code}>
                  <h3 id={`audit-${r.code}`} className="font-semibold" data-testid="audit-lang" data-code={r.code}>{languageName(r.code, lang, t)}</h3>
                  <dl className="space-y-0.5">
                    <Figure label={t('audit.posts')} testId="audit-posts">{r.posts}</Figure>
                    {(['positive', 'neutral', 'negative'] as const).map((k) => (
                      <Figure key={k} label={t(`sentiment.${k}`)}>{r.sentiment[k]} ({share(r.sentiment[k])})</Figure>
                    ))}
                    <Figure label={t('audit.toxicity')}>{pct.format(r.toxicityRate)}</Figure>
                    <Figure label={t('audit.confidence')}>{pct.format(r.meanConfidence)}</Figure>
                    <div className="pt-1">
                      <dt>{t('audit.sentimentAccuracy')}</dt>
                      <dd><MeasuredSentiment row={r} /></dd>
                    </div>
                    <div className="pt-1">
                      <dt>{t('audit.flags')}</dt>
                      <dd>{r.flags.map((f) => `${flagCategory(f.category, t)} ${f.count}`).join(', ') || '–'}</dd>
                    </div>
                  </dl>
                  {r.warnings.length > 0 && (
                    <p className="mt-1 text-amber-800 dark:text-amber-300" data-testid="audit-warning">
                      <span aria-hidden="true">⚠ </span><span className="sr-only">{t('audit.warnings')}: </span>
                      {r.warnings.map((w) => auditWarningText(w, t, lang)).join(' ')}
                    </p>
                  )}
                </section>
              );
            })}
          </div>
          {audit?.css && (
            <div className="card" data-testid="audit-css">
              <SensitivityScoreView result={audit.css} id="audit-css-h" heading="h2" />
              <p className="text-xs">{t('css.setFrom', { n: audit.cssFrom.toLocaleString(lang) })}</p>
            </div>
          )}
          <section aria-labelledby="examples-h">
            <h2 id="examples-h" className="h2">{t('audit.examples')}</h2>
            {!audit?.examplesRead && <p className="text-xs">{t('common.loading')}</p>}
            {audit?.sampled && (
              <p className="text-xs" data-testid="audit-examples-sampled" data-set={audit.page ? 'page' : 'history'}>
                {audit.page ? t('audit.examplesPageSampled', { n: PAGE_EXAMPLE_SAMPLE.toLocaleString(lang) }) : t('audit.examplesSampled', { n: AUDIT_EXAMPLE_SAMPLE.toLocaleString(lang) })}
              </p>
            )}
            <div className="grid gap-2 sm:grid-cols-2">
              {rows.map((r) => (
                <div key={r.code} className="card text-xs">
                  <h3 className="font-semibold">{languageName(r.code, lang, t)}</h3>
                  <ul className="list-disc pl-4">
                    {r.examples.map((e) => <AuditExample key={e.id} e={e} code={r.code} />)}
                  </ul>
                </div>
              ))}
            </div>
          </section>
        </>
      )}
      <AgreementView agreement={agreement} />
    </div>
  );
}

/** Sentiment accuracy measured per language on development data (it ships with the extension), and a warning where it is weak. */
function MeasuredSentiment({ row }: { row: LanguageAudit }) {
  const { t, lang } = useI18n();
  const m = row.sentimentMeasured;
  if (!m) return row.code === 'und' ? '–' : <span className="text-amber-800 dark:text-amber-300" data-testid="audit-sentiment-weak">⚠ {t('audit.sentimentUnmeasuredWarning')}</span>;
  const pct = Math.round(m.accuracy * 100);
  return (
    <span data-testid="audit-sentiment-measured" data-accuracy={m.accuracy}>
      {t('audit.sentimentAccuracyValue', { pct, n: m.texts.toLocaleString(lang) })}
      {m.weak && <span className="block text-amber-800 dark:text-amber-300" data-testid="audit-sentiment-weak">⚠ {t('audit.sentimentWeak', { pct })}</span>}
    </span>
  );
}

/**
 * A label and its figure on one line when they fit, the figure on the next line when not: a long label
 * ("Sicherheit der Spracherkennung") wraps between its words and never breaks inside one in a narrow card.
 */
function Figure({ label, testId, children }: { label: string; testId?: string; children: ReactNode }) {
  return (
    <div className="flex flex-wrap justify-between gap-x-2">
      <dt className="min-w-0 break-words">{label}</dt>
      <dd className="ml-auto whitespace-nowrap text-right tabular-nums" data-testid={testId}>{children}</dd>
    </div>
  );
}
