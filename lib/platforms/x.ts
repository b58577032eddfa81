import type { ObservedPost } from '../model/post';
import { MAX_TEXT } from '../model/limits';
import { absoluteUrl, contentHash, follows, isoDate, limitText, own, parseCount, visibleText } from './dom';
import type { ReadContext, Reader } from './reader';

/**
 * X / Twitter. Class names are generated, so only testids, roles, aria-labels, `lang`, `time[datetime]` and
 * `/status/` links are used. Seen: 2021 (`article[role=article] > div[data-testid=tweet]`, text in `div[lang]`,
 * quote in `div[role=link]`) and 2025 (`article[data-testid=tweet]`, `[data-testid=tweetText]`, `User-Name`).
 * A quote post yields two posts: the outer one and the quoted one (when its text is rendered).
 */
const TEXT = ['[data-testid="tweetText"]', 'div[lang]'];
const PROMOTED_LABEL = /^(?:Promoted|Ad|Promoted by .+|Gesponsert|Anzeige|Sponsorisé|Publicité|Promocionado|Anuncio|Patrocinado|Promosso|Sponsorizzato|Реклама|Gesponsord|プロモーション|广告|推廣)$/;

function statusOf(href: string | null | undefined): { handle: string; id: string } | undefined {
  const m = href?.match(/^(?:https?:\/\/(?:www\.|mobile\.)?(?:x|twitter)\.com)?\/([A-Za-z0-9_]{1,15})\/status(?:es)?\/(\d+)/);
  return m ? { handle: m[1]!, id: m[2]! } : undefined;
}

/** The quoted post inside a tweet: a `div[role=link]` (not the tweet itself) holding a time or a text. */
function quotedIn(scope: Element): Element | null {
  for (const el of scope.querySelectorAll('div[role="link"]')) {
    if (el.querySelector('time, [data-testid="tweetText"], div[lang], [data-testid="User-Name"]')) return el;
  }
  return null;
}

function nameAndHandle(scope: Element, exclude: (Element | null)[], handleHint?: string): { name?: string; handle?: string } {
  let block = own(scope, '[data-testid="User-Name"]', exclude);
  if (!block && handleHint) {
    for (const a of scope.querySelectorAll(`a[href]`)) {
      if (exclude.some((x) => x?.contains(a)) || a.closest('[data-testid="socialContext"]')) continue;
      if (a.getAttribute('href')?.toLowerCase() === `/${handleHint.toLowerCase()}` && visibleText(a)) {
        block = a;
        break;
      }
    }
  }
  // 2021 quote: no testid; the header is what comes before the text
  const header = block ? visibleText(block) : scope.matches('div[role="link"]') ? visibleText(scope, { skip: TEXT.join(',') }) : '';
  if (!header) return handleHint ? { handle: handleHint } : {};
  const lines = header.split('\n').map((l) => l.trim()).filter(Boolean);
  let name: string | undefined;
  let handle: string | undefined;
  for (const line of lines) {
    const at = line.match(/(?:^|\s)@([A-Za-z0-9_]{1,15})\b/);
    if (at && !handle) handle = at[1];
    const before = at ? line.slice(0, at.index).trim() : line;
    if (!name && before && before !== '·') name = before;
    if (name && handle) break;
  }
  return { name, handle: handle ?? handleHint };
}

function countFrom(scope: Element, exclude: (Element | null)[], testids: string[]): number | undefined {
  for (const id of testids) {
    const el = own(scope, `[data-testid="${id}"]`, exclude);
    const n = parseCount(el?.getAttribute('aria-label'));
    if (n !== undefined) return n;
  }
  return undefined;
}

function isPromoted(article: Element, exclude: (Element | null)[]): boolean {
  if (article.closest('[data-testid="placementTracking"]')) return true;
  for (const pt of article.querySelectorAll('[data-testid="placementTracking"]')) {
    if (!pt.querySelector('[data-testid="videoPlayer"], video') && !exclude.some((x) => x?.contains(pt))) return true;
  }
  for (const span of article.querySelectorAll('span')) {
    if (span.children.length > 0 || span.closest('[data-testid="tweetText"], div[lang], [role="link"]')) continue;
    if (PROMOTED_LABEL.test((span.textContent ?? '').trim())) return true;
  }
  return false;
}

function readTweet(scope: Element, exclude: (Element | null)[], ctx: ReadContext, quote: boolean): ObservedPost | null {
  const textEl = TEXT.map((s) => own(scope, s, exclude)).find(Boolean) ?? null;
  const text = textEl ? visibleText(textEl) : '';
  if (!text) return null; // media-only or not rendered: nothing a person can read
  const timeEl = own(scope, 'time[datetime]', exclude);
  let status = statusOf(timeEl?.closest('a')?.getAttribute('href'));
  if (!status) {
    for (const a of scope.querySelectorAll('a[href*="/status/"]')) {
      if (exclude.some((x) => x?.contains(a)) || /\/(?:analytics|retweets|likes|quotes|history)\/?$/.test(a.getAttribute('href')!)) continue;
      status = statusOf(a.getAttribute('href'));
      if (status) break;
    }
  }
  let hint = status?.handle;
  if (!hint) {
    // promoted posts have no status link: the author's profile link with a name in it
    for (const a of scope.querySelectorAll('a[href^="/"]')) {
      const m = a.getAttribute('href')!.match(/^\/([A-Za-z0-9_]{1,15})$/);
      if (m && !exclude.some((x) => x?.contains(a)) && !a.closest('[data-testid="socialContext"]') && visibleText(a)) {
        hint = m[1];
        break;
      }
    }
  }
  const who = nameAndHandle(scope, exclude, hint);
  const publishedAt = isoDate(timeEl?.getAttribute('datetime'));
  const id = status ? `x:${status.id}` : `x:${contentHash(who.handle, publishedAt, text)}`;
  const url = status ? `${ctx.url.origin}/${status.handle}/status/${status.id}` : ctx.url.href;
  const metrics: ObservedPost['metrics'] = {};
  if (!quote) {
    // a quoted post has no action bar of its own, so the bar is the outer post's wherever it sits
    const likes = countFrom(scope, [], ['like', 'unlike']);
    const replies = countFrom(scope, [], ['reply']);
    const reposts = countFrom(scope, [], ['retweet', 'unretweet']);
    const analytics = own(scope, 'a[href$="/analytics"]', []);
    let views = parseCount(analytics?.getAttribute('aria-label'));
    if (views === undefined) {
      const group = own(scope, '[role="group"][aria-label]', [])?.getAttribute('aria-label') ?? '';
      const m = group.match(/([\d,.]+)\s+views/i);
      if (m) views = parseCount(m[1]);
    }
    if (likes !== undefined) metrics.likes = likes;
    if (replies !== undefined) metrics.replies = replies;
    if (reposts !== undefined) metrics.reposts = reposts;
    if (views !== undefined) metrics.views = views;
  }
  return {
    id,
    platform: 'x',
    url: absoluteUrl(url, ctx.url) ?? ctx.url.href,
    author: { ...(who.name ? { name: who.name } : {}), ...(who.handle ? { handle: who.handle } : {}) },
    ...limitText(text, MAX_TEXT),
    ...(publishedAt ? { publishedAt } : {}),
    metrics,
    ...(textEl?.getAttribute('lang') ? { lang: textEl.getAttribute('lang')! } : {}),
  };
}

/**
 * An X Article (long-form post, `x.com/i/article/ID` or `/handle/article/ID`): its own read view, not a tweet —
 * a title, the author's User-Name block, the post's time linking to the status that carries it, the text in a
 * rich-text component of paragraph blocks, the same action bar. It is the page's main post; the replies under it
 * answer it.
 */
const ARTICLE_VIEW = '[data-testid="twitterArticleReadView"]';

function readArticle(view: Element, ctx: ReadContext): ObservedPost | null {
  const body = view.querySelector('[data-testid="longformRichTextComponent"]');
  const text = body ? visibleText(body) : '';
  if (!text) return null;
  const title = view.querySelector('[data-testid="twitter-article-title"]');
  const timeEl = view.querySelector('time[datetime]');
  const status = statusOf(timeEl?.closest('a')?.getAttribute('href')) ?? [...view.querySelectorAll('a[href*="/status/"]')].map((a) => statusOf(a.getAttribute('href'))).find(Boolean);
  const who = nameAndHandle(view, [body], status?.handle);
  const publishedAt = isoDate(timeEl?.getAttribute('datetime'));
  const articleId = ctx.url.pathname.match(/\/article\/(\d+)/)?.[1];
  const id = status ? `x:${status.id}` : `x:${articleId ? `article-${articleId}` : contentHash(who.handle, text)}`;
  const likes = countFrom(view, [], ['like', 'unlike']);
  const replies = countFrom(view, [], ['reply']);
  const reposts = countFrom(view, [], ['retweet', 'unretweet']);
  ctx.thread.setMain(id);
  return {
    id,
    platform: 'x',
    url: status ? `${ctx.url.origin}/${status.handle}/status/${status.id}` : ctx.url.href.replace(/[?#].*$/, ''),
    author: { ...(who.name ? { name: who.name } : {}), ...(who.handle ? { handle: who.handle } : {}) },
    ...(title && visibleText(title) ? { title: visibleText(title) } : {}),
    ...limitText(text, MAX_TEXT),
    ...(publishedAt ? { publishedAt } : {}),
    metrics: {
      ...(likes === undefined ? {} : { likes }),
      ...(replies === undefined ? {} : { replies }),
      ...(reposts === undefined ? {} : { reposts }),
    },
  };
}

function read(article: Element, ctx: ReadContext): ObservedPost[] | null {
  if (article.matches(ARTICLE_VIEW)) {
    const post = readArticle(article, ctx);
    return post ? [post] : null;
  }
  const quoted = quotedIn(article);
  const main = readTweet(article, [quoted], ctx, false);
  const out: ObservedPost[] = [];
  if (main) {
    if (isPromoted(article, [quoted])) main.promoted = true;
    // On a status page the focal post is the thread's main post; posts after it are replies to it.
    const focal = ctx.url.pathname.match(/\/status(?:es)?\/(\d+)/)?.[1];
    // on an Article's page, the posts under it answer the Article
    const onArticle = /\/article\/\d+/.test(ctx.url.pathname);
    if (focal && main.id === `x:${focal}`) ctx.thread.setMain(main.id);
    else if ((focal || onArticle) && ctx.thread.mainId && main.id !== ctx.thread.mainId && !main.promoted) {
      main.parentId = ctx.thread.place(main.id, 0);
      main.depth = 0;
    }
    out.push(main);
  }
  if (quoted) {
    const q = readTweet(quoted, [], ctx, true);
    if (q && q.id !== main?.id) out.push(q);
  }
  return out.length ? out : null;
}

/**
 * Twitter before the 2019 React rewrite (still in archives and saved pages): `div.tweet[data-tweet-id]` with
 * `data-screen-name` / `data-name` / `data-permalink-path`, text `p.tweet-text`, time `._timestamp[data-time]`,
 * counts `[data-tweet-stat-count]`; on a status page `permalink-tweet` is the main post, `ThreadedConversation`
 * lists are reply chains (each answering the one above).
 */
function readLegacy(el: Element, ctx: ReadContext): ObservedPost[] | null {
  const textEl = el.querySelector('.js-tweet-text-container .tweet-text, p.tweet-text');
  if (!textEl || textEl.closest('.QuoteTweet')) return null;
  const text = visibleText(textEl, { skip: '.u-hidden, .tco-ellipsis .invisible, .twitter-timeline-link .invisible' });
  if (!text) return null;
  const nativeId = el.getAttribute('data-tweet-id') ?? el.getAttribute('data-item-id')!;
  const handle = el.getAttribute('data-screen-name') ?? el.querySelector('.username b')?.textContent?.trim();
  const name = el.getAttribute('data-name') ?? el.querySelector('.fullname')?.textContent?.trim();
  const stamp = el.querySelector('._timestamp[data-time]')?.getAttribute('data-time');
  const publishedAt = isoDate(stamp);
  const stat = (kind: string) => parseCount(el.querySelector(`.ProfileTweet-action--${kind} [data-tweet-stat-count]`)?.getAttribute('data-tweet-stat-count'));
  const likes = stat('favorite');
  const reposts = stat('retweet');
  const replies = stat('reply');
  const id = `x:${nativeId}`;
  const path = el.getAttribute('data-permalink-path');
  const post: ObservedPost = {
    id,
    platform: 'x',
    url: path ? `${ctx.url.origin}${path}` : ctx.url.href,
    author: { ...(name ? { name } : {}), ...(handle ? { handle } : {}) },
    ...limitText(text, MAX_TEXT),
    ...(publishedAt ? { publishedAt } : {}),
    metrics: {
      ...(likes === undefined ? {} : { likes }),
      ...(replies === undefined ? {} : { replies }),
      ...(reposts === undefined ? {} : { reposts }),
    },
    ...(textEl.getAttribute('lang') ? { lang: textEl.getAttribute('lang')! } : {}),
    ...(el.classList.contains('promoted-tweet') || el.getAttribute('data-promoted') === 'true' ? { promoted: true } : {}),
  };
  if (el.classList.contains('permalink-tweet')) ctx.thread.setMain(id);
  else if (el.classList.contains('permalink-descendant-tweet') || el.closest('#descendants, .replies-to')) {
    const chain = el.closest('.ThreadedConversation');
    const items = chain ? [...chain.querySelectorAll('div.tweet[data-tweet-id]')] : [];
    const depth = Math.max(0, items.indexOf(el));
    post.depth = depth;
    const parentId = ctx.thread.place(id, depth);
    if (parentId) post.parentId = parentId;
  }
  const out = [post];
  const quote = el.querySelector('.QuoteTweet');
  const quoteText = quote?.querySelector('.QuoteTweet-text');
  if (quote && quoteText && visibleText(quoteText)) {
    const qid = quote.querySelector('[data-item-id]')?.getAttribute('data-item-id');
    const qHandle = quote.querySelector('[data-screen-name]')?.getAttribute('data-screen-name') ?? quote.querySelector('.username b')?.textContent?.trim();
    const qName = quote.querySelector('.QuoteTweet-fullname')?.textContent?.trim();
    const qText = visibleText(quoteText);
    out.push({
      id: `x:${qid ?? contentHash(qHandle, qText)}`,
      platform: 'x',
      url: qid && qHandle ? `${ctx.url.origin}/${qHandle}/status/${qid}` : ctx.url.href,
      author: { ...(qName ? { name: qName } : {}), ...(qHandle ? { handle: qHandle } : {}) },
      ...limitText(qText, MAX_TEXT),
      metrics: {},
    });
  }
  return out;
}

export const x: Reader = {
  id: 'x',
  platform: 'x',
  matches: ['https://x.com/*', 'https://*.x.com/*', 'https://twitter.com/*', 'https://*.twitter.com/*'],
  fixtures: [{ page: 'x-status.html', posts: 5, promoted: 1 }, { page: 'x-article.html', posts: 3 }],
  detect: (url) => /(?:^|\.)(?:x|twitter)\.com$/.test(url.hostname),
  postSelector: `article[data-testid="tweet"], article[role="article"], div.tweet[data-tweet-id], ${ARTICLE_VIEW}`,
  read: (el, ctx) => (el.matches('div.tweet[data-tweet-id]') ? readLegacy(el, ctx) : read(el, ctx)),
  composerSelector: '[data-testid^="tweetTextarea_"][contenteditable="true"], [data-testid^="tweetTextarea_"] [contenteditable="true"], div[role="textbox"][data-testid^="tweetTextarea_"]',
  // Status pages show one inline reply composer below the focal post.
  replyBox: (el) => {
    const doc = el.ownerDocument;
    const box = doc.querySelector('[data-testid="inline_reply_offscreen"], [data-testid^="tweetTextarea_"]');
    return box && follows(el, box) ? box : null;
  },
};
