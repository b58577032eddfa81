import { toCsv } from '../db/csv';
import { type LanguageAudit, warningText } from './audit';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Page text is hostile: every value goes into the report escaped. */
export const escapeHtml = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);

export function auditCsv(rows: readonly LanguageAudit[]): string {
  return toCsv(
    ['language', 'posts', 'positive', 'neutral', 'negative', 'toxic', 'toxicity_rate', 'flag_categories', 'mean_confidence', 'sentiment_accuracy_measured', 'warnings'],
    rows.map((r) => [r.code, r.posts, r.sentiment.positive, r.sentiment.neutral, r.sentiment.negative, r.toxic, r.toxicityRate, r.flags.map((f) => `${f.category} ${f.count}`).join('; '), r.meanConfidence, r.sentimentMeasured?.accuracy ?? '', r.warnings.map(warningText).join(' ')]),
  );
}

/**
 * A self-contained, printable HTML report (inline print stylesheet, no scripts, no external resources):
 * languages side by side, then example posts. All text is escaped.
 */
export function auditHtml(rows: readonly LanguageAudit[], opts: { title: string; set: string; generatedAt?: Date; lang?: string }): string {
  const when = (opts.generatedAt ?? new Date()).toISOString();
  const pct = (n: number, of: number) => (of ? `${Math.round((n / of) * 100)} %` : '–');
  const head = rows.map((r) => `<th scope="col">${escapeHtml(r.code)}</th>`).join('');
  const line = (label: string, f: (r: LanguageAudit) => string) => `<tr><th scope="row">${escapeHtml(label)}</th>${rows.map((r) => `<td>${f(r)}</td>`).join('')}</tr>`;
  const table = `<table><thead><tr><th scope="col">Language</th>${head}</tr></thead><tbody>
${line('Posts', (r) => String(r.posts))}
${line('Positive', (r) => `${r.sentiment.positive} (${pct(r.sentiment.positive, r.posts)})`)}
${line('Neutral', (r) => `${r.sentiment.neutral} (${pct(r.sentiment.neutral, r.posts)})`)}
${line('Negative', (r) => `${r.sentiment.negative} (${pct(r.sentiment.negative, r.posts)})`)}
${line('Toxicity rate', (r) => `${Math.round(r.toxicityRate * 100)} %`)}
${line('Flag categories', (r) => escapeHtml(r.flags.map((f) => `${f.category} ${f.count}`).join(', ') || '–'))}
${line('Mean language confidence', (r) => escapeHtml(r.meanConfidence))}
${line('Sentiment right on test texts', (r) => (r.sentimentMeasured ? `${Math.round(r.sentimentMeasured.accuracy * 100)} % of ${r.sentimentMeasured.texts}${r.sentimentMeasured.weak ? ' (weak: read labels as hints)' : ''}` : 'not measured'))}
${line('Caution', (r) => escapeHtml(r.warnings.map(warningText).join(' ') || '–'))}
</tbody></table>`;
  const examples = rows
    .map((r) => `<section><h2>${escapeHtml(r.code)}</h2><ul>${r.examples.map((e) => `<li><span class="tag">${escapeHtml(e.sentiment ?? '?')}${e.toxic ? ', toxic' : ''}${e.flags ? `, ${e.flags} flag(s)` : ''}</span> ${escapeHtml(e.text.slice(0, 600))}</li>`).join('')}</ul></section>`)
    .join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(opts.lang ?? 'en')}"><head><meta charset="utf-8"><title>${escapeHtml(opts.title)}</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:2rem;color:#111}
table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border:1px solid #999;padding:.3rem .5rem;text-align:left;vertical-align:top}
thead th{background:#eef}.tag{font-size:12px;background:#eee;padding:0 .3rem;border-radius:3px}
@media print{body{margin:0}section{break-inside:avoid}a{color:inherit}}
</style></head><body>
<h1>${escapeHtml(opts.title)}</h1>
<p>Set: ${escapeHtml(opts.set)} · Generated ${escapeHtml(when)} by Rapport, on this computer.</p>
${table}
<h2>Examples</h2>
${examples}
</body></html>`;
}
