import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { observationsOf, seenAgain } from '../../lib/db/observations';
import { compareCompetitors } from '../../lib/insights/competitors';
import { COMPARABLE_AGE_HOURS } from '../../lib/insights/growth';
import { type InsightPost, mentions } from '../../lib/insights/posts';
import type { Capture } from '../../lib/model/stored';
import { Chart } from './Chart';
import { db } from '../services/db';
import { timed } from '../services/timed';
import { useI18n } from '../hooks/i18n';
import { useDateFormat } from '../hooks/use-date-format';

const COLORS = ['#4f46e5', '#dc2626', '#059669', '#d97706', '#0891b2', '#9333ea'];
/** The most recent history is enough to compare; a full scan of years of posts would stall the panel. */
const HISTORY_LIMIT = 20_000;

const fromCapture = (c: Capture): InsightPost => ({ ...c.post, analysis: c.analysis, firstSeen: c.capturedAt });

/**
 * Brands and competitors over time: volume, mean engagement at 24 h of age and mean sentiment of the posts that
 * mention each. Engagement compares at a fixed age from each post's observations: raw totals favour posts seen late.
 */
export function CompetitorComparison({ terms, captures }: { terms: string[]; captures: readonly Capture[] }) {
  const { t, lang } = useI18n();
  const [source, setSource] = useState<'history' | 'captures'>('history');
  const [metric, setMetric] = useState<'volume' | 'engagement' | 'meanSentiment'>('volume');
  const history = useLiveQuery(() => (source === 'history' && terms.length ? db.posts.orderBy('lastSeen').reverse().limit(HISTORY_LIMIT).toArray() : []), [source, terms.length]);
  const posts = useMemo(() => (source === 'captures' ? captures.map(fromCapture) : (history ?? [])), [source, captures, history]);
  // The observations of the mentioning posts with a publication time (no age, no engagement at an age) seen more
  // than once (the others' rows hold their only counts); a capture's snapshot does not say, so captures are read.
  const ids = useMemo(() => {
    const dated = (p: InsightPost) => p.publishedAt !== undefined && terms.some((x) => mentions(`${p.title ?? ''} ${p.text}`, x));
    return source === 'captures' ? captures.filter((c) => dated(c.post)).map((c) => c.postId) : (history ?? []).filter((p) => seenAgain(p) && dated(p)).map((p) => p.id);
  }, [source, captures, history, terms]);
  const observations = useLiveQuery(() => timed('competitor observations', () => observationsOf(db, ids)), [ids]);
  const series = useMemo(() => compareCompetitors(posts, terms, { period: 'week', observations }), [posts, terms, observations]);
  const fmt = useDateFormat(lang);
  if (terms.length === 0) return <p className="text-xs" data-testid="compare-empty">{t('captures.compareEmpty')}</p>;
  const x = series[0]?.points.map((p) => p.period) ?? [];
  const engagementAt = t('captures.engagementAt', { age: COMPARABLE_AGE_HOURS });
  const label = { volume: t('captures.volume'), engagement: engagementAt, meanSentiment: t('captures.meanSentiment') }[metric];
  const total = series.reduce((a, s) => a + s.total, 0);
  const aged = series.reduce((a, s) => a + s.aged, 0);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2 text-xs">
        <label className="flex items-center gap-1">
          {t('captures.source')}
          <select className="field" value={source} onChange={(e) => setSource(e.target.value as typeof source)}>
            <option value="history">{t('captures.sourceHistory')}</option>
            <option value="captures">{t('captures.sourceCaptures')}</option>
          </select>
        </label>
        <label className="flex items-center gap-1">
          <span className="sr-only">{t('chart.measure')}</span>
          <select className="field" value={metric} onChange={(e) => setMetric(e.target.value as typeof metric)}>
            <option value="volume">{t('captures.volume')}</option>
            <option value="engagement">{engagementAt}</option>
            <option value="meanSentiment">{t('captures.meanSentiment')}</option>
          </select>
        </label>
      </div>
      {x.length > 0 && (
        <Chart
          title={`${t('captures.compare')}: ${label}`}
          x={x}
          formatX={fmt}
          series={series.map((s, i) => ({ label: s.term, color: COLORS[i % COLORS.length]!, values: s.points.map((p) => (metric === 'volume' ? p.volume : (p[metric] ?? null))) }))}
        />
      )}
      {/* Columns as wide as their longest word needs, so a head wraps between words and never inside one; the
          terms the person typed may be one long word, and break anywhere rather than widen the table. */}
      <table className="w-full text-left text-xs [&_td]:pr-1 [&_th]:pr-1 [&_th]:align-bottom [&_th[scope=row]]:[overflow-wrap:anywhere]" data-testid="competitor-table">
        <thead>
          <tr>
            <th scope="col">{t('settings.competitors')}</th>
            <th scope="col">{t('captures.volume')}</th>
            <th scope="col">{engagementAt}</th>
            <th scope="col">{t('captures.meanSentiment')}</th>
          </tr>
        </thead>
        <tbody>
          {series.map((s) => {
            const withPosts = s.points.filter((p) => p.volume > 0);
            const scored = withPosts.filter((p) => p.meanSentiment !== undefined);
            const sent = scored.reduce((a, p) => a + p.meanSentiment! * p.volume, 0) / Math.max(1, scored.reduce((a, p) => a + p.volume, 0));
            return (
              <tr key={s.term}>
                <th scope="row">{s.term}</th>
                <td className="tabular-nums">{s.total.toLocaleString(lang)}</td>
                <td className="tabular-nums" data-testid="competitor-engagement" title={s.engagement === undefined ? t('captures.ageUnknownShort') : undefined}>{s.engagement === undefined ? '–' : s.engagement.toLocaleString(lang, { maximumFractionDigits: 1 })}</td>
                <td className="tabular-nums">{scored.length ? sent.toLocaleString(lang, { maximumFractionDigits: 2 }) : '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {total > 0 && (
        <p className="text-xs text-slate-700 dark:text-slate-300" data-testid="competitor-age-note">
          {aged === 0 ? t('captures.ageUnknownAll') : t('captures.ageNote', { age: COMPARABLE_AGE_HOURS, aged: aged.toLocaleString(lang), total: total.toLocaleString(lang) })}
        </p>
      )}
    </div>
  );
}
