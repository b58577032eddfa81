import { describe, expect, it } from 'vitest';
import { brief, readFixture } from './fixture';

// The X Article page type (`x.com/i/article/ID`): a long-form post in a read view of its own, not a tweet.
describe('X Article pages (x-article.html)', () => {
  const { reader, posts } = readFixture('x-article.html');

  it('reads the Article as the page\'s main post: title, author, time, its paragraphs, its counts', () => {
    expect(reader).toBe('x');
    expect(brief(posts[0]!)).toEqual({
      id: 'x:1912000000000000001',
      platform: 'x',
      url: 'https://x.com/mira_builds/status/1912000000000000001',
      author: { name: 'Mira Okafor', handle: 'mira_builds' },
      title: 'Notes from a year of on-device models',
      text: 'Why local\n\nA year ago we moved our text checks from a server to the browser. Nothing leaves the machine now, and the checks answer in milliseconds.\n\nThe cost was size: every model we ship is downloaded once, so we keep them small and measure each one.',
      publishedAt: '2025-04-15T08:00:00.000Z',
      metrics: { likes: 1520, replies: 31, reposts: 48 },
    });
  });

  it('reads the posts under it as replies to it', () => {
    expect(posts.slice(1).map((p) => [p.author.handle, p.parentId, p.depth])).toEqual([
      ['tomas_k', 'x:1912000000000000001', 0],
      ['lea_dev', 'x:1912000000000000001', 0],
    ]);
  });
});
