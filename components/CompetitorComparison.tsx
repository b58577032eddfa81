import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { compareCompetitors } from '../lib/insights/competitors';
import type { InsightPost } from '../lib/insights/posts';
import type { Capture } from '../lib/model/stored';
import { Chart } from './Chart';
import { db } from './db';
import { useI18n } from './i18n';
import { useDateFormat } from './use-date-format';

const COLORS = ['#4f46e5', '#dc2626', '#059669', '#d97706', '#0891b2', '#9333ea'];
/** The most recent history is enough to compare; a full scan of years of posts would stall the panel. */
const HISTORY_LIMIT = 20_000;

const fromCapture = (c: Capture): InsightPost => ({ ...c.post, analysis: c.analysis, firstSeen: c.capturedAt });

/** Brands and competitors over time: volume, mean engagement and mean sentiment of the posts that mention each. */
export function CompetitorComparison({ terms, captures }: { terms: string[]; captures: readonly Capture[] }) {
  const { t, lang } = useI18n();
  const [source, setSource] = useState<'history' | 'captures'>('history');
  const [metric, setMetric] = useState<'volume' | 'engagement' | 'meanSentiment'>('volume');
  const history = useLiveQuery(() => (source === 'history' && terms.length ? db.posts.orderBy('lastSeen').reverse().limit(HISTORY_LIMIT).toArray() : []), [source, terms.length]);
  const series = useMemo(() => {
    const posts = source === 'captures' ? captures.map(fromCapture) : (history ?? []);
    return compareCompetitors(posts, terms, { period: 'week' });
  }, [source, captures, history, terms]);
  const fmt = useDateFormat(lang);
  if (terms.length === 0) return <p className="text-xs">{t('captures.compareEmpty')}</p>;
  const x = series[0]?.points.map((p) => p.period) ?? [];
  const label = { volume: t('captures.volume'), engagement: t('captures.engagement'), meanSentiment: t('captures.meanSentiment') }[metric];
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
            <option value="engagement">{t('captures.engagement')}</option>
            <option value="meanSentiment">{t('captures.meanSentiment')}</option>
          </select>
        </label>
      </div>
      {x.length > 0 && (
        <Chart
          title={`${t('captures.compare')}: ${label}`}
          x={x}
          formatX={fmt}
          series={series.map((s, i) => ({ label: s.term, color: COLORS[i % COLORS.length]!, values: s.points.map((p) => (metric === 'meanSentiment' ? (p.meanSentiment ?? null) : p[metric])) }))}
        />
      )}
      <table className="w-full table-fixed text-left text-xs [&_td]:pr-1 [&_th]:pr-1 [&_th]:align-bottom [&_th]:[overflow-wrap:anywhere]" data-testid="competitor-table">
        <thead>
          <tr>
            <th scope="col">{t('settings.competitors')}</th>
            <th scope="col">{t('captures.volume')}</th>
            <th scope="col">{t('captures.engagement')}</th>
            <th scope="col">{t('captures.meanSentiment')}</th>
          </tr>
        </thead>
        <tbody>
          {series.map((s) => {
            const withPosts = s.points.filter((p) => p.volume > 0);
            const eng = withPosts.reduce((a, p) => a + p.engagement * p.volume, 0) / Math.max(1, s.total);
            const scored = withPosts.filter((p) => p.meanSentiment !== undefined);
            const sent = scored.reduce((a, p) => a + p.meanSentiment! * p.volume, 0) / Math.max(1, scored.reduce((a, p) => a + p.volume, 0));
            return (
              <tr key={s.term}>
                <th scope="row">{s.term}</th>
                <td className="tabular-nums">{s.total.toLocaleString(lang)}</td>
                <td className="tabular-nums">{eng.toLocaleString(lang, { maximumFractionDigits: 1 })}</td>
                <td className="tabular-nums">{scored.length ? sent.toLocaleString(lang, { maximumFractionDigits: 2 }) : '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
