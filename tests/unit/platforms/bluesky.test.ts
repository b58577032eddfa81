import { describe, expect, it } from 'vitest';
import { bluesky, tidTime } from '../../../lib/platforms/bluesky';
import { brief, fixtureDoc, readFixture } from './fixture';

describe('Bluesky reader on a thread (bluesky-thread.html)', () => {
  const { reader, posts } = readFixture('bluesky-thread.html');

  it('reads the anchor post and replies; a connector line means "answers the item above"', () => {
    expect(reader).toBe('bluesky');
    expect(posts.map(brief)).toEqual([
      {
        id: 'bluesky:maple.bsky.social/3lh55ggsqk22b',
        platform: 'bluesky',
        url: 'https://bsky.app/profile/maple.bsky.social/post/3lh55ggsqk22b',
        author: { name: 'Maple 🍁', handle: 'maple.bsky.social' },
        text: 'Finished the birdhouse this morning. First visitor within an hour! #Woodworking',
        publishedAt: '2025-02-01T18:30:00.000Z',
        metrics: { likes: 1204, replies: 3, reposts: 14 },
      },
      {
        id: 'bluesky:oak.bsky.social/3lh5646yl622b',
        platform: 'bluesky',
        url: 'https://bsky.app/profile/oak.bsky.social/post/3lh5646yl622b',
        author: { name: 'Oak Tree', handle: 'oak.bsky.social' },
        text: 'Lovely joinery! What wood is that?',
        publishedAt: '2025-02-01T18:42:10.000Z',
        metrics: { likes: 9, replies: 1 },
        depth: 0,
        parentId: 'bluesky:maple.bsky.social/3lh55ggsqk22b',
      },
      {
        id: 'bluesky:maple.bsky.social/3lh57ezjns22b',
        platform: 'bluesky',
        url: 'https://bsky.app/profile/maple.bsky.social/post/3lh57ezjns22b',
        author: { name: 'Maple 🍁', handle: 'maple.bsky.social' },
        text: 'Cedar offcuts from the fence project 🌲',
        publishedAt: '2025-02-01T19:05:00.000Z',
        metrics: { likes: 4, replies: 0 },
        depth: 1,
        parentId: 'bluesky:oak.bsky.social/3lh5646yl622b',
      },
      {
        id: 'bluesky:fern.bsky.social/3lh5aaqgyw22b',
        platform: 'bluesky',
        url: 'https://bsky.app/profile/fern.bsky.social/post/3lh5aaqgyw22b',
        author: { name: 'fern.bsky.social', handle: 'fern.bsky.social' },
        text: 'Which bird was it?',
        publishedAt: '2025-02-01T19:20:30.000Z',
        metrics: { replies: 0 },
        depth: 0,
        parentId: 'bluesky:maple.bsky.social/3lh55ggsqk22b',
      },
    ]);
  });

  it('decodes record-key TIDs and rejects other keys', () => {
    expect(tidTime('3lh55ggsqk22b')).toBe('2025-02-01T18:30:00.000Z');
    expect(tidTime('self')).toBeUndefined();
  });

  it('finds the reply prompt', () => {
    const doc = fixtureDoc('bluesky-thread.html');
    expect(bluesky.replyBox!(doc.querySelector(bluesky.postSelector)!)?.getAttribute('data-testid')).toBe('replyPromptBtn');
  });
});
