/**
 * Sends batches to the background one at a time, in order, and keeps each until it is acknowledged.
 * The browser stops an idle service worker at any moment; a send that fails is retried with backoff
 * (the next message restarts the worker), so no post is lost. The background is idempotent, so a batch
 * that was stored but not acknowledged does no harm when sent again.
 */
export class Outbox<T, A> {
  private queue: T[] = [];
  private running = false;
  private stopped = false;

  constructor(
    private readonly send: (item: T) => Promise<A>,
    private readonly opts: { maxDelayMs?: number; onAnswer?: (answer: A, item: T) => void; onGiveUp?: (e: unknown) => void } = {},
  ) {}

  push(item: T): void {
    if (this.stopped) return;
    this.queue.push(item);
    void this.pump();
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Stop for good (the extension was reloaded or the page left). */
  stop(): void {
    this.stopped = true;
    this.queue = [];
  }

  private async pump(): Promise<void> {
    if (this.running) return;
    this.running = true;
    let attempt = 0;
    while (this.queue.length > 0 && !this.stopped) {
      const item = this.queue[0]!;
      try {
        const answer = await this.send(item);
        this.queue.shift();
        attempt = 0;
        this.opts.onAnswer?.(answer, item);
      } catch (e) {
        if (isContextGone(e)) {
          this.opts.onGiveUp?.(e);
          this.stop();
          break;
        }
        attempt++;
        await new Promise((r) => setTimeout(r, Math.min(100 * 2 ** attempt, this.opts.maxDelayMs ?? 5000)));
      }
    }
    this.running = false;
  }
}

/** The extension was reloaded or removed: nothing on this page can reach it any more. */
function isContextGone(e: unknown): boolean {
  return /context invalidated|Extension context/i.test(String((e as Error)?.message ?? e));
}
