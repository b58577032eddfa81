import { describe, expect, it } from 'vitest';
import { facebook, reactions } from '../../../lib/platforms/facebook';
import { brief, fixtureDoc, readFixture } from './fixture';

const PAGE = 'https://mbasic.facebook.com/story.php?story_fbid=777001&id=1001';

describe('Facebook reader on an mbasic story page (facebook-mbasic-story.html)', () => {
  const { reader, posts } = readFixture('facebook-mbasic-story.html');

  it('reads the story, the post it shares, and the comments with their replies', () => {
    expect(reader).toBe('facebook');
    expect(posts.map(brief)).toEqual([
      {
        id: 'facebook:777001',
        platform: 'facebook',
        url: PAGE,
        author: { name: 'Lena Park' },
        text: 'Our community garden got its first harvest 🍅 Thanks to everyone who watered in July!',
        publishedAt: '2024-08-03T17:40:00',
        metrics: { likes: 42 },
      },
      {
        id: 'facebook:555009',
        platform: 'facebook',
        url: PAGE,
        author: { name: 'City Greens' },
        text: 'Volunteer day this Saturday: bring gloves, we bring snacks.',
        metrics: {},
      },
      {
        id: 'facebook:777001_880001',
        platform: 'facebook',
        url: PAGE,
        author: { name: 'Mina Cho' },
        text: 'The tomatoes look amazing! Can I come pick some?',
        parentId: 'facebook:777001',
        depth: 0,
        metrics: { likes: 3 },
      },
      {
        id: 'facebook:777001_880002',
        platform: 'facebook',
        url: PAGE,
        author: { name: 'Lena Park' },
        text: 'Of course, Saturday morning works best',
        parentId: 'facebook:777001_880001',
        depth: 1,
        metrics: {},
      },
      {
        id: 'facebook:777001_880003',
        platform: 'facebook',
        url: PAGE,
        author: { name: 'Tom Reyes' },
        text: 'Proud of this neighbourhood 👏',
        parentId: 'facebook:777001',
        depth: 0,
        metrics: { likes: 1 },
      },
    ]);
  });

  it('counts reactions from the ways Facebook words them', () => {
    expect(reactions('145 reactions, including Like, Love and Care')).toBe(145);
    expect(reactions('Foo Bar and 143 others left reactions including Like')).toBe(144);
    expect(reactions('Ann, Bob and 3 others')).toBe(5);
    expect(reactions('Ann and Bob')).toBe(2);
  });

  it('finds the comment composer', () => {
    expect(fixtureDoc('facebook-mbasic-story.html').querySelector(facebook.composerSelector!)?.id).toBe('composerInput');
  });
});
