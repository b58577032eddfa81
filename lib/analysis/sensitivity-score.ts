/**
 * The Cultural Sensitivity Score (the seeds' "appropriateness of content across cultures"): 0–100, higher is more
 * appropriate, for one text (a draft, a post) and for a set of texts (an audit set).
 *
 *   score = max(0, 100 − Σ points(flag)),   points(flag) = SEVERITY_POINTS[severity] × confidence × market
 *
 * - severity: info 10, warning 30, error 60 points (one slur-level finding takes the text to 40 or below);
 * - confidence (0..1): how sure Rapport is the flag applies: 1 when a reviewer marked it right; for a rule of the
 *   text's language, the language detection's confidence (a rule read in the wrong language is a guess); 1 for
 *   rules written for every language. Flags a reviewer marked wrong are gone from the analysis and cost nothing;
 * - market: ×1.5 when the rule is a cross-cultural risk in one of the user's target markets (Settings), else ×1.
 *
 * Coverage: how many of the kinds of wording Rapport checks in English (its fullest rule set) it also checks in the
 * text's language, 0..1. Below full coverage the score is marked partial; with no rules of the language at all (or
 * an unrecognised language) there is no score, only the note why: a text Rapport cannot read is not "100".
 *
 * A set's score is the mean of its texts' scores (texts without a score left out and counted); its parts add up.
 */
import type { Analysis, Flag } from '../model/analysis';
import { SENSITIVITY_RULES } from './sensitivity-rules';

export const SEVERITY_POINTS: Record<Flag['severity'], number> = { info: 10, warning: 30, error: 60 };
/** The weight of a cross-cultural risk in one of the user's target markets. */
export const MARKET_WEIGHT = 1.5;

const RULES = new Map(SENSITIVITY_RULES.map((r) => [r.id, r]));
const categoriesOf = (lang: string) => new Set(SENSITIVITY_RULES.filter((r) => r.languages.includes(lang)).map((r) => r.category));
const FULL = categoriesOf('en').size;

/** Share of the kinds of wording checked in English that Rapport also checks in `lang` (0 for `und`). */
export function sensitivityCoverage(lang: string): { value: number; covered: number; total: number } {
  const covered = lang === 'und' ? 0 : Math.min(FULL, categoriesOf(lang).size);
  return { value: Math.round((covered / FULL) * 100) / 100, covered, total: FULL };
}

export interface SeverityPart {
  id: Flag['severity'];
  /** flags of this severity */
  flags: number;
  /** of them, in the user's target markets */
  inMarkets: number;
  /** mean confidence of the flags (0..1; 1 when none) */
  confidence: number;
  /** points taken off */
  points: number;
}

export interface SensitivityScore {
  /** 0..100; undefined when the language has no rules (or is not recognised): no score rather than a false 100 */
  score?: number;
  /** texts scored (1 for a single text that has a score) and texts without a score */
  texts: number;
  unscored: number;
  parts: SeverityPart[];
  /** mean coverage of the texts' languages (0..1), and whether any text was covered only in part */
  coverage: number;
  partial: boolean;
  /** the languages below full coverage, for the note */
  partialLangs: string[];
}

export interface ScoreOptions {
  /** the user's target markets (Settings): ISO 3166 regions and/or ISO 639-1 languages */
  markets?: readonly string[];
}

/** How sure Rapport is that a flag applies (see the formula above). */
export function flagConfidence(f: Flag, a: Pick<Analysis, 'language' | 'review'>): number {
  if (a.review?.flags?.[`${f.ruleId}@${f.start}`] === true) return 1;
  const rule = RULES.get(f.ruleId);
  return !rule || rule.languages.includes('*') ? 1 : a.language.confidence;
}

const inMarkets = (f: Flag, markets: readonly string[]) => !!RULES.get(f.ruleId)?.markets?.some((m) => m !== '*' && markets.includes(m));

/** The score of one text from its analysis (flags, language); a draft's analysis carries the market rules that fired. */
export function sensitivityScore(a: Pick<Analysis, 'language' | 'sensitivity' | 'review'>, opts: ScoreOptions = {}): SensitivityScore {
  return sensitivityScoreOfSet([a], opts);
}

/** The score of a set: the mean of its texts' scores, with the parts summed over all of them. */
export function sensitivityScoreOfSet(analyses: readonly Pick<Analysis, 'language' | 'sensitivity' | 'review'>[], opts: ScoreOptions = {}): SensitivityScore {
  const markets = opts.markets ?? [];
  const parts = new Map<Flag['severity'], SeverityPart & { sure: number }>(
    (['error', 'warning', 'info'] as const).map((id) => [id, { id, flags: 0, inMarkets: 0, confidence: 1, points: 0, sure: 0 }]),
  );
  let sum = 0;
  let texts = 0;
  let unscored = 0;
  let coverage = 0;
  const partialLangs = new Set<string>();
  for (const a of analyses) {
    const cover = sensitivityCoverage(a.language.code);
    coverage += cover.value;
    if (cover.value < 1) partialLangs.add(a.language.code);
    let points = 0;
    for (const f of a.sensitivity?.flags ?? []) {
      const part = parts.get(f.severity)!;
      const sure = flagConfidence(f, a);
      const market = inMarkets(f, markets);
      const p = SEVERITY_POINTS[f.severity] * sure * (market ? MARKET_WEIGHT : 1);
      part.flags++;
      part.sure += sure;
      part.points += p;
      if (market) part.inMarkets++;
      points += p;
    }
    if (cover.value === 0) unscored++;
    else {
      texts++;
      sum += Math.max(0, 100 - points);
    }
  }
  const round1 = (x: number) => Math.round(x * 10) / 10;
  return {
    ...(texts ? { score: Math.round(sum / texts) } : {}),
    texts,
    unscored,
    parts: [...parts.values()].map(({ sure, ...p }) => ({ ...p, confidence: p.flags ? Math.round((sure / p.flags) * 100) / 100 : 1, points: round1(p.points) })),
    coverage: analyses.length ? Math.round((coverage / analyses.length) * 100) / 100 : 0,
    partial: partialLangs.size > 0,
    partialLangs: [...partialLangs].sort(),
  };
}
