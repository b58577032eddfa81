import { toCsv } from '../model/csv';
import type { LanguageAgreement } from './agreement';
import { type AuditWarning, type LanguageAudit, warningText } from './audit';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Page text is hostile: every value goes into the report escaped. */
export const escapeHtml = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);

export function auditCsv(rows: readonly LanguageAudit[]): string {
  return toCsv(
    ['language', 'posts', 'positive', 'neutral', 'negative', 'toxic', 'toxicity_rate', 'flag_categories', 'mean_confidence', 'sentiment_accuracy_measured', 'warnings'],
    rows.map((r) => [r.code, r.posts, r.sentiment.positive, r.sentiment.neutral, r.sentiment.negative, r.toxic, r.toxicityRate, r.flags.map((f) => `${f.category} ${f.count}`).join('; '), r.meanConfidence, r.sentimentMeasured?.accuracy ?? '', r.warnings.map(warningText).join(' ')]),
  );
}

/** The words of the printable report: the panel passes its UI language's, the command line English. */
export interface ReportText {
  language: string;
  posts: string;
  positive: string;
  neutral: string;
  negative: string;
  toxicity: string;
  flags: string;
  confidence: string;
  sentimentAccuracy: string;
  caution: string;
  examples: string;
  toxic: string;
  /** "Set: … · Generated … by Rapport, on this computer." */
  setLine: (set: string, when: string) => string;
  languageName: (code: string) => string;
  flagCategory: (category: string) => string;
  sentimentLabel: (label: string) => string;
  warning: (w: AuditWarning) => string;
  measured: (m: NonNullable<LanguageAudit['sentimentMeasured']>) => string;
  notMeasured: string;
  /** the bias report: heading, one language's line, a kind of label, a label, the corner and last column of a table */
  agreement: { title: string; line: (lang: string, pct: string, agreed: number, n: number) => string; kind: (k: string) => string; label: (l: string) => string; corner: string; agree: string };
}

export const ENGLISH_REPORT: ReportText = {
  language: 'Language',
  posts: 'Posts',
  positive: 'Positive',
  neutral: 'Neutral',
  negative: 'Negative',
  toxicity: 'Toxicity rate',
  flags: 'Flag categories',
  confidence: 'Mean language confidence',
  sentimentAccuracy: 'Sentiment right on test texts',
  caution: 'Caution',
  examples: 'Examples',
  toxic: 'toxic',
  setLine: (set, when) => `Set: ${set} · Generated ${when} by Rapport, on this computer.`,
  languageName: (code) => code,
  flagCategory: (c) => c,
  sentimentLabel: (l) => l,
  warning: warningText,
  measured: (m) => `${Math.round(m.accuracy * 100)} % of ${m.texts}${m.weak ? ' (weak: read labels as hints)' : ''}`,
  notMeasured: 'not measured',
  agreement: { title: 'Analyser and reviewer', line: (lang, pct, agreed, n) => `${lang}: agreement ${pct} (${agreed} of ${n})`, kind: (k) => k, label: (l) => l, corner: 'Analyser ↓ reviewer →', agree: 'Agree' },
};

/**
 * A self-contained, printable HTML report (inline print stylesheet, no scripts, no external resources):
 * languages side by side, then example posts. All text is escaped.
 */
export function auditHtml(rows: readonly LanguageAudit[], opts: { title: string; set: string; generatedAt?: Date; lang?: string; text?: ReportText; agreement?: readonly LanguageAgreement[] }): string {
  const x = opts.text ?? ENGLISH_REPORT;
  const when = (opts.generatedAt ?? new Date()).toLocaleString(opts.lang ?? 'en');
  const pct = (n: number, of: number) => (of ? `${Math.round((n / of) * 100)} %` : '–');
  const head = rows.map((r) => `<th scope="col" data-code="${escapeHtml(r.code)}">${escapeHtml(x.languageName(r.code))}</th>`).join('');
  const line = (label: string, f: (r: LanguageAudit) => string) => `<tr><th scope="row">${escapeHtml(label)}</th>${rows.map((r) => `<td>${f(r)}</td>`).join('')}</tr>`;
  const table = `<table><thead><tr><th scope="col">${escapeHtml(x.language)}</th>${head}</tr></thead><tbody>
${line(x.posts, (r) => String(r.posts))}
${line(x.positive, (r) => `${r.sentiment.positive} (${pct(r.sentiment.positive, r.posts)})`)}
${line(x.neutral, (r) => `${r.sentiment.neutral} (${pct(r.sentiment.neutral, r.posts)})`)}
${line(x.negative, (r) => `${r.sentiment.negative} (${pct(r.sentiment.negative, r.posts)})`)}
${line(x.toxicity, (r) => `${Math.round(r.toxicityRate * 100)} %`)}
${line(x.flags, (r) => escapeHtml(r.flags.map((f) => `${x.flagCategory(f.category)} ${f.count}`).join(', ') || '–'))}
${line(x.confidence, (r) => escapeHtml(r.meanConfidence))}
${line(x.sentimentAccuracy, (r) => escapeHtml(r.sentimentMeasured ? x.measured(r.sentimentMeasured) : x.notMeasured))}
${line(x.caution, (r) => escapeHtml(r.warnings.map(x.warning).join(' ') || '–'))}
</tbody></table>`;
  const examples = rows
    .map((r) => `<section><h2>${escapeHtml(x.languageName(r.code))}</h2><ul>${r.examples.map((e) => `<li><span class="tag">${escapeHtml(x.sentimentLabel(e.sentiment ?? '?'))}${e.toxic ? `, ${escapeHtml(x.toxic)}` : ''}${e.flags ? `, ⚑ ${e.flags}` : ''}</span> ${escapeHtml(e.text.slice(0, 600))}</li>`).join('')}</ul></section>`)
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
<p>${escapeHtml(x.setLine(opts.set, when))}</p>
${table}
<h2>${escapeHtml(x.examples)}</h2>
${examples}
${opts.agreement?.length ? agreementHtml(opts.agreement, x) : ''}
</body></html>`;
}

/** The bias report's confusion tables (analyser's label × reviewer's), escaped like the rest of the report. */
function agreementHtml(langs: readonly LanguageAgreement[], x: ReportText): string {
  const pct = (v: number | undefined) => (v === undefined ? '–' : `${Math.round(v * 100)} %`);
  const tables = langs.map((l) => `<section data-agreement="${escapeHtml(l.lang)}"><h3>${escapeHtml(x.agreement.line(x.languageName(l.lang), pct(l.rate), l.agreed, l.n))}</h3>${l.tables
    .map((c) => `<table><caption>${escapeHtml(x.agreement.kind(c.kind))}: ${pct(c.rate)}</caption><thead><tr><th scope="col">${escapeHtml(x.agreement.corner)}</th>${c.cols.map((col) => `<th scope="col">${escapeHtml(x.agreement.label(col))}</th>`).join('')}<th scope="col">${escapeHtml(x.agreement.agree)}</th></tr></thead><tbody>${c.rows
      .map((row, i) => `<tr><th scope="row">${escapeHtml(x.agreement.label(row))}</th>${c.cells[i]!.map((n) => `<td>${n}</td>`).join('')}<td>${pct(c.perLabel[i])}</td></tr>`)
      .join('')}</tbody></table>`)
    .join('')}</section>`);
  return `<h2>${escapeHtml(x.agreement.title)}</h2>\n${tables.join('\n')}`;
}
