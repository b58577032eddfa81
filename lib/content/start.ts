import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '../protocol/client';
import type { PostsObserved } from '../protocol/contract';
import type { Reader } from '../platforms/reader';
import { pickReader } from '../platforms/registry';
import { PageUi } from './inline';
import { Outbox } from './outbox';
import { PageSession } from './session';

const STARTED = Symbol.for('rapport.reading');

/** Wires a page: one session per URL, a shared outbox, teardown when the extension goes away. */
export function startReading(ctx: ContentScriptContext): void {
  // Injected again on the user's gesture (context menu, shortcut): one reader per page is enough.
  // A reader left by an extension that was since updated or reloaded is dead: the new one takes over.
  const w = window as unknown as Record<symbol, ContentScriptContext | undefined>;
  if (w[STARTED] && !w[STARTED].isInvalid) return;
  w[STARTED] = ctx;

  // One reader per page, shared by the session that reads it and the in-page UI (badges, capture buttons,
  // composer indicator, "show in page"): detection can scan the DOM, so it runs once.
  const readerFor = (url: string): Reader | undefined => {
    try {
      return pickReader(new URL(url), document);
    } catch {
      return undefined;
    }
  };
  const pageUi = (reader: Reader | undefined) => {
    try {
      const ui = reader ? new PageUi(ctx, reader, (el) => session?.idsOf(el)) : undefined;
      ui?.start();
      return ui;
    } catch {
      return undefined;
    }
  };
  let reader = readerFor(location.href);
  let ui = pageUi(reader);
  const outbox = new Outbox(async (batch: PostsObserved) => {
    const answer = await sendMessage('postsObserved', batch);
    // Storage full: keep the batch and try again later (the worker prunes history to make room).
    if (!answer.ok && answer.error.code === 'storage-full') throw new Error('storage full');
    return answer;
  }, {
    onAnswer: (answer) => {
      if (answer.ok) ui?.onSummaries(answer.summaries);
    },
  });
  // The UI asks the session for the ids of elements it already read (later, never while it is being built).
  let session: PageSession | undefined = new PageSession(outbox, location.href, reader, (el) => ui?.watch(el));
  session.start();

  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
    session?.stop();
    ui?.stop();
    reader = readerFor(newUrl.href);
    ui = pageUi(reader);
    session = new PageSession(outbox, newUrl.href, reader, (el) => ui?.watch(el));
    session.start();
  });
  ctx.onInvalidated(() => {
    session?.stop();
    outbox.stop();
    ui?.stop();
  });
}
