import { sendMessage } from '../protocol/client';
import { MAX_URL } from '../model/limits';
import type { PostsObserved } from '../protocol/contract';
import type { ObservedPost } from '../model/post';
import { PageReading } from '../platforms/page-reading';
import type { Reader } from '../platforms/reader';
import { whenIdle } from './idle';
import { Outbox } from './outbox';
import { watchAdded } from './watch';

/** Posts per message: fewer, larger transactions on big threads, each still well under a second. */
const BATCH = 250;
/** Reading happens in slices of at most this long, so the page never has a long task (> 50 ms) from it. */
const SLICE_MS = 8;

const idle = (f: (deadline?: IdleDeadline) => void) => whenIdle(f, 200);

/**
 * Reads one page for as long as it is shown: an initial pass, then only what the page adds, sending
 * every post to the background. A single-page navigation ends this session and starts a new one.
 */
export class PageSession {
  private reading: PageReading | undefined;
  private pos = 0;
  private fresh = true;
  private stopWatching: (() => void) | undefined;

  constructor(
    private readonly outbox: Pick<Outbox<PostsObserved, unknown>, 'push'>,
    readonly url: string,
    /** picked once per page by the caller, which shares it with the in-page UI */
    private readonly reader: Reader | undefined,
    /** told of each post element read */
    private readonly onRead?: (el: Element) => void,
  ) {}

  start(): void {
    try {
      this.begin();
    } catch {
      // A page the readers choke on is reported as not recognised; nothing is thrown into the page.
      this.stop();
      void sendMessage('pageStatus', { url: this.url.slice(0, MAX_URL), platform: 'generic', reader: 'none', status: 'unrecognised' }).catch(() => {});
    }
  }

  private begin(): void {
    const url = new URL(this.url);
    const reader = this.reader;
    if (!reader) {
      void sendMessage('pageStatus', { url: this.url.slice(0, MAX_URL), platform: 'generic', reader: 'none', status: 'unrecognised' }).catch(() => {});
      return;
    }
    this.reading = new PageReading(reader, url, document);
    this.reading.onRead = this.onRead;
    const steps = this.reading.prepare();
    if (steps) this.prepareSlices(steps, () => this.firstReading(reader));
    else this.firstReading(reader);
  }

  /** Runs the reader's preparation (discovery) a slice per idle period, then reads. */
  private prepareSlices(steps: Iterator<void>, then: () => void): void {
    idle((deadline) => {
      if (!this.reading) return;
      const end = performance.now() + SLICE_MS;
      const idleLeft = deadline && !deadline.didTimeout ? () => deadline.timeRemaining() : () => Infinity;
      try {
        do {
          if (steps.next().done) return then();
        } while (Math.min(end - performance.now(), idleLeft()) > 0);
      } catch {
        // preparation failed: the reader decides on its first read, as it would without preparing
        return then();
      }
      this.prepareSlices(steps, then);
    });
  }

  private firstReading(reader: Reader): void {
    if (!this.reading) return;
    try {
      this.reading.collect();
    } catch {
      // as in start(): a page the reader chokes on is reported as not recognised
      this.stop();
      void sendMessage('pageStatus', { url: this.url.slice(0, MAX_URL), platform: 'generic', reader: 'none', status: 'unrecognised' }).catch(() => {});
      return;
    }
    // The page's status is known once its first reading is done.
    this.afterDrain = () => {
      const explanation = this.reading?.explain();
      void sendMessage('pageStatus', {
        url: this.url.slice(0, MAX_URL),
        platform: reader.platform,
        reader: reader.id,
        status: (this.reading?.count ?? 0) > 0 ? 'ok' : 'empty',
        ...(explanation ? { explanation: { ...explanation, ...(explanation.group ? { group: explanation.group.slice(0, 300) } : {}) } } : {}),
      }).catch(() => {});
    };
    this.readSlices();
    this.stopWatching = watchAdded(document.body ?? document.documentElement, (added) => {
      if (!this.reading) return;
      try {
        this.reading.collect(added === 'rescan' ? undefined : added);
        this.readSlices();
      } catch {
        /* the page changed under us; the next mutation tries again */
      }
    });
  }

  private afterDrain: (() => void) | undefined;
  private slicing = false;

  /** Reads what is queued, a slice per idle period; sends each slice's posts as it goes. */
  private readSlices(): void {
    if (this.slicing || !this.reading?.queued) return this.drained();
    this.slicing = true;
    idle((deadline) => {
      this.slicing = false;
      const reading = this.reading;
      if (!reading) return;
      const end = performance.now() + SLICE_MS;
      // Called because the page was busy for too long (didTimeout): take the slice anyway.
      const idleLeft = deadline && !deadline.didTimeout ? () => deadline.timeRemaining() : () => Infinity;
      const timeLeft = () => Math.min(end - performance.now(), idleLeft());
      try {
        this.send(reading.readQueued(timeLeft));
      } catch {
        /* one slice failed; what is left is tried in the next */
      }
      this.readSlices();
    });
  }

  private drained(): void {
    if (this.slicing || this.reading?.queued) return;
    const then = this.afterDrain;
    this.afterDrain = undefined;
    then?.();
  }

  /** The selector of this page's post elements: a reader's fixed one, or the group discovery found on this page. */
  get postSelector(): string | undefined {
    return this.reading?.postSelector;
  }

  /** The post ids read from an element of the page (the in-page features use them instead of reading it again). */
  idsOf(el: Element): string[] | undefined {
    return this.reading?.idsOf(el);
  }

  stop(): void {
    this.stopWatching?.();
    this.reading = undefined;
  }

  private send(posts: ObservedPost[]): void {
    const reading = this.reading;
    if (!reading || posts.length === 0) return;
    for (let i = 0; i < posts.length; i += BATCH) {
      const chunk = posts.slice(i, i + BATCH);
      this.outbox.push({
        url: this.url.slice(0, MAX_URL),
        platform: reading.reader.platform,
        reader: reading.reader.id,
        firstPos: this.pos,
        fresh: this.fresh,
        posts: chunk,
      });
      this.pos += chunk.length;
      this.fresh = false;
    }
  }
}

/**
 * A batch the background will not store (refused as a whole, or still failing after every retry): said on the
 * console and counted in the page's status in the panel, never passed over in silence.
 */
export function reportLost(batch: PostsObserved, why: 'refused' | 'gave-up', message = ''): void {
  const what = why === 'refused' ? 'refused' : 'could not be stored after several tries';
  console.warn(`[rapport] ${batch.posts.length} posts of this page ${what}${message ? `: ${message}` : ''}`);
  void sendMessage('pageStatus', { url: batch.url, platform: batch.platform, reader: batch.reader, status: 'reading', lost: batch.posts.length }).catch(() => {});
}
