import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../lib/platforms/extract';
import { mastodon } from '../../../lib/platforms/mastodon';
import { brief, fixtureDoc, readFixture } from './fixture';

describe('Mastodon reader on a status page (mastodon-status.html)', () => {
  const { reader, posts } = readFixture('mastodon-status.html');

  it('is recognised by markup on any domain and reads the focused post and its replies', () => {
    expect(reader).toBe('mastodon');
    expect(mastodon.matches).toEqual([]);
    expect(posts.map(brief)).toEqual([
      {
        id: 'mastodon:fedi.example.org/113200000000000001',
        platform: 'mastodon',
        url: 'https://fedi.example.org/@rin/113200000000000001',
        community: 'fedi.example.org',
        author: { name: 'Rin', handle: 'rin@fedi.example.org' },
        text: 'Our reading group meets Thursday at 7 📚 This month: #SciFi short stories.',
        publishedAt: '2024-09-20T16:00:00.000Z',
        metrics: { likes: 31, reposts: 6 },
      },
      {
        id: 'mastodon:fedi.example.org/113200000000000002',
        platform: 'mastodon',
        url: 'https://books.social/@moss/113200000000000099',
        community: 'fedi.example.org',
        author: { name: 'Moss', handle: 'moss@books.social' },
        text: '@rin count me in, I will bring tea',
        publishedAt: '2024-09-20T16:12:30.000Z',
        metrics: { likes: 4, replies: 1 },
        parentId: 'mastodon:fedi.example.org/113200000000000001',
        depth: 0,
      },
      {
        id: 'mastodon:fedi.example.org/113200000000000003',
        platform: 'mastodon',
        url: 'https://fedi.example.org/@kai/113200000000000003',
        community: 'fedi.example.org',
        author: { name: 'Kai', handle: 'kai@fedi.example.org' },
        text: 'Ich komme auch, bis Donnerstag!',
        publishedAt: '2024-09-20T17:45:00.000Z',
        metrics: {},
        parentId: 'mastodon:fedi.example.org/113200000000000001',
        depth: 0,
      },
    ]);
    expect(posts.map((p) => p.lang)).toEqual(['en', 'en', 'de']);
  });

  it('is not used on pages without Mastodon markup, and finds the composer', () => {
    expect(extractPage('<html><body><p>hello</p></body></html>', 'https://fedi.example.org/about').reader).not.toBe('mastodon');
    expect(fixtureDoc('mastodon-status.html').querySelector(mastodon.composerSelector!)?.tagName).toBe('TEXTAREA');
  });
});
