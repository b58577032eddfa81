import { describe, expect, it } from 'vitest';
import { generic } from '../../../lib/platforms/generic';
import { pickReader } from '../../../lib/platforms/registry';
import { brief, fixtureDoc, readFixture } from './fixture';

describe('generic reader', () => {
  it('runs only on demand: no manifest hosts, last in the registry, excluded when asked', () => {
    expect(generic.matches).toEqual([]);
    const doc = fixtureDoc('generic-wordpress.html');
    const url = new URL('https://quietkitchen.example.com/2024/05/no-knead-focaccia/');
    expect(pickReader(url, doc)?.id).toBe('generic');
    expect(pickReader(url, doc, { generic: false })).toBeUndefined();
  });

  it('reads a WordPress post and its nested comments (generic-wordpress.html)', () => {
    const { reader, posts } = readFixture('generic-wordpress.html');
    expect(reader).toBe('generic');
    const main = posts[0]!;
    expect(brief(main)).toEqual({
      id: expect.stringMatching(/^generic:quietkitchen\.example\.com\/\w+$/),
      platform: 'generic',
      url: 'https://quietkitchen.example.com/2024/05/no-knead-focaccia/',
      community: 'quietkitchen.example.com',
      author: { name: 'Hanna Oak' },
      title: 'No-knead focaccia',
      text: 'This focaccia needs five minutes of work and a night in the fridge. The long, cold rise does all the kneading for you.\n\nMix, cover, wait, dimple, bake. That is the whole recipe.',
      publishedAt: '2024-05-18T08:00:00+01:00',
      metrics: {},
    });
    const base = 'https://quietkitchen.example.com/2024/05/no-knead-focaccia/';
    expect(posts.slice(1).map(brief)).toEqual([
      {
        id: 'generic:quietkitchen.example.com/comment-41',
        platform: 'generic',
        url: `${base}#comment-41`,
        community: 'quietkitchen.example.com',
        author: { name: 'Priya' },
        text: 'Made it for a picnic, everyone asked for the recipe 😊',
        publishedAt: '2024-05-19T19:12:44+01:00',
        metrics: {},
        parentId: main.id,
        depth: 0,
      },
      {
        id: 'generic:quietkitchen.example.com/comment-42',
        platform: 'generic',
        url: `${base}#comment-42`,
        community: 'quietkitchen.example.com',
        author: { name: 'Hanna Oak' },
        text: 'So glad it travelled well!',
        publishedAt: '2024-05-19T20:01:00+01:00',
        metrics: {},
        parentId: 'generic:quietkitchen.example.com/comment-41',
        depth: 1,
      },
      {
        id: 'generic:quietkitchen.example.com/comment-43',
        platform: 'generic',
        url: `${base}#comment-43`,
        community: 'quietkitchen.example.com',
        author: { name: 'Tomasz' },
        text: 'Could I use wholemeal flour for half of it?',
        publishedAt: '2024-05-21T07:30:00+01:00',
        metrics: {},
        parentId: main.id,
        depth: 0,
      },
    ]);
    expect(posts[0]!.lang).toBe('en-GB');
    expect(fixtureDoc('generic-wordpress.html').querySelector(generic.composerSelector!)?.id).toBe('comment');
  });

  it('reads a thread from JSON-LD (@graph, nested comment[]) when the markup has none (generic-jsonld-forum.html)', () => {
    const { posts } = readFixture('generic-jsonld-forum.html');
    const [main, a, b, c] = posts;
    expect(posts.map((p) => [p.author.name, p.text.slice(0, 24), p.depth, p.metrics.likes, p.publishedAt])).toEqual([
      ['vim_enjoyer', 'Has anyone switched to C', undefined, 9, '2024-02-10T09:15:00+00:00'],
      ['tactile_tom', 'Colemak-DH here. Two wee', 0, 4, '2024-02-10T10:02:00+00:00'],
      ['vim_enjoyer', 'Did you remap the shortc', 1, undefined, '2024-02-10T11:40:00+00:00'],
      ['Split Sam', 'I stayed on QWERTY and b', 0, undefined, '2024-02-11T08:00:00+00:00'],
    ]);
    expect(main!.title).toBe('Keyboard layouts for coding?');
    expect(a!.parentId).toBe(main!.id);
    expect(b!.parentId).toBe(a!.id);
    expect(c!.parentId).toBe(main!.id);
    expect(c!.text).toBe('I stayed on QWERTY and bought a split keyboard instead ⌨️');
    expect(b!.url).toBe('https://board.example.dev/threads/keyboard-layouts-for-coding.5512/post-40107');
  });

  it('reads a XenForo thread by structure: first post is the topic, reactions counted, the quoted post left out of the reply (generic-xenforo.html)', () => {
    const { posts } = readFixture('generic-xenforo.html');
    expect(posts.map(brief)).toEqual([
      {
        id: 'generic:forums.example.org/501',
        platform: 'generic',
        url: 'https://forums.example.org/threads/best-budget-3d-printer-in-2024.88123/#js-post-501',
        community: 'forums.example.org',
        author: { name: 'filament_fred' },
        text: 'Looking for something under $300 that prints PETG reliably. Bed size matters less than reliability.',
        publishedAt: '2024-03-04T18:20:11+00:00',
        metrics: { likes: 6 },
        title: 'Best budget 3D printer in 2024?',
      },
      {
        id: 'generic:forums.example.org/502',
        platform: 'generic',
        url: 'https://forums.example.org/threads/best-budget-3d-printer-in-2024.88123/#js-post-502',
        community: 'forums.example.org',
        author: { name: 'layerlisa' },
        text: 'A well-tuned Ender 3 still does it, but a Bambu A1 mini is far less fiddly 👍',
        publishedAt: '2024-03-04T19:02:45+00:00',
        metrics: {},
        parentId: 'generic:forums.example.org/501',
        depth: 0,
      },
      {
        id: 'generic:forums.example.org/503',
        platform: 'generic',
        url: 'https://forums.example.org/threads/best-budget-3d-printer-in-2024.88123/#js-post-503',
        community: 'forums.example.org',
        author: { name: 'printbed_pat' },
        text: 'Second the A1 mini. Dry your PETG first though.',
        publishedAt: '2024-03-05T07:45:00+00:00',
        metrics: {},
        parentId: 'generic:forums.example.org/501',
        depth: 0,
      },
    ]);
  });
});

describe('generic reader: structure-based discovery', () => {
  it('reads a comment list of an engine no recipe knows, by its repeated shape (generic-unknown-engine.html)', () => {
    const { reader, posts } = readFixture('generic-unknown-engine.html');
    expect(reader).toBe('generic');
    expect(posts.map((p) => [p.author.name, p.text.slice(0, 20), p.publishedAt, p.depth])).toEqual([
      ['Mira Kowalska', 'After resuming from ', '2025-03-02T09:14:00Z', undefined],
      ['Tom Jansen', 'Same here on two mac', '2025-03-03T11:02:00Z', 0],
      ['Mira Kowalska', 'Workaround: restarti', '2025-03-05T16:40:00Z', 0],
    ]);
  });
});

describe('generic reader: engines it was not written for (hand-written imitations)', () => {
  it('reads a BBS post with its push list: the post holds its replies, names are labelled, no years on pushes (generic-push-list.html)', () => {
    const { posts } = readFixture('generic-push-list.html');
    expect(posts.map((p) => [p.author.name, p.text.slice(0, 12), p.publishedAt, p.depth])).toEqual([
      ['quietfan (安靜)', '最近筆電風扇一直很吵，清', '2024-03-05T20:00:00', undefined],
      ['lapcool', '換散熱膏很有用', undefined, 0],
      ['noisyboy', '買新的比較快', undefined, 0],
      ['silentpc', '可以調整電源設定降低轉速', undefined, 0],
      ['lapcool', '散熱墊效果有限', undefined, 0],
    ]);
    expect(posts.slice(1).every((p) => p.parentId === posts[0]!.id)).toBe(true);
  });

  it('reads a journal entry and its comments threaded by indentation (generic-nested-journal.html)', () => {
    const { posts } = readFixture('generic-nested-journal.html');
    expect(posts.map((p) => [p.author.name, p.text.slice(0, 16), p.publishedAt, p.depth])).toEqual([
      ['lantern', 'Every morning th', '2024-01-14T08:30:00Z', undefined],
      ['mossy', 'That sounds love', '2024-01-14T09:05:00Z', 0],
      ['lantern', 'Only with my pho', '2024-01-14T09:40:00Z', 1],
      ['mossy', 'Phones are fine!', '2024-01-14T10:02:00Z', 2],
      ['birchbark', 'The canal near u', '2024-01-15T18:20:00Z', 0],
    ]);
    expect(posts[3]!.parentId).toBe(posts[2]!.id);
    expect(posts[4]!.parentId).toBe(posts[0]!.id);
  });
});

describe('generic reader: how it read the page', () => {
  it('says which approach and group it used, which parts its posts have, and how sure it is', async () => {
    const { extractPage } = await import('../../../lib/platforms/extract');
    const { describeReading } = await import('../../../lib/platforms/reading-explanation');
    const html = (await import('node:fs')).readFileSync(new URL('../../fixtures/pages/generic-unknown-engine.html', import.meta.url), 'utf8');
    const { posts, explanation } = extractPage(html, 'https://bugs.tracker.example/4821');
    expect(explanation).toMatchObject({ approach: 'structure', group: 'div.bx-item', members: 3, confidence: 'high' });
    expect(explanation!.parts).toMatchObject({ authors: 1, dates: 1, scores: 0, nesting: false });
    expect(describeReading(explanation!, posts)).toBe(
      'Read 3 posts by repeated structure (div.bx-item): authors and dates found; no scores; flat; high confidence.',
    );
  });
});

describe('generic reader: ids', () => {
  it('namespaces ids by the page’s own host: a canonical link to another site claims neither its id nor its link', async () => {
    const { extractPage } = await import('../../../lib/platforms/extract');
    const body = '<p>' + 'A long enough article body about sourdough starters and how to keep them alive. '.repeat(3) + '</p>';
    const page = (canonical: string) => `<html><head><link rel="canonical" href="${canonical}"></head><body><article><h1>Starters</h1><div class="entry-content">${body}</div></article></body></html>`;
    const own = extractPage(page('https://blog.example.org/starters'), 'https://blog.example.org/starters?utm=x').posts[0]!;
    expect(own.id).toMatch(/^generic:blog\.example\.org\//);
    expect(own.url).toBe('https://blog.example.org/starters');
    const claiming = extractPage(page('https://victim.example.com/starters'), 'https://evil.example.net/starters').posts[0]!;
    expect(claiming.id).toMatch(/^generic:evil\.example\.net\//);
    expect(claiming.url).toBe('https://evil.example.net/starters');
    const victim = extractPage(page('https://victim.example.com/starters'), 'https://victim.example.com/starters').posts[0]!;
    expect(victim.id).not.toBe(claiming.id);
  });
});
