/**
 * A reviewer's corrections applied to an analysis. The stored analysis of a reviewed post carries the reviewer's
 * labels in the ordinary places (so every view, count and score follows them) and, in `review.analyser`, what the
 * analyser said where the reviewer replaced it: `analyserOf` undoes a review, `reviewed` redoes it on any analysis
 * (a fresh one after re-analysis too), and the two always agree on the analyser's side of the bias report.
 */
import type { Analysis, Flag, Review, SentimentLabel } from '../model/analysis';
import { NEGATIVE_FROM, POSITIVE_FROM } from './sentiment-bounds';

/** What a reviewer said of one post: the reviewer's sentiment label, toxic or not, and each judged flag right or wrong. */
export type Verdicts = Pick<Review, 'sentiment' | 'toxic' | 'flags'>;

/** What a correction is about: the sentiment, the toxicity, or one sensitivity flag (`flag:<ruleId>@<start>`). */
export type Target = 'sentiment' | 'toxicity' | `flag:${string}`;

/** A flag's name among a post's flags: its rule and where it starts (stable while the text is). */
export const flagKey = (f: Pick<Flag, 'ruleId' | 'start'>) => `${f.ruleId}@${f.start}`;
export const flagTarget = (f: Pick<Flag, 'ruleId' | 'start'>): Target => `flag:${flagKey(f)}`;

/** The analysis as the analyser wrote it: the review undone. */
export function analyserOf(a: Analysis): Analysis {
  const r = a.review;
  if (!r) return a;
  const { review: _, ...out } = a;
  if (r.analyser.sentiment) out.sentiment = { ...a.sentiment, ...r.analyser.sentiment };
  if (r.analyser.toxicity) out.toxicity = { spans: [], ...a.toxicity, ...r.analyser.toxicity };
  if (r.analyser.flags?.length) out.sensitivity = { ...a.sensitivity, flags: [...(a.sensitivity?.flags ?? []), ...r.analyser.flags].sort((x, y) => x.start - y.start) };
  return out;
}

/**
 * The analyser's score moved the least that makes it agree with the reviewer's label (the analyser's thresholds,
 * lib/analysis/sentiment.ts): means and charts of scores follow a corrected label without inventing a strength.
 */
function scoreFor(label: SentimentLabel, score: number): number {
  if (label === 'positive') return Math.max(score, POSITIVE_FROM);
  if (label === 'negative') return Math.min(score, NEGATIVE_FROM);
  return Math.round(Math.min(Math.max(score, NEGATIVE_FROM + 0.01), POSITIVE_FROM - 0.01) * 100) / 100;
}

/** The analysis with the reviewer's verdicts applied (to the analyser's own values, whatever review it carried). */
export function reviewed(a: Analysis, v: Verdicts): Analysis {
  const base = analyserOf(a);
  const judged = v.sentiment !== undefined || v.toxic !== undefined || Object.keys(v.flags ?? {}).length > 0;
  if (!judged) return base;
  const out: Analysis = { ...base };
  const analyser: Review['analyser'] = {};
  if (v.sentiment && v.sentiment !== base.sentiment.label) {
    analyser.sentiment = { label: base.sentiment.label, score: base.sentiment.score };
    out.sentiment = { ...base.sentiment, label: v.sentiment, score: scoreFor(v.sentiment, base.sentiment.score) };
  }
  const flagged = !!base.toxicity?.flagged;
  if (v.toxic !== undefined && v.toxic !== flagged) {
    analyser.toxicity = { flagged, score: base.toxicity?.score ?? 0 };
    out.toxicity = { score: 0, spans: [], ...base.toxicity, flagged: v.toxic };
  }
  const flags = base.sensitivity?.flags ?? [];
  const wrong = flags.filter((f) => v.flags?.[flagKey(f)] === false);
  if (wrong.length) {
    analyser.flags = wrong;
    out.sensitivity = { ...base.sensitivity, flags: flags.filter((f) => !wrong.includes(f)) };
  }
  out.review = { ...(v.sentiment ? { sentiment: v.sentiment } : {}), ...(v.toxic !== undefined ? { toxic: v.toxic } : {}), ...(v.flags && Object.keys(v.flags).length ? { flags: v.flags } : {}), analyser };
  return out;
}

/** The reviewer's verdicts an analysis carries (none when unreviewed). */
export function verdictsOf(a: Analysis | undefined): Verdicts {
  const r = a?.review;
  return r ? { sentiment: r.sentiment, toxic: r.toxic, flags: r.flags } : {};
}

/** A fresh analysis (re-analysis, an edited text) with the verdicts the row's stored one carries, and no others. */
export function carryReview(fresh: Analysis, old: Analysis | undefined): Analysis {
  return reviewed(fresh, verdictsOf(old));
}

/** Verdicts from corrections (target → the reviewer's label), the way the corrections table stores them. */
export function verdictsFrom(corrections: readonly { target: string; label: string }[]): Verdicts {
  const v: Verdicts = {};
  for (const c of corrections) {
    if (c.target === 'sentiment') v.sentiment = c.label as SentimentLabel;
    else if (c.target === 'toxicity') v.toxic = c.label === 'toxic';
    else if (c.target.startsWith('flag:')) v.flags = { ...v.flags, [c.target.slice(5)]: c.label === 'right' };
  }
  return v;
}

/**
 * The analyser's label for a target, as the bias report compares it with the reviewer's: a sentiment label,
 * `toxic` / `clean`, or `flagged` for a flag the analyser raises (undefined: it no longer does).
 */
export function analyserLabel(a: Analysis, target: string): string | undefined {
  const base = analyserOf(a);
  if (target === 'sentiment') return base.sentiment.label;
  if (target === 'toxicity') return base.toxicity?.flagged ? 'toxic' : 'clean';
  return base.sensitivity?.flags.some((f) => flagTarget(f) === target) ? 'flagged' : undefined;
}

export type JudgedKind = 'sentiment' | 'toxicity' | 'flag';
export const kindOf = (target: string): JudgedKind => (target === 'sentiment' ? 'sentiment' : target === 'toxicity' ? 'toxicity' : 'flag');

/** Whether the reviewer agreed with the analyser: the same label, or a flag judged right. */
export const agrees = (j: { target: string; analyser?: string; label: string }) => (kindOf(j.target) === 'flag' ? j.label === 'right' : j.label === j.analyser);
