import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import type { ObservedPost } from '../../../lib/model/post';
import { extractPage } from '../../../lib/platforms/extract';

/** Reads a hand-written fixture page at the URL recorded in its first line (`<!-- url: … -->`). */
export function readFixture(name: string, opts: { includePromoted?: boolean } = {}): { reader?: string; posts: ObservedPost[]; url: string } {
  const html = readFileSync(new URL(`../../fixtures/pages/${name}`, import.meta.url), 'utf8');
  const url = html.match(/<!--\s*url:\s*(\S+)\s*-->/)?.[1];
  if (!url) throw new Error(`${name} has no <!-- url: … --> comment`);
  return { ...extractPage(html, url, opts), url };
}

/** The fields a test compares (everything but lang, which comes from the page's <html lang>). */
export function brief(p: ObservedPost): Partial<ObservedPost> {
  const { lang: _lang, ...rest } = p;
  return rest;
}

/** The fixture parsed as a document (for composer and reply-box checks). */
export function fixtureDoc(name: string): Document {
  const html = readFileSync(new URL(`../../fixtures/pages/${name}`, import.meta.url), 'utf8');
  return parseHTML(html).document as unknown as Document;
}
