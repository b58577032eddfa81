/**
 * Draft forecast: how a draft is likely to do against the typical post of the community it is for, from the
 * engagement actually observed there. A small log-linear model (ridge least squares on log(1 + engagement))
 * over features a writer controls — length, asking a question, links, hashtags, tone, time of day — so each
 * feature's effect is measured with the others held equal (questions posted in the evening are not counted
 * twice). Every reason carries its numbers; with too little history it says so instead of guessing.
 */
import { analyzeSentiment } from '../analysis/sentiment';
import { bestTimeToPost, type HourStat } from './best-time';
import { engagement, type InsightPost, postTime } from './posts';

export type Daypart = 'night' | 'morning' | 'afternoon' | 'evening';
export interface DraftFeatures {
  length: 'short' | 'medium' | 'long';
  question: boolean;
  link: boolean;
  hashtags: boolean;
  sentiment: 'positive' | 'neutral' | 'negative';
  daypart?: Daypart;
}
export type FeatureName = keyof DraftFeatures;

export interface ForecastReason {
  feature: FeatureName;
  /** the draft's value, and the value that does best in this community */
  draft: string;
  best: string;
  /** engagement of the draft's value relative to the best one (1 when the draft has the best) … */
  vsBest: number;
  /** … and relative to the other values (how much the draft's choice helps or hurts) */
  vsOthers: number;
  /** posts of the history with the draft's value */
  posts: number;
  message: string;
}

export interface Forecast {
  community?: string;
  /** posts with engagement the forecast rests on */
  basedOn: number;
  minPosts: number;
  thin: boolean;
  /** median engagement of the community's posts */
  typical?: number;
  /** engagement the model expects for the draft */
  expected?: number;
  /** share of the community's posts the draft is expected to beat, 0..100 */
  percentile?: number;
  reasons: ForecastReason[];
  /** features the history cannot tell anything about (too few posts on one side) */
  unknown: FeatureName[];
  bestHour?: number;
  hours: HourStat[];
  message: string;
}

export interface ForecastOptions {
  /** viewer's time zone, minutes east of UTC */
  offsetMinutes?: number;
  /** when the draft would be posted (default: now) */
  at?: number;
  minPosts?: number;
  /** posts needed on each side of a feature to measure it */
  minGroup?: number;
  community?: string;
}

const URL_RE = /https?:\/\/\S+|www\.\S+/u;
const HASHTAG_RE = /(?<![\p{L}\p{N}_])#[\p{L}\p{N}_]+/u;

export function daypart(hour: number): Daypart {
  return hour < 6 ? 'night' : hour < 12 ? 'morning' : hour < 18 ? 'afternoon' : 'evening';
}

/** What a writer controls in a text; the sentiment label is taken from a stored analysis when there is one. */
export function draftFeatures(text: string, opts: { hour?: number; sentiment?: DraftFeatures['sentiment']; lang?: string } = {}): DraftFeatures {
  const n = [...text].length;
  return {
    length: n < 80 ? 'short' : n <= 280 ? 'medium' : 'long',
    question: /[?？¿]/u.test(text),
    link: URL_RE.test(text),
    hashtags: HASHTAG_RE.test(text),
    sentiment: opts.sentiment ?? analyzeSentiment(text, opts.lang).label,
    ...(opts.hour === undefined ? {} : { daypart: daypart(opts.hour) }),
  };
}

/** Levels of each feature; the first is the baseline of the model. */
const LEVELS: { [K in FeatureName]: string[] } = {
  length: ['short', 'medium', 'long'],
  question: ['no', 'yes'],
  link: ['no', 'yes'],
  hashtags: ['no', 'yes'],
  sentiment: ['neutral', 'positive', 'negative'],
  daypart: ['morning', 'afternoon', 'evening', 'night'],
};
const level = (f: DraftFeatures, k: FeatureName): string | undefined => {
  const v = f[k];
  return typeof v === 'boolean' ? (v ? 'yes' : 'no') : v;
};

const LABEL: Record<FeatureName, (v: string) => string> = {
  length: (v) => ({ short: 'short posts (under 80 characters)', medium: 'medium-length posts (80–280 characters)', long: 'long posts (over 280 characters)' })[v] ?? v,
  question: (v) => (v === 'yes' ? 'posts that ask a question' : 'posts without a question'),
  link: (v) => (v === 'yes' ? 'posts with a link' : 'posts without links'),
  hashtags: (v) => (v === 'yes' ? 'posts with hashtags' : 'posts without hashtags'),
  sentiment: (v) => `${v} posts`,
  daypart: (v) => ({ night: 'posts at night (0–6 h)', morning: 'morning posts (6–12 h)', afternoon: 'afternoon posts (12–18 h)', evening: 'evening posts (18–24 h)' })[v] ?? v,
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? 0 : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Solves A x = b (A square, small) by Gaussian elimination with partial pivoting. */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[p]![c]!)) p = r;
    [M[c], M[p]] = [M[p]!, M[c]!];
    const d = M[c]![c]!;
    if (Math.abs(d) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = M[r]![c]! / d;
      if (f) for (let k = c; k <= n; k++) M[r]![k]! -= f * M[c]![k]!;
    }
  }
  return M.map((row, i) => (Math.abs(row[i]!) < 1e-12 ? 0 : row[n]! / row[i]!));
}

const fmt = (x: number) => (x >= 10 ? Math.round(x).toString() : x.toFixed(1));

export function forecastDraft(text: string, history: readonly InsightPost[], opts: ForecastOptions = {}): Forecast {
  const offset = (opts.offsetMinutes ?? 0) * 60_000;
  const minPosts = opts.minPosts ?? 20;
  const minGroup = opts.minGroup ?? 5;
  const hourOf = (t: number) => new Date(t + offset).getUTCHours();
  const draft = draftFeatures(text, { hour: hourOf(opts.at ?? Date.now()) });

  const rows: { f: DraftFeatures; e: number }[] = [];
  for (const p of history) {
    const m = p.metrics;
    if (m.likes === undefined && m.replies === undefined && m.reposts === undefined) continue;
    const t = p.publishedAt ? postTime(p) : undefined;
    const f = draftFeatures(p.text, { hour: t === undefined ? undefined : hourOf(t), sentiment: p.analysis?.sentiment.label, lang: p.analysis?.language.code });
    rows.push({ f, e: engagement(m) });
  }
  const best = bestTimeToPost(history, { offsetMinutes: opts.offsetMinutes, minPosts });
  const base = { community: opts.community, basedOn: rows.length, minPosts, reasons: [], unknown: [], hours: best.hours, ...(best.best === undefined ? {} : { bestHour: best.best }) };
  if (rows.length < minPosts) {
    return { ...base, thin: true, message: `Too little history to forecast: ${rows.length} posts with engagement seen here, ${minPosts} needed.` };
  }

  // Columns: one per non-baseline level with enough posts on both sides.
  const cols: { k: FeatureName; v: string }[] = [];
  const unknown: FeatureName[] = [];
  for (const k of Object.keys(LEVELS) as FeatureName[]) {
    let any = false;
    for (const v of LEVELS[k].slice(1)) {
      const n = rows.filter((r) => level(r.f, k) === v).length;
      if (n >= minGroup && rows.length - n >= minGroup) {
        cols.push({ k, v });
        any = true;
      }
    }
    if (!any) unknown.push(k);
  }
  const X = rows.map((r) => [1, ...cols.map((c) => (level(r.f, c.k) === c.v ? 1 : 0))]);
  const y = rows.map((r) => Math.log1p(r.e));
  const p = cols.length + 1;
  const lambda = 1; // light ridge: stable with correlated or rare features; the intercept is not shrunk
  const A = Array.from({ length: p }, (_, i) => Array.from({ length: p }, (_, j) => X.reduce((s, x) => s + x[i]! * x[j]!, 0) + (i === j && i > 0 ? lambda : 0)));
  const b = Array.from({ length: p }, (_, i) => X.reduce((s, x, n) => s + x[i]! * y[n]!, 0));
  const beta = solve(A, b);
  const coef = (k: FeatureName, v: string | undefined): number | undefined => {
    if (v === undefined) return undefined;
    if (v === LEVELS[k][0]) return 0;
    const i = cols.findIndex((c) => c.k === k && c.v === v);
    return i < 0 ? undefined : beta[i + 1];
  };

  const xDraft = [1, ...cols.map((c) => (level(draft, c.k) === c.v ? 1 : 0))];
  const expected = Math.max(0, Math.expm1(xDraft.reduce((s, x, i) => s + x * beta[i]!, 0)));
  const es = rows.map((r) => r.e);
  const below = es.filter((e) => e < expected).length + 0.5 * es.filter((e) => e === expected).length;
  const percentile = Math.round((100 * below) / es.length);

  const reasons: ForecastReason[] = [];
  for (const k of Object.keys(LEVELS) as FeatureName[]) {
    if (unknown.includes(k)) continue;
    const mine = level(draft, k);
    const cm = coef(k, mine);
    if (mine === undefined || cm === undefined) continue;
    const known = LEVELS[k].map((v) => ({ v, c: coef(k, v) })).filter((x): x is { v: string; c: number } => x.c !== undefined);
    const top = known.reduce((a, x) => (x.c > a.c ? x : a));
    const others = known.filter((x) => x.v !== mine);
    const vsBest = Math.exp(cm - top.c);
    const vsOthers = others.length ? Math.exp(cm - others.reduce((s, x) => s + x.c, 0) / others.length) : 1;
    const posts = rows.filter((r) => level(r.f, k) === mine).length;
    const message =
      top.v === mine
        ? `Good: ${LABEL[k](mine)} get ×${fmt(vsOthers)} the engagement of ${others.length === 1 ? LABEL[k](others[0]!.v) : 'the others'} here.`
        : `${LABEL[k](top.v)[0]!.toUpperCase()}${LABEL[k](top.v).slice(1)} get ×${fmt(1 / vsBest)} the engagement of ${LABEL[k](mine)} here, which is what this draft is.`;
    reasons.push({ feature: k, draft: mine, best: top.v, vsBest: round2(vsBest), vsOthers: round2(vsOthers), posts, message });
  }
  // Largest effects first: what matters most in this community.
  reasons.sort((a, b) => Math.abs(Math.log(b.vsOthers)) + Math.abs(Math.log(b.vsBest)) - (Math.abs(Math.log(a.vsOthers)) + Math.abs(Math.log(a.vsBest))));
  const typical = median(es);
  return {
    ...base,
    unknown,
    thin: false,
    typical,
    expected: round2(expected),
    percentile,
    reasons,
    message: `Likely to do better than ${percentile} % of the ${rows.length} posts seen here (expected engagement ${fmt(expected)}, typical ${fmt(typical)}).`,
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100;
