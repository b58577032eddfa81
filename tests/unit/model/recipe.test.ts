import { describe, expect, it } from 'vitest';
import { parseRecipeFile, SiteRecipe } from '../../../lib/model/recipe';
import { isSelector } from '../../../lib/model/selector';

const recipe = { version: 1, host: 'forum.example.org', post: 'div.entry', author: 'span.who', time: 'span.when', body: 'div.entry>p.txt', created: Date.UTC(2026, 0, 1) };

describe('recipe selectors', () => {
  it('accepts the shapes the picker writes', () => {
    for (const s of ['div.entry', 'li', 'div[id^="post_"]', 'td.alt1 > div', 'section.c-list>article.c-item', '.a.b', '*', 'a[href*="/user/"]', 'ul li.x, ol li.x']) expect(isSelector(s), s).toBe(true);
  });
  it('refuses anything else: script, markup, pseudo-classes, unbalanced input, over-long selectors', () => {
    for (const s of ['', 'div:has(a)', '<script>alert(1)</script>', 'javascript:alert(1)', 'div[', 'div { color: red }', 'a::before', 'div >', `div.${'a'.repeat(400)}`, 'div\\.x', 'alert(1)']) expect(isSelector(s), s).toBe(false);
  });
  it('answers at once on input built to make a regular expression backtrack', () => {
    const t = performance.now();
    for (const s of ['a'.repeat(290) + '!', 'a.'.repeat(140) + '!', 'a '.repeat(140) + '>', '[a='.repeat(70)]) expect(isSelector(s)).toBe(false);
    expect(performance.now() - t).toBeLessThan(50);
  });
});

describe('recipe files', () => {
  it('reads a valid file', () => {
    const r = parseRecipeFile(JSON.stringify({ format: 'rapport-recipes', version: 1, recipes: [recipe] }));
    expect(r).toEqual({ ok: true, recipes: [recipe] });
  });
  it('refuses junk with a reason a person can act on', () => {
    expect(parseRecipeFile('not json')).toEqual({ ok: false, reason: 'the file is not JSON' });
    const bad = parseRecipeFile(JSON.stringify({ format: 'rapport-recipes', version: 1, recipes: [{ ...recipe, post: 'div:has(script)' }] }));
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.reason).toMatch(/recipes\.0\.post: not a CSS selector/);
    const code = parseRecipeFile(JSON.stringify({ format: 'rapport-recipes', version: 1, recipes: [{ ...recipe, onload: 'alert(1)' }] }));
    expect(!code.ok && code.reason).toMatch(/onload/);
    expect(parseRecipeFile(JSON.stringify({ format: 'rapport-backup' })).ok).toBe(false);
  });
  it('refuses a host that is not a host name', () => {
    expect(SiteRecipe.safeParse({ ...recipe, host: 'https://x.org/' }).success).toBe(false);
  });
});
