import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const BIN = new URL('../../bin/rapport.js', import.meta.url).pathname;
const FIXTURE = new URL('../fixtures/pages/hackernews-item.html', import.meta.url).pathname;

describe('rapport extract (the command line contract)', () => {
  it('prints one JSON object per post, main post first, thread in page order', async () => {
    const { stdout } = await run('node', [BIN, 'extract', '--url', 'https://news.ycombinator.com/item?id=4242001', FIXTURE]);
    const posts = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(posts.map((p) => p.id)).toEqual([4242001, 4242002, 4242003, 4242004, 4242005, 4242006, 4242007].map((n) => `hackernews:${n}`));
    expect(posts[0]).toMatchObject({
      platform: 'hackernews', title: 'Ask HN: How do you keep a community friendly as it grows?', author: { name: 'maplewood', handle: 'maplewood' },
      publishedAt: '2024-05-01T18:33:05.000Z', metrics: { likes: 87, replies: 6 }, lang: 'en',
    });
    expect(posts[0].text).toMatch(/^Our forum went from 200 to 20,000 members/);
    expect(posts[0]).not.toHaveProperty('depth');
    expect(posts.map((p) => p.depth)).toEqual([undefined, 0, 1, 2, 0, 1, 0]);
    expect(posts[3].parentId).toBe('hackernews:4242003');
    expect(posts[6].text).toBe('Nós criamos um canal só para novos membros, com mentores voluntários. Foi a melhor decisão do ano.\nRecomendo muito.');
    for (const p of posts) expect(p.text).not.toMatch(/\breply\b/);
  }, 30_000);

  it('says in one sentence when a page has no recognisable posts, and exits 0', async () => {
    const empty = join(tmpdir(), 'rapport-empty.html');
    writeFileSync(empty, '<html><body><p>Nothing to see</p></body></html>');
    const { stdout, stderr } = await run('node', [BIN, 'extract', '--url', 'https://unknown.example/page', empty]);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/no recognisable posts/i);
  }, 30_000);
});

describe('decodePage', () => {
  it('honours the page’s declared encoding', async () => {
    const { decodePage } = await import('../../lib/cli/extract');
    const cp1251 = Buffer.from([0x3c, 0x6d, 0x65, 0x74, 0x61, 0x20, 0x63, 0x68, 0x61, 0x72, 0x73, 0x65, 0x74, 0x3d, 0x22, 0x77, 0x69, 0x6e, 0x64, 0x6f, 0x77, 0x73, 0x2d, 0x31, 0x32, 0x35, 0x31, 0x22, 0x3e, 0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]);
    expect(decodePage(cp1251)).toBe('<meta charset="windows-1251">Привет');
    expect(decodePage(Buffer.from('<p>héllo</p>', 'utf8'))).toBe('<p>héllo</p>');
  });
});
