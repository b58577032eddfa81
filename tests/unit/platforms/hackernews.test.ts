import { describe, expect, it } from 'vitest';
import { hackernews } from '../../../lib/platforms/hackernews';
import { brief, fixtureDoc, readFixture } from './fixture';

const HN = 'https://news.ycombinator.com';

describe('Hacker News reader on an item page (hackernews-showhn.html)', () => {
  const { reader, posts } = readFixture('hackernews-showhn.html');

  it('reads the story with its text and the comment tree; flagged stubs are left out', () => {
    expect(reader).toBe('hackernews');
    expect(posts.map(brief)).toEqual([
      {
        id: 'hackernews:40100001',
        platform: 'hackernews',
        url: `${HN}/item?id=40100001`,
        community: 'news.ycombinator.com',
        author: { name: 'quietcoder', handle: 'quietcoder' },
        title: 'Show HN: A tiny static site generator in 300 lines',
        text: 'I wanted something I could read in one sitting. Markdown in, HTML out, no plugins.',
        publishedAt: '2024-04-21T09:12:44.000Z',
        metrics: { likes: 142, replies: 3 },
      },
      {
        id: 'hackernews:40100101',
        platform: 'hackernews',
        url: `${HN}/item?id=40100101`,
        community: 'news.ycombinator.com',
        author: { name: 'ssg_fan', handle: 'ssg_fan' },
        text: 'Love that it fits on one screen. How do you handle drafts?',
        publishedAt: '2024-04-21T10:01:02.000Z',
        parentId: 'hackernews:40100001',
        depth: 0,
        metrics: {},
      },
      {
        id: 'hackernews:40100102',
        platform: 'hackernews',
        url: `${HN}/item?id=40100102`,
        community: 'news.ycombinator.com',
        author: { name: 'quietcoder', handle: 'quietcoder' },
        text: 'Front matter flag: draft: true skips the page.\nNothing fancier than that.',
        publishedAt: '2024-04-21T10:15:30.000Z',
        parentId: 'hackernews:40100101',
        depth: 1,
        metrics: {},
      },
      {
        id: 'hackernews:40100103',
        platform: 'hackernews',
        url: `${HN}/item?id=40100103`,
        community: 'news.ycombinator.com',
        author: { name: 'grumpy_ops', handle: 'grumpy_ops' },
        text: 'Another one? We have hundreds of these.',
        publishedAt: '2024-04-21T11:40:00.000Z',
        parentId: 'hackernews:40100001',
        depth: 0,
        metrics: {},
      },
    ]);
  });

  it('finds the comment form', () => {
    expect(fixtureDoc('hackernews-showhn.html').querySelector(hackernews.composerSelector!)?.getAttribute('name')).toBe('text');
  });
});
