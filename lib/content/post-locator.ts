import type { Reader } from '../platforms/reader';
import { ThreadTracker } from '../platforms/thread';

/**
 * Finds the element of a post by its id, for the panel's "show in page" and the inline badges. The reading
 * session does not keep elements (it must not hold the page's DOM alive), so post elements are read again,
 * once each, only when the panel or the badges need them.
 */
export class PostLocator {
  private readonly byId = new Map<string, WeakRef<Element>>();
  private readonly mapped = new WeakSet<Element>();

  constructor(private readonly reader: Reader) {}

  /** Maps post elements not mapped before (cheap: only new elements are read). */
  refresh(): void {
    const ctx = { url: new URL(location.href), doc: document, thread: new ThreadTracker(), state: {} };
    for (const el of document.querySelectorAll(this.reader.postSelector)) {
      if (this.mapped.has(el)) continue;
      let read;
      try {
        read = this.reader.read(el, ctx);
      } catch {
        continue;
      }
      if (!read) continue;
      this.mapped.add(el);
      for (const p of Array.isArray(read) ? read : [read]) if (!this.byId.has(p.id)) this.byId.set(p.id, new WeakRef(el));
    }
  }

  find(id: string): Element | undefined {
    let el = this.byId.get(id)?.deref();
    if (!el?.isConnected) {
      this.refresh();
      el = this.byId.get(id)?.deref();
    }
    return el?.isConnected ? el : undefined;
  }
}
