import type { ObservedPost } from '../model/post';
import { MAX_TEXT } from '../model/limits';
import { absoluteUrl, contentHash, limitText, parseCount, pick, visibleText } from './dom';
import type { ReadContext, Reader } from './reader';

/**
 * YouTube (Polymer custom elements, stable ids inside each). Comments: `ytd-comment-renderer` (to ~2023) and
 * `ytd-comment-view-model` (since), replies inside `ytd-comment-replies-renderer` (one level deep); text
 * `#content-text`; author `#author-text`; likes `#vote-count-middle` (its aria-label is exact); id from the
 * `lc=` parameter of the published-time link. The video itself (description, title, owner) is the main post:
 * `ytd-video-secondary-info-renderer` (2018) or `ytd-watch-metadata` (2021+). Times are relative: left out.
 */
const COMMENT = 'ytd-comment-renderer, ytd-comment-view-model';
const VIDEO = 'ytd-video-secondary-info-renderer, ytd-watch-metadata';
const COMMUNITY_POST = 'ytd-backstage-post-renderer, ytd-post-renderer';

function videoId(ctx: ReadContext): string | undefined {
  return (
    ctx.url.searchParams.get('v') ??
    ctx.url.pathname.match(/^\/(?:shorts|live)\/([\w-]{6,})/)?.[1] ??
    ctx.doc.querySelector('ytd-watch-flexy[video-id]')?.getAttribute('video-id') ??
    undefined
  );
}

/** the video's channel, looked up once per page (not once per comment: watch pages are huge) */
function channel(ctx: ReadContext): string | undefined {
  if (!('channel' in ctx.state)) {
    const el = pick(ctx.doc, ['ytd-watch-metadata #owner #channel-name a', 'ytd-video-owner-renderer #channel-name a', 'ytd-video-owner-renderer #owner-name a', '#owner-name a', '#channel-name #text']);
    const name = el ? visibleText(el) : '';
    // an empty answer is not cached: the owner block may render after the first comments
    if (!name) return undefined;
    ctx.state.channel = name;
  }
  return ctx.state.channel as string;
}

function handleFrom(href: string | null | undefined, shown: string): string | undefined {
  if (shown.startsWith('@')) return shown.slice(1);
  const m = href?.match(/\/(?:@|user\/|c\/)([^/?#]+)/);
  return m ? decodeURIComponent(m[1]!) : undefined;
}

function likesOf(el: Element): number | undefined {
  const count = el.querySelector('#vote-count-middle');
  if (!count || count.hasAttribute('hidden')) return undefined;
  const text = visibleText(count);
  if (!text) return undefined;
  return parseCount(count.getAttribute('aria-label')) ?? parseCount(text);
}

function readComment(el: Element, ctx: ReadContext): ObservedPost | null {
  if (el.closest('template')) return null;
  // a view-model inside a legacy renderer (transition builds) is read through its renderer
  if (el.parentElement?.closest(COMMENT)) return null;
  const textEl = el.querySelector('#content-text');
  const text = textEl ? visibleText(textEl) : '';
  if (!text) return null;
  const authorEl = el.querySelector('#author-text');
  const shown = authorEl ? visibleText(authorEl) : '';
  const href = authorEl?.getAttribute('href');
  const handle = handleFrom(href, shown);
  const link = pick(el, ['#published-time-text a[href*="lc="]', 'a[href*="lc="]']);
  const linkHref = absoluteUrl(link?.getAttribute('href'), ctx.url);
  const lc = linkHref ? new URL(linkHref).searchParams.get('lc') : null;
  const id = `youtube:${lc ?? contentHash(shown, text)}`;
  const reply = el.closest('ytd-comment-replies-renderer, #replies') !== null;
  const depth = reply ? 1 : 0;
  const parentId = reply
    ? (() => {
        const top = el.closest('ytd-comment-thread-renderer')?.querySelector(COMMENT);
        const topLink = top?.querySelector('a[href*="lc="]')?.getAttribute('href');
        const topUrl = absoluteUrl(topLink, ctx.url);
        const topLc = topUrl ? new URL(topUrl).searchParams.get('lc') : null;
        return topLc ? `youtube:${topLc}` : ctx.thread.place(id, 1);
      })()
    : ctx.thread.mainId;
  if (!reply) ctx.thread.place(id, 0);
  const likes = likesOf(el);
  const community = channel(ctx);
  return {
    id,
    platform: 'youtube',
    url: linkHref ?? ctx.url.href,
    ...(community ? { community } : {}),
    author: { ...(shown ? { name: shown.replace(/^@/, '') } : {}), ...(handle ? { handle } : {}) },
    ...limitText(text, MAX_TEXT),
    ...(parentId ? { parentId } : {}),
    depth,
    metrics: likes === undefined ? {} : { likes },
  };
}

function readVideo(el: Element, ctx: ReadContext): ObservedPost | null {
  const vid = videoId(ctx);
  if (!vid) return null;
  const descEl = pick(el, ['#description-inline-expander #expanded yt-attributed-string', '#description-inline-expander yt-attributed-string', '#description yt-formatted-string', 'yt-formatted-string#description', '#description']);
  const description = descEl ? visibleText(descEl, { skip: '#collapse, #expand, tp-yt-paper-button' }) : '';
  const titleEl = pick(ctx.doc, ['ytd-watch-metadata #title h1', 'ytd-video-primary-info-renderer h1', 'h1.title']);
  const title = titleEl ? visibleText(titleEl) : '';
  if (!description && !title) return null;
  const id = `youtube:${vid}`;
  ctx.thread.setMain(id);
  const ownerEl = pick(ctx.doc, ['ytd-watch-metadata #owner #channel-name a', 'ytd-video-owner-renderer #owner-name a', 'ytd-video-owner-renderer #channel-name a', '#owner-name a']);
  const name = ownerEl ? visibleText(ownerEl) : channel(ctx);
  const handle = handleFrom(ownerEl?.getAttribute('href') ?? ctx.doc.querySelector('ytd-video-owner-renderer a[href]')?.getAttribute('href'), name ?? '');
  const likeLabel =
    pick(ctx.doc, ['ytd-video-primary-info-renderer #top-level-buttons yt-formatted-string[aria-label$="likes"]', 'like-button-view-model button[aria-label]', 'ytd-menu-renderer #top-level-buttons button[aria-label^="like this video"]', 'ytd-menu-renderer #top-level-buttons button[aria-label*="like" i]'])?.getAttribute('aria-label') ?? '';
  const likes = /dislike/i.test(likeLabel) ? undefined : parseCount(likeLabel.replace(/^\D+(?=\d)/, ''));
  const viewsEl = pick(ctx.doc, ['ytd-video-view-count-renderer .view-count', 'yt-view-count-renderer .view-count', 'yt-view-count-renderer span', '#info-container #info span']);
  const views = viewsEl && /\d/.test(viewsEl.textContent ?? '') && !/[KMB]\b/i.test(viewsEl.textContent ?? '') ? parseCount(viewsEl.textContent) : undefined;
  return {
    id,
    platform: 'youtube',
    url: `https://www.youtube.com/watch?v=${vid}`,
    ...(name ? { community: name } : {}),
    author: { ...(name ? { name } : {}), ...(handle ? { handle } : {}) },
    ...(title ? { title } : {}),
    ...limitText(description || title, MAX_TEXT),
    metrics: { ...(likes === undefined ? {} : { likes }), ...(views === undefined ? {} : { views }) },
  };
}

function readCommunityPost(el: Element, ctx: ReadContext): ObservedPost | null {
  const textEl = el.querySelector('#content-text');
  const text = textEl ? visibleText(textEl) : '';
  if (!text) return null;
  const authorEl = el.querySelector('#author-text');
  const shown = authorEl ? visibleText(authorEl) : '';
  const link = el.querySelector('#published-time-text a[href*="/post/"], a[href*="/post/"]');
  const url = absoluteUrl(link?.getAttribute('href'), ctx.url);
  const pid = url?.match(/\/post\/([\w-]+)/)?.[1];
  const likes = likesOf(el);
  const handle = handleFrom(authorEl?.getAttribute('href'), shown);
  return {
    id: `youtube:${pid ?? contentHash(shown, text)}`,
    platform: 'youtube',
    url: url ?? ctx.url.href,
    ...(shown ? { community: shown } : {}),
    author: { ...(shown ? { name: shown.replace(/^@/, '') } : {}), ...(handle ? { handle } : {}) },
    ...limitText(text, MAX_TEXT),
    metrics: likes === undefined ? {} : { likes },
  };
}

export const youtube: Reader = {
  id: 'youtube',
  platform: 'youtube',
  matches: ['https://www.youtube.com/*', 'https://m.youtube.com/*', 'https://youtube.com/*'],
  fixtures: [{ page: 'youtube-watch.html', posts: 4 }],
  detect: (url) => /(?:^|\.)youtube\.com$/.test(url.hostname),
  postSelector: `${VIDEO}, ${COMMENT}, ${COMMUNITY_POST}`,
  read: (el, ctx) => {
    if (el.matches(COMMENT)) return el.closest(COMMUNITY_POST) ? null : readComment(el, ctx);
    if (el.matches(COMMUNITY_POST)) return readCommunityPost(el, ctx);
    return readVideo(el, ctx);
  },
  composerSelector: 'ytd-commentbox #contenteditable-root, #contenteditable-root[contenteditable="true"], #simplebox-placeholder',
  replyBox: (el) => el.querySelector('#reply-dialog #contenteditable-root, #reply-dialog [contenteditable="true"]'),
};
