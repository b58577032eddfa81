import { useLiveQuery } from 'dexie-react-hooks';
import { observationsOf } from '../../lib/db/observations';
import { COMPARABLE_AGE_HOURS, engagementAtAge, latestGrowth, METRICS, type MetricName, overallGrowth, pointsOf, publishedMs, type Sighted } from '../../lib/insights/growth';
import { engagement } from '../../lib/insights/posts';
import { plural } from '../../lib/i18n/format';
import type { UiLanguage } from '../../lib/i18n';
import { db } from '../services/db';
import { useI18n } from '../hooks/i18n';
import { Sparkline } from './Sparkline';

/** "4 s", "2 h", "3 days": the time between two sightings in the largest whole unit, in the panel's language. */
function span(hours: number, lang: UiLanguage): string {
  const [value, unit] = hours >= 48 ? [hours / 24, 'day'] : hours >= 1 ? [hours, 'hour'] : hours * 60 >= 1 ? [hours * 60, 'minute'] : [hours * 3600, 'second'];
  return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
}

/**
 * A post's metrics over time, from its observations (read live: a page read again shows at once): a sparkline of
 * its engagement at each sighting, the change since first seen, the latest pace per hour, and its engagement at
 * 24 h of age, or that its age is unknown.
 */
export function PostGrowth({ postId, post, testId = 'growth' }: { postId: string; post: Sighted; testId?: string }) {
  const { t, lang } = useI18n();
  const observations = useLiveQuery(() => observationsOf(db, [postId]).then((m) => m.get(postId) ?? []), [postId]);
  if (!observations) return null;
  const points = pointsOf(post, observations);
  // a post the site shows no counts for (a comment on Hacker News) has nothing to grow
  if (!points.some((p) => METRICS.some((k) => p.metrics[k] !== undefined))) return null;
  const num = new Intl.NumberFormat(lang, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const plain = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  const label = (k: MetricName) => (k === 'views' ? t('growth.views') : t(`metrics.${k}`));
  const all = overallGrowth(points);
  const pace = latestGrowth(points)?.perHour;
  // the counts that moved; when none did, all shown ("Likes 0")
  const changed = (d: Partial<Record<MetricName, number>>) => {
    const shown = METRICS.filter((k) => d[k] !== undefined);
    const moved = shown.filter((k) => d[k] !== 0);
    return moved.length ? moved : shown;
  };
  const atAge = engagementAtAge(post, observations);
  const spark = points.map((p) => ({ at: p.at, value: engagement(p.metrics) }));
  return (
    <div className="mt-1 space-y-0.5 text-xs" data-testid={testId} data-points={points.length}>
      <p className="flex items-center gap-x-2">
        <Sparkline points={spark} label={t('growth.sparkLabel', { values: spark.map((p) => plain.format(p.value)).join(', ') })} />
        {all ? (
          <span className="min-w-0" data-testid="growth-change">
            {t('growth.seen', { n: points.length })}: {changed(all.delta).map((k) => `${label(k)} ${num.format(all.delta[k]!)}`).join(' · ')} {t('growth.over', { span: span(all.hours, lang) })}
          </span>
        ) : (
          <span className="min-w-0">{t('growth.seenOnce')}</span>
        )}
      </p>
      {pace && changed(pace).length > 0 && (
        <p data-testid="growth-pace">{t('growth.pace')}: {changed(pace).map((k) => `${label(k)} ${t('growth.perHour', { n: num.format(pace[k]!) })}`).join(' · ')}</p>
      )}
      {publishedMs(post.publishedAt) === undefined ? (
        <p className="text-slate-700 dark:text-slate-300" data-testid="growth-age">{t('growth.ageUnknown')}</p>
      ) : atAge ? (
        <p data-testid="growth-age">
          {t('growth.atAge', { age: COMPARABLE_AGE_HOURS, value: plural(t, lang, 'plural.interactions', Math.round(atAge.value)) })} ({atAge.how === 'projected' ? t('growth.projected') : t('growth.interpolated')})
        </p>
      ) : null}
    </div>
  );
}
