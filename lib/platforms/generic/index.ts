import type { Reader } from '../reader';
import { ARTICLE_BODY, readArticle } from './article';
import { SCHEMES } from './engines';
import { chooseScheme, isItem, NO_ITEMS, readItem } from './schemes';
import { readJsonLd } from './structured-data';

/**
 * Any other page, read by structure — only on the user's gesture (context menu, shortcut or a site permission),
 * never on every site, so `matches` is empty and it is the registry's last resort.
 *
 * 1. schema.org JSON-LD: `DiscussionForumPosting`, `SocialMediaPosting`, `Comment`, `Answer`, `Question`
 *    (also inside `@graph`, and nested `comment[]` / `suggestedAnswer` / `acceptedAnswer`).
 * 2. Page markup, by the first matching scheme that reads most items: Stack Exchange, Disqus, XenForo, phpBB,
 *    vBulletin, Invision, WordPress comments, schema.org microdata, and a structural fallback for comment
 *    blocks (a `comment` class holding an author and a text, as on Habr and many hand-made blogs).
 *    Depth = enclosing items; the page's article (when there is one) is the main post.
 */

// the dynamic groups are found among these (class names with "comment", "message", … or ids like comment-12)
const ALL_ITEMS = [...SCHEMES.map((s) => s.item), '[class*="omment"]', '[class*="essage"]', '[class*="eply"]', '[class*="nswer"]', '[class*="ntry"]', '[id^="comment"]', '[id^="reply"]', '[id^="message"]', '[id^="msg"]', '[id^="answer"]', '[id^="post"]'].join(', ');

export const generic: Reader = {
  id: 'generic',
  platform: 'generic',
  matches: [],
  // any page with something it knows how to read: structured data, comment-like blocks or an article body
  detect: (_url, doc) => doc.querySelector(`script[type="application/ld+json"], ${ALL_ITEMS}, ${ARTICLE_BODY.join(', ')}`) !== null,
  postSelector: ALL_ITEMS,
  readDocument: (ctx) => {
    const ld = readJsonLd(ctx);
    // JSON-LD with a thread in it is the page's own structured copy: use it instead of guessing from markup
    if (ld.length >= 2) {
      ctx.state.scheme = null;
      return ld;
    }
    const scheme = chooseScheme(ctx);
    if (ld.length === 1) return ld;
    if (scheme && ((scheme.main && ctx.doc.querySelector(scheme.main)) || scheme.firstIsMain)) return [];
    // the page's article is the main post, with or without comments under it
    const article = readArticle(ctx, scheme ?? NO_ITEMS);
    return article ? [article] : [];
  },
  read: (el, ctx) => {
    const scheme = chooseScheme(ctx);
    if (!scheme || !isItem(el, scheme)) return null;
    return readItem(el, scheme, ctx);
  },
  composerSelector: 'textarea[name="comment"], #comment, textarea[name="message"], textarea[name="text"], textarea[name="body"], .fr-element[contenteditable="true"], [contenteditable="true"][role="textbox"]',
};
