import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'wxt';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DATA_MODULES, dataModule, jsonTextModule, LANGUAGE_MODEL_FETCH, LANGUAGE_MODEL_FILE, LANGUAGE_MODEL_SOURCE, languageModelBytes, languageModelModule, LAZY_JSON } from './lib/analysis/bundling';
import { reviewableBundle } from './lib/build/reviewable-bundle';
import { supportedMatches } from './lib/platforms/registry';

// Permissions are the minimum each feature needs; README.md ("Permissions") says why each one is here.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false, // explicit imports: lib/ runs in Node too, where no auto-imports exist
  publicDir: 'assets/public',
  // A separate output folder lets several builds (and end-to-end runs) share one checkout.
  outDir: process.env.RAPPORT_OUT ?? '.output',
  // The sources package Firefox's review asks for: what builds the extension, not the run's artifacts or test output.
  zip: { excludeSources: ['artifacts/**', 'test-results/**', 'playwright-report/**', '.out-*/**'] },
  vite: () => ({
    // The worker is the analysis (background.js 1.5 MB) and the panel loads the same analysis lazily (its sentiment
    // chunk, 1.1 MB, carries the translated lexicons as text): large by nature, read from the extension's own files,
    // never by a content script (reader.js stays near 120 kB). Vite's 500 kB warning says nothing new on each build.
    build: { chunkSizeWarningLimit: 1600 },
    plugins: [
      tailwindcss(),
      reviewableBundle(),
      // The analysis's data, trimmed and deferred (lib/analysis/bundling.ts says why). A virtual id not ending
      // in ".json" keeps Vite's JSON plugin off the lexicons, which arrive as text.
      {
        name: 'rapport-analysis-data',
        enforce: 'pre',
        async resolveId(id, importer) {
          if (!id.endsWith('.json')) return undefined;
          const resolved = await this.resolve(id, importer, { skipSelf: true });
          return resolved && LAZY_JSON.test(resolved.id) ? `\0json-text:${resolved.id}.js` : undefined;
        },
        async load(id) {
          if (DATA_MODULES.test(id)) return dataModule(id);
          if (LANGUAGE_MODEL_SOURCE.test(id)) return languageModelModule(LANGUAGE_MODEL_FETCH);
          if (id.startsWith('\0json-text:')) return jsonTextModule(id.slice('\0json-text:'.length, -'.js'.length));
          return undefined;
        },
      },
    ],
  }),
  hooks: {
    // The language model is one file for the worker and the panel alike: a public asset written once per build
    // (emitted from each bundle, it was written, and listed, twice).
    'build:publicAssets': async (wxt, files) => {
      const src = join(wxt.config.wxtDir, LANGUAGE_MODEL_FILE);
      await mkdir(wxt.config.wxtDir, { recursive: true });
      await writeFile(src, await languageModelBytes());
      files.push({ absoluteSrc: src, relativeDest: LANGUAGE_MODEL_FILE });
    },
  },
  manifest: ({ browser }) => ({
    name: 'Rapport',
    description: 'See how a thread feels, what needs an answer, and how your draft will land: privately, on your machine.',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    host_permissions: supportedMatches,
    // "Always read this site": one origin at a time, asked on the person's click in the panel. Firefox's MV2
    // build takes origins in optional_permissions (WXT drops optional_host_permissions there).
    ...(browser === 'firefox' ? { optional_permissions: ['https://*/*', 'http://*/*'] } : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
    action: { default_title: 'Open Rapport' },
    commands: {
      'read-page': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: 'Read the posts on this page with Rapport',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'rapport@rapport.example',
              // data_collection_permissions needs Firefox 140 (desktop) and 142 (Android)
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
