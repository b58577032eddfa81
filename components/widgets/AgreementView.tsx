import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { correctionsCsv, correctionsWithAnalyser } from '../../lib/db/corrections';
import { agreementByLanguage } from '../../lib/insights/agreement';
import { agreementLabel } from '../../lib/i18n/findings';
import { languageName } from '../../lib/i18n/format';
import { db } from '../services/db';
import { download, stamp } from '../services/download';
import { useI18n } from '../hooks/i18n';

export type Agreement = ReturnType<typeof useAgreement>;

/** Every correction beside the analyser's label now, and the confusion tables per language (the Audit's report takes them too). */
export function useAgreement() {
  const corrections = useLiveQuery(() => correctionsWithAnalyser(db), []);
  const rows = useMemo(() => agreementByLanguage((corrections ?? []).map((c) => ({ ...c, text: c.post?.text }))), [corrections]);
  return { corrections, rows };
}

/**
 * The bias report: where the reviewer corrected (or confirmed) the analyser, how often they agree, per language
 * and per label, as confusion tables (analyser's label × reviewer's label). Narrow tables, one per language and
 * kind of label, so the panel at 320 px never scrolls sideways.
 */
export function AgreementView({ agreement: { corrections, rows } }: { agreement: Agreement }) {
  const { t, lang } = useI18n();
  const pct = new Intl.NumberFormat(lang, { style: 'percent' });
  const label = (l: string) => agreementLabel(l, t);
  return (
    <section aria-labelledby="agreement-h" className="space-y-2" data-testid="agreement">
      <h2 id="agreement-h" className="h2">{t('agreement.title')}</h2>
      <p className="text-xs">{t('agreement.intro')}</p>
      {!corrections ? <p className="text-xs">{t('common.loading')}</p> : corrections.length === 0 ? <p className="text-xs" data-testid="agreement-none">{t('agreement.none')}</p> : (
        <>
          <button type="button" className="btn text-xs print:hidden" data-testid="corrections-csv" onClick={() => download(`rapport-corrections-${stamp()}.csv`, correctionsCsv(corrections), 'text/csv;charset=utf-8')}>{t('agreement.export')}</button>
          <div className="grid grid-cols-[repeat(auto-fill,minmax(15rem,1fr))] gap-2">
            {rows.map((r) => (
              <section key={r.lang} className="card min-w-0 text-xs" aria-labelledby={`agreement-${r.lang}`} data-testid="agreement-language" data-code={r.lang} data-rate={r.rate}>
                <h3 id={`agreement-${r.lang}`} className="font-semibold">{languageName(r.lang, lang, t)}: {t('agreement.rate', { pct: pct.format(r.rate), agreed: r.agreed, n: r.n })}</h3>
                {r.tables.map((c) => (
                  <table key={c.kind} className="mt-1 w-full border-collapse text-xs" data-testid="agreement-table" data-kind={c.kind} data-cells={JSON.stringify(c.cells)}>
                    <caption className="text-left font-medium">{t(`agreement.kind.${c.kind}`)}: {pct.format(c.rate)}</caption>
                    <thead>
                      <tr>
                        <th scope="col" className="break-words text-left font-normal">{t('agreement.corner')}</th>
                        {c.cols.map((col) => <th key={col} scope="col" className="break-words px-1 text-right font-medium">{label(col)}</th>)}
                        <th scope="col" className="px-1 text-right font-medium">{t('agreement.agree')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {c.rows.map((row, i) => (
                        <tr key={row} className="border-t border-slate-200 dark:border-slate-700">
                          <th scope="row" className="break-words text-left font-medium">{label(row)}</th>
                          {c.cells[i]!.map((n, j) => <td key={j} className={`px-1 text-right tabular-nums ${(c.kind === 'flag' ? j === 0 : i === j) && n ? 'font-semibold' : ''}`}>{n}</td>)}
                          <td className="px-1 text-right tabular-nums">{c.perLabel[i] === undefined ? '–' : pct.format(c.perLabel[i]!)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                ))}
              </section>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
