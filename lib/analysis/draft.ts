/**
 * Draft check: everything the analysis says about a post, applied to a draft before it is posted, plus fit
 * to the platform (length, hashtags, mentions, links), readability and language against the audience.
 * Every finding carries a concrete alternative.
 */
import { readability, type Readability } from './readability';
import { detectLanguage, readsLanguage } from './language';
import { analyzeSentiment } from './sentiment';
import { analyzeToxicity } from './toxicity';
import { toneWithAbuse } from './abusive-tone';
import { checkSensitivity } from './sensitivity';
import type { Flag, LanguageResult, ReasonParams, SentimentResult, ToxicityResult } from '../model/analysis';
import { analysedPart } from '../model/limits';
import { PLATFORM_RULES, platformLength, URL_RE } from './platform-rules';
import { flagText } from './reasons';

/** Settles once the language detector's model is loaded: the panel awaits it before its first check. */
export { languageModelReady } from './language-model-source';

/** A text edit a finding offers as its fix: the panel applies it to its copy of the draft. */
export interface DraftEdit {
  start: number;
  end: number;
  text: string;
}

export interface DraftFinding {
  kind: 'length' | 'hashtags' | 'mentions' | 'links' | 'readability' | 'language' | 'tone' | 'toxicity' | 'sensitivity';
  severity: 'info' | 'warning' | 'error';
  /** What the panel renders in its language: `finding.<code>` for the finding, `finding.<code>.fix` for the advice. */
  code: string;
  params: ReasonParams;
  /** English, for the command line and logs. */
  message: string;
  alternative: string;
  start?: number;
  end?: number;
  /** The advice as edits of the draft, where a fix can be applied (removing a word, extra hashtags, links). */
  edits?: DraftEdit[];
}

export interface DraftCheck {
  language: LanguageResult;
  sentiment: SentimentResult;
  toxicity: ToxicityResult;
  sensitivity: { flags: Flag[] };
  length: number;
  readability?: Readability;
  findings: DraftFinding[];
}

export interface DraftOptions {
  platform?: string;
  /** Languages the audience reads (ISO 639-1). */
  audienceLanguages?: readonly string[];
  /** Target markets: ISO 3166 countries and/or languages, for cross-cultural rules. */
  markets?: readonly string[];
}

/** Removing a word takes one of the spaces around it with it, so no double space is left. */
function removal(text: string, start: number, end: number): DraftEdit {
  if (start > 0 && /\s/u.test(text[start - 1]!)) return { start: start - 1, end, text: '' };
  if (/\s/u.test(text[end] ?? '')) return { start, end: end + 1, text: '' };
  return { start, end, text: '' };
}

const HASHTAG_RE = /(?<![\p{L}\p{N}_])#[\p{L}\p{N}_]+/gu;
const MENTION_RE = /(?<![\p{L}\p{N}_])@[\p{L}\p{N}_.]+/gu;

export function checkDraft(whole: string, opts: DraftOptions = {}): DraftCheck {
  // The platform's length counts the whole draft; everything else reads the part the analysis reads.
  const text = analysedPart(whole);
  const platform = opts.platform && PLATFORM_RULES[opts.platform] ? opts.platform : 'generic';
  const rules = PLATFORM_RULES[platform]!;
  const language = detectLanguage(text, { userLanguages: opts.audienceLanguages });
  const toxicity = analyzeToxicity(text, language.code);
  const sentiment = toneWithAbuse(analyzeSentiment(text, language.code), toxicity);
  const sensitivity = checkSensitivity(text, language.code, { markets: opts.markets });
  const findings: DraftFinding[] = [];

  const length = platformLength(whole, rules);
  if (length > rules.maxLength) {
    const cut = length - rules.maxLength;
    const thread = platform === 'x' || platform === 'bluesky' || platform === 'threads';
    const posts = Math.ceil(length / (rules.maxLength - 10));
    findings.push({
      kind: 'length',
      severity: 'error',
      code: thread ? 'length.thread' : 'length',
      params: { length, max: rules.maxLength, platform, cut, ...(thread ? { posts } : {}) },
      message: `${length} characters: ${platform} allows ${rules.maxLength}.`,
      alternative: thread ? `Cut ${cut} characters, or split it into a thread of ${posts} posts.` : `Cut ${cut} characters, or move the details to a link.`,
    });
  }
  const tags = [...text.matchAll(HASHTAG_RE)];
  if (tags.length > rules.maxHashtags) {
    const keep = tags.slice(0, rules.maxHashtags).map((m) => m[0]);
    const none = rules.maxHashtags === 0;
    findings.push({
      kind: 'hashtags',
      severity: none ? 'warning' : 'info',
      code: none ? 'hashtags.none' : 'hashtags.many',
      params: { n: tags.length, max: rules.maxHashtags, platform, keep },
      message: none ? `Hashtags do nothing on ${platform} and read as spam there.` : `${tags.length} hashtags: more than ${rules.maxHashtags} tends to lower engagement on ${platform}.`,
      alternative: none ? 'Remove the hashtags; put the key words in the sentence.' : `Keep the most specific ${rules.maxHashtags}: ${keep.join(' ')}`,
      start: tags[rules.maxHashtags]?.index,
      edits: tags.slice(rules.maxHashtags).map((m) => removal(text, m.index, m.index + m[0].length)),
    });
  }
  const mentions = [...text.matchAll(MENTION_RE)];
  if (rules.maxMentions !== undefined && mentions.length > rules.maxMentions) {
    findings.push({ kind: 'mentions', severity: 'warning', code: 'mentions', params: { n: mentions.length, max: rules.maxMentions, platform }, message: `${mentions.length} mentions: ${platform} may treat this as spam.`, alternative: `Mention at most ${rules.maxMentions}; thank the others in a reply.` });
  }
  const links = [...text.matchAll(URL_RE)];
  if (links.length && rules.linksDiscouraged) {
    findings.push({ kind: 'links', severity: 'info', code: 'links.notClickable', params: { platform }, message: rules.linksDiscouraged, alternative: 'Put the link in your bio or in the first comment, and say "link in bio".', edits: links.map((m) => ({ start: m.index, end: m.index + m[0].length, text: 'link in bio' })) });
  } else if (links.length > 2) {
    findings.push({ kind: 'links', severity: 'info', code: 'links.many', params: { n: links.length }, message: `${links.length} links: readers click one at most.`, alternative: 'Keep the one link that matters most.', edits: links.slice(1).map((m) => removal(text, m.index, m.index + m[0].length)) });
  }
  const read = readability(text.replace(URL_RE, ' ').replace(HASHTAG_RE, ' ').replace(MENTION_RE, ' '), language.code);
  if (read && (read.grade === 'very difficult')) {
    findings.push({ kind: 'readability', severity: 'info', code: 'readability', params: { formula: read.formula, score: read.score }, message: `Hard to read (${read.formula} ${read.score}, ${read.grade}): long sentences or long words.`, alternative: 'Split long sentences and prefer short, common words.' });
  }
  const audience = opts.audienceLanguages ?? [];
  if (audience.length && language.code !== 'und' && language.confidence >= 0.5 && !audience.some((tag) => readsLanguage(tag, language.code))) {
    findings.push({ kind: 'language', severity: 'warning', code: 'language', params: { lang: language.code, audience: [...audience] }, message: `Written in ${language.code}, but your audience reads ${audience.join(', ')}.`, alternative: `Write it in ${audience[0]}, or add a ${audience[0]} version.` });
  }
  if (toxicity.flagged) {
    for (const s of toxicity.spans) {
      const threat = s.category === 'threat';
      findings.push({
        kind: 'toxicity',
        severity: 'error',
        code: threat ? 'toxicity.threat' : 'toxicity',
        params: { term: s.text, category: s.category ?? 'offensive' },
        message: `"${s.text}" reads as ${s.category ?? 'offensive'}.`,
        alternative: threat ? 'Remove the threat; say what you want to happen instead.' : 'Remove it or use a neutral word ("bad", "annoying", "wrong").',
        start: s.start,
        end: s.end,
        edits: [removal(text, s.start, s.end)],
      });
    }
  }
  if (sentiment.label === 'negative' && sentiment.score <= -0.6) {
    findings.push({ kind: 'tone', severity: 'info', code: 'tone', params: { score: sentiment.score }, message: `Strongly negative tone (${sentiment.score}).`, alternative: 'State the problem and what you want done; one negative word is heard more than three.' });
  }
  for (const f of sensitivity.flags) {
    const { reason, alternatives } = flagText(f);
    findings.push({ kind: 'sensitivity', severity: f.severity, code: 'sensitivity', params: { term: f.text, category: f.category, rule: f.ruleId }, message: reason, alternative: alternatives.join(' / '), start: f.start, end: f.end });
  }
  return { language, sentiment, toxicity, sensitivity, length, readability: read, findings };
}
