/**
 * Every reader's contract: the saved pages it declares (Reader.fixtures) are read in Node as the content script reads
 * the live page, by that reader, with the declared number of posts (and of them promoted), each a valid post.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ObservedPost } from '../../../lib/model/post';
import { readers } from '../../../lib/platforms/registry';
import { readFixture } from './fixture';

const pages = readdirSync(new URL('../../fixtures/pages/', import.meta.url)).filter((f) => f.endsWith('.html'));
const declared = readers.flatMap((r) => r.fixtures.map((f) => ({ reader: r.id, ...f })));

describe('readers: fixture pages as contracts', () => {
  it.each(declared.map((d) => [d.page, d] as const))('%s', (_, d) => {
    const { reader, posts } = readFixture(d.page, { includePromoted: true });
    expect(reader, 'the page is recognised by the reader that declares it').toBe(d.reader);
    expect(posts.length, 'posts read').toBe(d.posts);
    expect(posts.filter((p) => p.promoted).length, 'posts marked promoted').toBe(d.promoted ?? 0);
    for (const p of posts) expect(ObservedPost.safeParse(p).error?.issues, p.id).toBeUndefined();
    expect(new Set(posts.map((p) => p.id)).size, 'one post per id').toBe(posts.length);
  });

  it('every saved page is declared by exactly one reader, and every reader declares one', () => {
    const count = (page: string) => declared.filter((d) => d.page === page).length;
    expect(pages.filter((p) => count(p) !== 1), 'pages declared by no reader or by several').toEqual([]);
    expect(declared.map((d) => d.page).filter((p) => !pages.includes(p)), 'declared pages that do not exist').toEqual([]);
    expect(readers.filter((r) => !r.fixtures.length).map((r) => r.id), 'readers without a page').toEqual([]);
    console.log(`readers: ${readers.length} readers, ${declared.length} pages, ${declared.reduce((n, d) => n + d.posts, 0)} posts`);
  });
});
