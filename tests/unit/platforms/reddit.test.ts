import { describe, expect, it } from 'vitest';
import { reddit } from '../../../lib/platforms/reddit';
import { reddit2019 } from '../../../lib/platforms/reddit-2019';
import { redditOld } from '../../../lib/platforms/reddit-old';
import { brief, fixtureDoc, readFixture } from './fixture';

describe('Reddit, current markup (reddit-shreddit.html)', () => {
  const { reader, posts } = readFixture('reddit-shreddit.html', { includePromoted: true });

  it('reads the post and comments from custom-element attributes; deleted comments are left out', () => {
    expect(reader).toBe('reddit');
    expect(posts.map(brief)).toEqual([
      {
        id: 'reddit:t3_1abc234',
        platform: 'reddit',
        url: 'https://www.reddit.com/r/webdev/comments/1abc234/what_is_your_favourite_css_trick/',
        community: 'r/webdev',
        author: { name: 'pixel_pusher', handle: 'pixel_pusher' },
        title: 'What is your favourite CSS trick?',
        text: 'Mine is :has() for parent styling. What is yours?',
        publishedAt: '2025-01-10T14:03:21.123000+00:00',
        metrics: { likes: 152, replies: 4 },
      },
      {
        id: 'reddit:t3_ad999',
        platform: 'reddit',
        url: 'https://www.reddit.com/r/u_HostCo/comments/ad999/ship_faster/',
        community: 'u/HostCo',
        author: { name: 'HostCo', handle: 'HostCo' },
        title: 'Ship faster with HostCo',
        text: 'Ship faster with HostCo',
        publishedAt: '2025-01-10T15:00:00.000000+00:00',
        metrics: { likes: 1 },
        promoted: true,
      },
      {
        id: 'reddit:t1_kaa111',
        platform: 'reddit',
        url: 'https://www.reddit.com/r/webdev/comments/1abc234/comment/kaa111/',
        community: 'r/webdev',
        author: { name: 'gridmaster', handle: 'gridmaster' },
        text: 'CSS grid with minmax() solved half my layouts.',
        publishedAt: '2025-01-10T14:20:05.000000+00:00',
        parentId: 'reddit:t3_1abc234',
        depth: 0,
        metrics: { likes: 41 },
      },
      {
        id: 'reddit:t1_kbb222',
        platform: 'reddit',
        url: 'https://www.reddit.com/r/webdev/comments/1abc234/comment/kbb222/',
        community: 'r/webdev',
        author: { name: 'pixel_pusher', handle: 'pixel_pusher' },
        text: 'Agreed, minmax is underrated 👍',
        publishedAt: '2025-01-10T14:31:40.000000+00:00',
        parentId: 'reddit:t1_kaa111',
        depth: 1,
        metrics: { likes: 12 },
      },
      {
        id: 'reddit:t1_kdd444',
        platform: 'reddit',
        url: 'https://www.reddit.com/r/webdev/comments/1abc234/comment/kdd444/',
        community: 'r/webdev',
        author: { name: 'flexbox_fan', handle: 'flexbox_fan' },
        text: 'Honestly floats were fine.',
        publishedAt: '2025-01-10T15:12:00.000000+00:00',
        parentId: 'reddit:t3_1abc234',
        depth: 0,
        metrics: { likes: -3 },
      },
    ]);
    expect(posts[0]!.lang).toBe('en-US');
  });

  it('drops the ad unless promoted posts are asked for, and finds the composer', () => {
    expect(readFixture('reddit-shreddit.html').posts.some((p) => p.promoted)).toBe(false);
    expect(fixtureDoc('reddit-shreddit.html').querySelector(reddit.composerSelector!)?.localName).toBe('shreddit-composer');
    expect(reddit.matches).toContain('https://*.reddit.com/*');
  });
});

describe('Reddit, old markup (reddit-old.html)', () => {
  const { reader, posts } = readFixture('reddit-old.html');

  it('reads the self-post and the comment tree; deleted comments and "load more" stubs are not posts', () => {
    expect(reader).toBe('reddit-old');
    expect(posts.map(brief)).toEqual([
      {
        id: 'reddit:t3_abc123',
        platform: 'reddit',
        community: 'r/Cooking',
        author: { name: 'herb_lover', handle: 'herb_lover' },
        publishedAt: '2023-11-14T22:13:20+00:00',
        url: 'https://old.reddit.com/r/Cooking/comments/abc123/how_do_you_keep_basil_fresh/',
        title: 'How do you keep basil fresh?',
        text: 'Mine wilts in two days in the fridge. Any tips?',
        metrics: { likes: 87, replies: 3 },
      },
      {
        id: 'reddit:t1_c1',
        platform: 'reddit',
        community: 'r/Cooking',
        author: { name: 'green_thumb', handle: 'green_thumb' },
        publishedAt: '2023-11-14T23:01:00+00:00',
        url: 'https://old.reddit.com/r/Cooking/comments/abc123/how_do_you_keep_basil_fresh/c1/',
        text: 'Treat it like flowers: stems in a glass of water on the counter 🌿',
        parentId: 'reddit:t3_abc123',
        depth: 0,
        metrics: { likes: 42 },
      },
      {
        id: 'reddit:t1_c2',
        platform: 'reddit',
        community: 'r/Cooking',
        author: { name: 'herb_lover', handle: 'herb_lover' },
        publishedAt: '2023-11-15T08:30:00+00:00',
        url: 'https://old.reddit.com/r/Cooking/comments/abc123/how_do_you_keep_basil_fresh/c2/',
        text: 'That worked, thank you!',
        parentId: 'reddit:t1_c1',
        depth: 1,
        metrics: { likes: 9 },
      },
      {
        id: 'reddit:t1_c3',
        platform: 'reddit',
        community: 'r/Cooking',
        author: { name: 'chef_k', handle: 'chef_k' },
        publishedAt: '2023-11-15T10:45:00+00:00',
        url: 'https://old.reddit.com/r/Cooking/comments/abc123/how_do_you_keep_basil_fresh/c3/',
        text: 'Blend it into pesto and freeze in ice cube trays.',
        parentId: 'reddit:t3_abc123',
        depth: 0,
        metrics: {},
      },
    ]);
  });

  it('is recognised by markup at www.reddit.com too', async () => {
    const { extractPage } = await import('../../../lib/platforms/extract');
    const { readFileSync } = await import('node:fs');
    const html = readFileSync(new URL('../../fixtures/pages/reddit-old.html', import.meta.url), 'utf8');
    expect(extractPage(html, 'https://www.reddit.com/r/Cooking/comments/abc123/x/').reader).toBe('reddit-old');
    expect(fixtureDoc('reddit-old.html').querySelector(redditOld.composerSelector!)?.getAttribute('name')).toBe('text');
  });
});

describe('Reddit, 2018-2022 redesign (reddit-2019.html)', () => {
  const { reader, posts } = readFixture('reddit-2019.html');

  it('reads post and comments; a deleted stub keeps its place so its reply hangs below it', () => {
    expect(reader).toBe('reddit-2019');
    expect(posts.map(brief)).toEqual([
      {
        id: 'reddit:t3_b9x7yz',
        platform: 'reddit',
        url: 'https://www.reddit.com/r/bicycling/comments/b9x7yz/first_century_ride_done/',
        community: 'r/bicycling',
        author: { name: 'spoke_wrench', handle: 'spoke_wrench' },
        title: 'First century ride done!',
        text: '100 miles in 6h20. Legs are jelly but worth it.',
        metrics: { likes: 1204 },
      },
      {
        id: 'reddit:t1_ek1aaaa',
        platform: 'reddit',
        url: 'https://www.reddit.com/r/bicycling/comments/b9x7yz/comment/ek1aaaa/',
        community: 'r/bicycling',
        author: { name: 'hill_climber', handle: 'hill_climber' },
        text: 'Congrats! What did you eat on the way?',
        parentId: 'reddit:t3_b9x7yz',
        depth: 0,
        metrics: { likes: 56 },
      },
      {
        id: 'reddit:t1_ek1cccc',
        platform: 'reddit',
        url: 'https://www.reddit.com/r/bicycling/comments/b9x7yz/comment/ek1cccc/',
        community: 'r/bicycling',
        author: { name: 'spoke_wrench', handle: 'spoke_wrench' },
        text: 'Bananas and way too many gels',
        parentId: 'reddit:t1_ek1bbbb',
        depth: 2,
        metrics: {},
      },
      {
        id: 'reddit:t1_ek1dddd',
        platform: 'reddit',
        url: 'https://www.reddit.com/r/bicycling/comments/b9x7yz/first_century_ride_done/',
        community: 'r/bicycling',
        author: { name: 'road_rash', handle: 'road_rash' },
        text: 'Next stop: double century 🚴',
        parentId: 'reddit:t3_b9x7yz',
        depth: 0,
        metrics: { likes: 7 },
      },
    ]);
    expect(fixtureDoc('reddit-2019.html').querySelector(reddit2019.composerSelector!)).not.toBeNull();
  });
});
