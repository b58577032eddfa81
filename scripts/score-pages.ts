/**
 * Prints every corpus page's score: found / expected (± tolerance), samples found, and what was missed.
 * Usage: npx tsx scripts/score-pages.ts [corpus-dir] [--misses] [filter]
 */
import { corpusPages, scorePage } from '../lib/cli/score-pages';

const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
const rest = args.filter((a) => !a.startsWith('--'));
const dir = rest.find((a) => a.includes('/')) ?? new URL('../../shared/corpus/pages', import.meta.url).pathname;
const filter = rest.find((a) => !a.includes('/'));
const pages = corpusPages(dir);
if (!pages) {
  process.stderr.write(`No corpus at ${dir}.\n`);
  process.exit(1);
}
let passed = 0;
let total = 0;
const rows: string[][] = [['page', 'reader', 'found/expected', 'samples', 'ms', 'pass']];
for (const { html, gold } of pages) {
  if (filter && !gold.file.includes(filter)) continue;
  total++;
  const t0 = performance.now();
  const s = scorePage(html, gold);
  const ms = Math.round(performance.now() - t0);
  if (s.pass) passed++;
  rows.push([
    s.file.replace(/\.html$/, ''),
    s.reader ?? '-',
    `${s.found}/${s.expected}${s.tolerance ? `±${s.tolerance}` : ''}${s.countOk ? '' : ' ✗'}`,
    `${s.samplesOk}/${s.samples}`,
    String(ms),
    s.pass ? 'ok' : 'FAIL',
  ]);
  if (showMisses) for (const m of s.misses) rows.push(['', '', '', `  - ${m}`, '', '']);
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.filter((r) => !r[3]?.startsWith('  -')).map((r) => r[i]!.length)));
for (const r of rows) {
  if (r[3]?.startsWith('  -')) console.log(`    ${r[3]!.trim()}`);
  else console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
}
console.log(`\n${passed}/${total} pages pass`);
