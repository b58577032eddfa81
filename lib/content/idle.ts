/**
 * The content script's one way to wait for the page to be idle: reading, the mutation watcher and badges all
 * work in short slices when the page has nothing better to do, and at the latest after `timeout` ms (a page that
 * is never idle is still read). Browsers without requestIdleCallback get a short timer.
 */
export function whenIdle(f: (deadline?: IdleDeadline) => void, timeout: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(f, { timeout });
  else setTimeout(f, 16);
}
