import { describe, expect, it } from 'vitest';
import { discover, discoverSteps, WINDOW } from '../../../lib/platforms/generic/discovery';
import { generic } from '../../../lib/platforms/generic';
import { PageReading } from '../../../lib/platforms/page-reading';
import { parsePage } from '../../../lib/platforms/parse-page';
import { unknownEnginePage } from '../../../scripts/bench-discovery';

// Discovery runs in the content script over idle time, a few milliseconds per step (lib/content/session.ts): the
// steps must be many and small, and their result the same as discovery run at once.

describe('discovery in steps', () => {
  const doc = parsePage(unknownEnginePage(1500));

  it('pauses often: at least once per 500 elements scanned and once per member examined', () => {
    const steps = discoverSteps(doc);
    let pauses = 0;
    let r = steps.next();
    while (!r.done) {
      pauses++;
      r = steps.next();
    }
    expect(pauses).toBeGreaterThanOrEqual(WINDOW / 500 + 12);
    expect(r.value).toEqual(discover(doc));
    expect(r.value?.selector).toBe('div.zr-cell');
  });

  it('a reading prepared step by step reads the same posts as one that decides on its first read', () => {
    const url = new URL('https://forum.unknown-engine.example/t/1');
    const prepared = new PageReading(generic, url, doc);
    const steps = prepared.prepare()!;
    while (!steps.next().done);
    const direct = new PageReading(generic, url, parsePage(unknownEnginePage(1500)));
    const a = prepared.readNew();
    expect(a).toHaveLength(1500);
    expect(a).toEqual(direct.readNew());
  });
});
