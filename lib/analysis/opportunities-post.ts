/**
 * Engagement opportunities of one post: a question awaiting an answer, a complaint, praise worth thanking or
 * amplifying, a mention of a watched brand / competitor / keyword, an influential author, a toxic attack to
 * moderate. Each has a priority in [0, 1] and a code + params its reason is rendered from (reasons.ts). Pure and cheap: it reuses the
 * language, sentiment and toxicity already computed for the post.
 */
import type { LanguageResult, Opportunity, SentimentResult, ToxicityResult } from '../model/analysis';
import { clip, MAX_MATCH_TEXT } from '../model/limits';
import { FAILURES, OUTBURST_WORDS, TARGETS } from './complaint-rules';

export interface PostMetrics {
  likes?: number;
  replies?: number;
  reposts?: number;
  views?: number;
  followers?: number;
}

export interface OpportunityContext {
  language: LanguageResult;
  sentiment: SentimentResult;
  toxicity?: ToxicityResult;
  metrics?: PostMetrics;
  /** Brands, competitors and keywords the user watches (case-insensitive, whole words). */
  watch?: readonly { term: string; kind?: 'brand' | 'competitor' | 'keyword' }[];
}

/** Question words at the start of a sentence, per language (plus "?" anywhere, and ¿). */
const QUESTION_START =
  /(?:^|[.!?]\s+)(?:who|what|when|where|why|how|which|can|could|does|do|is|are|anyone|any ideas|should|will|would|qui|que|quoi|quand|où|pourquoi|comment|est-ce que|wer|was|wann|wo|warum|wie|welche|kann|gibt es|qué|quién|cuándo|dónde|por qué|cómo|alguien|chi|cosa|quando|dove|perché|come|qualcuno|quem|onde|porque|alguém)\b[^.!]*$/imu;
const ASKS_HELP = /\b(?:help|any (?:idea|tips?|advice)|recommend(?:ations?)?|how do i|how can i|anyone know|ayuda|aide|hilfe|aiuto|ajuda)\b/iu;

const words = (lists: Record<string, string[]>) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...new Set(Object.values(lists).flat())].join('|')})(?![\\p{L}\\p{N}])`, 'iu');
const FAILURE = words(FAILURES);
const TARGET = words(TARGETS);
const TARGETS_IN = new RegExp(TARGET.source, 'giu');
/**
 * Words at most between a target and the negative word that judges it: after it, the verdict of a sentence about
 * it ("ce forum est nul", "the support team has been useless"); before it, its adjective ("terrible app", "une
 * vraie arnaque de site"). Not "this forum helped me through a terrible week", not "the war documentary on the site".
 */
const VERDICT_AFTER = 3;
const VERDICT_BEFORE = 1;
/** Sentences: a verdict and its target are read together only inside one. */
const SENTENCE = /[^.!?¡¿…\n]+[.!?…]*/gu;
const PRAISE = /\b(?:thank(?:s| you)|love (?:it|this|your)|amazing|awesome|great (?:job|work|service)|recommend|gracias|merci|danke|grazie|obrigad[oa]|best)\b/iu;

function round(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
}

/** log-scaled reach from visible metrics, 0..1 (1 ≈ a million views or 10k likes). */
export function reach(m: PostMetrics | undefined): number {
  if (!m) return 0;
  const score = Math.max(
    Math.log10(1 + (m.views ?? 0)) / 6,
    Math.log10(1 + (m.likes ?? 0)) / 4,
    Math.log10(1 + (m.reposts ?? 0)) / 3.5,
    Math.log10(1 + (m.followers ?? 0)) / 6,
  );
  return Math.min(1, score);
}

export function postOpportunities(text: string, ctx: OpportunityContext): Opportunity[] {
  const out: Opportunity[] = [];
  const r = reach(ctx.metrics);
  const replies = ctx.metrics?.replies;
  const s = ctx.sentiment;

  const isQuestion = /[?？¿]/u.test(text) || QUESTION_START.test(text);
  if (isQuestion) {
    const help = ASKS_HELP.test(text);
    const unanswered = replies === 0;
    out.push({
      type: 'question',
      priority: round(0.5 + (help ? 0.15 : 0) + (unanswered ? 0.15 : 0) + 0.2 * r),
      code: 'opportunity.question',
      params: { help, unanswered },
    });
  }
  const complaint = complaintOf(text, s);
  if (complaint) {
    out.push({
      type: 'complaint',
      // An outburst with no failure and no target ranks below every complaint that has one.
      priority: round((complaint === 'outburst' ? 0.35 : 0.55) + 0.25 * Math.min(1, Math.max(0, -s.score)) + 0.2 * r),
      ...(complaint === 'outburst'
        ? { code: 'opportunity.negative', params: { score: s.score } }
        : { code: 'opportunity.complaint', params: { words: clip(complaint, MAX_MATCH_TEXT), score: s.score } }),
    });
  }
  if (s.label === 'positive' && (PRAISE.test(text) || s.score >= 0.6)) {
    out.push({
      type: 'praise',
      priority: round(0.3 + 0.2 * s.score + 0.3 * r),
      code: 'opportunity.praise',
      params: { score: s.score, wide: r >= 0.5 },
    });
  }
  for (const w of ctx.watch ?? []) {
    const term = w.term.trim();
    if (!term) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu');
    if (!re.test(text)) continue;
    const kind = w.kind ?? 'keyword';
    out.push({
      type: kind === 'competitor' ? 'competitor-mention' : kind === 'brand' ? 'brand-mention' : 'keyword-mention',
      priority: round((kind === 'brand' ? 0.55 : kind === 'competitor' ? 0.45 : 0.35) + 0.15 * Math.abs(s.score) + 0.2 * r),
      code: 'opportunity.mention',
      params: { kind, term: clip(term, MAX_MATCH_TEXT), tone: s.label },
    });
  }
  if (r >= 0.6) {
    out.push({
      type: 'influential-author',
      priority: round(0.3 + 0.5 * r),
      code: 'opportunity.reach',
      params: visible(ctx.metrics!),
    });
  }
  if (ctx.toxicity?.flagged) {
    out.push({
      type: 'moderation',
      priority: round(0.4 + 0.5 * ctx.toxicity.score),
      code: 'opportunity.moderation',
      params: { words: ctx.toxicity.spans.slice(0, 3).map((x) => clip(x.text, MAX_MATCH_TEXT)) },
    });
  }
  return out.sort((a, b) => b.priority - a.priority);
}

/**
 * The words that make a post a complaint (complaint-rules.ts): a reported failure, else the sentence that holds a
 * negative verdict on the community or the product; 'outburst' for a strongly negative post of several negative
 * words with neither; undefined when it is none.
 */
export function complaintOf(text: string, s: SentimentResult): string | 'outburst' | undefined {
  if (s.label === 'positive') return undefined;
  const failure = FAILURE.exec(text);
  if (failure) return failure[0];
  // A verdict counts even where the whole post reads neutral: "support" is a positive word in the lexicon, so
  // "the support team has been useless" sums to about zero.
  const negative = s.contributions.filter((c) => c.score < 0 && c.rule !== 'exclamation' && c.rule !== 'shared-link');
  const judging = new Set(negative.map((c) => c.token.toLowerCase().split(' ')[0]!));
  for (const sentence of text.match(SENTENCE) ?? []) if (judging.size && TARGET.test(sentence) && judges(sentence, judging)) return sentence.trim();
  return s.label === 'negative' && s.score <= -0.5 && negative.length >= OUTBURST_WORDS ? 'outburst' : undefined;
}

const EDGE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}'’-]+$/gu;

/** A negative word within reach of a target in one sentence, in one pass over its words (page text is hostile). */
function judges(sentence: string, negative: ReadonlySet<string>): boolean {
  const words = [...sentence.matchAll(/\S+/g)];
  const wordAt = (offset: number) => {
    let lo = 0;
    let hi = words.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (words[mid]!.index <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const starts = new Uint8Array(words.length);
  const ends = new Uint8Array(words.length);
  for (const t of sentence.matchAll(TARGETS_IN)) {
    starts[wordAt(t.index)] = 1;
    ends[wordAt(t.index + t[0].length - 1)] = 1;
  }
  const nextStart = new Int32Array(words.length + 1).fill(2 ** 30);
  for (let i = words.length - 1; i >= 0; i--) nextStart[i] = starts[i] ? i : nextStart[i + 1]!;
  let lastEnd = Number.MIN_SAFE_INTEGER;
  for (let i = 0; i < words.length; i++) {
    if (negative.has(words[i]![0].toLowerCase().replace(EDGE, ''))) {
      if (i - lastEnd - 1 <= VERDICT_AFTER) return true;
      if (nextStart[i + 1]! - i - 1 <= VERDICT_BEFORE) return true;
    }
    if (ends[i]) lastEnd = i;
  }
  return false;
}

/** The metrics the page shows, as the reason names them. */
function visible(m: PostMetrics): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of ['views', 'likes', 'reposts', 'replies', 'followers'] as const) if (m[k] !== undefined) out[k] = m[k]!;
  return out;
}
