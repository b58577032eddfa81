import { useI18n } from '../hooks/i18n';

/**
 * Who replies to whom, drawn as a small matrix: a row's person replied to a column's person that many times, the
 * cell shaded by the count. It is a real table (caption, headers), so a screen reader reads it as one.
 */
/** Three shades by count, each with text that keeps AA contrast in light and dark. */
const SHADE = [
  'bg-indigo-100 text-indigo-950 dark:bg-indigo-900 dark:text-white',
  'bg-indigo-200 text-indigo-950 dark:bg-indigo-800 dark:text-white',
  'bg-indigo-300 text-indigo-950 dark:bg-indigo-600 dark:text-white',
];

export function ReplyMatrix({ pairs }: { pairs: readonly { from: string; to: string; count: number }[] }) {
  const { t } = useI18n();
  // the people of the busiest pairs, at most six, so the matrix fits a 320 px panel
  const people: string[] = [];
  for (const p of pairs) for (const a of [p.from, p.to]) if (!people.includes(a) && people.length < 6) people.push(a);
  const count = new Map(pairs.map((p) => [`${p.from}\u0000${p.to}`, p.count]));
  const max = Math.max(...pairs.map((p) => p.count));
  const short = (a: string) => (a.length > 8 ? `${a.slice(0, 7)}…` : a);
  return (
    <table className="w-full table-fixed border-collapse text-center text-xs" data-testid="reply-pairs">
      <caption className="mb-1 text-left text-slate-600 dark:text-slate-300">{t('insights.pairsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col" className="w-16 text-left font-normal">{t('insights.pairsFrom')}</th>
          {people.map((a) => <th key={a} scope="col" className="truncate font-medium" title={a}>{short(a)}</th>)}
        </tr>
      </thead>
      <tbody>
        {people.map((from) => (
          <tr key={from}>
            <th scope="row" className="truncate text-left font-medium" title={from}>{short(from)}</th>
            {people.map((to) => {
              const n = count.get(`${from}\u0000${to}`) ?? 0;
              return (
                <td key={to} className={`border border-slate-200 dark:border-slate-700 ${n ? SHADE[Math.min(2, Math.floor((3 * n) / (max + 1)))] : ''}`}>
                  {n || <span className="text-slate-400" aria-label="0">·</span>}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
