import type { ParseArgsConfig } from 'node:util';

/** What `rapport <command> --help` says, and the options its strict parser accepts. */
export interface CommandSpec {
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  optionHelp: [string, string][];
  examples: string[];
  /** what each output line holds, where the command prints records */
  outputHelp?: string;
  exitCodes: string;
}

const EXIT_CODES = 'Exit status: 0 done; 1 some input failed (every line or page is still answered); 2 usage error (unknown option, missing argument, unreadable file).';

export const COMMANDS: Record<'extract' | 'analyze' | 'eval' | 'bench', CommandSpec> = {
  extract: {
    summary: 'posts of a saved page, one JSON line each (main post first, then the thread in page order)',
    usage: 'rapport extract --url URL PAGE.html [--include-promoted]',
    options: { url: { type: 'string' }, 'include-promoted': { type: 'boolean' } },
    optionHelp: [
      ['--url URL', 'the address the page was saved from: it picks the reader (x.com, reddit.com, a forum…) and makes links absolute'],
      ['--include-promoted', 'keep ads and promoted posts, marked "promoted": true'],
    ],
    examples: ["rapport extract --url 'https://news.ycombinator.com/item?id=4242001' tests/fixtures/pages/hackernews-item.html"],
    exitCodes: `${EXIT_CODES} A page with no recognisable posts prints nothing, says so on standard error and exits 0. Each post's "lang" is the language the page marks for that post (its own lang attribute, else the page's).`,
  },
  analyze: {
    summary: 'analysis of JSON lines {id, text, lang?, platform?} read on standard input, one line out per line in',
    usage: 'rapport analyze < posts.jsonl',
    options: {},
    optionHelp: [],
    examples: [`echo '{"id":1,"text":"I love this!"}' | rapport analyze`, "rapport extract --url URL PAGE.html | rapport analyze"],
    outputHelp: 'Each line: {id, language: {code, confidence}, sentiment: {label, score, confidence, contributions}, toxicity: {score, flagged, spans, confidence}, sensitivity: {flags}, opportunities}. sentiment.confidence (0-1) is how likely the label is right, calibrated per language on development data: of the texts given 0.7, about 70 % were labelled right. toxicity.confidence, on a flag only, is how often flags like it were right.',
    exitCodes: `${EXIT_CODES} A line that is not a JSON object with a "text" string gets {id?, error} on standard output and a sentence with its line number on standard error.`,
  },
  eval: {
    summary: 'accuracy tables beside the anchor libraries, on the shared corpus (about a minute)',
    usage: 'rapport eval [--corpus DIR] [--only sentiment,language,toxicity,sensitivity] [--multilang-sample N]',
    options: { corpus: { type: 'string' }, only: { type: 'string' }, 'multilang-sample': { type: 'string' } },
    optionHelp: [
      ['--corpus DIR', 'the corpus folder (default ../shared/corpus)'],
      ['--only LIST', 'some of: sentiment, language, toxicity, sensitivity'],
      ['--multilang-sample N', 'texts per set for the slow multilang-sentiment anchor (default 40)'],
    ],
    examples: ['rapport eval --corpus ../shared/corpus', 'rapport eval --only toxicity'],
    exitCodes: EXIT_CODES,
  },
  bench: {
    summary: 'per-post cost, stored size and cold start of the analysis in Node, beside the sentiment package',
    usage: 'rapport bench [--rounds N] [--hostile]',
    options: { rounds: { type: 'string' }, hostile: { type: 'boolean' } },
    optionHelp: [
      ['--rounds N', 'timed rounds over the sample posts (default 400)'],
      ['--hostile', 'also time 17 hostile texts of 20,000 characters through rapport analyze beside 17 ordinary posts'],
    ],
    examples: ['rapport bench', 'rapport bench --rounds 100', 'rapport bench --hostile'],
    exitCodes: EXIT_CODES,
  },
};

export type CommandName = keyof typeof COMMANDS;

export function commandHelp(name: CommandName): string {
  const c = COMMANDS[name];
  const width = Math.max(0, ...c.optionHelp.map(([o]) => o.length));
  return [
    `rapport ${name}: ${c.summary}`,
    '',
    `Usage: ${c.usage}`,
    ...(c.optionHelp.length ? ['', 'Options:', ...c.optionHelp.map(([o, h]) => `  ${o.padEnd(width)}  ${h}`)] : []),
    '',
    'Examples:',
    ...c.examples.map((e) => `  ${e}`),
    ...(c.outputHelp ? ['', `Output: ${c.outputHelp}`] : []),
    '',
    c.exitCodes,
    '',
  ].join('\n');
}

export function overallHelp(version: string): string {
  const names = Object.keys(COMMANDS) as CommandName[];
  const width = Math.max(...names.map((n) => n.length));
  return [
    `rapport ${version}: Rapport's analysis outside the browser`,
    '',
    'Usage: rapport <command> [options]',
    '',
    'Commands:',
    ...names.map((n) => `  ${n.padEnd(width)}  ${COMMANDS[n].summary}`),
    '',
    'Options: -h, --help (this text; after a command, that command\'s options), -v, --version',
    '',
    EXIT_CODES,
    '',
  ].join('\n');
}
