import { describe, expect, it } from 'vitest';
import { x } from '../../../lib/platforms/x';
import { brief, fixtureDoc, readFixture } from './fixture';

describe('X reader on a status page (x-status.html)', () => {
  const { reader, posts } = readFixture('x-status.html', { includePromoted: true });

  it('is picked by URL and reads main post, replies, the promoted post and the quoted post in page order', () => {
    expect(reader).toBe('x');
    expect(posts.map(brief)).toEqual([
      {
        id: 'x:1900000000000000001',
        platform: 'x',
        url: 'https://x.com/ada_example/status/1900000000000000001',
        author: { name: 'Ada Example', handle: 'ada_example' },
        text: 'Shipping the new dashboard today 🚀 thanks to everyone who tested it',
        publishedAt: '2025-03-03T09:15:00.000Z',
        metrics: { likes: 1203, replies: 4, reposts: 7, views: 12400 },
      },
      {
        id: 'x:1900000000000000002',
        platform: 'x',
        url: 'https://x.com/bo_reply/status/1900000000000000002',
        author: { name: 'Bo Reply', handle: 'bo_reply' },
        text: 'Congrats! The dark mode looks great.',
        publishedAt: '2025-03-03T10:02:11.000Z',
        metrics: { likes: 25, replies: 1 },
        parentId: 'x:1900000000000000001',
        depth: 0,
      },
      {
        id: expect.stringMatching(/^x:\w+$/),
        platform: 'x',
        url: 'https://x.com/ada_example/status/1900000000000000001',
        author: { name: 'Shiny Cloud', handle: 'shinycloud' },
        text: 'Deploy in seconds. Try Shiny Cloud free for 30 days.',
        metrics: { likes: 40, replies: 3 },
        promoted: true,
      },
      {
        id: 'x:1900000000000000004',
        platform: 'x',
        url: 'https://x.com/cy_quotes/status/1900000000000000004',
        author: { name: 'Cy Quotes', handle: 'cy_quotes' },
        text: 'This is the same fix we shipped last year, see below',
        publishedAt: '2025-03-03T11:30:00.000Z',
        metrics: { likes: 8, reposts: 2 },
        parentId: 'x:1900000000000000001',
        depth: 0,
      },
      {
        id: 'x:1700000000000000009',
        platform: 'x',
        url: 'https://x.com/di_original/status/1700000000000000009',
        author: { name: 'Di Original', handle: 'di_original' },
        text: 'Our dashboard now loads in half the time.',
        publishedAt: '2024-03-02T08:00:00.000Z',
        metrics: {},
      },
    ]);
  });

  it('keeps X’s own language guess and leaves promoted posts out by default', () => {
    expect(posts[0]!.lang).toBe('en');
    const plain = readFixture('x-status.html').posts;
    expect(plain.map((p) => p.author.handle)).toEqual(['ada_example', 'bo_reply', 'cy_quotes', 'di_original']);
  });

  it('declares manifest hosts and finds the composer', () => {
    expect(x.matches).toContain('https://x.com/*');
    expect(x.matches).toContain('https://twitter.com/*');
    const doc = fixtureDoc('x-status.html');
    expect(doc.querySelector(x.composerSelector!)?.getAttribute('data-testid')).toBe('tweetTextarea_0');
    expect(x.replyBox!(doc.querySelector('article')!)?.getAttribute('data-testid')).toBe('tweetTextarea_0');
  });
});
