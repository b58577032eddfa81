import { describe, expect, it } from 'vitest';
import { youtube } from '../../../lib/platforms/youtube';
import { brief, fixtureDoc, readFixture } from './fixture';

describe('YouTube reader on a watch page (youtube-watch.html)', () => {
  const { reader, posts } = readFixture('youtube-watch.html');

  it('reads the video as main post, top-level comments at depth 0 and replies at depth 1', () => {
    expect(reader).toBe('youtube');
    expect(posts.map(brief)).toEqual([
      {
        id: 'youtube:dQw4XgXcQ0A',
        platform: 'youtube',
        url: 'https://www.youtube.com/watch?v=dQw4XgXcQ0A',
        community: 'Bread Lab',
        author: { name: 'Bread Lab', handle: 'breadlab' },
        title: 'Sourdough in 10 steps',
        text: 'A slow, forgiving sourdough for busy weekends. Recipe and timings below.',
        metrics: { likes: 12345, views: 98765 },
      },
      {
        id: 'youtube:UgxAAA111',
        platform: 'youtube',
        url: 'https://www.youtube.com/watch?v=dQw4XgXcQ0A&lc=UgxAAA111',
        community: 'Bread Lab',
        author: { name: 'crumbfan', handle: 'crumbfan' },
        text: 'Step 7 finally explained why my crumb was gummy. Thank you!',
        parentId: 'youtube:dQw4XgXcQ0A',
        depth: 0,
        metrics: { likes: 48 },
      },
      {
        id: 'youtube:UgxAAA111.9zBBB222',
        platform: 'youtube',
        url: 'https://www.youtube.com/watch?v=dQw4XgXcQ0A&lc=UgxAAA111.9zBBB222',
        community: 'Bread Lab',
        author: { name: 'breadlab', handle: 'breadlab' },
        text: 'Glad it helped! Try a longer cold proof next time.',
        parentId: 'youtube:UgxAAA111',
        depth: 1,
        metrics: { likes: 12 },
      },
      {
        id: 'youtube:UgyCCC333',
        platform: 'youtube',
        url: 'https://www.youtube.com/watch?v=dQw4XgXcQ0A&lc=UgyCCC333',
        community: 'Bread Lab',
        author: { name: 'oven_spring', handle: 'oven_spring' },
        text: 'Which flour did you use? 🍞',
        parentId: 'youtube:dQw4XgXcQ0A',
        depth: 0,
        metrics: {},
      },
    ]);
  });

  it('finds the comment composer placeholder and declares YouTube hosts', () => {
    expect(fixtureDoc('youtube-watch.html').querySelector(youtube.composerSelector!)?.id).toBe('simplebox-placeholder');
    expect(youtube.matches).toContain('https://www.youtube.com/*');
  });
});
