import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * How long the content script lives: until the extension is really gone (`browser.runtime.id` undefined after a
 * reload, update or removal), never because the page says so. WXT's context can be invalidated by a DOM event
 * the page may forge once it knows the extension's id, so its invalidation is only a hint checked here.
 */
export class Lifetime {
  private readonly controller = new AbortController();

  constructor(ctx?: ContentScriptContext) {
    ctx?.onInvalidated(() => this.check());
  }

  /** True once the extension is gone; checks again on every read. */
  get ended(): boolean {
    this.check();
    return this.controller.signal.aborted;
  }

  /** Ends the lifetime if, and only if, the extension is gone. */
  check(): void {
    let gone: boolean;
    try {
      gone = browser.runtime?.id == null;
    } catch {
      gone = true;
    }
    if (gone && !this.controller.signal.aborted) this.controller.abort();
  }

  onEnd(cb: () => void): () => void {
    this.controller.signal.addEventListener('abort', cb);
    return () => this.controller.signal.removeEventListener('abort', cb);
  }

  /**
   * What `createShadowRootUi` needs of a context (it removes the UI when told the context ended): this lifetime,
   * so a forged WXT event cannot take Rapport's UI off the page.
   */
  get uiContext(): ContentScriptContext {
    return { onInvalidated: (cb: () => void) => this.onEnd(cb), options: undefined } as unknown as ContentScriptContext;
  }
}

/**
 * Calls `onChange(href)` when the page's URL changes (single-page navigation). Any event only prompts a look at
 * `location.href`, so an event forged by the page (a fake `navigate`, `popstate` or `wxt:locationchange`) changes
 * nothing. Returns a function that stops watching.
 */
export function watchLocation(onChange: (href: string) => void): () => void {
  let last = location.href;
  const look = () => {
    const now = location.href;
    if (now === last) return;
    last = now;
    try {
      onChange(now);
    } catch {
      /* a page the readers choke on must not throw into the page */
    }
  };
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('currententrychange', look);
  window.addEventListener('popstate', look);
  // History changes the Navigation API does not report (or browsers without it): a cheap poll.
  const poll = setInterval(look, 1000);
  return () => {
    nav?.removeEventListener('currententrychange', look);
    window.removeEventListener('popstate', look);
    clearInterval(poll);
  };
}
