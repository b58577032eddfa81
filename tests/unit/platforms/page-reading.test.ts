import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { PageReading } from '../../../lib/platforms/page-reading';
import { hackernews } from '../../../lib/platforms/hackernews';

/** A Hacker News thread of `n` comments in its real markup, written for this test. */
function thread(n: number): Document {
  const rows = Array.from({ length: n }, (_, i) => {
    const id = 9000 + i;
    return `<tr class="athing comtr" id="${id}"><td><table><tr><td class="ind" indent="0"></td><td class="default"><div><span class="comhead"><a href="user?id=u${i}" class="hnuser">u${i}</a> <span class="age" title="2024-05-01T18:00:00"><a href="item?id=${id}">1 hour ago</a></span></span></div><div class="comment"><div class="commtext c00">Comment ${i}</div></div></td></tr></table></td></tr>`;
  });
  return parseHTML(`<html><body><table class="comment-tree">${rows.join('')}</table></body></html>`).document as unknown as Document;
}

describe('PageReading in slices', () => {
  it('reads a big page a slice at a time, in page order, each element once', () => {
    const doc = thread(50);
    const reading = new PageReading(hackernews, new URL('https://news.ycombinator.com/item?id=8999'), doc);
    reading.collect();
    expect(reading.queued).toBe(50);
    let budget = 10;
    const first = reading.readQueued(() => budget--);
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThan(50);
    expect(reading.queued).toBe(50 - first.length);
    const rest = reading.readQueued();
    expect(reading.queued).toBe(0);
    const ids = [...first, ...rest].map((p) => p.id);
    expect(ids).toEqual(Array.from({ length: 50 }, (_, i) => `hackernews:${9000 + i}`));
    reading.collect();
    expect(reading.queued).toBe(0); // read elements are never queued again
  });

  it('always makes progress, even with no time left', () => {
    const reading = new PageReading(hackernews, new URL('https://news.ycombinator.com/item?id=8999'), thread(3));
    reading.collect();
    expect(reading.readQueued(() => 0)).toHaveLength(1);
    expect(reading.queued).toBe(2);
  });

  it('tells which posts an element gave, and reports each element read', () => {
    const doc = thread(2);
    const reading = new PageReading(hackernews, new URL('https://news.ycombinator.com/item?id=8999'), doc);
    const seen: Element[] = [];
    reading.onRead = (el) => seen.push(el);
    reading.readNew();
    expect(seen).toHaveLength(2);
    expect(reading.idsOf(seen[1]!)).toEqual(['hackernews:9001']);
  });
});
