/**
 * The English reasons of flags and opportunities, rendered from the `code` + `params` a stored analysis keeps (the
 * sensitivity rules' own text, the opportunity templates), for the command line; the panel renders the same codes
 * in its language (lib/i18n/reasons.ts, lib/i18n/findings.ts). Rows stored before analyser version 8 carry their
 * reason as text, which is shown as it is.
 */
import type { Flag, Opportunity, ReasonParams } from '../model/analysis';
import { alternativesFor, SENSITIVITY_RULES, type SensitivityRule } from './sensitivity-rules';

let rules: Map<string, SensitivityRule> | undefined;
/** The rule that raised a flag (by its code, or its id on rows stored before codes). */
export function flagRule(f: Pick<Flag, 'code' | 'ruleId'>): SensitivityRule | undefined {
  return rule(f.code?.replace(/^sensitivity\./, '') ?? f.ruleId);
}
function rule(id: string): SensitivityRule | undefined {
  rules ??= new Map(SENSITIVITY_RULES.map((r) => [r.id, r]));
  return rules.get(id);
}

/** A flag's code: its rule's id under `sensitivity.` */
export const flagCode = (ruleId: string) => `sensitivity.${ruleId}`;

/** Why a flag was raised (in the rule's language), and what to write instead of the matched term. */
export function flagText(f: Flag): { reason: string; alternatives: string[] } {
  const r = flagRule(f);
  return { reason: f.reason ?? r?.reason ?? f.category, alternatives: r ? alternativesFor(r, f.text) : (f.alternatives ?? []) };
}

const str = (p: ReasonParams, k: string) => String(p[k] ?? '');
const METRICS = ['views', 'likes', 'reposts', 'replies', 'followers'] as const;

const OPPORTUNITY: Record<string, (p: ReasonParams) => string> = {
  'opportunity.question': (p) =>
    `Asks a question${p.help ? ' and asks for help' : ''}${p.unanswered ? ', with no reply yet' : ''}: an answer here is seen by everyone who has the same question.`,
  'opportunity.complaint': (p) => `Complaint ("${str(p, 'words')}", negative tone ${str(p, 'score')}): a quick, public, helpful reply can turn it around.`,
  'opportunity.negative': (p) => `Strongly negative post (score ${str(p, 'score')}): acknowledge it before it spreads.`,
  'opportunity.praise': (p) => `Praise (tone ${str(p, 'score')}): thank the author, or share it${p.wide ? ' — it already has a wide reach' : ''}.`,
  'opportunity.mention': (p) => `Mentions the watched ${str(p, 'kind')} "${str(p, 'term')}" with a ${str(p, 'tone')} tone.`,
  'opportunity.reach': (p) =>
    `High visible reach (${METRICS.filter((k) => p[k] !== undefined).map((k) => `${p[k]} ${k}`).join(', ')}): a reply here is seen widely.`,
  'opportunity.moderation': (p) =>
    `Offensive wording (${(Array.isArray(p.words) ? p.words : []).map((w) => `"${w}"`).join(', ')}): hide, report or answer calmly.`,
};

/** Why an opportunity is one. */
export function opportunityReason(o: Opportunity): string {
  if (o.reason !== undefined) return o.reason;
  const render = o.code ? OPPORTUNITY[o.code] : undefined;
  return render ? render(o.params ?? {}) : o.type;
}
