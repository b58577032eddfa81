import { isPlaceReply, MAX_REPLY, pageMessaging } from '../../protocol/page';
import { placeReplyText } from '../reply-placement';
import type { PageContext } from './context';

/**
 * The panel's "put in reply box": the reader knows where a post's reply box is; the text goes in through the
 * editor's own input path (reply-placement.ts) and is never sent. `checkDraft` is the composer check, told because the input event of a placed text is synthetic and
 * the check only follows the person's own events.
 */
export function placeReplies(ctx: PageContext, checkDraft: (composer: Element) => void): void {
  const place = async (postId: string, text: string): Promise<{ ok: boolean; placed: boolean }> => {
    const el = ctx.posts.find(postId);
    if (!el) return { ok: false, placed: false };
    let box: Element | null = null;
    try {
      box = ctx.reader.replyBox?.(el) ?? null;
    } catch {
      box = null;
    }
    if (!box || !(await placeReplyText(box, text))) return { ok: true, placed: false };
    (box as HTMLElement).scrollIntoView({ block: 'center' });
    const composer = ctx.reader.composerSelector ? box.closest(ctx.reader.composerSelector) : null;
    if (composer) checkDraft(composer);
    return { ok: true, placed: true };
  };
  const stop = pageMessaging.onMessage('placeReply', ({ data }) => (isPlaceReply(data) ? place(data.postId, data.text.slice(0, MAX_REPLY)) : { ok: false, placed: false }));
  ctx.signal.addEventListener('abort', stop, { once: true });
}
