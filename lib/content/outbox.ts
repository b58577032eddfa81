/** What an answer means for the batch that got it. */
export type Verdict =
  /** stored (or a duplicate of something stored): the batch leaves the queue */
  | 'delivered'
  /** the background could not store it now (`failed`, `storage-full`): tried again later, never taken as delivered */
  | 'retry'
  /** the background refused the batch as a whole (`invalid`): sending it again would be refused again */
  | 'refused';

export interface OutboxOptions<T, A> {
  /** reads an answer; every answer counts as delivered without it */
  judge?: (answer: A) => Verdict;
  /** first retry delay; doubles with each attempt */
  baseDelayMs?: number;
  /** the longest wait between two sends while the background is unreachable (it restarts within a second or so) */
  maxDelayMs?: number;
  /** the longest wait between two tries of a batch the background answered `retry` */
  maxRetryDelayMs?: number;
  /** `retry` answers after which a batch is given up (and reported); unreachable workers are retried without end */
  maxAttempts?: number;
  onAnswer?: (answer: A, item: T) => void;
  /** a batch that will not be stored: refused, or still failing after `maxAttempts` */
  onLost?: (item: T, why: 'refused' | 'gave-up', answer: A) => void;
  /** the extension is gone for good */
  onGiveUp?: (e: unknown) => void;
  /** true when the extension is really gone (`browser.runtime.id` undefined) */
  isGone?: () => boolean;
  /**
   * Batches that must arrive before the later ones of the same key (a page's first batch clears what was stored
   * of that page): a flush never sends those later batches beside it.
   */
  order?: (item: T) => { key: string; first: boolean };
}

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
    private readonly opts: OutboxOptions<T, A> = {},
  ) {}

  push(item: T): void {
    if (this.stopped) return;
    this.queue.push(item);
    void this.pump();
  }

  get pending(): number {
    return this.queue.length;
  }

  /**
   * The page is going away: send everything still queued at once, without waiting for answers, except what must
   * wait for a first batch not yet acknowledged. The batches stay queued (a page kept in the back-forward cache
   * sends them again, harmlessly, when it comes back).
   */
  flush(): void {
    if (this.stopped) return;
    const waiting = new Set<string>();
    this.queue.forEach((item, i) => {
      const order = this.opts.order?.(item);
      if (order && waiting.has(order.key)) return;
      // The first batch is in flight already when the pump runs.
      if (i > 0 || !this.running) void this.send(item).catch(() => {});
      if (order?.first) waiting.add(order.key);
    });
  }

  /** Stop for good (the extension is gone). */
  stop(): void {
    this.stopped = true;
    this.queue = [];
  }

  private delay(attempt: number, max: number): Promise<void> {
    const ms = Math.min((this.opts.baseDelayMs ?? 100) * 2 ** attempt, max);
    return new Promise((r) => setTimeout(r, ms));
  }

  private async pump(): Promise<void> {
    if (this.running) return;
    this.running = true;
    let unreachable = 0;
    let refusedTries = 0;
    while (this.queue.length > 0 && !this.stopped) {
      const item = this.queue[0]!;
      let answer: A;
      try {
        answer = await this.send(item);
      } catch (e) {
        if (isContextGone(e) || this.opts.isGone?.()) {
          this.opts.onGiveUp?.(e);
          this.stop();
          break;
        }
        await this.delay(++unreachable, this.opts.maxDelayMs ?? 5000);
        continue;
      }
      unreachable = 0;
      const verdict = this.opts.judge?.(answer) ?? 'delivered';
      if (verdict === 'retry' && ++refusedTries < (this.opts.maxAttempts ?? 8)) {
        await this.delay(refusedTries, this.opts.maxRetryDelayMs ?? 30_000);
        continue;
      }
      if (this.queue[0] === item) this.queue.shift();
      if (verdict === 'delivered') this.opts.onAnswer?.(answer, item);
      else this.opts.onLost?.(item, verdict === 'refused' ? 'refused' : 'gave-up', answer);
      refusedTries = 0;
    }
    this.running = false;
  }
}

/** The extension was reloaded or removed: nothing on this page can reach it any more. */
function isContextGone(e: unknown): boolean {
  return /context invalidated|Extension context/i.test(String((e as Error)?.message ?? e));
}
