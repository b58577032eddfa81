import { describe, expect, it } from 'vitest';
import { instagram } from '../../../lib/platforms/instagram';
import { brief, fixtureDoc, readFixture } from './fixture';

describe('Instagram reader on a post page (instagram-post.html)', () => {
  const { reader, posts } = readFixture('instagram-post.html');

  it('reads the caption as main post and the comments with their replies', () => {
    expect(reader).toBe('instagram');
    expect(posts.map(brief)).toEqual([
      {
        id: 'instagram:C9xYz12AbCd',
        platform: 'instagram',
        url: 'https://www.instagram.com/p/C9xYz12AbCd/',
        community: 'harborbakery',
        author: { name: 'harborbakery', handle: 'harborbakery' },
        text: 'Fresh croissants out of the oven 🥐 Open until 2pm today. #bakery',
        publishedAt: '2024-07-12T07:30:00.000Z',
        metrics: { likes: 2318 },
      },
      {
        id: 'instagram:17900000000000001',
        platform: 'instagram',
        url: 'https://www.instagram.com/p/C9xYz12AbCd/c/17900000000000001/',
        author: { name: 'sam.eats', handle: 'sam.eats' },
        text: 'Best croissants in town, no contest',
        publishedAt: '2024-07-12T08:05:00.000Z',
        parentId: 'instagram:C9xYz12AbCd',
        depth: 0,
        metrics: { likes: 14 },
      },
      {
        id: 'instagram:17900000000000002',
        platform: 'instagram',
        url: 'https://www.instagram.com/p/C9xYz12AbCd/c/17900000000000002/',
        author: { name: 'harborbakery', handle: 'harborbakery' },
        text: '@sam.eats thank you! See you Saturday',
        publishedAt: '2024-07-12T09:00:00.000Z',
        parentId: 'instagram:17900000000000001',
        depth: 1,
        metrics: { likes: 2 },
      },
      {
        id: 'instagram:17900000000000003',
        platform: 'instagram',
        url: 'https://www.instagram.com/p/C9xYz12AbCd/c/17900000000000003/',
        author: { name: 'jo_travels', handle: 'jo_travels' },
        text: 'Do you ship to Lisbon? 😍',
        publishedAt: '2024-07-13T10:15:00.000Z',
        parentId: 'instagram:C9xYz12AbCd',
        depth: 0,
        metrics: {},
      },
    ]);
  });

  it('finds the comment box', () => {
    const doc = fixtureDoc('instagram-post.html');
    expect(doc.querySelector(instagram.composerSelector!)?.getAttribute('aria-label')).toBe('Add a comment…');
    expect(instagram.replyBox!(doc.querySelector('time')!)?.tagName).toBe('TEXTAREA');
  });
});
