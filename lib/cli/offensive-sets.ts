/**
 * The development corpus's labelled offensive-language sets, read from its folder at run time (nothing of it is
 * kept), each as offensive-or-not gold: what `rapport eval` measures the toxicity flag on and
 * scripts/fit-calibration.ts fits the flag's confidence on.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../model/csv';
import { corpusLines } from './sentiment-sets';

export interface OffensiveSet {
  name: string;
  lang: string;
  texts: string[];
  gold: ('yes' | 'no')[];
  /**
   * Davidson et al. collected tweets holding a word of a hate-speech lexicon: 83 % are offensive, so a flag there is
   * right far more often than on a feed. Measured, never fitted on.
   */
  lexiconSampled?: boolean;
}

/** Every offensive-language set the corpus holds, in a fixed order; missing files are skipped. */
export function offensiveSets(corpus: string): OffensiveSet[] {
  const sets: OffensiveSet[] = [];
  const davidson = join(corpus, 'offensive/davidson-dev.csv');
  if (existsSync(davidson)) {
    const rows = parseCsv(readFileSync(davidson, 'utf8'));
    const head = rows[0]!;
    const ci = head.indexOf('class');
    const ti = head.indexOf('tweet');
    const data = rows.slice(1).filter((r) => r.length >= head.length);
    // offensive = hate or offensive (classes 0 and 1)
    sets.push({ name: 'Davidson tweets (en), dev', lang: 'en', texts: data.map((r) => r[ti]!), gold: data.map((r) => (r[ci] === '2' ? 'no' : 'yes')), lexiconSampled: true });
  }
  const tweeteval = join(corpus, 'offensive/tweeteval-offensive-val.tsv');
  if (existsSync(tweeteval)) {
    const rows = corpusLines(tweeteval).map((l) => l.split('\t'));
    sets.push({ name: 'TweetEval offensive (en), val', lang: 'en', texts: rows.map((r) => r.slice(1).join('\t')), gold: rows.map((r) => (r[0] === '1' ? 'yes' : 'no')) });
  }
  const germeval = join(corpus, 'offensive/germeval2018-train.tsv');
  if (existsSync(germeval)) {
    const rows = corpusLines(germeval).map((l) => l.split('\t'));
    sets.push({
      name: 'GermEval 2018 (de), train',
      lang: 'de',
      texts: rows.map((r) => (r[0] ?? '').replaceAll('|LBR|', '\n')),
      gold: rows.map((r) => (r[1] === 'OFFENSE' ? 'yes' : 'no')),
    });
  }
  return sets;
}
