import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '../protocol/client';
import type { Answer, PostsObserved } from '../protocol/contract';
import type { Reader } from '../platforms/reader';
import { recipeReader } from '../platforms/recipe/reader';
import { generic } from '../platforms/generic';
import { pickReader } from '../platforms/registry';
import { isPickPosts, pageMessaging } from '../protocol/page';
import { teachSite } from './teach';
import { startPageFeatures, type PageFeatures } from './page-features';
import { Lifetime, watchLocation } from './lifetime';
import { Outbox, type Verdict } from './outbox';
import { PageSession, reportLost } from './session';

const STARTED = Symbol.for('rapport.reading');

/** The worker's answer to a batch; nothing at all when no listener answered. */
type BatchAnswer = Answer<'postsObserved'> | undefined;

/** What the background's answer to a batch means for it (lib/content/outbox.ts). */
export function judgeBatch(answer: BatchAnswer): Verdict {
  if (answer?.ok === true) return 'delivered';
  // `failed` (a storage error), `storage-full` (the worker prunes to make room) and an answer that acknowledges
  // nothing may pass on a later try; any other error (`invalid`, `untrusted`, ...) would be given again.
  const code = answer?.error.code;
  return code === undefined || code === 'failed' || code === 'storage-full' ? 'retry' : 'refused';
}

/** Wires a page: one session per URL, a shared outbox, teardown when the extension goes away. */
export function startReading(ctx: ContentScriptContext): void {
  // Injected again on the user's gesture (context menu, shortcut): one reader per page is enough.
  // A reader left by an extension that was since updated or reloaded is dead: the new one takes over.
  const w = window as unknown as Record<symbol, Lifetime | undefined>;
  if (w[STARTED] && !w[STARTED].ended) return;
  const life = new Lifetime(ctx);
  w[STARTED] = life;

  // One reader per page, shared by the session that reads it and the in-page UI (badges, capture buttons,
  // composer indicator, "show in page"): detection can scan the DOM, so it runs once. A page no platform's reader
  // knows is read by the recipe the person taught for its site, else by discovery.
  const readerFor = async (url: string): Promise<Reader | undefined> => {
    try {
      const u = new URL(url);
      const own = pickReader(u, document, { generic: false });
      if (own) return own;
      const answer = await sendMessage('recipeFor', { url: url.slice(0, 4000) }).catch(() => undefined);
      if (answer?.ok && answer.recipe) return recipeReader(answer.recipe);
      // no detection here: the generic reader's discovery runs in idle slices when the session reads the page
      return generic;
    } catch {
      return undefined;
    }
  };
  const pageUi = (reader: Reader | undefined) => {
    try {
      return reader ? startPageFeatures(life, reader, (el) => session?.idsOf(el), () => session?.postSelector ?? reader.postSelector) : undefined;
    } catch {
      return undefined;
    }
  };
  let reader: Reader | undefined;
  let ui: PageFeatures | undefined;
  // One outbox for the tab's whole life: a single-page navigation ends a session, not its queued batches.
  const outbox = new Outbox<PostsObserved, BatchAnswer>((batch) => sendMessage('postsObserved', batch), {
    judge: judgeBatch,
    // About 2.4 minutes of tries: long enough for the worker to prune room when storage is full (every 30 s).
    maxAttempts: 12,
    isGone: () => life.ended,
    // A page's first batch clears what was stored of it: on leaving, its followers are not sent beside it.
    order: (batch) => ({ key: batch.url, first: batch.fresh }),
    onAnswer: (answer) => {
      if (answer?.ok) ui?.onSummaries(answer.summaries);
    },
    onLost: (batch, why, answer) => reportLost(batch, why, answer && !answer.ok ? answer.error.message : undefined),
  });
  // The tab closes or leaves the page: whatever is still queued is sent at once.
  const onHide = () => outbox.flush();
  window.addEventListener('pagehide', onHide);
  // The UI asks the session for the ids of elements it already read (later, never while it is being built).
  let session: PageSession | undefined;
  /** reads `href` with `next` (a navigation, or the recipe the person just taught), ending the page's last reading */
  const readWith = (href: string, next: Reader | undefined) => {
    session?.stop();
    ui?.stop();
    reader = next;
    ui = pageUi(reader);
    session = new PageSession(outbox, href, reader, (el) => ui?.watch(el));
    session.start();
  };
  let navigation = 0;
  const open = async (href: string) => {
    const mine = ++navigation;
    const next = await readerFor(href);
    if (mine === navigation && !life.ended) readWith(href, next);
  };
  void open(location.href);

  const stopWatching = watchLocation((href) => {
    if (life.ended || href === session?.url) return;
    void open(href);
  });
  // "pick a post" in the panel: the person teaches this site; the page is read again with what they taught
  let stopTeaching: (() => void) | undefined;
  const stopPicking = pageMessaging.onMessage('pickPosts', ({ data }) => {
    if (!isPickPosts(data)) return { ok: false };
    stopTeaching?.();
    stopTeaching = teachSite(data.labels, (recipe) => {
      navigation++;
      readWith(location.href, recipeReader(recipe));
    });
    return { ok: true };
  });
  life.onEnd(() => {
    stopPicking();
    stopTeaching?.();
    stopWatching();
    window.removeEventListener('pagehide', onHide);
    session?.stop();
    outbox.stop();
    ui?.stop();
  });
}
