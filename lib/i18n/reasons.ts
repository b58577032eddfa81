import type { ReasonParams } from '../model/analysis';
import type { Translate, UiLanguage } from './index';

// An opportunity's reason in the panel's language, from the code and parameters the analysis keeps. Scores stay
// out of the sentence (plain words; the number is in the analysis for whoever wants it). A code the catalogue does
// not know, or a row stored before reasons had codes, shows its English reason.

const list = (v: ReasonParams[string] | undefined) => (Array.isArray(v) ? v.map((w) => `“${w}”`).join(', ') : '');
const METRICS = ['views', 'likes', 'reposts', 'replies', 'followers'] as const;
/** A metric's label inside a sentence: German nouns keep their capital, the other languages' labels do not. */
const noun = (label: string, lang: UiLanguage) => (lang === 'de' ? label : label.toLocaleLowerCase(lang));

export function opportunityText(o: { code?: string; params?: ReasonParams; reason: string }, t: Translate, lang: UiLanguage): string {
  const p = o.params ?? {};
  const num = (k: string) => (typeof p[k] === 'number' ? new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(p[k]) : String(p[k] ?? ''));
  switch (o.code) {
    case 'opportunity.question':
      return t('reason.question', { extra: `${p.help ? t('reason.question.help') : ''}${p.unanswered ? t('reason.question.noReply') : ''}` });
    case 'opportunity.complaint':
      return t('reason.complaint', { words: typeof p.words === 'string' ? `“${p.words}”` : list(p.words) });
    case 'opportunity.negative':
      return t('reason.negative');
    case 'opportunity.praise':
      return t(p.wide ? 'reason.praise.wide' : 'reason.praise');
    case 'opportunity.mention': {
      const tone = p.tone === 'positive' || p.tone === 'neutral' || p.tone === 'negative' ? t(`sentiment.${p.tone}`) : String(p.tone ?? '');
      return t('reason.mention', { term: String(p.term ?? ''), tone });
    }
    case 'opportunity.reach':
      return t('reason.reach', {
        metrics: METRICS.filter((k) => typeof p[k] === 'number').map((k) => `${num(k)} ${noun(t(`metrics.${k}`), lang)}`).join(', '),
      });
    case 'opportunity.moderation':
      return t('reason.moderation', { words: list(p.words) });
    case 'opportunity.unanswered': {
      const hours = typeof p.hours === 'number' ? p.hours : 0;
      const unit = hours < 48 ? { unit: 'hour', n: hours } : { unit: 'day', n: Math.round(hours / 24) };
      return t('reason.unanswered', { age: new Intl.NumberFormat(lang, { style: 'unit', unit: unit.unit, unitDisplay: 'long' }).format(unit.n) });
    }
    case 'opportunity.burst':
      return t('reason.burst', { n: num('n'), ratio: num('ratio') });
    case 'opportunity.growth':
      return t('reason.growth', { n: num('n') });
    case 'opportunity.crisis':
      return t('reason.crisis', { recent: num('recent'), n: num('n'), before: num('before') });
    default:
      return o.reason;
  }
}
