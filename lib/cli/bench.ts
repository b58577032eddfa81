/**
 * `rapport bench`: what the analysis costs per post, as a ratio to `sentiment.analyze` alone (measured in the
 * same run, on the same texts), and how long the analysis module takes to load in a fresh Node process
 * (the cost paid at every service-worker start). The module is bundled with esbuild first, as the extension
 * ships it (JSON as JSON.parse, as Vite emits it), so the cold start measures loading and not TypeScript compilation.
 * It also prints the size of stored analyses beside their bound, and with `--hostile` times 17 hostile texts of
 * 20,000 characters through `rapport analyze` beside 17 ordinary posts (issue #17's acceptance).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Sentiment from 'sentiment';
import { type CommandArgs, UsageError } from './usage-error';
import { HOSTILE_TEXTS } from './hostile-texts';
import { MAX_ANALYSIS_BYTES } from '../model/limits';
import { analyze } from '../analysis/analyze';
import { DATA_MODULES, dataModule, jsonTextModule, LANGUAGE_MODEL_FILE, LANGUAGE_MODEL_SOURCE, languageModelBytes, languageModelModule, LAZY_JSON } from '../analysis/bundling';

/** Tweet-length posts written for the benchmark, in several languages and scripts. */
const POSTS = [
  'Just tried the new update and honestly it is SO much better than before!!! Great job team 👏',
  'Why does the app keep crashing every time I open my profile? This is really frustrating @support',
  'No me gusta nada el nuevo diseño, es confuso y lento. ¿Alguien sabe cómo volver al anterior?',
  'Merci pour votre aide rapide, le problème est résolu. Très bon service client !',
  'Das ist leider nicht das, was ich bestellt habe. Wer kann mir helfen? #kundenservice',
  'Che bella giornata oggi a Roma, ma il traffico è terribile come sempre 😅',
  'Adorei o novo episódio, mas o final foi meio decepcionante kkkk',
  'Это лучший сервис, которым я пользовался. Спасибо!',
  'هذا المنتج رائع جدا وأنصح به الجميع',
  '这个功能太好用了，谢谢你们的努力！',
  '今日の配信、とても楽しかったです！また見ます',
  '배송이 너무 늦어요. 언제 도착하나요?',
  'lol that game last night was insane, cannot believe we lost in the last minute smh',
  'Check out our new blog post on remote work tips https://example.com/blog #remote #work',
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function perCall(fn: (t: string) => unknown, rounds: number): { medianUs: number; perSecond: number } {
  const samples: number[] = [];
  const t0 = performance.now();
  let calls = 0;
  for (let r = 0; r < rounds; r++) {
    for (const p of POSTS) {
      const t = performance.now();
      fn(p);
      samples.push((performance.now() - t) * 1000);
      calls++;
    }
  }
  const total = performance.now() - t0;
  return { medianUs: median(samples), perSecond: Math.round((calls / total) * 1000) };
}

export async function benchCommand({ values }: CommandArgs): Promise<number> {
  const rounds = Number(values.rounds ?? 400);
  if (!Number.isInteger(rounds) || rounds < 1) throw new UsageError(`--rounds takes a whole number of at least 1, not ${String(values.rounds)}.`);
  process.stderr.write(`bench: ${rounds} rounds per measure, then a cold start in a fresh process…\n`);
  const out = (s: string) => process.stdout.write(s + '\n');
  const engine = new Sentiment();
  // Warm both up (lazy compilation of each language's lexicon happens on first use).
  for (let i = 0; i < 50; i++) for (const p of POSTS) {
    analyze({ text: p });
    engine.analyze(p);
  }
  const base = perCall((t) => engine.analyze(t), rounds);
  const full = perCall((t) => analyze({ text: t }), rounds);
  out('## Per-post cost (tweet-length posts, one core, warm)');
  out('| what | median per post | posts per second | ratio to sentiment.analyze |');
  out('|---|---|---|---|');
  out(`| sentiment.analyze alone | ${base.medianUs.toFixed(1)} us | ${base.perSecond} | 1.0 |`);
  out(`| Rapport analyze() (language, sentiment, toxicity, sensitivity, opportunities) | ${full.medianUs.toFixed(1)} us | ${full.perSecond} | ${(full.medianUs / base.medianUs).toFixed(1)} |`);

  // Stored size: the analysis as the worker stores it, in bytes of JSON (UTF-8).
  const size = (texts: readonly string[]) => {
    const bytes = texts.map((text) => new TextEncoder().encode(JSON.stringify(analyze({ text }))).length);
    return { largest: Math.max(...bytes), median: median(bytes) };
  };
  const ordinary = size(POSTS);
  const hostile = size(HOSTILE_TEXTS);
  out('\n## Stored analysis size (bytes of JSON per post)');
  out('| texts | median | largest | bound (MAX_ANALYSIS_BYTES) |');
  out('|---|---|---|---|');
  out(`| ${POSTS.length} ordinary posts | ${ordinary.median} | ${ordinary.largest} | ${MAX_ANALYSIS_BYTES} |`);
  out(`| ${HOSTILE_TEXTS.length} hostile texts of 20,000 characters | ${hostile.median} | ${hostile.largest} | ${MAX_ANALYSIS_BYTES} |`);

  if (values.hostile === true) hostileRuns(out);

  // Cold start in a fresh process: bundle, then time import + first analysis of a post (the language model's file
  // read included, as the worker fetches it).
  const dir = mkdtempSync(join(tmpdir(), 'rapport-bench-'));
  try {
    const { build } = await import('esbuild');
    const bundle = join(dir, 'analysis.mjs');
    const baseline = join(dir, 'sentiment.mjs');
    // The baseline, bundled the same way: the sentiment package alone, as the engine Rapport wraps.
    writeFileSync(join(dir, 'sentiment-entry.mjs'), `export { default } from ${JSON.stringify(createRequire(import.meta.url).resolve('sentiment'))};`);
    const bundleTo = (entry: string, outfile: string) => build({
      entryPoints: [entry],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      minify: true,
      charset: 'utf8', // as Vite emits it: esbuild's default escapes every non-ASCII letter (×3 to ×6 the bytes)
      outfile,
      logLevel: 'silent',
      // As Vite does for the extension (json.stringify 'auto'): JSON data becomes JSON.parse of a string,
      // which V8 loads several times faster than the same data as object literals.
      plugins: [
        {
          // As wxt.config.ts does: lexicons as text; word lists as JSON; the language model as a file of its own.
          name: 'analysis-data',
          setup(b) {
            b.onLoad({ filter: LAZY_JSON }, async (args) => ({ contents: await jsonTextModule(args.path), loader: 'js' }));
            b.onLoad({ filter: DATA_MODULES }, async (args) => ({ contents: await dataModule(args.path), loader: 'js' }));
            // The extension fetches the model's file; here it is read from beside the bundle.
            b.onLoad({ filter: LANGUAGE_MODEL_SOURCE }, () => ({
              contents: languageModelModule(`import('node:fs/promises').then((fs) => fs.readFile(new URL('./${LANGUAGE_MODEL_FILE}', import.meta.url)))`),
              loader: 'js',
            }));
          },
        },
        {
          name: 'json-as-parse',
          setup(b) {
            b.onLoad({ filter: /\.json$/ }, async (args) => {
              const { readFile } = await import('node:fs/promises');
              const text = JSON.stringify(JSON.parse(await readFile(args.path, 'utf8')));
              // ESM like Vite's output, except where CommonJS code require()s the file (sentiment, naughty-words).
              const cjs = /[\\/]node_modules[\\/](?:sentiment|naughty-words)[\\/]/.test(args.path);
              const parse = `JSON.parse(${JSON.stringify(text)})`;
              return { contents: cjs ? `module.exports = ${parse};` : `export default ${parse};`, loader: 'js' };
            });
          },
        },
      ],
    });
    await bundleTo(resolve('lib/analysis/analyze.ts'), bundle);
    await bundleTo(join(dir, 'sentiment-entry.mjs'), baseline);
    writeFileSync(join(dir, LANGUAGE_MODEL_FILE), await languageModelBytes());
    const probe = join(dir, 'probe.mjs');
    const baseProbe = join(dir, 'baseline-probe.mjs');
    writeFileSync(
      baseProbe,
      `const t0 = performance.now();
const m = await import(${JSON.stringify(pathToFileURL(baseline).href)});
const t1 = performance.now();
new m.default().analyze('Thanks for the quick reply, that fixed it!');
const t2 = performance.now();
console.log(JSON.stringify({ load: t1 - t0, first: t2 - t1 }));`,
    );
    writeFileSync(
      probe,
      `const t0 = performance.now();
const m = await import(${JSON.stringify(pathToFileURL(bundle).href)});
const t1 = performance.now();
await m.languageModelReady;
m.analyze({ text: 'Thanks for the quick reply, that fixed it!' });
const t2 = performance.now();
m.analyze({ text: 'No me gusta nada el nuevo diseño, es muy lento.' });
const t3 = performance.now();
console.log(JSON.stringify({ load: t1 - t0, first: t2 - t1, secondLanguage: t3 - t2 }));`,
    );
    type Run = { load: number; first: number; secondLanguage?: number };
    const runOf = (file: string) => JSON.parse(execFileSync(process.execPath, [file], { encoding: 'utf8' })) as Run;
    // Interleaved, so that both see the same moments of a shared machine.
    const pairs = [0, 1, 2, 3, 4].map(() => [runOf(probe), runOf(baseProbe)] as const);
    const med = (runs: Run[], k: keyof Run) => median(runs.map((r) => r[k] ?? 0)).toFixed(0);
    const rapport = pairs.map(([r]) => r);
    const alone = pairs.map(([, b]) => b);
    const ready = (runs: Run[]) => (Number(med(runs, 'load')) + Number(med(runs, 'first'))).toFixed(0);
    const { statSync } = await import('node:fs');
    const kib = (file: string) => Math.round(statSync(file).size / 1024);
    out('\n## Cold start of the analysis module (fresh Node process, esbuild bundle, median of 5)');
    out('| module | bundle size | import | first analyze (English) | first post in a second language | module ready (import + first analysis) |');
    out('|---|---|---|---|---|---|');
    out(`| Rapport analyze() | ${kib(bundle)} KiB | ${med(rapport, 'load')} ms | ${med(rapport, 'first')} ms | ${med(rapport, 'secondLanguage')} ms | ${ready(rapport)} ms |`);
    out(`| sentiment alone (baseline, same runs) | ${kib(baseline)} KiB | ${med(alone, 'load')} ms | ${med(alone, 'first')} ms | n/a | ${ready(alone)} ms |`);
    out(`\nModule ready (import + first analysis): ${ready(rapport)} ms; sentiment alone ${ready(alone)} ms in the same runs.`);
  } finally {
    if (!process.env.RAPPORT_BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
  }
  return 0;
}

/**
 * `echo` 17 hostile texts of 20,000 characters into `rapport analyze` against 17 ordinary posts: the same command,
 * runs interleaved (median of 3 each), so both pay the same start-up and see the same moments of a shared machine.
 */
function hostileRuns(out: (s: string) => void) {
  const lines = (texts: readonly string[]) => texts.map((text, i) => JSON.stringify({ id: i + 1, text })).join('\n') + '\n';
  const ordinaryInput = lines(Array.from({ length: HOSTILE_TEXTS.length }, (_, i) => POSTS[i % POSTS.length]!));
  const hostileInput = lines(HOSTILE_TEXTS);
  const bin = resolve('bin/rapport.js');
  const run = (input: string) => {
    const t0 = performance.now();
    const answer = execFileSync(process.execPath, [bin, 'analyze'], { input, encoding: 'utf8', maxBuffer: 64 << 20 });
    const ms = performance.now() - t0;
    if (answer.trim().split('\n').length !== HOSTILE_TEXTS.length) throw new Error('rapport analyze did not answer every line');
    return ms;
  };
  const ordinary: number[] = [];
  const hostile: number[] = [];
  for (let i = 0; i < 3; i++) {
    ordinary.push(run(ordinaryInput));
    hostile.push(run(hostileInput));
  }
  const o = median(ordinary);
  const h = median(hostile);
  out('\n## rapport analyze: 17 hostile texts of 20,000 characters against 17 ordinary posts (whole command, median of 3, interleaved)');
  out('| input | wall time | runs |');
  out('|---|---|---|');
  out(`| 17 ordinary posts (baseline) | ${o.toFixed(0)} ms | ${ordinary.map((x) => x.toFixed(0)).join(', ')} |`);
  out(`| 17 hostile texts, 340,000 characters | ${h.toFixed(0)} ms | ${hostile.map((x) => x.toFixed(0)).join(', ')} |`);
  out(`\nHostile minus ordinary: ${(h - o).toFixed(0)} ms (the acceptance: at most about 1,000 ms).`);
}
