import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The layers of the house (README "Layout") and which may import which, checked on the real import graph. (The
// project's TypeScript has no JS compiler API for dependency-cruiser to use, so the graph is read here.) A rule
// broken today is listed as known: the list may only shrink, and an entry that no longer happens fails the test too.
const ROOT = resolve(import.meta.dirname, '../..');

/** Each layer and the layers it may import (besides itself). */
const MAY_IMPORT: Record<string, string[]> = {
  'lib/model': [],
  'lib/build': [],
  'lib/analysis': ['lib/model'],
  'lib/platforms': ['lib/model'],
  'lib/protocol': ['lib/model'],
  'lib/insights': ['lib/model', 'lib/analysis'],
  'lib/i18n': ['lib/model', 'lib/analysis', 'lib/insights', 'lib/protocol'],
  // Storage keeps counts computed by the insights' pure functions (model → analysis → insights → db, #21).
  'lib/db': ['lib/model', 'lib/analysis', 'lib/protocol', 'lib/insights'],
  'lib/content': ['lib/model', 'lib/platforms', 'lib/protocol'],
  'lib/worker': ['lib/model', 'lib/analysis', 'lib/platforms', 'lib/protocol', 'lib/insights', 'lib/i18n', 'lib/db'],
  'lib/cli': ['lib/model', 'lib/analysis', 'lib/platforms', 'lib/protocol', 'lib/insights', 'lib/i18n', 'lib/db', 'lib/build'],
  components: ['lib/model', 'lib/analysis', 'lib/protocol', 'lib/insights', 'lib/i18n', 'lib/db'],
  entrypoints: ['lib/content', 'lib/worker', 'lib/platforms', 'components'],
};

/** Imports that break the rules, to be fixed: the list may only shrink (empty since #21). */
const KNOWN: string[] = [];

/** Run-time import cycles, to be fixed: the list may only shrink (empty since #21). */
const KNOWN_CYCLES: string[] = [];

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

function layerOf(file: string): string {
  const [top, sub] = file.split('/');
  return top === 'lib' ? `lib/${sub}` : top!;
}

/** Relative imports of a file (static and type-only), resolved to project files. */
function importsOf(file: string, all: Set<string>): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'";]*?from\s+['"](\.[^'"]+)['"]/g)) {
    const base = relative(ROOT, resolve(ROOT, dirname(file), m[1]!));
    const hit = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((c) => all.has(c));
    if (hit) out.push(hit);
  }
  return out;
}

const files = ['lib', 'components', 'entrypoints'].flatMap(sources);
const all = new Set(files);
const graph = new Map(files.map((f) => [f, importsOf(f, all)]));

describe('the layers', () => {
  it('every file belongs to a known layer', () => {
    expect([...new Set(files.map(layerOf))].filter((l) => !(l in MAY_IMPORT))).toEqual([]);
  });

  it('import only downwards; the known exceptions only shrink', () => {
    const broken = [...graph].flatMap(([from, tos]) =>
      tos.filter((to) => layerOf(to) !== layerOf(from) && !MAY_IMPORT[layerOf(from)]!.includes(layerOf(to))).map((to) => `${from} -> ${to}`),
    );
    const fresh = broken.filter((b) => !KNOWN.includes(b));
    const gone = KNOWN.filter((k) => !broken.includes(k));
    console.log(`[layers] ${files.length} files, ${[...graph.values()].flat().length} imports; known exceptions left (#21): ${KNOWN.length - gone.length}`);
    expect(fresh, 'new imports against the layers').toEqual([]);
    expect(gone, 'fixed: remove these from KNOWN').toEqual([]);
  });

  it('no file imports itself back through others at run time (cycles of type imports are harmless and ignored)', () => {
    const runtime = new Map(files.map((f) => [f, importsOf(f, all).filter((to) => !new RegExp(`import\\s+type\\s[^;]*['"][^'"]*${to.split('/').pop()!.replace(/\.tsx?$/, '')}['"]`).test(readFileSync(join(ROOT, f), 'utf8')))]));
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (f: string) => {
      state.set(f, 'open');
      stack.push(f);
      for (const to of runtime.get(f) ?? []) {
        if (state.get(to) === 'open') cycles.push([...stack.slice(stack.indexOf(to)), to].join(' -> '));
        else if (!state.has(to)) visit(to);
      }
      stack.pop();
      state.set(f, 'done');
    };
    for (const f of files) if (!state.has(f)) visit(f);
    expect(cycles.filter((c) => !KNOWN_CYCLES.includes(c)), 'new cycles').toEqual([]);
    expect(KNOWN_CYCLES.filter((c) => !cycles.includes(c)), 'fixed: remove these from KNOWN_CYCLES').toEqual([]);
  });

  it('no code touches the browser\'s storage but through the typed storage items (lib/protocol/storage.ts)', () => {
    const raw = files.filter((f) => readFileSync(join(ROOT, f), 'utf8').split('\n').some((line) => !/^\s*(?:\/\/|\*|\/\*)/.test(line) && /\b(?:browser|chrome)\.storage\b/.test(line)));
    expect(raw).toEqual([]);
  });
});
