import { agrees, kindOf, type JudgedKind } from '../analysis/review';
import { round } from './posts';

/**
 * The bias report: how often the analyser and the reviewer agree, per language and per label, on the reviewer's
 * own material. One confusion table per language and kind of label (analyser's label × reviewer's label); the
 * agreement rate is the share on the diagonal. A flag is judged right or wrong: its table has one row.
 */

/** One correction as the report takes it: the analyser's label now (or when judged) and the reviewer's. */
export interface Judged {
  postId: string;
  lang: string;
  target: string;
  /** undefined: the analyser no longer says anything to compare (a flag it stopped raising) */
  analyser?: string;
  label: string;
  at?: number;
  text?: string;
}

export interface Confusion {
  kind: JudgedKind;
  /** the analyser's labels (rows) and the reviewer's (columns) */
  rows: readonly string[];
  cols: readonly string[];
  /** cells[row][col]: corrections with that pair */
  cells: number[][];
  n: number;
  agreed: number;
  /** agreed / n (0..1, two digits) */
  rate: number;
  /** per analyser label (row): the share the reviewer agreed with; undefined for a label never judged */
  perLabel: (number | undefined)[];
}

export interface LanguageAgreement {
  lang: string;
  n: number;
  agreed: number;
  rate: number;
  tables: Confusion[];
}

const LABELS: Record<JudgedKind, { rows: readonly string[]; cols: readonly string[] }> = {
  sentiment: { rows: ['positive', 'neutral', 'negative'], cols: ['positive', 'neutral', 'negative'] },
  toxicity: { rows: ['toxic', 'clean'], cols: ['toxic', 'clean'] },
  flag: { rows: ['flagged'], cols: ['right', 'wrong'] },
};

/** Confusion tables per language, languages with the most corrections first; corrections with no analyser label are left out. */
export function agreementByLanguage(judged: readonly Judged[]): LanguageAgreement[] {
  const byLang = new Map<string, Map<JudgedKind, Confusion>>();
  for (const j of judged) {
    if (j.analyser === undefined) continue;
    const kind = kindOf(j.target);
    const { rows, cols } = LABELS[kind];
    const r = rows.indexOf(j.analyser);
    const c = cols.indexOf(j.label);
    if (r < 0 || c < 0) continue;
    const tables = byLang.get(j.lang) ?? byLang.set(j.lang, new Map()).get(j.lang)!;
    const t = tables.get(kind) ?? tables.set(kind, { kind, rows, cols, cells: rows.map(() => cols.map(() => 0)), n: 0, agreed: 0, rate: 0, perLabel: [] }).get(kind)!;
    t.cells[r]![c]!++;
    t.n++;
    if (agrees(j)) t.agreed++;
  }
  const out: LanguageAgreement[] = [];
  for (const [lang, tables] of byLang) {
    const list = (['sentiment', 'toxicity', 'flag'] as const).map((k) => tables.get(k)).filter((t): t is Confusion => !!t);
    for (const t of list) {
      t.rate = round(t.agreed / t.n);
      t.perLabel = t.cells.map((row, i) => {
        const n = row.reduce((a, b) => a + b, 0);
        const agreed = t.kind === 'flag' ? row[0]! : row[i]!;
        return n ? round(agreed / n) : undefined;
      });
    }
    const n = list.reduce((a, t) => a + t.n, 0);
    const agreed = list.reduce((a, t) => a + t.agreed, 0);
    out.push({ lang, n, agreed, rate: round(agreed / n), tables: list });
  }
  return out.sort((a, b) => b.n - a.n || a.lang.localeCompare(b.lang));
}
