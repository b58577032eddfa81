import type { SiteRecipe } from '../../model/recipe';
import { visibleText } from '../dom';
import { readDiscovered } from '../generic/discovered-posts';
import { type Discovered, type MemberParts, memberParts } from '../generic/discovery';
import { countFrom, dateFrom } from '../generic/fields';
import type { Reader } from '../reader';

/**
 * A site read by the recipe the person taught (lib/content/picker.ts): its posts are the recipe's selector's
 * elements; the parts the person marked are read where they said, the rest found by structure as discovery does.
 */
export function recipeReader(recipe: SiteRecipe): Reader {
  const group: Discovered = { selector: recipe.post, members: 0, parts: { authors: 1, dates: 0, scores: 0, nesting: false }, score: 0 };
  const marked = (el: Element, sel: string | undefined) => {
    if (!sel) return null;
    // the post's own part, not one of a reply nested in it
    for (const found of el.querySelectorAll(sel)) if (found.parentElement?.closest(recipe.post) === el) return found;
    return null;
  };
  const partsOf = (el: Element): MemberParts => {
    const all = recipe.author && recipe.time && recipe.body;
    const parts: MemberParts = all ? {} : memberParts(el, group);
    const author = marked(el, recipe.author);
    const name = author ? visibleText(author).replace(/\s+/g, ' ').trim().slice(0, 200) : '';
    if (name) Object.assign(parts, { author: name, authorEl: author });
    const time = marked(el, recipe.time);
    const date = time ? dateFrom(time) : undefined;
    if (time && date) Object.assign(parts, { date, dateEl: time });
    const body = marked(el, recipe.body);
    if (body) parts.body = body;
    const score = countFrom(marked(el, recipe.score));
    if (score !== undefined) parts.score = score;
    // the person said this element is a post: all of it is the text when no part of it looks like one
    parts.body ??= el;
    return parts;
  };
  return {
    id: 'recipe',
    platform: 'generic',
    matches: [],
    fixtures: [], // read where the person taught it; recipe.test.ts checks it on saved pages
    detect: (url) => url.hostname === recipe.host,
    postSelector: recipe.post,
    read: (el, ctx) => readDiscovered(el, group, ctx, false, partsOf),
    explain: () => ({ approach: 'recipe', group: recipe.post, parts: { authors: recipe.author ? 1 : 0, dates: recipe.time ? 1 : 0, scores: recipe.score ? 1 : 0, nesting: false }, confidence: 'high' }),
  };
}
