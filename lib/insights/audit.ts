import type { InsightPost } from './posts';
import { round } from './posts';

/** Languages whose sentiment and sensitivity resources are full in lib/analysis; others get a warning. */
export const WELL_COVERED = new Set(['en', 'es', 'fr', 'de', 'pt', 'it']);

export interface LanguageAudit {
  code: string;
  posts: number;
  sentiment: { positive: number; neutral: number; negative: number };
  flags: { category: string; count: number }[];
  toxic: number;
  toxicityRate: number;
  meanConfidence: number;
  /** why the numbers for this language deserve caution; empty when none */
  warnings: string[];
  examples: { id: string; text: string; sentiment?: string; flags: number; toxic: boolean }[];
}

/**
 * Tone audit side by side per language: sentiment distribution, flag categories, toxicity rate, and
 * warnings where the analysis is weak (language poorly covered, uncertain detection, too few posts).
 * Examples: the most negative or flagged posts first, so a reviewer sees what drives the numbers.
 */
export function auditByLanguage(posts: readonly InsightPost[], opts: { examples?: number; minPosts?: number } = {}): LanguageAudit[] {
  const groups = new Map<string, InsightPost[]>();
  for (const p of posts) {
    const code = p.analysis?.language.code ?? 'und';
    const list = groups.get(code);
    if (list) list.push(p);
    else groups.set(code, [p]);
  }
  const out: LanguageAudit[] = [];
  for (const [code, list] of groups) {
    const sentiment = { positive: 0, neutral: 0, negative: 0 };
    const flags = new Map<string, number>();
    let toxic = 0;
    let conf = 0;
    for (const p of list) {
      const a = p.analysis;
      if (!a) continue;
      sentiment[a.sentiment.label]++;
      for (const f of a.sensitivity?.flags ?? []) flags.set(f.category, (flags.get(f.category) ?? 0) + 1);
      if (a.toxicity?.flagged) toxic++;
      conf += a.language.confidence;
    }
    const meanConfidence = round(conf / list.length);
    const warnings: string[] = [];
    if (code === 'und') warnings.push('Language not recognised: sentiment and flags are unreliable.');
    else if (!WELL_COVERED.has(code)) warnings.push(`Rapport's lexicons cover ${code} only partly: sentiment and flags may miss things.`);
    if (meanConfidence < 0.6 && code !== 'und') warnings.push(`Language detection is uncertain (mean confidence ${meanConfidence}).`);
    if (list.length < (opts.minPosts ?? 5)) warnings.push(`Only ${list.length} post${list.length === 1 ? '' : 's'}: too few to compare.`);
    const weight = (p: InsightPost) => (p.analysis?.toxicity?.flagged ? 4 : 0) + (p.analysis?.sensitivity?.flags.length ?? 0) * 2 - (p.analysis?.sentiment.score ?? 0);
    const examples = [...list]
      .sort((a, b) => weight(b) - weight(a))
      .slice(0, opts.examples ?? 3)
      .map((p) => ({ id: p.id, text: p.text, sentiment: p.analysis?.sentiment.label, flags: p.analysis?.sensitivity?.flags.length ?? 0, toxic: !!p.analysis?.toxicity?.flagged }));
    out.push({
      code,
      posts: list.length,
      sentiment,
      flags: [...flags].map(([category, count]) => ({ category, count })).sort((a, b) => b.count - a.count),
      toxic,
      toxicityRate: round(toxic / list.length),
      meanConfidence,
      warnings,
      examples,
    });
  }
  return out.sort((a, b) => b.posts - a.posts || a.code.localeCompare(b.code));
}
