import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ObservedPost } from '../../../lib/model/post';
import { clampPost } from '../../../lib/platforms/clamp';
import { PostsObserved } from '../../../lib/protocol/contract';
import { extractPage } from '../../../lib/platforms/extract';

const base: ObservedPost = { id: 'reddit:t1_a', platform: 'reddit', url: 'https://old.reddit.com/r/x/comments/a/', author: {}, text: 'hello', metrics: {} };

describe('clampPost: every field within the schema, the post kept', () => {
  it('cuts over-long strings and drops values the schema refuses', () => {
    const wild = {
      ...base,
      id: `reddit:${'i'.repeat(400)}`,
      parentId: `reddit:${'i'.repeat(400)}`,
      url: `https://old.reddit.com/${'u'.repeat(5000)}`,
      community: 'c'.repeat(900),
      author: { name: 'n'.repeat(600), handle: 'h'.repeat(600) },
      title: 't'.repeat(3000),
      text: 'x'.repeat(30_000),
      publishedAt: '2024-01-01T00:00:00Z'.repeat(5),
      depth: 1e9,
      metrics: { likes: -3.7, replies: -1, reposts: Number.NaN, views: 1e300 },
      lang: 'en-US-x-abcdefgh-abcdefgh-abcdefgh-abcdefghijklmnop',
    } as ObservedPost;
    const out = clampPost(wild);
    expect(ObservedPost.safeParse(out).success).toBe(true);
    expect(out.author.name).toHaveLength(500);
    expect(out.text).toHaveLength(20_000);
    expect(out.truncated).toBe(true);
    expect(out.lang).toBeUndefined();
    expect(out.publishedAt).toBeUndefined();
    expect(out.depth).toBe(10_000);
    expect(out.metrics).toEqual({ likes: -3 });
    // a cut id keeps a hash of the whole, and a parent id cut the same way still names the same post
    expect(out.id.length).toBeLessThanOrEqual(300);
    expect(out.parentId).toBe(out.id);
    expect(clampPost({ ...wild, id: `reddit:${'i'.repeat(399)}j` }).id).not.toBe(out.id);
  });

  it('keeps a post within the limits exactly as it was', () => {
    const fine: ObservedPost = { ...base, author: { name: 'Ann', handle: 'ann' }, lang: 'pt-BR', depth: 2, metrics: { likes: 4, replies: 1 }, publishedAt: '2024-05-01T18:00:00+02:00' };
    expect(clampPost(fine)).toEqual(fine);
  });

  it('never leaves half a surrogate pair where it cuts', () => {
    const out = clampPost({ ...base, author: { name: `${'a'.repeat(499)}😀😀` } });
    expect(out.author.name).toBe('a'.repeat(499));
  });
});

describe('an old Reddit thread with a 600-character author and a 51-character lang', () => {
  const html = readFileSync(new URL('../../fixtures/pages/reddit-old-overlong.html', import.meta.url), 'utf8');
  const url = html.match(/<!--\s*url:\s*(\S+)/)![1]!;
  it('reads every post, and the whole batch passes the schema the worker checks', () => {
    const { posts } = extractPage(html, url);
    expect(posts).toHaveLength(60);
    const batch = PostsObserved.safeParse({ url, platform: 'reddit', reader: 'reddit-old', firstPos: 0, fresh: true, posts });
    expect(batch.success, batch.error?.message).toBe(true);
    // the worker checks each post on its own: none of them would be dropped
    expect(posts.map((p) => ObservedPost.safeParse(p).error?.message).filter(Boolean)).toEqual([]);
    expect(posts.find((p) => p.id === 'reddit:t1_c17')?.author.name).toHaveLength(500);
  });
});
