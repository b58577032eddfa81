import { describe, expect, it } from 'vitest';
import { Outbox } from '../../../lib/content/outbox';

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
});
