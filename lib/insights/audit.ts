import { SENTIMENT_ACCURACY } from '../analysis/sentiment-calibration';
import type { Analysis } from '../model/analysis';
import type { LanguageCounts } from '../model/stored';
import type { InsightPost } from './posts';
import { counts, round } from './posts';

/** Languages whose sentiment and sensitivity resources are full in lib/analysis; others get a warning. */
export const WELL_COVERED = new Set(['en', 'es', 'fr', 'de', 'pt', 'it']);

/**
 * Below this share of right labels on the development sets a language's sentiment is weak (three classes: a
 * guess is right a third of the time).
 */
export const WEAK_SENTIMENT_ACCURACY = 0.55;

/** Why a language's figures deserve caution, as a code the panel renders in its language (English: warningText). */
export type AuditWarning =
  | { code: 'unrecognised' }
  | { code: 'partial'; lang: string }
  | { code: 'uncertain'; confidence: number }
  | { code: 'few'; posts: number };

/** A warning in English, for the exported report. */
export function warningText(w: AuditWarning): string {
  switch (w.code) {
    case 'unrecognised': return 'Language not recognised: sentiment and flags are unreliable.';
    case 'partial': return `Rapport's lexicons cover ${w.lang} only partly: sentiment and flags may miss things.`;
    case 'uncertain': return `Language detection is uncertain (mean confidence ${w.confidence}).`;
    case 'few': return `Only ${w.posts} post${w.posts === 1 ? '' : 's'}: too few to compare.`;
  }
}

export interface LanguageAudit {
  code: string;
  posts: number;
  sentiment: { positive: number; neutral: number; negative: number };
  flags: { category: string; count: number }[];
  toxic: number;
  toxicityRate: number;
  meanConfidence: number;
  /** sentiment accuracy measured on the development sets of this language (shipped with the extension); absent: not measured */
  sentimentMeasured?: { accuracy: number; texts: number; weak: boolean };
  /** why the numbers for this language deserve caution; empty when none */
  warnings: AuditWarning[];
  /** with the analysis, so a reviewer can correct its labels where they read them */
  examples: { id: string; text: string; sentiment?: string; flags: number; toxic: boolean; analysis?: Analysis }[];
}

/** The audit's counts for one language; the database keeps them per day and site, and per page (lib/db/). */
export type LanguageTally = LanguageCounts;

/** What one post adds to its language's counts. Unanalysed posts count as posts of language "und"; ads add nothing. */
export function tallyOf(p: InsightPost): LanguageTally {
  const a = p.analysis;
  if (!counts(p)) return { lang: a?.language.code ?? 'und', posts: 0, positive: 0, neutral: 0, negative: 0, toxic: 0, confidenceMilli: 0, flags: {} };
  const flags: Record<string, number> = {};
  for (const f of a?.sensitivity?.flags ?? []) flags[f.category] = (flags[f.category] ?? 0) + 1;
  return {
    lang: a?.language.code ?? 'und',
    posts: 1,
    positive: a?.sentiment.label === 'positive' ? 1 : 0,
    neutral: a?.sentiment.label === 'neutral' ? 1 : 0,
    negative: a?.sentiment.label === 'negative' ? 1 : 0,
    toxic: a?.toxicity?.flagged ? 1 : 0,
    confidenceMilli: a ? Math.round(a.language.confidence * 1000) : 0,
    flags,
  };
}

/** True when adding `t` changes anything. */
export const tallyMoves = (t: LanguageTally) => !!(t.posts || t.positive || t.neutral || t.negative || t.toxic || t.confidenceMilli || Object.keys(t.flags).length);

/** Adds `from` (times `sign`) into `into`; flag categories that reach zero are dropped. */
export function addTally<T extends LanguageTally>(into: T, from: LanguageTally, sign = 1): T {
  for (const k of ['posts', 'positive', 'neutral', 'negative', 'toxic', 'confidenceMilli'] as const) into[k] += sign * from[k];
  for (const [c, n] of Object.entries(from.flags)) {
    const v = (into.flags[c] ?? 0) + sign * n;
    if (v) into.flags[c] = v;
    else delete into.flags[c];
  }
  return into;
}

/**
 * Tone audit side by side per language: sentiment distribution, flag categories, toxicity rate, and
 * warnings where the analysis is weak (language poorly covered, uncertain detection, too few posts).
 * Examples: the most negative or flagged posts first, so a reviewer sees what drives the numbers.
 */
export function auditByLanguage(posts: readonly InsightPost[], opts: { examples?: number; minPosts?: number } = {}): LanguageAudit[] {
  return auditFromTallies(posts.map(tallyOf), posts, opts);
}

/**
 * The same audit from counts (any number of them for a language: days and sites are summed) and a set of
 * posts to take the examples from, which may be a sample: the history audit reads its latest posts only.
 */
export function auditFromTallies(tallies: readonly LanguageTally[], examplesFrom: readonly InsightPost[], opts: { examples?: number; minPosts?: number } = {}): LanguageAudit[] {
  const byLang = new Map<string, LanguageTally>();
  for (const t of tallies) {
    const sum = byLang.get(t.lang);
    if (sum) addTally(sum, t);
    else byLang.set(t.lang, addTally({ ...t, flags: {}, posts: 0, positive: 0, neutral: 0, negative: 0, toxic: 0, confidenceMilli: 0 }, t));
  }
  const candidates = new Map<string, InsightPost[]>();
  for (const p of examplesFrom) {
    if (!counts(p)) continue;
    const code = p.analysis?.language.code ?? 'und';
    const list = candidates.get(code);
    if (list) list.push(p);
    else candidates.set(code, [p]);
  }
  const weight = (p: InsightPost) => (p.analysis?.toxicity?.flagged ? 4 : 0) + (p.analysis?.sensitivity?.flags.length ?? 0) * 2 - (p.analysis?.sentiment.score ?? 0);
  const out: LanguageAudit[] = [];
  for (const [code, t] of byLang) {
    if (t.posts <= 0) continue;
    const meanConfidence = round(t.confidenceMilli / 1000 / t.posts);
    const warnings: AuditWarning[] = [];
    if (code === 'und') warnings.push({ code: 'unrecognised' });
    else if (!WELL_COVERED.has(code)) warnings.push({ code: 'partial', lang: code });
    if (meanConfidence < 0.6 && code !== 'und') warnings.push({ code: 'uncertain', confidence: meanConfidence });
    if (t.posts < (opts.minPosts ?? 5)) warnings.push({ code: 'few', posts: t.posts });
    const examples = [...(candidates.get(code) ?? [])]
      .sort((a, b) => weight(b) - weight(a))
      .slice(0, opts.examples ?? 3)
      .map((p) => ({ id: p.id, text: p.text, sentiment: p.analysis?.sentiment.label, flags: p.analysis?.sensitivity?.flags.length ?? 0, toxic: !!p.analysis?.toxicity?.flagged, analysis: p.analysis }));
    out.push({
      code,
      posts: t.posts,
      sentiment: { positive: t.positive, neutral: t.neutral, negative: t.negative },
      flags: Object.entries(t.flags).map(([category, count]) => ({ category, count })).sort((a, b) => b.count - a.count),
      toxic: t.toxic,
      toxicityRate: round(t.toxic / t.posts),
      meanConfidence,
      ...(SENTIMENT_ACCURACY[code] ? { sentimentMeasured: { ...pick(SENTIMENT_ACCURACY[code]!), weak: SENTIMENT_ACCURACY[code]!.accuracy < WEAK_SENTIMENT_ACCURACY } } : {}),
      warnings,
      examples,
    });
  }
  return out.sort((a, b) => b.posts - a.posts || a.code.localeCompare(b.code));
}

const pick = ({ accuracy, texts }: { accuracy: number; texts: number }) => ({ accuracy, texts });
