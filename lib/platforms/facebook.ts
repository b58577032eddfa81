import type { ObservedPost } from '../model/post';
import { MAX_TEXT } from '../model/limits';
import { absoluteUrl, contentHash, limitText, namedCount, parseCount, shownDate, visibleText } from './dom';
import type { ReadContext, Reader } from './reader';

/**
 * Facebook. Class names are generated everywhere, so structure and attributes only.
 * m. / mbasic. (plain server HTML): a story is an `article`, a `[role=article]` or a `[data-ft][id]` block; its
 * author is the first `h3` link, its text the block holding its own `<p>`s, reactions in an aria-label
 * ("145 reactions, including Like", "Foo Bar and 143 others left reactions"). A comment is a block with a
 * numeric id whose first child is `h3 > a` (author) followed by the text. A shared post is a story nested in one.
 * www (React): `[role=article]` posts and comments (`aria-label="Comment by …"`), text in
 * `[data-ad-preview=message]` / `[data-ad-comet-preview=message]` or `div[dir=auto]`.
 */
const STORY = 'article, [role="article"], [data-ft][id], [data-sigil~="story-div"], #MPhotoContent';
const COMMENT_HEAD = 'div[id] > div > h3, [data-sigil~="comment"]';

function isStory(el: Element): boolean {
  return el.matches(STORY);
}

/** descendants of `root` matching `sel` that belong to it, not to a story or comment nested in it */
function ownAll(root: Element, sel: string): Element[] {
  return [...root.querySelectorAll(sel)].filter((el) => {
    for (let p = el.parentElement; p && p !== root; p = p.parentElement) {
      if (isStory(p) || commentBlock(p)) return false;
    }
    return true;
  });
}

/** a comment block: numeric-ish id, first child holds `h3 > a` then the text */
function commentBlock(el: Element): boolean {
  if (el.matches('[data-sigil~="comment"]')) return true;
  if (!el.id || !/^\d+$/.test(el.id)) return false;
  const first = el.firstElementChild;
  return first?.tagName === 'DIV' && first.firstElementChild?.tagName === 'H3' && first.firstElementChild.querySelector('a') !== null;
}

/** Reaction counts as Facebook words them (see `namedCount`). */
export const reactions = namedCount;

function storyId(el: Element): string | undefined {
  const ft = el.getAttribute('data-ft') ?? '';
  const fromFt = ft.match(/"(?:top_level_post_id|mf_story_key|tl_objid)"\s*:\s*"?(\d+)/)?.[1];
  if (fromFt) return fromFt;
  const like = ownAll(el, '[id^="like_"]')[0]?.id.match(/^like_(\d+)$/)?.[1];
  if (like) return like;
  for (const a of ownAll(el, 'a[href*="story_fbid="]')) {
    const m = a.getAttribute('href')!.match(/story_fbid=(\d+)/);
    if (m) return m[1];
  }
  return undefined;
}

function authorOf(el: Element): string | undefined {
  const a = ownAll(el, 'h3 a, h2 a, h4 a, h3 strong, strong a, strong.actor, .actor')[0];
  const name = a ? visibleText(a) : '';
  return name || undefined;
}

function reactionsOf(el: Element): number | undefined {
  for (const r of ownAll(el, '[aria-label*="reaction" i]')) {
    // the label may be abbreviated ("211K reactions") while the shown number is exact ("211,647")
    const shown = visibleText(r).trim();
    const n = /^\d{1,3}(?:[,.\u00a0\u202f]\d{3})*$/.test(shown) ? parseCount(shown) : reactions(r.getAttribute('aria-label'));
    if (n !== undefined) return n;
  }
  return undefined;
}

function dateOf(el: Element): string | undefined {
  const abbr = ownAll(el, 'abbr')[0];
  return shownDate(abbr?.getAttribute('title') ?? abbr?.textContent) ;
}

function readStory(el: Element, ctx: ReadContext): ObservedPost | null {
  // www: the message container; m./mbasic.: the block holding the story's own paragraphs
  const message = ownAll(el, '[data-ad-preview="message"], [data-ad-comet-preview="message"]')[0];
  let bodyEl: Element | null | undefined = message;
  if (!bodyEl) {
    const p = ownAll(el, 'p')[0];
    bodyEl = p?.closest('[data-ft]') ?? p?.parentElement;
    // the paragraph's own block, not the story (or a story around it) that also carries data-ft
    if (bodyEl && (!el.contains(bodyEl) || bodyEl === el || isStory(bodyEl))) bodyEl = p?.parentElement;
    // a paragraph inside a link card is not the story's text
    if (bodyEl && bodyEl.closest('a')) bodyEl = null;
  }
  if (!bodyEl) {
    // no paragraphs (photo pages, life events): the first text block that is not the header, a date or a link card
    bodyEl = ownAll(el, 'div').find(
      (d) =>
        [...d.childNodes].some((n) => n.nodeType === 3 && (n.nodeValue ?? '').trim() !== '') &&
        !d.querySelector('h3, h2, header, abbr, footer, .actor, table, input') &&
        !d.closest('header, footer, a, abbr'),
    );
  }
  const text = bodyEl ? visibleText(bodyEl) : '';
  const author = authorOf(el);
  if (!text || !author) return null;
  const nested = el.parentElement?.closest(STORY);
  const permalink = /\/(?:story\.php|permalink\.php|posts\/|photo\.php|groups\/[^/]+\/posts\/)/.test(ctx.url.pathname);
  const isMain = permalink && !nested && !ctx.thread.mainId;
  // a permalink page's feedback block (reactions, comments) sits beside the story, named after its id
  const ufi = isMain ? ctx.doc.querySelector('[id^="ufi_"]') : null;
  const nativeId = storyId(el) ?? ufi?.id.slice(4);
  const id = `facebook:${nativeId ?? contentHash(author, text)}`;
  if (isMain) ctx.thread.setMain(id);
  const full = ownAll(el, 'a[href*="story.php"], a[href*="/posts/"], a[href*="permalink.php"]')[0]?.getAttribute('href');
  const likes = reactionsOf(el) ?? (isMain && ufi ? reactionsOf(ufi) : undefined);
  const comments = ownAll(el, 'a').map((a) => a.textContent?.trim() ?? '').find((t) => /^[\d.,]+[KkMm]?\s+comments?$/i.test(t));
  const replies = comments ? parseCount(comments) : undefined;
  const sponsored = ownAll(el, 'header, span, a').some((s) => /^(?:Sponsored|Gesponsert|Sponsorisé|Publicidad|Patrocinado)$/.test(s.textContent?.trim() ?? ''));
  const publishedAt = dateOf(el);
  return {
    id,
    platform: 'facebook',
    url: ctx.thread.mainId === id ? ctx.url.href : absoluteUrl(full, ctx.url)?.replace(/[?&](?:refid|_ft_|__tn__)=[^&]*/g, '') ?? ctx.url.href,
    author: { name: author },
    ...limitText(text, MAX_TEXT),
    ...(publishedAt ? { publishedAt } : {}),
    metrics: { ...(likes === undefined ? {} : { likes }), ...(replies === undefined ? {} : { replies }) },
    ...(sponsored ? { promoted: true } : {}),
  };
}

function readComment(head: Element, ctx: ReadContext): ObservedPost | null {
  const block = head.matches('[data-sigil~="comment"]') ? head : head.parentElement?.parentElement;
  if (!block || !commentBlock(block) || head.closest('header')) return null;
  const authorEl = block.querySelector('h3 a, h3');
  const author = authorEl ? visibleText(authorEl) : '';
  const textEl = head.matches('h3') ? head.nextElementSibling : block.querySelector('[data-sigil~="comment-body"]');
  const text = textEl ? visibleText(textEl) : '';
  if (!author || !text) return null;
  let depth = 0;
  let parentBlock: Element | null = null;
  for (let p = block.parentElement; p; p = p.parentElement) {
    if (commentBlock(p)) {
      parentBlock ??= p;
      depth++;
    }
  }
  const story = block.closest('[id^="ufi_"]')?.id.slice(4) ?? ctx.thread.mainId?.slice(9);
  const id = `facebook:${story ? `${story}_` : ''}${block.id || contentHash(author, text)}`;
  ctx.thread.place(id, depth);
  const likes = reactionsOf(block);
  const publishedAt = dateOf(block);
  return {
    id,
    platform: 'facebook',
    url: ctx.url.href,
    author: { name: author },
    ...limitText(text, MAX_TEXT),
    ...(publishedAt ? { publishedAt } : {}),
    ...(parentBlock ? { parentId: `facebook:${story ? `${story}_` : ''}${parentBlock.id}` } : ctx.thread.mainId ? { parentId: ctx.thread.mainId } : {}),
    depth,
    metrics: likes === undefined ? {} : { likes },
  };
}

/** www comments: `[role=article][aria-label^="Comment by"]`, nested for replies */
function readWwwComment(el: Element, ctx: ReadContext): ObservedPost | null {
  const author = visibleText(el.querySelector('a[role="link"] span, a span, a') ?? el).split('\n')[0];
  const textEl = el.querySelector('div[dir="auto"]');
  const text = textEl ? visibleText(textEl) : '';
  if (!author || !text) return null;
  let depth = 0;
  for (let p = el.parentElement?.closest('[role="article"]'); p; p = p.parentElement?.closest('[role="article"]')) {
    if (/^(?:Comment|Reply)/i.test(p.getAttribute('aria-label') ?? '')) depth++;
  }
  const link = el.querySelector('a[href*="comment_id="]')?.getAttribute('href');
  const cid = link?.match(/reply_comment_id=(\d+)/)?.[1] ?? link?.match(/comment_id=(\d+)/)?.[1];
  const id = `facebook:${cid ?? contentHash(author, text)}`;
  const parentId = ctx.thread.place(id, depth);
  const likes = reactionsOf(el);
  return {
    id,
    platform: 'facebook',
    url: absoluteUrl(link, ctx.url) ?? ctx.url.href,
    author: { name: author },
    ...limitText(text, MAX_TEXT),
    ...(parentId ? { parentId } : {}),
    depth,
    metrics: likes === undefined ? {} : { likes },
  };
}

export const facebook: Reader = {
  id: 'facebook',
  platform: 'facebook',
  matches: ['https://*.facebook.com/*', 'https://facebook.com/*'],
  fixtures: [{ page: 'facebook-mbasic-story.html', posts: 5 }],
  detect: (url) => /(?:^|\.)facebook\.com$/.test(url.hostname),
  postSelector: `${STORY}, ${COMMENT_HEAD}`,
  read: (el, ctx) => {
    if (el.matches('[role="article"][aria-label]') && /^(?:Comment|Reply)\b/i.test(el.getAttribute('aria-label')!)) return readWwwComment(el, ctx);
    if (el.matches(COMMENT_HEAD)) return readComment(el, ctx);
    return readStory(el, ctx);
  },
  composerSelector: 'textarea[name="comment_text"], #composerInput, textarea[name="xc_message"], div[role="textbox"][contenteditable="true"]',
  replyBox: (el) => el.querySelector('div[role="textbox"][contenteditable="true"]') ?? el.ownerDocument.querySelector('textarea[name="comment_text"]'),
};
