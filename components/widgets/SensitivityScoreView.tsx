import type { SensitivityScore } from '../../lib/analysis/sensitivity-score';
import { languageName } from '../../lib/i18n/format';
import { useI18n } from '../hooks/i18n';

/**
 * The Cultural Sensitivity Score with its parts, the way the health score shows its own: a meter and the counts
 * behind each part, and a plain note where the language is covered only in part or not at all.
 */
export function SensitivityScoreView({ result, id, heading = 'h3' }: { result: SensitivityScore; id: string; heading?: 'h2' | 'h3' }) {
  const { t, lang } = useI18n();
  const H = heading;
  const names = (codes: string[]) => codes.map((c) => languageName(c, lang, t)).join(', ');
  const none = result.partialLangs.filter((c) => c === 'und' || result.score === undefined);
  return (
    <section aria-labelledby={id} className="text-xs" data-testid="css" data-score={result.score ?? ''}>
      <H id={id} className={heading === 'h2' ? 'h2' : 'font-semibold'} title={t('css.formula')}>
        {t('css.title')}: <span data-testid="css-score">{result.score ?? '–'}</span>{result.score !== undefined && ' / 100'}
      </H>
      {result.score === undefined && <p data-testid="css-none">{t('css.none', { langs: names(none.length ? none : result.partialLangs) })}</p>}
      {result.score !== undefined && result.partial && <p className="text-amber-800 dark:text-amber-300" data-testid="css-partial">⚠ {t('css.partial', { langs: names(result.partialLangs) })}</p>}
      {result.score !== undefined && result.unscored > 0 && <p data-testid="css-unscored">{t('css.unscored', { n: result.unscored })}</p>}
      <dl className="mt-1 grid grid-cols-[minmax(0,auto)_4rem_2.5rem] items-center gap-x-2 gap-y-1" data-testid="css-parts">
        {result.parts.map((p) => (
          <div key={p.id} className="contents">
            <dt className="font-medium">{t(`css.part.${p.id}`)}</dt>
            <dd className="contents">
              <meter min={0} max={100} value={Math.max(0, 100 - p.points)} aria-label={t(`css.part.${p.id}`)} className="w-16" />
              <span className="text-right tabular-nums">−{Math.round(p.points)}</span>
              <span className="col-span-3 -mt-0.5 mb-1 text-slate-600 dark:text-slate-300">{t('css.detail.flags', { n: p.flags, sure: Math.round(p.confidence * 100), markets: p.inMarkets })}</span>
            </dd>
          </div>
        ))}
        <div className="contents">
          <dt className="font-medium">{t('css.part.coverage')}</dt>
          <dd className="contents">
            <meter min={0} max={1} value={result.coverage} aria-label={t('css.part.coverage')} className="w-16" />
            <span className="text-right tabular-nums">{Math.round(result.coverage * 100)}</span>
            <span className="col-span-3 -mt-0.5 mb-1 text-slate-600 dark:text-slate-300">{t('css.detail.coverage')}</span>
          </dd>
        </div>
      </dl>
    </section>
  );
}
