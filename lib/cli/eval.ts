/**
 * `rapport eval --corpus ../shared/corpus`: the tables of BASELINES.md with Rapport's column beside the anchor
 * libraries, all computed in this run. Texts are analysed without language hints. The corpus is read from
 * its folder at run time only; nothing of it is kept.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { detectLanguage } from '../analysis/language';
import { analyzeSentiment } from '../analysis/sentiment';
import { analyzeToxicity } from '../analysis/toxicity';
import { checkSensitivity } from '../analysis/sensitivity';
import { SENTIMENT_CALIBRATION } from '../analysis/sentiment-calibration';
import { calibratedConfidence } from '../analysis/sentiment-confidence';
import { calibrationRows, outOfFold, rowsError } from './calibration-fit';
import { flagOutOfFold, flagRows, flagRowsError } from './flag-calibration-fit';
import { type OffensiveSet, offensiveSets } from './offensive-sets';
import { type CommandArgs, UsageError } from './usage-error';
import { CLASSES, corpusLines, expectedCalibrationError, half, type Label, type SentimentSet, sentimentSets } from './sentiment-sets';

const MAJOR = 'en es fr de it pt nl ru ar zh ja ko hi tr pl sv id vi th uk fa he el cs ro hu da fi nb bn'.split(' ');
const PARTS = ['sentiment', 'language', 'toxicity', 'sensitivity'];

export async function evalCommand({ values: flags }: CommandArgs): Promise<number> {
  const corpus = typeof flags.corpus === 'string' && flags.corpus ? flags.corpus : '../shared/corpus';
  if (!existsSync(corpus)) {
    process.stderr.write(`The corpus folder ${corpus} does not exist: give its path with --corpus (the development corpus lives in ../shared/corpus).\n`);
    return 2;
  }
  const sample = Number(flags['multilang-sample'] ?? 40);
  const only = typeof flags.only === 'string' ? flags.only.split(',') : ['sentiment', 'language', 'toxicity', 'sensitivity'];
  const unknown = only.filter((o) => !PARTS.includes(o));
  if (unknown.length) throw new UsageError(`--only takes ${PARTS.join(', ')}; not ${unknown.join(', ')}.`);
  const out = (s: string) => process.stdout.write(s + '\n');
  out(`# Rapport eval on ${corpus}\n`);
  // The tables take about a minute: say on standard error what is being measured, so the wait is not silent.
  const progress = (part: string) => process.stderr.write(`eval: ${part}…\n`);
  if (only.includes('sentiment')) (progress('sentiment (VADER tweets, TweetEval, UMSAB, NYT snippets)'), await sentimentTable(corpus, sample, out));
  if (only.includes('language')) (progress('language identification (sentences, word pairs, tweets)'), await languageTable(corpus, out));
  if (only.includes('toxicity')) (progress('toxicity (Davidson, TweetEval offensive, GermEval, NYT snippets)'), await toxicityTable(corpus, out));
  if (only.includes('sensitivity')) (progress('sensitivity on civil news snippets'), await sensitivityTable(corpus, out));
  return 0;
}

// ---- helpers ---------------------------------------------------------------------------------------

export function macroF1<T extends string>(gold: T[], pred: T[], classes: readonly T[]): number {
  let sum = 0;
  for (const c of classes) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < gold.length; i++) {
      if (pred[i] === c && gold[i] === c) tp++;
      else if (pred[i] === c) fp++;
      else if (gold[i] === c) fn++;
    }
    sum += tp + fp + fn ? (2 * tp) / (2 * tp + fp + fn) : 0;
  }
  return sum / classes.length;
}

const fromScore = (s: number): Label => (s > 0 ? 'positive' : s < 0 ? 'negative' : 'neutral');
const f3 = (x: number) => x.toFixed(3);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const us = (ms: number, n: number) => `${Math.round((ms * 1000) / Math.max(1, n))} us`;

function timed<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const r = fn();
  return [r, performance.now() - t];
}

/** Every k-th item, so a slow anchor sees the whole spread of a file. */
function spread<T>(items: T[], n: number): number[] {
  if (n >= items.length) return items.map((_, i) => i);
  const step = items.length / n;
  return Array.from({ length: n }, (_, i) => Math.floor(i * step));
}

// ---- sentiment -------------------------------------------------------------------------------------

async function sentimentTable(corpus: string, sample: number, out: (s: string) => void) {
  const { default: Sentiment } = await import('sentiment');
  const { SentimentIntensityAnalyzer } = await import('vader-sentiment');
  const { default: multilang } = await import('multilang-sentiment');
  const afinn = new Sentiment();
  const sets = sentimentSets(corpus);
  out('## Sentiment, macro-F1 over 3 classes (negative / neutral / positive)');
  out(`| set | n | Rapport | sentiment (AFINN) | vader-sentiment | multilang-sentiment (sample of ${sample}) |`);
  out('|---|---|---|---|---|---|');
  const umsab: number[] = [];
  const cost = { rapport: 0, afinn: 0, vader: 0, multi: 0, n: 0, nm: 0 };
  for (const s of sets) {
    const [results, tr] = timed(() => s.texts.map((t) => analyzeSentiment(t, detectLanguage(t).code)));
    const rap = results.map((r) => r.label);
    const [af, ta] = timed(() => s.texts.map((t) => fromScore(afinn.analyze(t).score)));
    const [va, tv] = timed(() =>
      s.texts.map((t) => {
        const c = SentimentIntensityAnalyzer.polarity_scores(t).compound;
        return (c >= 0.05 ? 'positive' : c <= -0.05 ? 'negative' : 'neutral') as Label;
      }),
    );
    const idx = spread(s.texts, sample);
    const [mu, tm] = timed(() => idx.map((i) => fromScore(multilang(s.texts[i]!, s.lang).score)));
    cost.rapport += tr;
    cost.afinn += ta;
    cost.vader += tv;
    cost.multi += tm;
    cost.n += s.texts.length;
    cost.nm += idx.length;
    const r = macroF1(s.gold, rap, CLASSES);
    if (s.name.startsWith('UMSAB')) umsab.push(r);
    out(`| ${s.name} | ${s.texts.length} | ${f3(r)} | ${f3(macroF1(s.gold, af, CLASSES))} | ${f3(macroF1(s.gold, va, CLASSES))} | ${f3(macroF1(idx.map((i) => s.gold[i]!), mu, CLASSES))} |`);
  }
  if (umsab.length) {
    out(`| UMSAB mean (${umsab.length} langs) | | ${f3(umsab.reduce((a, b) => a + b, 0) / umsab.length)} (min ${f3(Math.min(...umsab))}) | | | |`);
  }
  out(`\nCost per text (incl. language detection for Rapport): Rapport ${us(cost.rapport, cost.n)}, sentiment ${us(cost.afinn, cost.n)}, vader-sentiment ${us(cost.vader, cost.n)}, multilang-sentiment ${us(cost.multi, cost.nm)}.`);
  out('Mapping: Rapport = its own label; sentiment / multilang score > 0 positive, < 0 negative; VADER compound ±0.05.\n');
  calibrationTable(sets, out);
}

/**
 * The calibration error of the sentiment confidence, out of fold: every text is judged by the calibration fitted
 * (lib/cli/calibration-fit.ts) on the other half of its set, so no figure comes from a fit that saw its text.
 * The shipped calibration is fitted on both halves; its error on them is shown too, as in-sample.
 */
function calibrationTable(sets: readonly SentimentSet[], out: (s: string) => void) {
  const rows = calibrationRows(sets);
  const oof = outOfFold(rows);
  out('## Sentiment confidence, expected calibration error (10 bins of confidence; target ≤ 0.08)');
  out('Out of fold: each text judged by the calibration fitted on the other half of its set (lib/cli/calibration-fit.ts).');
  out('In sample: the shipped calibration (fitted on every text, scripts/fit-calibration.ts) on the texts it was fitted on.');
  out('| set | n | accuracy | mean confidence (shipped) | ECE out of fold | ECE in sample |');
  out('|---|---|---|---|---|---|');
  for (const s of sets) {
    const mine = rows.filter((r) => r.set === s.name);
    const shipped = mine.map((r) => calibratedConfidence(SENTIMENT_CALIBRATION, r.label, r.x, r.lang));
    out(`| ${s.name} | ${mine.length} | ${f3(mine.filter((r) => r.ok).length / Math.max(1, mine.length))} | ${f3(shipped.reduce((a, b) => a + b, 0) / Math.max(1, mine.length))} | ${f3(rowsError(mine, (r) => oof.get(r)!))} | ${f3(expectedCalibrationError(shipped, mine.map((r) => r.ok)))} |`);
  }
  out('');
}

// ---- language --------------------------------------------------------------------------------------

async function languageTable(corpus: string, out: (s: string) => void) {
  const { franc } = await import('franc');
  const { franc: francMin } = await import('franc-min');
  const { iso6393To1 } = await import('iso-639-3');
  const [eldMod, eldLoad] = await (async () => {
    const t = performance.now();
    const m = await import('eld/large');
    return [m.eld, performance.now() - t] as const;
  })();
  const to1 = (c: string) => {
    const x = (iso6393To1 as Record<string, string>)[c] ?? ({ arb: 'ar', pes: 'fa', zlm: 'ms', cmn: 'zh', ekk: 'et', lvs: 'lv', azj: 'az', khk: 'mn', swh: 'sw', als: 'sq', uzn: 'uz', nob: 'nb', npi: 'ne' } as Record<string, string>)[c] ?? c;
    return x === 'no' ? 'nb' : x;
  };
  const systems: [string, (t: string) => string][] = [
    ['Rapport', (t) => detectLanguage(t).code],
    ['franc', (t) => to1(franc(t))],
    ['franc-min', (t) => to1(francMin(t))],
    ['eld (large)', (t) => {
      const c = eldMod.detect(t).language;
      return c === 'no' ? 'nb' : c;
    }],
  ];
  const sets: { name: string; items: [string, string][] }[] = [];
  const dir = (d: string) => join(corpus, 'langid', d);
  if (existsSync(dir('sentences'))) {
    const all = readdirSync(dir('sentences')).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
    const read = (d: string, langs: string[]) => langs.flatMap((l) => corpusLines(join(dir(d), `${l}.txt`)).map((t) => [l, t] as [string, string]));
    sets.push({ name: `sentences, ${all.length} languages`, items: read('sentences', all) });
    sets.push({ name: `sentences, ${MAJOR.length} major languages`, items: read('sentences', MAJOR.filter((l) => all.includes(l))) });
    sets.push({ name: `word pairs, ${all.length} languages`, items: read('word-pairs', all) });
    sets.push({ name: `word pairs, ${MAJOR.length} major languages`, items: read('word-pairs', MAJOR.filter((l) => all.includes(l))) });
  }
  const umsab = (langs: string[]) =>
    langs.flatMap((l) => {
      const f = join(corpus, `sentiment/umsab/${l}.tsv`);
      return existsSync(f) ? corpusLines(f).map((x) => [l, x.split('\t')[1] ?? ''] as [string, string]) : [];
    });
  sets.push({ name: 'UMSAB tweets, 7 languages (ar de en es fr it pt)', items: umsab(['ar', 'de', 'en', 'es', 'fr', 'it', 'pt']) });
  sets.push({ name: 'UMSAB tweets, Hindi (romanised)', items: umsab(['hi']) });
  out('## Language identification, accuracy');
  out(`| set | n | ${systems.map((s) => s[0]).join(' | ')} |`);
  out(`|---|---|${systems.map(() => '---').join('|')}|`);
  const cost = systems.map(() => 0);
  let n = 0;
  for (const s of sets) {
    if (!s.items.length) continue;
    n += s.items.length;
    const cells = systems.map(([, fn], k) => {
      const [ok, ms] = timed(() => s.items.filter(([l, t]) => fn(t) === l).length);
      cost[k]! += ms;
      return pct(ok / s.items.length);
    });
    out(`| ${s.name} | ${s.items.length} | ${cells.join(' | ')} |`);
  }
  out(`\nCost per text: ${systems.map(([name], k) => `${name} ${us(cost[k]!, n)}`).join(', ')}; eld (large) took ${Math.round(eldLoad)} ms to load.`);
  out('Scoring: ISO 639-1 code equal to the file\'s language (`no` counts as `nb`); `und` counts as wrong.\n');
}

// ---- toxicity --------------------------------------------------------------------------------------

async function toxicityTable(corpus: string, out: (s: string) => void) {
  const sets = offensiveSets(corpus);
  if (!sets.length) return out('## Offensive language\n(no offensive/ sets in the corpus)\n');
  const { cuss } = await import('cuss');
  const { Profanity } = await import('@2toad/profanity');
  const { RegExpMatcher, englishDataset, englishRecommendedTransformers } = await import('obscenity');
  const toad = { en: new Profanity({ languages: ['en'] }), de: new Profanity({ languages: ['de', 'en'] }) } as Record<string, InstanceType<typeof Profanity>>;
  const obscenity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  const cussRe = /[a-z']+/g;
  const systems: [string, (t: string, lang: string) => boolean][] = [
    ['Rapport', (t) => analyzeToxicity(t, detectLanguage(t).code).flagged],
    ['cuss (sureness >= 1)', (t) => (t.toLowerCase().match(cussRe) ?? []).some((w) => (cuss[w] ?? -1) >= 1)],
    ['@2toad/profanity (en; de+en on German)', (t, lang) => (toad[lang] ?? toad.en!).exists(t)],
    ['obscenity', (t) => obscenity.hasMatch(t)],
  ];
  out('## Offensive language, macro-F1 of flagged vs not flagged (2 classes)');
  out(`| set | n | share offensive | ${systems.map((s) => s[0]).join(' | ')} | Rapport, half A / half B | Rapport, precision of flagged |`);
  out(`|---|---|---|${systems.map(() => '---').join('|')}|---|---|`);
  const cost = systems.map(() => 0);
  let n = 0;
  for (const s of sets) {
    n += s.texts.length;
    let rapport: ('yes' | 'no')[] = [];
    const cells = systems.map(([, fn], k) => {
      const [pred, ms] = timed(() => s.texts.map((t) => (fn(t, s.lang) ? 'yes' : 'no') as 'yes' | 'no'));
      cost[k]! += ms;
      if (k === 0) rapport = pred;
      return f3(macroF1(s.gold, pred, ['yes', 'no']));
    });
    // Halves by position (even / odd lines): a rule tuned to one half that does not hold on the other is memorised.
    const half = (h: number) => {
      const idx = s.gold.map((_, i) => i).filter((i) => i % 2 === h);
      return f3(macroF1(idx.map((i) => s.gold[i]!), idx.map((i) => rapport[i]!), ['yes', 'no']));
    };
    const share = s.gold.filter((g) => g === 'yes').length / s.gold.length;
    const flagged = rapport.filter((p) => p === 'yes').length;
    const right = rapport.filter((p, i) => p === 'yes' && s.gold[i] === 'yes').length;
    out(`| ${s.name} | ${s.texts.length} | ${Math.round(100 * share)} % | ${cells.join(' | ')} | ${half(0)} / ${half(1)} | ${f3(right / Math.max(1, flagged))} |`);
  }
  const nyt = join(corpus, 'sentiment/vader-nytEditorialSnippets.tsv');
  if (existsSync(nyt)) {
    const texts = corpusLines(nyt).map((l) => l.split('\t')[2] ?? '');
    n += texts.length;
    const cells = systems.map(([, fn], k) => {
      const [flagged, ms] = timed(() => texts.map((t) => fn(t, 'en')));
      cost[k]! += ms;
      return pct(flagged.filter(Boolean).length / texts.length);
    });
    const halves = [0, 1].map((h) => {
      const idx = texts.map((_, i) => i).filter((i) => i % 2 === h);
      return pct(idx.filter((i) => analyzeToxicity(texts[i]!, detectLanguage(texts[i]!).code).flagged).length / idx.length);
    });
    out(`| NYT editorial snippets (civil news), share flagged (target ≤ 0.5 %) | ${texts.length} | 0 % | ${cells.join(' | ')} | ${halves.join(' / ')} | |`);
  }
  out(`\nCost per text (incl. language detection for Rapport): ${systems.map(([name], k) => `${name} ${us(cost[k]!, n)}`).join(', ')}.`);
  out('Texts are analysed without language hints. Halves: even and odd lines of each file.\n');
  flagCalibrationTable(sets, out);
}

/** The calibration error of the toxicity flag's confidence, out of fold (lib/cli/flag-calibration-fit.ts). */
function flagCalibrationTable(sets: readonly OffensiveSet[], out: (s: string) => void) {
  const rows = flagRows(sets);
  const oof = flagOutOfFold(rows);
  out('## Toxicity flag confidence, expected calibration error of the flags (10 bins; out of fold)');
  out('| set | flags | share right | mean confidence | ECE out of fold | fitted on |');
  out('|---|---|---|---|---|---|');
  for (const s of sets) {
    const mine = rows.filter((r) => r.set === s.name);
    const mean = mine.reduce((a, r) => a + oof.get(r)!, 0) / Math.max(1, mine.length);
    out(`| ${s.name} | ${mine.length} | ${f3(mine.filter((r) => r.ok).length / Math.max(1, mine.length))} | ${f3(mean)} | ${f3(flagRowsError(mine, (r) => oof.get(r)!))} | ${s.lexiconSampled ? 'no: collected by a hate-speech lexicon, 83 % offensive' : 'yes'} |`);
  }
  out('');
}

// ---- sensitivity -----------------------------------------------------------------------------------

async function sensitivityTable(corpus: string, out: (s: string) => void) {
  const f = join(corpus, 'sentiment/vader-nytEditorialSnippets.tsv');
  if (!existsSync(f)) return out('## Inclusive-language rules\n(no sentiment/vader-nytEditorialSnippets.tsv in the corpus)\n');
  const texts = corpusLines(f).map((l) => l.split('\t')[2] ?? '');
  const { unified } = await import('unified');
  const { default: retextEnglish } = await import('retext-english');
  const { default: retextEquality } = await import('retext-equality');
  const { default: retextStringify } = await import('retext-stringify');
  const proc = unified().use(retextEnglish).use(retextEquality).use(retextStringify);
  const [rap, tr] = timed(() => texts.filter((t) => checkSensitivity(t, detectLanguage(t).code).flags.length > 0).length);
  const [ret, tq] = timed(() => texts.filter((t) => proc.processSync(t).messages.length > 0).length);
  out('## Inclusive-language rules on neutral text (share of texts with at least one flag)');
  out('| set | n | Rapport | retext-equality |');
  out('|---|---|---|---|');
  out(`| NYT editorial snippets, dev | ${texts.length} | ${pct(rap / texts.length)} | ${pct(ret / texts.length)} |`);
  out(`\nCost per text (incl. language detection for Rapport): Rapport ${us(tr, texts.length)}, retext-equality ${us(tq, texts.length)}.\n`);
}
