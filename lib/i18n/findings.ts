import type { DraftFinding } from '../analysis/draft';
import { flagRule } from '../analysis/reasons';
import { reasonLanguage } from '../analysis/sensitivity-rules';
import { type Alert, MIN_BASELINE_POSTS } from '../insights/alerts';
import type { AuditWarning } from '../insights/audit';
import type { ReportText } from '../insights/audit-report';
import type { HealthPart } from '../insights/health';
import type { Flag, ReasonParams } from '../model/analysis';
import { languageName, platformName, plural } from './format';
import type { MessageKey, Translate, UiLanguage } from './index';

// What the analysis found, in the panel's language, from the codes and numbers it keeps: sensitivity flags, draft
// findings, alerts, health parts and audit notes. No stored English reaches the panel.

const CATEGORIES = ['gender', 'race', 'disability', 'age', 'lgbtq', 'condescension', 'idiom', 'gesture', 'number', 'colour', 'religion', 'stereotype'];
const known = (c: string) => CATEGORIES.includes(c);

/** A flag category's name ("gender", „Geschlecht“). */
export const flagCategory = (category: string, t: Translate) =>
  known(category) ? t(`flag.cat.${category}` as MessageKey) : category === 'toxicity' ? t('audit.exampleToxic') : category;

/**
 * Why a flag was raised: the rule's own sentence where it is written in the panel's language (the most specific
 * wording), else its category's sentence with the matched term.
 */
export function flagReason(f: Pick<Flag, 'code' | 'ruleId' | 'category' | 'text'>, t: Translate, lang: UiLanguage): string {
  const rule = flagRule(f);
  if (rule && reasonLanguage(rule) === lang) return rule.reason;
  return known(f.category) ? t(`flag.why.${f.category}` as MessageKey, { term: f.text }) : f.category;
}

const str = (p: ReasonParams, k: string) => String(p[k] ?? '');
const list = (v: ReasonParams[string] | undefined) => (Array.isArray(v) ? v : []);

/** The parameters of a draft finding as the sentence shows them: platforms and languages by name. */
function findingParams(f: DraftFinding, t: Translate, lang: UiLanguage): Record<string, string | number> {
  const p = f.params;
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(p)) out[k] = typeof v === 'number' ? new Intl.NumberFormat(lang).format(v) : Array.isArray(v) ? v.join(' ') : String(v);
  if (p.platform !== undefined) out.platform = platformName(str(p, 'platform'), t);
  if (p.lang !== undefined) out.lang = languageName(str(p, 'lang'), lang, t);
  if (p.audience !== undefined) {
    const names = list(p.audience).map((c) => languageName(c.split('-')[0]!, lang, t));
    out.audience = new Intl.ListFormat(lang, { type: 'disjunction' }).format(names);
    out.first = names[0] ?? '';
  }
  if (p.category !== undefined) out.category = t(`toxicity.${['profanity', 'insult', 'slur', 'threat'].includes(str(p, 'category')) ? str(p, 'category') : 'offensive'}` as MessageKey);
  return out;
}

/** A draft finding's kind, sentence and fix (an action's label where it has edits, else advice). */
export function findingText(f: DraftFinding, t: Translate, lang: UiLanguage): { kind: string; message: string; fix: string } {
  const kind = t(`finding.kind.${f.kind}` as MessageKey);
  if (f.kind === 'sensitivity') {
    return { kind, message: flagReason({ code: `sensitivity.${str(f.params, 'rule')}`, ruleId: str(f.params, 'rule'), category: str(f.params, 'category'), text: str(f.params, 'term') }, t, lang), fix: '' };
  }
  const params = findingParams(f, t, lang);
  const message = t(`finding.${f.code}` as MessageKey, params);
  // a code this panel does not know (an older or newer analysis): its English text rather than a raw key
  if (message === `finding.${f.code}`) return { kind, message: f.message, fix: f.alternative };
  return { kind, message, fix: t(`finding.${f.code}.fix` as MessageKey, params) };
}

/** A community's or a watched term's negative spike. Alerts stored before they kept `before` show their English reason. */
export function alertText(a: Alert, t: Translate, lang: UiLanguage): string {
  if (typeof a.before !== 'number') return a.reason;
  const pct = new Intl.NumberFormat(lang, { style: 'percent' });
  if (a.kind === 'community') {
    return t('alert.community', {
      negative: a.negative,
      total: a.total,
      share: pct.format(a.negative / a.total),
      before: a.before >= MIN_BASELINE_POSTS ? t('alert.communityBaseline', { share: pct.format(a.baseline), n: a.before }) : t('alert.communityNoBaseline'),
    });
  }
  return t('alert.spike', {
    negative: a.negative,
    total: a.total,
    term: a.term,
    share: pct.format(a.total ? a.negative / a.total : 0),
    before: a.before ? pct.format(a.baseline) : t('alert.noBaseline'),
  });
}

/** What a health part counted. */
export function healthDetail(p: HealthPart, t: Translate, lang: UiLanguage): string {
  const c = p.counts;
  const n = (x: number | undefined) => new Intl.NumberFormat(lang).format(x ?? 0);
  switch (p.id) {
    case 'tone': return t('insights.detail.tone', { positive: n(c.positive), negative: n(c.negative), posts: plural(t, lang, 'plural.posts', c.n ?? 0) });
    case 'civility': return t('insights.detail.civility', { toxic: n(c.toxic), posts: plural(t, lang, 'plural.posts', c.n ?? 0) });
    case 'responsiveness': return t('insights.detail.responsiveness', { answered: n(c.answered), questions: plural(t, lang, 'plural.questions', c.n ?? 0) });
    case 'diversity': return t('insights.detail.diversity', { people: plural(t, lang, 'plural.people', c.people ?? 0), percent: new Intl.NumberFormat(lang, { style: 'percent' }).format((c.percent ?? 0) / 100) });
  }
}

/** Why a language's audit figures deserve caution. */
export function auditWarningText(w: AuditWarning, t: Translate, lang: UiLanguage): string {
  switch (w.code) {
    case 'unrecognised': return t('audit.warn.unrecognised');
    case 'partial': return t('audit.warn.partial', { lang: languageName(w.lang, lang, t) });
    case 'uncertain': return t('audit.warn.uncertain', { confidence: new Intl.NumberFormat(lang, { style: 'percent' }).format(w.confidence) });
    case 'few': return t('audit.warn.few', { posts: plural(t, lang, 'plural.posts', w.posts) });
  }
}

/** The printable audit report's words in the UI language (the report itself is built in lib/insights). */
export function auditReportText(t: Translate, lang: UiLanguage): ReportText {
  return {
    language: t('audit.language'),
    posts: t('audit.posts'),
    positive: t('sentiment.positive'),
    neutral: t('sentiment.neutral'),
    negative: t('sentiment.negative'),
    toxicity: t('audit.toxicity'),
    flags: t('audit.flags'),
    confidence: t('audit.confidence'),
    sentimentAccuracy: t('audit.sentimentAccuracy'),
    caution: t('audit.warnings'),
    examples: t('audit.examples'),
    toxic: t('audit.exampleToxic'),
    setLine: (set, when) => t('audit.reportSetLine', { set, when }),
    languageName: (code) => languageName(code, lang, t),
    flagCategory: (category) => flagCategory(category, t),
    sentimentLabel: (label) => (label === 'positive' || label === 'neutral' || label === 'negative' ? t(`sentiment.${label}`) : label),
    warning: (w) => auditWarningText(w, t, lang),
    measured: (m) => t('audit.sentimentAccuracyValue', { pct: Math.round(m.accuracy * 100), n: m.texts.toLocaleString(lang) }) + (m.weak ? ` ⚠ ${t('audit.sentimentWeak', { pct: Math.round(m.accuracy * 100) })}` : ''),
    notMeasured: t('audit.sentimentUnmeasuredWarning'),
    agreement: {
      title: t('agreement.title'),
      line: (l, pct, agreed, n) => `${l}: ${t('agreement.rate', { pct, agreed, n })}`,
      kind: (k) => t(`agreement.kind.${k}` as MessageKey),
      label: (l) => agreementLabel(l, t),
      corner: t('agreement.corner'),
      agree: t('agreement.agree'),
    },
  };
}

/** A label of the bias report's tables: a sentiment, toxic or not, flagged, right or wrong. */
export function agreementLabel(l: string, t: Translate): string {
  if (l === 'positive' || l === 'neutral' || l === 'negative') return t(`sentiment.${l}`);
  return t(l === 'toxic' ? 'review.toxic' : l === 'clean' ? 'review.clean' : l === 'flagged' ? 'agreement.flagged' : l === 'right' ? 'review.right' : 'review.wrong');
}
