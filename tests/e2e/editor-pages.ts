import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

/**
 * Fixture pages that run the real rich-text editors social sites use, bundled at test time: X's reply box on
 * Draft.js, Facebook's comment box on Lexical, Discourse's rich composer on ProseMirror, LinkedIn's comment box on
 * Quill. Each page is one HTML file (its real site's URL on the first line) with the editor's bundle inlined, so a
 * test serves it as one response.
 * The page exposes `window.__editorText()`: the editor's own state as plain text.
 */
const DIR = resolve(import.meta.dirname, '../editors');
const PAGES = join(DIR, 'pages');
const OWN_MODULES = join(DIR, 'node_modules');

export const EDITORS = {
  draft: { entry: 'draft.ts', html: 'x-draft.html', css: 'draft-js/dist/Draft.css', box: '[data-testid="tweetTextarea_0"]' },
  lexical: { entry: 'lexical.ts', html: 'facebook-lexical.html', box: '[data-lexical-editor="true"]' },
  prosemirror: { entry: 'prosemirror.ts', html: 'discourse-prosemirror.html', css: 'prosemirror-view/style/prosemirror.css', box: '#reply-control .ProseMirror' },
  quill: { entry: 'quill.ts', html: 'linkedin-quill.html', css: 'quill/dist/quill.core.css', box: '.comments-comment-box__form .ql-editor' },
} as const;
export type EditorName = keyof typeof EDITORS;

export async function editorPage(name: EditorName): Promise<{ url: string; html: string; box: string }> {
  const spec: { entry: string; html: string; css?: string; box: string } = EDITORS[name];
  const out = await build({
    entryPoints: [join(PAGES, spec.entry)],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    // Draft.js is hoisted to the root node_modules, where React is 19: it must use this package's React 18. Each
    // @lexical package carries its own copy of lexical: one copy for all, or their node classes differ.
    alias: { react: join(OWN_MODULES, 'react'), 'react-dom': join(OWN_MODULES, 'react-dom'), lexical: join(OWN_MODULES, 'lexical') },
  });
  const script = out.outputFiles[0]!.text.replace(/<\/(script)/gi, '<\\/$1');
  const css = spec.css ? readFileSync(createRequire(import.meta.url).resolve(spec.css, { paths: [DIR] }), 'utf8') : '';
  const page = readFileSync(join(PAGES, spec.html), 'utf8');
  const url = page.match(/<!--\s*url:\s*(\S+)\s*-->/)![1]!;
  const html = page.replace('/* editor-css */', () => css).replace('/* editor-script */', () => script);
  return { url, html, box: spec.box };
}
