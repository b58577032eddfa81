import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { pagePosts } from '../../lib/db/queries';
import { type ForecastReason, forecastDraft } from '../../lib/insights/forecast';
import type { MessageKey } from '../../lib/i18n';
import { communityOf } from '../../lib/insights/posts';
import type { StoredPost } from '../../lib/model/stored';
import { db } from '../services/db';
import { useI18n } from '../hooks/i18n';

/** Posts of a community seen so far, newest first, at most `limit` (indexes [community+lastSeen], [platform+lastSeen]). */
async function communityHistory(community: string, sample: StoredPost, limit = 5000): Promise<StoredPost[]> {
  if (sample.community === community) {
    return db.posts.where('[community+lastSeen]').between([community, -Infinity], [community, Infinity]).reverse().limit(limit).toArray();
  }
  // Sites without named communities (Hacker News): the community is the host, read through the platform index.
  const rows = await db.posts.where('[platform+lastSeen]').between([sample.platform, -Infinity], [sample.platform, Infinity]).reverse().limit(limit * 2).toArray();
  return rows.filter((p) => communityOf(p) === community).slice(0, limit);
}

/**
 * The Draft view's forecast: how the draft is likely to do in the community of the page in this tab, with the
 * reasons and the best hour, from the posts Rapport has seen there. Says so when the history is too thin.
 */
export function DraftForecast({ tabId, text }: { tabId: number | undefined; text: string }) {
  const { t } = useI18n();
  const page = useLiveQuery(() => (tabId === undefined ? undefined : db.tabs.get(tabId)), [tabId]);
  const target = useLiveQuery(async () => {
    if (!page) return undefined;
    const posts = await pagePosts(db, page.pageKey, 500);
    const counts = new Map<string, { n: number; sample: StoredPost }>();
    for (const p of posts) {
      const c = communityOf(p);
      const e = counts.get(c);
      counts.set(c, { n: (e?.n ?? 0) + 1, sample: e?.sample ?? p });
    }
    const top = [...counts].sort((a, b) => b[1].n - a[1].n)[0];
    return top ? { community: top[0], sample: top[1].sample } : undefined;
  }, [page?.pageKey, page?.updatedAt]);
  const history = useLiveQuery(() => (target ? communityHistory(target.community, target.sample) : []), [target?.community]);
  const forecast = useMemo(
    () => (target && history && text.trim() ? forecastDraft(text, history, { community: target.community, offsetMinutes: -new Date().getTimezoneOffset() }) : undefined),
    [text, history, target?.community],
  );

  if (!text.trim()) return null;
  const level = (r: ForecastReason, v: string) => t(`forecast.level.${r.feature}.${v}` as MessageKey);
  const times = (x: number) => (x >= 10 ? String(Math.round(x)) : x.toFixed(1));
  // Localised from the structured reason (the English `message` is for the command line and logs).
  const reason = (r: ForecastReason) =>
    r.best === r.draft
      ? t('forecast.good', { mine: level(r, r.draft), x: times(r.vsOthers), others: LEVEL_COUNT[r.feature] === 2 ? level(r, r.draft === 'yes' ? 'no' : 'yes') : t('forecast.others') })
      : capitalise(t('forecast.better', { best: level(r, r.best), x: times(1 / r.vsBest), mine: level(r, r.draft) }));
  return (
    <section aria-labelledby="forecast-h" className="space-y-1 text-xs" data-testid="forecast">
      <h3 id="forecast-h" className="text-sm font-semibold">{t('forecast.title')}</h3>
      {!target || !forecast ? (
        <p>{t('forecast.none')}</p>
      ) : forecast.thin ? (
        <p data-testid="forecast-thin">{t('forecast.thin', { community: target.community, n: forecast.basedOn, min: forecast.minPosts })}</p>
      ) : (
        <>
          <p data-testid="forecast-percentile">{t('forecast.percentile', { p: forecast.percentile ?? 0, community: target.community, n: forecast.basedOn })}</p>
          {forecast.bestHour !== undefined && (
            <p data-testid="forecast-best-hour">
              {t('forecast.bestHour', { hour: String(forecast.bestHour).padStart(2, '0'), median: forecast.hours.find((h) => h.hour === forecast.bestHour)?.median ?? 0 })}
            </p>
          )}
          {forecast.reasons.length > 0 && (
            <>
              <p className="font-medium">{t('forecast.reasons')}</p>
              <ul className="list-disc pl-4" data-testid="forecast-reasons">
                {forecast.reasons.map((r) => (
                  <li key={r.feature} data-feature={r.feature}>{reason(r)} <span className="text-slate-600 dark:text-slate-400">({r.posts})</span></li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}

/** Binary features name the other side ("posts without a question"); the others say "the others". */
const LEVEL_COUNT: Record<ForecastReason['feature'], number> = { length: 3, question: 2, link: 2, hashtags: 2, sentiment: 3, daypart: 4 };
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
