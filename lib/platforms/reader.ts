import type { ObservedPost, Platform } from '../model/post';
import type { ReadingExplanation } from './reading-explanation';
import type { ThreadTracker } from './thread';

/** What a reader knows while reading one page; lives as long as the page (reset on navigation). */
export interface ReadContext {
  url: URL;
  doc: Document;
  thread: ThreadTracker;
  /** per-page scratch space of the reader (e.g. the main post's id once seen) */
  state: Record<string, unknown>;
}

/**
 * A page reader: a pure function of the DOM, so it runs in the content script and in `rapport extract` alike.
 * One file per platform; the registry picks one by URL, then by markup.
 */
export interface Reader {
  /** e.g. `hackernews`, `reddit-old` */
  id: string;
  platform: Platform;
  /** host match patterns for the manifest; empty for software that runs on any domain (recognised by markup) */
  matches: string[];
  /**
   * The reader's contract, checked in Node by tests/unit/platforms/fixtures.test.ts: saved pages in
   * tests/fixtures/pages/ it must recognise, with how many posts it must read there (of them marked promoted).
   */
  fixtures: readonly { page: string; posts: number; promoted?: number }[];
  /** true when this reader understands the page (URL and/or markup) */
  detect(url: URL, doc: Document): boolean;
  /** elements that hold posts, in page order; only newly added ones are read on endless feeds */
  postSelector: string;
  /**
   * Work before the page's first reading, in steps each a few milliseconds long (generic: discovery), so that the
   * content script spreads it over idle time; where absent or not run, it happens on the first read.
   */
  prepare?(ctx: ReadContext): Iterator<void>;
  /** the post elements of this page, where a reader learns them from the page itself (generic: the discovered group) */
  postSelectorFor?(ctx: ReadContext): string;
  /** one post element → post(s); null for stubs (deleted, ads when not wanted are still returned, marked promoted) */
  read(el: Element, ctx: ReadContext): ObservedPost | ObservedPost[] | null;
  /** posts that are not in elements (structured data); read once per page */
  readDocument?(ctx: ReadContext): ObservedPost[];
  /** how the page was read and how sure the reader is (readers that find posts by structure) */
  explain?(ctx: ReadContext): ReadingExplanation | undefined;
  /** the site's composer(s) where a person writes a new post or comment */
  composerSelector?: string;
  /** the reply box belonging to a post element, where the site shows one */
  replyBox?(el: Element): Element | null;
}
