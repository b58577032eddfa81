import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageLabels, PostSummary } from '../../protocol/contract';
import type { Reader } from '../../platforms/reader';
import type { PostIndex } from '../post-index';

/** The two settings the page needs (read without zod: the content bundle stays small). */
export interface PageSettings {
  inlineBadges: boolean;
  composerIndicator: boolean;
}

/**
 * What every in-page feature gets: the page's reader and post index, and one signal that ends it. A feature is a
 * function of this context; everything it adds to the page (listeners, UI, timers) goes when `signal` aborts — a
 * single-page navigation or the extension going away — so no feature cleans up by hand.
 */
export interface PageContext {
  signal: AbortSignal;
  reader: Reader;
  posts: PostIndex;
  /** the page's post elements as the reading found them (a forum's discovered group), else the reader's own */
  postSelector(): string;
  /** what WXT's shadow-root UI needs of a context: it is removed when the extension goes */
  uiContext: ContentScriptContext;
  /** the settings and Rapport's words in the person's UI language, as they are now */
  settings: PageSettings;
  /** undefined until they arrive: nothing is drawn before */
  labels: PageLabels | undefined;
  /** called after the settings or the UI language changed (for as long as the signal lives) */
  onPrefs(listener: () => void): void;
  /** the analysis of each post as the worker answered it */
  summaries: Map<string, PostSummary>;
}

/** Adds a listener to a target for as long as the context lives. */
export function listen(ctx: PageContext, target: EventTarget, type: string, listener: (e: Event) => void, capture = false): void {
  target.addEventListener(type, listener, { capture, signal: ctx.signal });
}

/** A timer that is cleared when the context ends. */
export function later(ctx: PageContext, f: () => void, ms: number): () => void {
  const timer = setTimeout(f, ms);
  const clear = () => clearTimeout(timer);
  ctx.signal.addEventListener('abort', clear, { once: true });
  return clear;
}
