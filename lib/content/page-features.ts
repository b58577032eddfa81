import { sendMessage } from '../protocol/client';
import type { PostSummary } from '../protocol/contract';
import { settingsItem } from '../protocol/storage';
import type { Reader } from '../platforms/reader';
import { postBadges } from './features/badges';
import { composerCheck } from './features/composer-check';
import type { PageContext, PageSettings } from './features/context';
import { focusPosts } from './features/focus';
import { placeReplies } from './features/place-reply';
import type { Lifetime } from './lifetime';
import { PostIndex } from './post-index';

// The in-page features — badges with capture, the composer check, "show in page", reply placement — one file
// each in features/, all built with DOM calls and textContent only (no React, no zod, no markup strings): page
// text is never written into them. Their shadow roots are closed, so the page can neither read Rapport's labels
// nor reach its buttons; and they act only on events the browser marks as the person's own (`isTrusted`).

export interface PageFeatures {
  /** a post element the reading has just read */
  watch(el: Element): void;
  /** the worker's analysis of posts the reading sent */
  onSummaries(summaries: PostSummary[]): void;
  /** the page changed (single-page navigation): everything the features added goes */
  stop(): void;
}

/** Starts every in-page feature for one reading of a page; they all end with it, or when the extension goes. */
export function startPageFeatures(
  life: Lifetime,
  reader: Reader,
  /** ids of an element the reading already read (so it is not read a second time) */
  known: (el: Element) => string[] | undefined,
  postSelector: () => string,
): PageFeatures {
  const controller = new AbortController();
  const { signal } = controller;
  const stopOnEnd = life.onEnd(() => controller.abort());
  signal.addEventListener('abort', stopOnEnd, { once: true });

  const prefListeners: (() => void)[] = [];
  const ctx: PageContext = {
    signal,
    reader,
    posts: new PostIndex(reader, known, postSelector),
    postSelector,
    uiContext: life.uiContext,
    settings: { inlineBadges: true, composerIndicator: true },
    labels: undefined,
    onPrefs: (listener) => void prefListeners.push(listener),
    summaries: new Map(),
  };

  const badges = postBadges(ctx);
  const composer = composerCheck(ctx);
  focusPosts(ctx);
  placeReplies(ctx, composer.check);

  // Settings and labels: read now, and again whenever the settings change (the UI language among them).
  const refresh = async () => {
    const [settings, labels] = await Promise.all([readSettings(), sendMessage('pageLabels', null).catch(() => undefined)]);
    if (signal.aborted) return;
    ctx.settings = settings;
    if (labels?.ok) ctx.labels = labels;
    for (const f of prefListeners) f();
  };
  void refresh();
  signal.addEventListener('abort', settingsItem.watch(() => void refresh()), { once: true });

  return {
    watch: badges.watch,
    onSummaries(summaries) {
      for (const s of summaries) ctx.summaries.set(s.id, s);
      badges.show(summaries.map((s) => s.id));
    },
    stop: () => controller.abort(),
  };
}

async function readSettings(): Promise<PageSettings> {
  // Plain checks instead of zod: only these two booleans are read.
  const s = await settingsItem.getValue();
  return { inlineBadges: s?.inlineBadges !== false, composerIndicator: s?.composerIndicator !== false };
}
