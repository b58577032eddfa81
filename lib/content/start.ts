import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '../messaging';
import type { PostsObserved } from '../model/messages';
import { Outbox } from './outbox';
import { PageSession } from './session';

const STARTED = Symbol.for('rapport.reading');

/** Wires a page: one session per URL, a shared outbox, teardown when the extension goes away. */
export function startReading(ctx: ContentScriptContext): void {
  // Injected again on the user's gesture (context menu, shortcut): one reader per page is enough.
  const w = window as unknown as Record<symbol, boolean>;
  if (w[STARTED]) return;
  w[STARTED] = true;

  const outbox = new Outbox<PostsObserved, unknown>((batch) => sendMessage('postsObserved', batch));
  let session = new PageSession(outbox, location.href);
  session.start();

  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
    session.stop();
    session = new PageSession(outbox, newUrl.href);
    session.start();
  });
  ctx.onInvalidated(() => {
    session.stop();
    outbox.stop();
  });
}
