import type { ObservedPost } from '../model/post';
import { clampPost } from './clamp';
import { langHint } from './dom';
import type { ReadContext, Reader } from './reader';
import type { ReadingExplanation } from './reading-explanation';
import { ThreadTracker } from './thread';

/**
 * Reading one page over its lifetime: elements already read are never read again, so an endless feed
 * costs only its new posts. A single-page navigation starts a new PageReading.
 */
export class PageReading {
  readonly ctx: ReadContext;
  private readonly seen = new WeakSet<Element>();
  private readonly ids = new Set<string>();
  private documentRead = false;
  /** posts a reader could not read (malformed markup); reported, never thrown into the page */
  failures = 0;
  /** told of each element read (the in-page UI watches it for its badge) */
  onRead: ((el: Element) => void) | undefined;

  constructor(
    readonly reader: Reader,
    url: URL,
    doc: Document,
  ) {
    this.ctx = { url, doc, thread: new ThreadTracker(), state: {} };
  }

  /** Post elements found but not read yet, in page order. */
  private queue: Element[] = [];
  /** The ids each element read gave, for the in-page UI (which must not read posts a second time). */
  private readonly idsByElement = new WeakMap<Element, string[]>();

  /** The reader's work before the first reading, in short steps (none when the reader needs none). */
  prepare(): Iterator<void> | undefined {
    return this.reader.prepare?.(this.ctx);
  }

  /** Posts in the given subtrees (default: the whole document) not read before, in page order. */
  readNew(roots: Element[] = [this.ctx.doc.documentElement]): ObservedPost[] {
    this.collect(roots);
    return this.readQueued();
  }

  /** Queues the post elements in these subtrees that were not read before. */
  collect(roots: Element[] = [this.ctx.doc.documentElement]): void {
    const found: Element[] = [];
    const sel = this.postSelector;
    for (const root of roots) {
      if (!root.isConnected && root !== this.ctx.doc.documentElement) continue;
      // Content filled into a post that was still empty when first seen: read that post now.
      const host = root.matches(sel) ? root : root.parentElement?.closest(sel);
      if (host && !this.seen.has(host)) found.push(host);
      for (const el of root.querySelectorAll(sel)) if (!this.seen.has(el)) found.push(el);
    }
    if (!found.length) return;
    this.queue.push(...found);
    if (roots.length > 1 || this.queue.length > found.length) this.queue.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  }

  /** The selector of this page's post elements (a reader may learn it from the page). */
  get postSelector(): string {
    return this.reader.postSelectorFor?.(this.ctx) ?? this.reader.postSelector;
  }

  /** How many found elements wait to be read. */
  get queued(): number {
    return this.queue.length;
  }

  /**
   * Reads queued elements while `timeLeft()` (ms) stays positive, so a big page is read in short slices
   * between which the page stays responsive; the rest stays queued for the next call.
   */
  readQueued(timeLeft: () => number = () => Infinity): ObservedPost[] {
    const posts: ObservedPost[] = [];
    if (!this.documentRead && this.reader.readDocument) {
      this.documentRead = true;
      for (const p of this.reader.readDocument(this.ctx)) this.keep(finish(p, this.ctx.doc.documentElement), posts);
    }
    let i = 0;
    for (; i < this.queue.length && (i === 0 || timeLeft() > 0); i++) {
      const el = this.queue[i]!;
      if (this.seen.has(el) || !el.isConnected) continue;
      let read: ReturnType<Reader['read']>;
      try {
        read = this.reader.read(el, this.ctx);
      } catch {
        // One odd post must not stop the reading of the page; it is skipped and counted.
        this.failures++;
        this.seen.add(el);
        continue;
      }
      // An element that yields nothing yet (still rendering, stub) is tried again when it changes.
      if (!read) continue;
      this.seen.add(el);
      const all = (Array.isArray(read) ? read : [read]).map((p) => finish(p, el));
      this.idsByElement.set(el, all.map((p) => p.id));
      for (const p of all) this.keep(p, posts);
      this.onRead?.(el);
    }
    this.queue = this.queue.slice(i);
    return posts;
  }

  /** The post ids read from this element, if it was read. */
  idsOf(el: Element): string[] | undefined {
    return this.idsByElement.get(el);
  }

  private keep(post: ObservedPost, into: ObservedPost[]): void {
    if (this.ids.has(post.id)) return;
    this.ids.add(post.id);
    if (post.author.name ?? post.author.handle) this.found.authors++;
    if (post.publishedAt) this.found.dates++;
    if (post.metrics.likes !== undefined) this.found.scores++;
    if ((post.depth ?? 0) > 0) this.found.nested = true;
    into.push(post);
  }

  /** posts read so far with each part */
  private readonly found = { authors: 0, dates: 0, scores: 0, nested: false };

  /**
   * How the reader read this page and how sure it is, where it says; once posts are read, the parts are the
   * shares of the posts read that have them (what the person will see), not of the reader's sample.
   */
  explain(): ReadingExplanation | undefined {
    const e = this.reader.explain?.(this.ctx);
    const n = this.ids.size;
    if (!e || !n) return e;
    const f = this.found;
    return { ...e, parts: { authors: f.authors / n, dates: f.dates / n, scores: f.scores / n, nesting: e.parts.nesting || f.nested } };
  }

  get count(): number {
    return this.ids.size;
  }
}

/**
 * Every post any reader returns is finished here, before anything else sees it: the page's language hint added
 * where the reader found none closer, every field clamped to the schema's limits.
 */
export function finish(read: ObservedPost, el: Element): ObservedPost {
  return clampPost(read.lang ? read : { ...read, lang: langHint(el) });
}
