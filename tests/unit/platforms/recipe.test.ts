import { describe, expect, it } from 'vitest';
import { SiteRecipe } from '../../../lib/model/recipe';
import { PageReading } from '../../../lib/platforms/page-reading';
import { generalise, partSelector } from '../../../lib/platforms/recipe/generalise';
import { recipeReader } from '../../../lib/platforms/recipe/reader';
import { fixtureDoc, readFixture } from './fixture';

// A board whose automatic reading is wrong: discovery takes the sidebar's "recent activity" (names, dates, a line
// of text each) for the thread, while the posts name their authors in plain bold text. The person points at a
// post, then at its author; the recipe reads the thread, here and on the site's other pages.

const PAGE = 'generic-misread-board.html';
const read = (name: string, recipe: SiteRecipe) => {
  const doc = fixtureDoc(name);
  const url = new URL(doc.documentElement.outerHTML.match(/url: (\S+)/)?.[1] ?? 'https://board.example.net/');
  const reading = new PageReading(recipeReader(recipe), url, doc);
  return { posts: reading.readNew(), reading };
};

describe('site recipes taught by pointing', () => {
  it('the automatic reader gets this board wrong (the premise of the test)', () => {
    const { posts } = readFixture(PAGE);
    expect(posts.map((p) => p.author.name)).not.toContain('kettle_wren');
  });

  it('generalises a picked post to the page\'s other posts, and not to the sidebar', () => {
    const doc = fixtureDoc(PAGE);
    const example = doc.querySelectorAll('div.blk')[2]!;
    const g = generalise(example)!;
    expect(g.selector).toBe('div.blk');
    expect(g.members).toHaveLength(5);
    // pointing inside a post picks that element's kind, not the post: the person moves up with the arrow keys
    expect(generalise(example.querySelector('.tx')!)?.selector).toBe('div.tx');
  });

  it('finds nothing to generalise for an element alone of its kind', () => {
    const doc = fixtureDoc(PAGE);
    expect(generalise(doc.querySelector('h1')!)).toBeNull();
  });

  it('turns a marked part into a selector inside the post, found in every post', () => {
    const doc = fixtureDoc(PAGE);
    const posts = [...doc.querySelectorAll('div.blk')];
    const sel = partSelector(posts[1]!.querySelector('b')!, posts[1]!, posts)!;
    expect(posts.every((p) => p.querySelector(sel)?.tagName === 'B')).toBe(true);
    expect(partSelector(posts[0]!, posts[0]!, posts)).toBeNull();
  });

  it('reads the thread by the recipe, on this page and on a second page of the same site', () => {
    const doc = fixtureDoc(PAGE);
    const posts = [...doc.querySelectorAll('div.blk')];
    const recipe = SiteRecipe.parse({ version: 1, host: 'board.example.net', post: generalise(posts[0]!)!.selector, author: partSelector(posts[0]!.querySelector('b')!, posts[0]!, posts)!, body: 'div.tx', created: Date.UTC(2026, 11, 1) });
    const first = read(PAGE, recipe).posts;
    expect(first.map((p) => p.author.name)).toEqual(['kettle_wren', 'moss.piper', 'Oda Lindqvist', 'kettle_wren', 'kettle_wren']);
    expect(first[0]!.text).toMatch(/^We replaced the pump housing/);
    expect(first.every((p) => p.id.startsWith('generic:board.example.net/'))).toBe(true);
    const { posts: second, reading } = read('generic-misread-board-2.html', recipe);
    expect(second.map((p) => p.author.name)).toEqual(['tarn_fisher', 'Beni Achebe', 'quill&ash']);
    expect(reading.explain()).toMatchObject({ approach: 'recipe', parts: { authors: 1, dates: 0 }, confidence: 'high' });
  });

  it('without marked parts, finds them by structure and takes the whole post as its text when no block stands out', () => {
    const recipe = SiteRecipe.parse({ version: 1, host: 'board.example.net', post: 'div.blk', created: Date.UTC(2026, 11, 1) });
    const { posts } = read(PAGE, recipe);
    expect(posts).toHaveLength(5);
    expect(posts[1]!.text).toMatch(/^The mounts help/);
  });
});
