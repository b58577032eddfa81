import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { observationsOf, seenAgain } from '../../lib/db/observations';
import { BAND_HOURS, bandHours, bestPostingSlots, type SlotStat } from '../../lib/insights/best-time';
import type { InsightPost } from '../../lib/insights/posts';
import { plural } from '../../lib/i18n/format';
import { db } from '../services/db';
import { timed } from '../services/timed';
import { useI18n } from '../hooks/i18n';

const BANDS = Array.from({ length: 24 / BAND_HOURS }, (_, i) => i);
const MONDAY = Date.UTC(2024, 0, 1); // a Monday: weekday names come from Intl in the panel's language

/**
 * Best time to post as a weekday × 4-hour heat map (7 × 6 cells fit 320 px; 7 × 24 hours do not, and an hour's
 * cell would rarely hold enough posts to say anything): each cell's typical engagement at 24 h of age, the best
 * slot outlined, slots with too few posts left blank, and below it the best slot with its interval or why there is none.
 */
export function BestTimeGrid({ posts }: { posts: readonly InsightPost[] }) {
  const { t, lang } = useI18n();
  // only posts with a publication time have an age to compare at; of those, only the ones seen again have a history
  const ids = useMemo(() => posts.filter((p) => p.publishedAt !== undefined && seenAgain(p)).map((p) => p.id), [posts]);
  const observations = useLiveQuery(() => timed('best time observations', () => observationsOf(db, ids)), [ids]);
  const r = useMemo(() => bestPostingSlots(posts, observations, { offsetMinutes: -new Date().getTimezoneOffset() }), [posts, observations]);
  const day = useMemo(() => {
    const f = new Intl.DateTimeFormat(lang, { weekday: 'short', timeZone: 'UTC' });
    const long = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' });
    return { short: (d: number) => f.format(MONDAY + d * 86_400_000), long: (d: number) => long.format(MONDAY + d * 86_400_000) };
  }, [lang]);
  const num = new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 });
  const cells = new Map(r.slots.map((s) => [s.weekday * 100 + s.band, s]));
  const ranked = r.slots.filter((s) => s.posts >= r.minPerSlot);
  const top = Math.max(1, ...ranked.map((s) => s.typical));
  const cell = (s: SlotStat | undefined) => {
    if (!s || s.posts < r.minPerSlot) return { text: s ? '·' : '', style: undefined };
    // shade by the share of the best slot: the darkest cell is the best one
    const share = s.typical / top;
    return { text: num.format(s.typical), style: { backgroundColor: `rgba(13, 148, 136, ${(0.12 + 0.6 * share).toFixed(2)})` } };
  };
  return (
    <div className="space-y-1 text-xs" data-testid="best-time">
      <table className="w-full table-fixed border-separate border-spacing-0.5 text-center text-[11px] tabular-nums" data-testid="best-time-grid">
        <caption className="text-left text-xs">{t('best.caption', { age: r.ageHours })}</caption>
        <thead>
          <tr>
            <th scope="col" className="w-9"><span className="sr-only">{t('best.weekday')}</span></th>
            {BANDS.map((b) => <th key={b} scope="col" className="font-normal">{bandHours(b)}</th>)}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: 7 }, (_, d) => (
            <tr key={d}>
              <th scope="row" className="text-left font-normal" title={day.long(d)}>{day.short(d)}</th>
              {BANDS.map((b) => {
                const s = cells.get(d * 100 + b);
                const c = cell(s);
                const best = r.best && r.best.weekday === d && r.best.band === b;
                return (
                  <td
                    key={b}
                    className={`rounded px-0 py-0.5 text-slate-900 dark:text-slate-50 ${best ? 'outline outline-2 outline-slate-900 dark:outline-white font-semibold' : ''}`}
                    style={c.style}
                    title={s ? plural(t, lang, 'plural.posts', s.posts) : undefined}
                    data-testid={best ? 'best-time-best' : undefined}
                  >
                    {c.text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {r.best ? (
        <p data-testid="best-time-answer">
          {t('best.is', {
            slot: `${day.long(r.best.weekday)} ${bandHours(r.best.band)} h`,
            value: num.format(r.best.typical),
            low: num.format(r.best.low),
            high: num.format(r.best.high),
            age: r.ageHours,
            posts: plural(t, lang, 'plural.posts', r.best.posts),
          })}{' '}
          {r.clear ? t('best.clear') : t('best.unclear')}
        </p>
      ) : (
        <p data-testid="best-time-thin">{t('best.thin', { n: plural(t, lang, 'plural.posts', r.basedOn), min: r.minPosts, per: r.minPerSlot })}</p>
      )}
      <p className="text-slate-700 dark:text-slate-300" data-testid="best-time-age">
        {t('best.age', { age: r.ageHours, projected: r.projected, n: r.basedOn, half: r.halfLifeHours })} {r.fitted ? t('best.fitted') : t('best.assumed')}
        {r.unknownAge > 0 && ` ${t('best.unknownAge', { n: r.unknownAge })}`}
      </p>
    </div>
  );
}
