import { describe, expect, it } from 'vitest';
import { Outbox, type Verdict } from '../../../lib/content/outbox';

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('Outbox', () => {
  it('delivers every batch in order, retrying while the receiver is down', async () => {
    const delivered: number[] = [];
    let failures = 3;
    const box = new Outbox<number, void>(
      async (n) => {
        if (failures-- > 0) throw new Error('Could not establish connection. Receiving end does not exist.');
        delivered.push(n);
      },
      { maxDelayMs: 1 },
    );
    for (let i = 0; i < 5; i++) box.push(i);
    await expect.poll(() => delivered.length).toBe(5);
    expect(delivered).toEqual([0, 1, 2, 3, 4]);
    expect(box.pending).toBe(0);
  });

  it('keeps one batch in flight at a time', async () => {
    let inFlight = 0;
    let most = 0;
    const box = new Outbox<number, void>(async () => {
      inFlight++;
      most = Math.max(most, inFlight);
      await settle();
      inFlight--;
    });
    for (let i = 0; i < 10; i++) box.push(i);
    await expect.poll(() => box.pending).toBe(0);
    expect(most).toBe(1);
  });

  it('gives up quietly once the extension context is gone', async () => {
    let calls = 0;
    let gaveUp = false;
    const box = new Outbox<number, void>(
      async () => {
        calls++;
        throw new Error('Extension context invalidated.');
      },
      { onGiveUp: () => (gaveUp = true) },
    );
    box.push(1);
    box.push(2);
    await expect.poll(() => gaveUp).toBe(true);
    expect(calls).toBe(1);
    box.push(3);
    await settle();
    expect(calls).toBe(1);
  });

  type Answer = { ok: boolean; code?: string };
  const judge = (a: Answer): Verdict => (a.ok ? 'delivered' : a.code === 'invalid' ? 'refused' : 'retry');

  it('retries `failed` and `storage-full` answers with growing delays, never taking them as delivered', async () => {
    const answers: Answer[] = [{ ok: false, code: 'failed' }, { ok: false, code: 'storage-full' }, { ok: false, code: 'failed' }, { ok: true }];
    const sentAt: number[] = [];
    const delivered: number[] = [];
    const box = new Outbox<number, Answer>(
      async () => {
        sentAt.push(performance.now());
        return answers.shift()!;
      },
      { judge, baseDelayMs: 5, onAnswer: (_a, n) => delivered.push(n) },
    );
    box.push(7);
    await expect.poll(() => delivered).toEqual([7]);
    expect(sentAt).toHaveLength(4);
    const gaps = sentAt.slice(1).map((t, i) => t - sentAt[i]!);
    expect(gaps[2]!).toBeGreaterThan(gaps[0]!);
  });

  it('gives a batch up after the cap, reports it, and goes on with the next', async () => {
    const lost: [number, string][] = [];
    const delivered: number[] = [];
    let tries = 0;
    const box = new Outbox<number, Answer>(
      async (n) => {
        if (n === 1) {
          tries++;
          return { ok: false, code: 'failed' };
        }
        return { ok: true };
      },
      { judge, baseDelayMs: 1, maxAttempts: 4, onAnswer: (_a, n) => delivered.push(n), onLost: (n, why) => lost.push([n, why]) },
    );
    box.push(1);
    box.push(2);
    await expect.poll(() => delivered).toEqual([2]);
    expect(tries).toBe(4);
    expect(lost).toEqual([[1, 'gave-up']]);
  });

  it('reports a batch refused as a whole once and does not send it again', async () => {
    const lost: [number, string][] = [];
    let sends = 0;
    const box = new Outbox<number, Answer>(
      async () => {
        sends++;
        return { ok: false, code: 'invalid' };
      },
      { judge, baseDelayMs: 1, onLost: (n, why) => lost.push([n, why]) },
    );
    box.push(1);
    await expect.poll(() => lost).toEqual([[1, 'refused']]);
    await new Promise((r) => setTimeout(r, 20));
    expect(sends).toBe(1);
    expect(box.pending).toBe(0);
  });

  it('keeps going when told the context is gone but the extension is still there', async () => {
    let first = true;
    const delivered: number[] = [];
    const box = new Outbox<number, void>(
      async (n) => {
        if (first) {
          first = false;
          throw new Error('Could not establish connection.');
        }
        delivered.push(n);
      },
      { baseDelayMs: 1, isGone: () => false },
    );
    box.push(1);
    await expect.poll(() => delivered).toEqual([1]);
  });

  it('flushes what is queued when the page goes away, keeping it queued', async () => {
    const sent: number[] = [];
    let release: () => void = () => {};
    const box = new Outbox<number, void>(async (n) => {
      sent.push(n);
      if (n === 0) await new Promise<void>((r) => (release = r));
    });
    for (let i = 0; i < 4; i++) box.push(i);
    await settle();
    expect(sent).toEqual([0]);
    box.flush();
    expect(sent).toEqual([0, 1, 2, 3]);
    expect(box.pending).toBe(4);
    release();
    await expect.poll(() => box.pending).toBe(0);
  });

  it('never flushes a batch beside the unacknowledged first batch of its page', async () => {
    type B = { url: string; fresh: boolean; n: number };
    const sent: number[] = [];
    const box = new Outbox<B, void>(
      async (b) => {
        sent.push(b.n);
        await new Promise(() => {}); // no answer before the page goes away
      },
      { order: (b) => ({ key: b.url, first: b.fresh }) },
    );
    box.push({ url: 'a', fresh: false, n: 0 });
    box.push({ url: 'b', fresh: true, n: 1 });
    box.push({ url: 'b', fresh: false, n: 2 });
    box.push({ url: 'a', fresh: false, n: 3 });
    await settle();
    box.flush();
    expect(sent).toEqual([0, 1, 3]);
  });
});
