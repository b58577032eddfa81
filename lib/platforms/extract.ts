import type { ObservedPost } from '../model/post';
import { PageReading } from './page-reading';
import type { ReadingExplanation } from './reading-explanation';
import { parsePage } from './parse-page';
import { pickReader } from './registry';

export interface Extraction {
  reader?: string;
  posts: ObservedPost[];
  /** how a structure-finding reader read the page, and how sure it is */
  explanation?: ReadingExplanation;
}

/** Reads a saved page in Node exactly as the content script reads the live one. */
export function extractPage(html: string, url: string, opts: { includePromoted?: boolean } = {}): Extraction {
  const doc = parsePage(html);
  const pageUrl = new URL(url);
  const reader = pickReader(pageUrl, doc);
  if (!reader) return { posts: [] };
  const reading = new PageReading(reader, pageUrl, doc);
  const posts = reading.readNew();
  const explanation = reading.explain();
  return { reader: reader.id, posts: opts.includePromoted ? posts : posts.filter((p) => !p.promoted), ...(explanation ? { explanation } : {}) };
}
