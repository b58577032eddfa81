import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { Alert } from '../../lib/insights/alerts';
import { communityHealth } from '../../lib/insights/health';
import { languageMix, seriesOfDays } from '../../lib/insights/series';
import { trendingTerms } from '../../lib/insights/terms';
import { replyPairs, topVoices } from '../../lib/insights/voices';
import { Chart } from '../widgets/Chart';
import { EmptyState } from '../widgets/EmptyState';
import { useI18n } from '../hooks/i18n';
import { useLiveQuery } from 'dexie-react-hooks';
import { COMMUNITY_SAMPLE, communityCounts, communityPosts } from '../../lib/db/communities';
import { communityDays } from '../../lib/db/community-days';
import { alertsItem, storedAlerts } from '../../lib/db/stored-alerts';
import type { StoredPost } from '../../lib/model/stored';
import { db } from '../services/db';
import { timed } from '../services/timed';
import { useDateFormat } from '../hooks/use-date-format';
import { alertText, healthDetail } from '../../lib/i18n/findings';
import { languageName, plural } from '../../lib/i18n/format';
import { ReplyMatrix } from '../widgets/ReplyMatrix';
import { BestTimeGrid } from '../widgets/BestTimeGrid';

function useAlerts(): Alert[] {
  const [alerts, setAlerts] = useState<Alert[]>([]);
  useEffect(() => {
    const read = (v: unknown) => setAlerts(storedAlerts(v));
    void alertsItem.getValue().then(read);
    return alertsItem.watch(read);
  }, []);
  return alerts;
}

const NO_POSTS: StoredPost[] = [];
/** The community last shown, kept in the panel's localStorage ("delete everything" clears it). */
const SHOWN = 'rapport:insights-community';

/** "Insights": one community's history — volume and sentiment over time, health, voices, languages, terms, timing, alerts. */
export function InsightsView() {
  const { t, lang } = useI18n();
  const alerts = useAlerts();
  // The community list comes from counts kept with every write, and only the chosen community's latest
  // posts are read: reading the whole history takes seconds once it holds 100,000 posts.
  const communities = useLiveQuery(() => timed('communities', () => communityCounts(db)), []);
  // The community shown last time is read at once, beside the list of communities, not after it.
  const [chosen, setChosen] = useState(() => localStorage.getItem(SHOWN) ?? '');
  const known = !communities || communities.some((c) => c.community === chosen);
  const community = (known && chosen) || communities?.[0]?.community || '';
  useEffect(() => {
    if (community) localStorage.setItem(SHOWN, community);
  }, [community]);
  // The chart covers the community's whole history from its kept days; the measures below read its latest posts.
  const days = useLiveQuery(() => (community ? timed('community days', () => communityDays(db, community)) : []), [community]);
  // After the days, not beside them: reading the posts at the same time held the chart back.
  const sample = useLiveQuery(() => (!community ? [] : days ? timed('community posts', () => communityPosts(db, community)) : undefined), [community, days !== undefined]);
  const posts = useMemo(() => sample ?? [], [sample]);
  const sampled = (communities?.find((c) => c.community === community)?.posts ?? 0) > COMMUNITY_SAMPLE;
  const series = useMemo(() => seriesOfDays(days ?? []), [days]);
  const chartSeries = useMemo(
    () => [
      { label: t('captures.volume'), values: series.map((d) => d.count), color: '#4f46e5', bars: true },
      { label: t('captures.meanSentiment'), values: series.map((d) => d.meanSentiment ?? null), color: '#059669', right: true },
    ],
    [series, t],
  );
  const x = useMemo(() => series.map((d) => d.day), [series]);
  const health = useMemo(() => communityHealth(posts), [posts]);
  // The sections below the health score render a moment later, so the score and the chart show first.
  const later = useDeferredValue(posts, NO_POSTS);
  const more = useMemo(
    () => ({
      voices: topVoices(later, 8),
      pairs: replyPairs(later, 8),
      langs: languageMix(later),
      terms: trendingTerms(later, { limit: 12 }),
    }),
    [later],
  );
  const fmt = useDateFormat(lang);
  if (!communities) return <p className="text-sm">{t('common.loading')}</p>;
  const loading = <p className="text-xs">{t('common.loading')}</p>;
  if (communities.length === 0) return <EmptyState title={t('insights.emptyTitle')}>{t('insights.emptyNext')}</EmptyState>;
  const { voices, pairs, langs, terms } = more;
  const lift = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  // Each community's own alerts; the others' are named, so a spike elsewhere is one choice away.
  const here = alerts.filter((a) => a.community === community);
  const elsewhere = [...new Set(alerts.map((a) => a.community).filter((c): c is string => !!c && c !== community))];

  return (
    <div className="space-y-4">
      <label className="flex flex-wrap items-center gap-2 text-xs">
        {t('insights.community')}
        <select className="field min-w-0 max-w-full" value={community} onChange={(e) => setChosen(e.target.value)} data-testid="community">
          {communities.map(({ community: c, posts: n }) => (
            <option key={c} value={c}>{c} ({n}){alerts.some((a) => a.community === c) ? ` ⚠ ${t('insights.alertMark')}` : ''}</option>
          ))}
        </select>
        {sampled && <span data-testid="insights-sample">{t('insights.sample', { n: COMMUNITY_SAMPLE })}</span>}
      </label>

      <section aria-labelledby="alerts-h">
        <h2 id="alerts-h" className="h2">{t('insights.alertsHere')}</h2>
        {here.length === 0 ? <p className="text-xs">{t('insights.noAlerts')}</p> : (
          <ul className="space-y-1 text-xs" data-testid="alerts">
            {here.map((a) => <li key={a.kind === 'community' ? '' : a.term} role="alert" data-kind={a.kind ?? 'term'} className="rounded border-l-4 border-rose-700 bg-rose-50 p-1 dark:bg-rose-950">{alertText(a, t, lang)}</li>)}
          </ul>
        )}
        {elsewhere.length > 0 && <p className="mt-1 text-xs" data-testid="alerts-elsewhere">{t('insights.alertsElsewhere', { where: elsewhere.join(', ') })}</p>}
      </section>

      <section aria-labelledby="volume-h">
        <h2 id="volume-h" className="h2">{t('insights.volume')}</h2>
        {days ? <div data-testid="insights-chart"><Chart title={t('insights.chartLabel')} x={x} series={chartSeries} formatX={fmt} /></div> : loading}
      </section>

      <section aria-labelledby="health-h">
        <h2 id="health-h" className="h2">{t('insights.health')}: <span data-testid="health-score">{sample ? (health.score ?? '–') : '…'}</span>{health.score !== undefined && ' / 100'}</h2>
        {!sample ? loading : health.score === undefined && <p className="text-xs">{t('insights.healthThin')}</p>}
        {/* one grid for all parts, so every bar starts at the same x */}
        <dl className="grid grid-cols-[minmax(0,auto)_4rem_2rem] items-center gap-x-2 gap-y-1 text-xs" data-testid="health-parts">
          {health.parts.map((p) => (
            <div key={p.id} className="contents">
              <dt className="font-medium">{t(`insights.part.${p.id}`)}</dt>
              <dd className="contents">
                <meter min={0} max={1} value={p.value} aria-label={t(`insights.part.${p.id}`)} className="w-16" />
                <span className="text-right tabular-nums">{Math.round(p.value * 100)}</span>
                <span className="col-span-3 -mt-0.5 mb-1 text-slate-600 dark:text-slate-300">{healthDetail(p, t, lang)}</span>
              </dd>
            </div>
          ))}
        </dl>
      </section>

      {!sample && loading}
      <div className="grid gap-4 sm:grid-cols-2" hidden={!sample}>
        <section aria-labelledby="voices-h">
          <h2 id="voices-h" className="h2">{t('insights.voices')}</h2>
          <ol className="list-decimal pl-5 text-xs" data-testid="voices">
            {voices.map((v) => (
              <li key={v.author}>
                <span className="font-medium">{v.author}</span>{' '}
                {t('insights.voice', { posts: plural(t, lang, 'plural.posts', v.posts), engagement: plural(t, lang, 'plural.interactions', v.engagement), replies: plural(t, lang, 'plural.replies', v.repliesReceived) })}
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="pairs-h">
          <h2 id="pairs-h" className="h2">{t('insights.replies')}</h2>
          {pairs.length ? <ReplyMatrix pairs={pairs} /> : <p className="text-xs">{t('insights.noPairs')}</p>}
        </section>
        <section aria-labelledby="langs-h">
          <h2 id="langs-h" className="h2">{t('insights.languages')}</h2>
          <ul className="text-xs" data-testid="language-mix">
            {langs.map((l) => <li key={l.code}>{languageName(l.code, lang, t)}: {l.count} ({new Intl.NumberFormat(lang, { style: 'percent' }).format(l.share)})</li>)}
          </ul>
        </section>
        <section aria-labelledby="terms-h">
          <h2 id="terms-h" className="h2">{t('insights.trending')}</h2>
          {terms.length === 0 ? <p className="text-xs">{t('insights.noTerms')}</p> : (
            <ul className="flex flex-wrap gap-1 text-xs" data-testid="trending">
              {terms.map((x) => <li key={x.term} className="rounded bg-slate-100 px-1.5 dark:bg-slate-800" title={t('insights.trendTitle', { recent: x.recent, before: x.before })}>{x.term} ×{lift.format(x.lift)}</li>)}
            </ul>
          )}
        </section>
      </div>

      <section aria-labelledby="best-h" hidden={!sample}>
        <h2 id="best-h" className="h2">{t('insights.bestTime')}</h2>
        <BestTimeGrid posts={later} />
      </section>
    </div>
  );
}
