import type { ObservedPost } from '../../model/post';
import { MAX_TEXT } from '../../model/limits';
import { contentHash, limitText, visibleText } from '../dom';
import type { ReadContext } from '../reader';
import { type Discovered, inGroup, type MemberParts, memberParts } from './discovery';
import { levelDepth, numberedHolder, ownText, threadTitle } from './fields';

/** left out of a discovered post's text: signatures, edit notes, hidden pop-ups, the controls under a post */
const SKIP_CLASS = /signature|(?:^|\s)sig(?:\s|$)|editedby|last-?edit/i;
const skipIn = (selector: string) => (el: Element): boolean =>
  /^(?:NAV|FORM|MENU)$/.test(el.tagName) || SKIP_CLASS.test(el.getAttribute('class') ?? '') || inGroup(el, selector);

/**
 * One member of a discovered group as a post. A member without an author or a body is not a post (a card, a
 * notice); neither is one without a date when the group's posts have dates. A site recipe (`taught`) gives the parts
 * the person marked, and its posts need no author: the person said they are posts.
 */
export function readDiscovered(el: Element, d: Discovered, ctx: ReadContext, mainIsFirst: boolean, taught?: (el: Element) => MemberParts): ObservedPost | null {
  if (!inGroup(el, d.selector)) return null;
  const parts = taught ? taught(el) : memberParts(el, d);
  if (!parts.body || (!parts.author && !taught)) return null;
  if (d.parts.dates >= 0.6 && !parts.date) return null;
  // a body drawn after the name's colon ("lapcool: nice") starts with that colon; it is not the post's text
  const text = ownText(parts.body, skipIn(d.selector)).replace(/^[:：]\s*/, '');
  if (!text) return null;
  const idEl = numberedHolder(el, (e) => inGroup(e, d.selector));
  const anchor = idEl ?? (el.id ? el : undefined);
  const nativeId = el.getAttribute('data-comment-id') ?? el.getAttribute('data-id') ?? el.getAttribute('data-post-id') ?? el.getAttribute('data-pid') ?? el.getAttribute('data-node-id') ?? idEl?.id;
  const id = `generic:${ctx.url.hostname}/${nativeId ?? contentHash(parts.author, text)}`;
  const paginated = /(?:[/.-]page-?([2-9]|\d\d+)\b|[?&](?:page|start|p)=(?!0\b|1\b)\d+)/.test(ctx.url.pathname + ctx.url.search);
  const isMain = mainIsFirst && !paginated && !ctx.thread.mainId && !ctx.state.sawItem;
  ctx.state.sawItem = true;
  if (isMain) ctx.state.mainEl = el;
  ((ctx.state.readEls as WeakSet<Element> | undefined) ?? (ctx.state.readEls = new WeakSet<Element>()) as WeakSet<Element>).add(el);
  const post: ObservedPost = {
    id,
    platform: 'generic',
    url: anchor ? `${ctx.url.href.replace(/#.*$/, '')}#${anchor.id}` : ctx.url.href,
    community: ctx.url.hostname,
    author: parts.author ? { name: parts.author } : {},
    ...limitText(text, MAX_TEXT),
    ...(parts.date ? { publishedAt: parts.date } : {}),
    metrics: parts.score === undefined ? {} : { likes: parts.score },
  };
  if (isMain) {
    ctx.thread.setMain(id);
    // a submission's own text shown after its header block, before the first comment (a link aggregator's story)
    const after = textAfter(el, d.selector);
    if (after) Object.assign(post, limitText(`${text}\n\n${visibleText(after, { skipIf: skipIn(d.selector) })}`, MAX_TEXT));
    const title = threadTitle(ctx.doc);
    if (title) post.title = title.replace(/\s+/g, ' ');
    return post;
  }
  const nested = nestingDepth(el, d.selector, ctx.state.mainEl as Element | undefined, ctx.state.readEls as WeakSet<Element>);
  const depth = nested > 0 ? nested : levelDepth(el, ctx) ?? indentDepth(el, ctx) ?? 0;
  const parentId = ctx.thread.place(id, depth);
  if (parentId) post.parentId = parentId;
  post.depth = depth;
  if (depth > 0) ctx.state.threaded = true;
  return post;
}

/**
 * Depth from the page's structure: posts inside posts, and reply lists placed after their parent post, beside it
 * (`li > article + ul > li > article`). The main post is nobody's parent here: its replies are at depth 0.
 */
function nestingDepth(el: Element, selector: string, mainEl: Element | undefined, posts: WeakSet<Element>): number {
  let depth = 0;
  let path: Element = el;
  for (let p = el.parentElement; p && p !== el.ownerDocument.body; path = p, p = p.parentElement) {
    if (inGroup(p, selector)) {
      if (p !== mainEl) depth++;
      continue;
    }
    if (inGroup(path, selector)) continue; // posts in one list are peers
    for (let s = path.previousElementSibling; s; s = s.previousElementSibling) {
      if (s !== mainEl && (posts.has(s) || (s.tagName !== path.tagName && holdsRead(s, posts, mainEl)))) {
        depth++;
        break;
      }
    }
  }
  return depth;
}

/**
 * The block of text between the main post's element and the first reply, when the post's text is shown apart from
 * its header (`li.story` then `div.story_text`): the largest run of text there, of a paragraph's worth at least.
 */
function textAfter(main: Element, selector: string): Element | undefined {
  let best: Element | undefined;
  let most = 0;
  let reply = false;
  // the elements following the main post's subtree in document order, up to the next post
  let n: Element | null = main;
  let descend = false;
  for (let seen = 0; seen < 200; seen++) {
    let next: Element | null = descend ? n.firstElementChild : null;
    for (let p: Element | null = n; !next && p; p = p.parentElement) next = p.nextElementSibling;
    if (!(n = next)) break;
    if (inGroup(n, selector) || n.querySelector(selector)) {
      reply = true;
      break;
    }
    // forms, menus and page chrome are not the post's text: not looked into
    descend = !/^(?:FORM|NAV|ASIDE|HEADER|FOOTER|SCRIPT|STYLE|TEMPLATE|NOSCRIPT|BUTTON)$/.test(n.tagName);
    const len = descend ? directText(n) : 0;
    if (len > most) [best, most] = [n, len];
  }
  // only between the post and its first reply (after a lone post comes the page's footer, not its text)
  if (!reply || !best || most < 80) return undefined;
  // the paragraphs' block, not one paragraph of it
  return best.tagName === 'P' && best.parentElement && !best.parentElement.querySelector(selector) ? best.parentElement : best;
}

/** Whether a block holds a post read before, as its child or grandchild (`div.comment > div.details`). */
function holdsRead(block: Element, posts: WeakSet<Element>, mainEl: Element | undefined): boolean {
  for (let c = block.firstElementChild; c; c = c.nextElementSibling) {
    if (c !== mainEl && posts.has(c)) return true;
    for (let g = c.firstElementChild; g; g = g.nextElementSibling) if (g !== mainEl && posts.has(g)) return true;
  }
  return false;
}

/**
 * The thread's main post when it is shaped unlike the replies (a blog's article, a forum's opening post drawn
 * bigger): the largest run of text before the first reply, within the nearest block around it that holds an author
 * and a date of its own.
 */
export function readLeadPost(ctx: ReadContext, d: Pick<Discovered, 'selector'>): ObservedPost | null {
  const first = [...ctx.doc.querySelectorAll(d.selector)].find((e) => inGroup(e, d.selector));
  if (!first || !ctx.doc.body) return null;
  let block: Element | undefined;
  let most = 0;
  let seen = 0;
  const walk = (node: Element): boolean => {
    for (let c = node.firstElementChild; c; c = c.nextElementSibling) {
      if (c === first || ++seen > 20_000) return false;
      if (/^(?:SCRIPT|STYLE|TEMPLATE|NOSCRIPT|NAV|HEADER|FOOTER|ASIDE|FORM|SELECT|svg|SVG)$/.test(c.tagName)) continue;
      if (c.contains(first)) {
        // a BBS post holds its replies: its own text runs beside them, in the same element
        const own = directText(c);
        if (own > most) [most, block] = [own, c];
        return walk(c);
      }
      const len = directText(c);
      if (len > most) {
        most = len;
        block = c;
      }
      if (!walk(c)) return false;
    }
    return true;
  };
  walk(ctx.doc.body);
  // a paragraph's worth of text (CJK writes as much in a third of the characters)
  if (!block || most < (/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(block.textContent?.slice(0, 400) ?? '') ? 40 : 120)) return null;
  // the lead post sits beside the replies, not in a page header far above them
  let levels = 0;
  for (let p = first.parentElement; p && !p.contains(block); p = p.parentElement) levels++;
  if (levels > 5) return null;
  // the paragraphs' common block, then the smallest block around it with an author and a date of its own
  const body: Element = block.parentElement && !block.parentElement.contains(first) && /^(?:P|BLOCKQUOTE|LI)$/.test(block.tagName) ? block.parentElement : block;
  const holdsReplies = body.contains(first);
  for (let box: Element | null = holdsReplies ? body : body.parentElement, i = 0; box && (box === body || !box.contains(first)) && i < 8; box = box.parentElement, i++) {
    // the byline is in the block around the body, or in a header block just before it
    const near = [box];
    for (let s = box.previousElementSibling; s && near.length < 4; s = s.previousElementSibling) near.push(s);
    const found = near.map((b) => memberParts(b, { selector: d.selector })).filter((p) => p.author && (holdsReplies || !(p.authorEl && body.contains(p.authorEl))));
    const parts = found.find((p) => p.date) ?? found[0];
    if (!parts?.author || !parts.date) continue;
    // its score sits with the body (under it), whichever block held the byline
    for (let b: Element | null = box, j = 0; b && parts.score === undefined && !b.contains(first) && j < 3; b = b.parentElement, j++) {
      parts.score = memberParts(b, { selector: d.selector }).score;
    }
    // the byline and header lines inside the body (a BBS post's meta lines) are not its text
    const skip = skipIn(d.selector);
    const text = visibleText(body, { skipIf: (e) => skip(e) || (holdsReplies && (e === parts.authorEl || e.contains(parts.authorEl!) || /meta|header|title/i.test(e.getAttribute('class') ?? ''))) });
    const id = `generic:${ctx.url.hostname}/${contentHash(ctx.url.href.replace(/#.*$/, ''), text.slice(0, 200))}`;
    ctx.thread.setMain(id);
    const title = threadTitle(ctx.doc);
    return {
      id,
      platform: 'generic',
      url: ctx.url.href.replace(/#.*$/, ''),
      community: ctx.url.hostname,
      author: { name: parts.author },
      ...(title ? { title: title.replace(/\s+/g, ' ') } : {}),
      ...limitText(text, MAX_TEXT),
      ...(parts.date ? { publishedAt: parts.date } : {}),
      metrics: parts.score === undefined ? {} : { likes: parts.score },
    };
  }
  return null;
}

/** Characters of text an element shows itself (its text nodes and inline children), not in nested blocks. */
function directText(el: Element): number {
  let n = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) n += (c.nodeValue ?? '').replace(/\s+/g, ' ').trim().length;
    else if (c.nodeType === 1 && /^(?:A|B|I|EM|STRONG|SPAN|BR|CODE|SMALL|U|S|SUB|SUP|MARK|Q|ABBR|FONT)$/.test((c as Element).tagName)) n += ((c as Element).textContent ?? '').replace(/\s+/g, ' ').trim().length;
  }
  return n;
}

const INDENT = /(?:margin|padding)-left\s*:\s*(\d+(?:\.\d+)?)(px|em|rem)/i;

/** Depth drawn by indentation (an inline left margin on the post or its wrapper), in steps of the page's smallest one. */
function indentDepth(el: Element, ctx: ReadContext): number | undefined {
  const indentOf = (e: Element): number | undefined => {
    for (let p: Element | null = e, i = 0; p && i < 3; p = p.parentElement, i++) {
      const m = (p.getAttribute('style') ?? '').match(INDENT);
      if (m) return Number(m[1]) * (m[2] === 'px' ? 1 : 16);
    }
    return undefined;
  };
  const own = indentOf(el);
  if (own === undefined) return undefined;
  if (ctx.state.indentStep === undefined) {
    const steps = new Set<number>();
    for (const e of ctx.doc.querySelectorAll('[style*="margin-left"], [style*="padding-left"]')) {
      const m = (e.getAttribute('style') ?? '').match(INDENT);
      if (m) steps.add(Number(m[1]) * (m[2] === 'px' ? 1 : 16));
    }
    const sorted = [...steps].sort((a, b) => a - b);
    ctx.state.indentBase = sorted[0] ?? 0;
    ctx.state.indentStep = sorted.find((s) => s > (sorted[0] ?? 0)) ?? 0;
  }
  const step = (ctx.state.indentStep as number) - (ctx.state.indentBase as number);
  return step > 0 ? Math.round((own - (ctx.state.indentBase as number)) / step) : 0;
}
