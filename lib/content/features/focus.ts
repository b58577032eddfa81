import { isFocusPost, pageMessaging } from '../../protocol/page';
import type { PageContext } from './context';

/** Marks the post the panel asked to show (styled by the page's injected rule). */
const HIGHLIGHT_ATTR = 'data-rapport-highlight';

/** The panel's "show in page": scrolls to the post and outlines it for a few seconds. */
export function focusPosts(ctx: PageContext): void {
  let highlighted: HTMLElement | undefined;
  const focus = (postId: string): boolean => {
    const el = ctx.posts.find(postId) as HTMLElement | undefined;
    if (!el) return false;
    if (highlighted) {
      highlighted.removeAttribute(HIGHLIGHT_ATTR);
      highlighted.style.removeProperty('outline');
    }
    el.scrollIntoView({ block: 'center', behavior: 'smooth' });
    el.setAttribute(HIGHLIGHT_ATTR, '');
    el.style.setProperty('outline', '3px solid #6366f1');
    highlighted = el;
    setTimeout(() => el.style.removeProperty('outline'), 4000);
    return true;
  };
  // Only the extension can message a content script; each payload is still checked before it is acted on.
  const stop = pageMessaging.onMessage('focusPost', ({ data }) => ({ ok: isFocusPost(data) && focus(data.postId) }));
  ctx.signal.addEventListener('abort', stop, { once: true });
}
