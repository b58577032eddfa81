import { sendMessage } from '../messaging';
import type { PostsObserved } from '../model/messages';
import type { ObservedPost } from '../model/post';
import { PageReading } from '../platforms/page-reading';
import type { Reader } from '../platforms/reader';
import { Outbox } from './outbox';
import { watchAdded } from './watch';

/** Posts per message: fewer, larger transactions on big threads, each still well under a second. */
const BATCH = 250;

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
    private readonly outbox: Outbox<PostsObserved, unknown>,
    readonly url: string,
    /** picked once per page by the caller, which shares it with the in-page UI */
    private readonly reader: Reader | undefined,
  ) {}

  start(): void {
    try {
      this.begin();
    } catch {
      // A page the readers choke on is reported as not recognised; nothing is thrown into the page.
      this.stop();
      void sendMessage('pageStatus', { url: this.url, platform: 'generic', reader: 'none', status: 'unrecognised' }).catch(() => {});
    }
  }

  private begin(): void {
    const url = new URL(this.url);
    const reader = this.reader;
    if (!reader) {
      void sendMessage('pageStatus', { url: this.url, platform: 'generic', reader: 'none', status: 'unrecognised' }).catch(() => {});
      return;
    }
    this.reading = new PageReading(reader, url, document);
    this.send(this.reading.readNew());
    void sendMessage('pageStatus', {
      url: this.url,
      platform: reader.platform,
      reader: reader.id,
      status: this.reading.count > 0 ? 'ok' : 'empty',
    }).catch(() => {});
    this.stopWatching = watchAdded(document.body ?? document.documentElement, (added) => {
      if (!this.reading) return;
      try {
        this.send(added === 'rescan' ? this.reading.readNew() : this.reading.readNew(added));
      } catch {
        /* the page changed under us; the next mutation tries again */
      }
    });
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
        url: this.url,
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
