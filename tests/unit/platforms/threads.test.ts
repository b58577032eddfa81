import { describe, expect, it } from 'vitest';
import { threads } from '../../../lib/platforms/threads';
import { brief, fixtureDoc, readFixture } from './fixture';

describe('Threads reader on a post page (threads-post.html)', () => {
  const { reader, posts } = readFixture('threads-post.html');

  it('reads the post and its replies with counts from the labelled icons', () => {
    expect(reader).toBe('threads');
    expect(posts.map(brief)).toEqual([
      {
        id: 'threads:DAbc123xyz',
        platform: 'threads',
        url: 'https://www.threads.net/@nora.codes/post/DAbc123xyz',
        author: { name: 'nora.codes', handle: 'nora.codes' },
        text: 'Hot take: most side projects fail because we build the login page first.',
        publishedAt: '2024-10-01T12:00:00.000Z',
        metrics: { likes: 245, replies: 2, reposts: 11 },
      },
      {
        id: 'threads:DAbc124aaa',
        platform: 'threads',
        url: 'https://www.threads.net/@devon_builds/post/DAbc124aaa',
        author: { name: 'devon_builds', handle: 'devon_builds' },
        text: 'Guilty. My todo app has OAuth with three providers and zero todos.',
        publishedAt: '2024-10-01T13:30:00.000Z',
        metrics: { likes: 31 },
        parentId: 'threads:DAbc123xyz',
        depth: 0,
      },
      {
        id: 'threads:DAbc125bbb',
        platform: 'threads',
        url: 'https://www.threads.net/@ines.pm/post/DAbc125bbb',
        author: { name: 'ines.pm', handle: 'ines.pm' },
        text: 'Ship the ugly version first ✨',
        publishedAt: '2024-10-02T08:10:00.000Z',
        metrics: { likes: 7 },
        parentId: 'threads:DAbc123xyz',
        depth: 0,
      },
    ]);
  });

  it('finds the reply composer and declares both domains', () => {
    expect(fixtureDoc('threads-post.html').querySelector(threads.composerSelector!)?.getAttribute('role')).toBe('textbox');
    expect(threads.matches).toEqual(expect.arrayContaining(['https://www.threads.net/*', 'https://www.threads.com/*']));
  });
});
