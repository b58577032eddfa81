import { afterEach, describe, expect, it, vi } from 'vitest';
import { PostIndex } from '../../../lib/content/post-index';
import { anonymousId } from '../../../lib/model/anonymize';
import { bluesky } from '../../../lib/platforms/bluesky';
import { fixtureDoc, readFixture } from '../platforms/fixture';

afterEach(() => vi.unstubAllGlobals());

describe('PostIndex', () => {
  it('finds a post by the id it is stored under with author names off (Bluesky ids name the author)', () => {
    const { posts, url } = readFixture('bluesky-thread.html');
    const doc = fixtureDoc('bluesky-thread.html');
    vi.stubGlobal('document', doc);
    vi.stubGlobal('location', new URL(url));
    const locator = new PostIndex(bluesky);
    for (const p of posts) {
      expect(anonymousId(p.id)).not.toBe(p.id);
      const el = locator.find(anonymousId(p.id));
      expect(el, p.id).toBeDefined();
      expect(locator.find(p.id)).toBe(el);
    }
  });
});
