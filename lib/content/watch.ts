import { whenIdle } from './idle';

/** Marks every node the extension inserts, so the observer ignores its own UI. */
export const OWN_ATTR = 'data-rapport-ui';

/** Above this many added nodes in one pass, one rescan is cheaper than reading each subtree. */
const RESCAN_THRESHOLD = 2000;

/**
 * One batched observer per page: the callback only collects added elements; they are read later, in one
 * pass, when the page is idle. Returns a function that stops watching.
 */
export function watchAdded(root: Node, onAdded: (added: Element[] | 'rescan') => void): () => void {
  let pending: Element[] = [];
  let overflow = false;
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    const batch = pending;
    const rescan = overflow;
    pending = [];
    overflow = false;
    if (rescan) onAdded('rescan');
    else if (batch.length > 0) onAdded(batch);
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    whenIdle(flush, 300);
  };

  const observer = new MutationObserver((records) => {
    if (overflow) return;
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1) continue;
        const el = node as Element;
        if (el.hasAttribute(OWN_ATTR)) continue;
        pending.push(el);
      }
    }
    if (pending.length > RESCAN_THRESHOLD) {
      overflow = true;
      pending = [];
    }
    if (pending.length > 0 || overflow) schedule();
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}
