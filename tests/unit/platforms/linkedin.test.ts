import { describe, expect, it } from 'vitest';
import { linkedin } from '../../../lib/platforms/linkedin';
import { brief, fixtureDoc, readFixture } from './fixture';

describe('LinkedIn reader on the feed (linkedin-feed.html)', () => {
  const { reader, posts } = readFixture('linkedin-feed.html', { includePromoted: true });

  it('reads updates and their comment threads; the sponsored update is marked', () => {
    expect(reader).toBe('linkedin');
    expect(posts.map(brief)).toEqual([
      {
        id: 'linkedin:urn:li:activity:7200000000000000001',
        platform: 'linkedin',
        url: 'https://www.linkedin.com/feed/update/urn:li:activity:7200000000000000001/',
        community: 'Priya Nair',
        author: { name: 'Priya Nair', handle: 'priya-nair-42' },
        text: 'We just published our accessibility checklist for product teams. 12 checks, one page, no jargon.\n\nFeedback welcome 🙏',
        metrics: { likes: 318, replies: 2, reposts: 17 },
      },
      {
        id: 'linkedin:comment:7200000000000000101',
        platform: 'linkedin',
        url: 'https://www.linkedin.com/feed/',
        author: { name: 'Marco Bellini', handle: 'marco-bellini' },
        text: 'Shared it with our whole team, thanks Priya!',
        parentId: 'linkedin:urn:li:activity:7200000000000000001',
        depth: 0,
        metrics: { likes: 5 },
      },
      {
        id: 'linkedin:comment:7200000000000000102',
        platform: 'linkedin',
        url: 'https://www.linkedin.com/feed/',
        author: { name: 'Priya Nair', handle: 'priya-nair-42' },
        text: 'Glad it helps, Marco!',
        parentId: 'linkedin:comment:7200000000000000101',
        depth: 1,
        metrics: {},
      },
      {
        id: 'linkedin:urn:li:activity:7200000000000000002',
        platform: 'linkedin',
        url: 'https://www.linkedin.com/feed/update/urn:li:activity:7200000000000000002/',
        community: 'Cloudbox',
        author: { name: 'Cloudbox', handle: 'cloudbox' },
        text: 'Back up every laptop in your company in one click. Start a free trial.',
        metrics: { likes: 96 },
        promoted: true,
      },
    ]);
  });

  it('leaves the sponsored update out by default and finds the comment editor of a post', () => {
    expect(readFixture('linkedin-feed.html').posts).toHaveLength(3);
    const doc = fixtureDoc('linkedin-feed.html');
    expect(linkedin.replyBox!(doc.querySelector('[data-urn]')!)?.classList.contains('ql-editor')).toBe(true);
  });
});
