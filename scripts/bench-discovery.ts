// Discovery's cost on a huge page of an engine no recipe knows, in real Chromium, beside the Hacker News reader
// on a page of the same size (measured in the same run). The readers are bundled for the page with esbuild and
// run as the content script runs them: the first, synchronous step (finding the page's posts: for the generic
// reader, discovery) and then reading in 8 ms slices.
import { build } from 'esbuild';
import type { BrowserContext } from '@playwright/test';
import { ROOT } from '../tests/e2e/harness';

export const COMMENTS = 10_000;

/** A forum thread of `n` comments in markup no recipe knows: numbered blocks, a profile link, a titled date. */
export function unknownEnginePage(n: number): string {
  const rows: string[] = [];
  for (let i = 0; i < n; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const indent = i % 3 === 0 ? 0 : 24;
    rows.push(
      `<div class="zr-cell" id="z-${1000 + i}" style="margin-left:${indent}px"><div class="zr-top"><img class="zr-pic" src="data:," alt=""><a class="zr-who" href="/~member${i % 97}">member${i % 97}</a><span class="zr-when" title="2025-01-${day}T10:${String(i % 60).padStart(2, '0')}:00Z">${day} Jan</span></div><div class="zr-txt"><p>Comment ${i}: I tried the second approach and it worked on my machine, thanks for the detailed steps.</p></div><div class="zr-bar"><a href="#r">reply</a> <a href="#q">quote</a></div></div>`,
    );
  }
  return `<!DOCTYPE html><html lang="en"><head><title>Thread</title></head><body><div class="zr-nav"><a href="/">Board</a></div><h1>A long thread</h1><div class="zr-list">${rows.join('')}</div></body></html>`;
}

/** The Hacker News item page with its comments repeated to `n`. */
export function hackerNewsPage(html: string, n: number): string {
  const rows = [...html.matchAll(/<tr class="athing comtr"[\s\S]*?(?=<tr class="athing comtr"|<\/table>\s*<\/td><\/tr>\s*<tr><td><img)/g)].map((m) => m[0]);
  if (!rows.length) throw new Error('the HN fixture has no comment rows');
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(rows[i % rows.length]!.replace(/id="\d+"/, `id="${50_000_000 + i}"`));
  const first = html.indexOf(rows[0]!);
  const last = html.indexOf(rows[rows.length - 1]!) + rows[rows.length - 1]!.length;
  return html.slice(0, first) + out.join('') + html.slice(last);
}

let bundle: string | undefined;
async function readerBundle(): Promise<string> {
  bundle ??= (
    await build({
      stdin: {
        contents: `
          import { PageReading } from './lib/platforms/page-reading';
          import { generic } from './lib/platforms/generic';
          import { hackernews } from './lib/platforms/hackernews';
          globalThis.__benchRead = (which, sliced) => {
            const reader = which === 'generic' ? generic : hackernews;
            const t0 = performance.now();
            const reading = new PageReading(reader, new URL(location.href), document);
            // as the content script does: the reader's preparation (discovery) in 8 ms slices, then the first
            // synchronous step; unsliced, the preparation happens inside that step (as before it was split)
            let longestPrep = 0;
            const steps = sliced ? reading.prepare() : undefined;
            for (let done = !steps; !done; ) {
              const s = performance.now();
              const end = s + 8;
              do done = steps.next().done; while (!done && performance.now() < end);
              longestPrep = Math.max(longestPrep, performance.now() - s);
            }
            const t1 = performance.now();
            reading.collect();
            const first = performance.now() - t1;
            let longest = Math.max(first, longestPrep), posts = 0;
            while (reading.queued) {
              const s = performance.now();
              const end = s + 8;
              posts += reading.readQueued(() => end - performance.now()).length;
              longest = Math.max(longest, performance.now() - s);
            }
            return { first, longest, longestPrep, total: performance.now() - t0, posts, explanation: reading.explain() };
          };`,
        resolveDir: ROOT,
        loader: 'ts',
      },
      bundle: true,
      format: 'iife',
      write: false,
      platform: 'browser',
      logLevel: 'silent',
    })
  ).outputFiles[0]!.text;
  return bundle;
}

export interface ReadCost {
  first: number;
  /** the longest slice of the reader's preparation (discovery), when run sliced */
  longestPrep: number;
  longest: number;
  total: number;
  posts: number;
}

/** Reads a page in Chromium with the bundled reader; the median of three fresh loads. */
export async function readCost(context: BrowserContext, serve: (u: string, h: string) => void, url: string, html: string, which: 'generic' | 'hackernews', sliced = true): Promise<ReadCost> {
  serve(url, html);
  const code = await readerBundle();
  const runs: ReadCost[] = [];
  for (let i = 0; i < 3; i++) {
    const page = await context.newPage();
    // the page's images are refused by the offline route; the DOM is what is measured
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await page.addScriptTag({ content: code });
    runs.push(await page.evaluate(([w, s]) => (globalThis as unknown as { __benchRead(w: string, s: boolean): ReadCost }).__benchRead(w, s), [which, sliced] as const));
    await page.close();
  }
  return runs.sort((a, b) => a.total - b.total)[1]!;
}
