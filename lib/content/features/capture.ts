import { sendMessage } from '../../protocol/client';
import type { PageContext } from './context';

/** A badge's capture button: the post is kept for analysis; `then` redraws its badge as captured. */
export function capturePost(ctx: PageContext, id: string, then: (ids: string[]) => void): void {
  void sendMessage('capture', { postIds: [id] }).then((r) => {
    const s = ctx.summaries.get(id);
    if (!r.ok || !s || ctx.signal.aborted) return;
    ctx.summaries.set(id, { ...s, captured: true });
    then([id]);
  });
}
