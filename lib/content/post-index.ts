import { anonymousId } from '../model/anonymize';
import { finish } from '../platforms/page-reading';
import type { Reader } from '../platforms/reader';
import { ThreadTracker } from '../platforms/thread';

/**
 * The page's posts, element ↔ ids, shared by every in-page feature (badges, "show in page", reply placement). The reading
 * session does not keep elements (it must not hold the page's DOM alive), so post elements are read again,
 * once each, only when needed: near the viewport for badges, all of them only when the user asks to jump.
 */
export class PostIndex {
  private readonly byId = new Map<string, WeakRef<Element>>();
  private readonly mapped = new WeakSet<Element>();
  private readonly idsOf = new WeakMap<Element, string[]>();

  constructor(
    private readonly reader: Reader,
    /** ids of elements already read by the page's reading session */
    private readonly known?: (el: Element) => string[] | undefined,
    private readonly postSelector: () => string = () => reader.postSelector,
  ) {}

  /** Maps every post element not mapped before: only on the user's request ("show in page"). */
  refresh(): void {
    for (const el of document.querySelectorAll(this.postSelector())) this.read(el);
  }

  /** The post ids an element holds (mapped once; elements still rendering are tried again next time). */
  read(el: Element): string[] {
    if (this.mapped.has(el)) return this.idsOf.get(el) ?? [];
    const known = this.known?.(el);
    if (known) return this.remember(el, known);
    let read;
    try {
      read = this.reader.read(el, { url: new URL(location.href), doc: document, thread: new ThreadTracker(), state: {} });
    } catch {
      return [];
    }
    if (!read) return [];
    return this.remember(el, (Array.isArray(read) ? read : [read]).map((p) => finish(p, el).id));
  }

  private remember(el: Element, read: string[]): string[] {
    // With author names off a post is stored (and answered, captured, jumped to) under its id without the author,
    // which differs from the page's on Bluesky: an element answers to both.
    const ids = [...new Set([...read, ...read.map(anonymousId)])];
    this.mapped.add(el);
    this.idsOf.set(el, ids);
    for (const id of ids) if (!this.byId.get(id)?.deref()?.isConnected) this.byId.set(id, new WeakRef(el));
    return ids;
  }

  /** The element of a post, mapping new elements first when it is not known yet (the panel's "show in page"). */
  find(id: string): Element | undefined {
    let el = this.byId.get(id)?.deref();
    if (!el?.isConnected) {
      this.refresh();
      el = this.byId.get(id)?.deref();
    }
    return el?.isConnected ? el : undefined;
  }
}
