import type { ObservedPost } from '../model/post';
import { MAX_TEXT } from '../model/limits';
import { absoluteUrl, contentHash, isoDate, limitText, own, parseCount, pick, shownDate, visibleText } from './dom';
import type { ReadContext, Reader } from './reader';

/**
 * LinkedIn. Feed updates `[data-urn^="urn:li:activity:"]` (`.feed-shared-update-v2`; newer builds
 * `[data-view-name="feed-full-update"]`), text `.update-components-text` / `[data-view-name="feed-commentary"]`,
 * actor `.update-components-actor__title`; comments `article.comments-comment-entity` (2024) /
 * `.comments-comment-item` (2022) with `data-id="urn:li:comment:(…,ID)"`, replies nested in their parent.
 * Articles (Pulse): schema.org microdata (`itemprop=articleBody`, `author`, `datePublished`) or the 2020s
 * `.article-main__content`. Hashed class names roll out gradually, so every field has several variants.
 * Feed times are relative ("3h"): left out.
 */
const UPDATE = '[data-urn^="urn:li:activity:"], [data-urn^="urn:li:share:"], [data-urn^="urn:li:ugcPost:"], [data-view-name="feed-full-update"], article[data-activity-urn]';
const COMMENT = 'article.comments-comment-entity, article.comments-comment-item, [data-id^="urn:li:comment:"]';
const ARTICLE_BODY = '[itemprop="articleBody"], .article-main__content, .article-content__body, [data-test-id="article-content-blocks"], .reader-article-content';

const TEXT = ['[data-test-id="main-feed-activity-card__commentary"]', '.attributed-text-segment-list__content', '.update-components-text', '.feed-shared-update-v2__description', '.feed-shared-inline-show-more-text', '.feed-shared-text', '[data-view-name="feed-commentary"]'];
const ACTOR = ['.update-components-actor__title span[aria-hidden="true"]', '.update-components-actor__name span[aria-hidden="true"]', '.update-components-actor__title', '.update-components-actor__name', '.feed-shared-actor__name'];
const COMMENT_TEXT = ['.comments-comment-item__main-content', '.comments-comment-entity__content .update-components-text', '.comments-comment-item-content-body', '.update-components-text'];
const COMMENT_AUTHOR = ['.comments-comment-meta__description-title', '.comments-post-meta__name-text span[aria-hidden="true"]', '.comments-post-meta__name-text', '.comments-comment-meta__actor a span[aria-hidden="true"]'];

function handleOf(href: string | null | undefined): string | undefined {
  const m = href?.match(/\/(?:in|company|school|showcase)\/([^/?#]+)/);
  return m ? decodeURIComponent(m[1]!) : undefined;
}

function firstText(scope: Element, selectors: string[], outside: Element[]): { el: Element; text: string } | undefined {
  for (const sel of selectors) {
    const el = own(scope, sel, outside);
    const text = el ? visibleText(el, { skip: '.feed-shared-inline-show-more-text__see-more-less-toggle, .see-more, [aria-hidden="true"].visually-hidden' }) : '';
    if (el && text) return { el, text };
  }
  return undefined;
}

function countIn(scope: Element, outside: Element[], selectors: string[]): number | undefined {
  for (const sel of selectors) {
    const el = own(scope, sel, outside);
    if (!el) continue;
    // counts sit in buttons (which visibleText leaves out) or in their aria-labels
    const label = el.getAttribute('aria-label') ?? el.querySelector('[aria-label]')?.getAttribute('aria-label');
    const n = parseCount(label) ?? parseCount(el.textContent);
    if (n !== undefined) return n;
  }
  return undefined;
}

function readUpdate(el: Element, ctx: ReadContext): ObservedPost | null {
  // an update nested in another (a reshare) is read as its own post by its own element
  const comments = [...el.querySelectorAll(COMMENT)];
  const nested = [...el.querySelectorAll(UPDATE)].filter((n) => n !== el);
  const outside = [...comments, ...nested];
  const body = firstText(el, TEXT, outside);
  if (!body) return null;
  const urn = el.getAttribute('data-urn') ?? el.getAttribute('data-activity-urn') ?? el.getAttribute('data-id') ?? '';
  // logged-out pages: the entity lockup's links (avatar first, then the name)
  const lockupName = [...el.querySelectorAll('[data-test-id="main-feed-activity-card__entity-lockup"] a')].find((a) => !a.querySelector('img') && visibleText(a));
  const actorEl = pick(el, ACTOR) ?? lockupName ?? null;
  const name = actorEl ? visibleText(actorEl).split('\n')[0]!.trim() : undefined;
  const actorLink = lockupName ?? own(el, '.update-components-actor__meta-link, .update-components-actor__container-link, a.update-components-actor__image, a[href*="/in/"], a[href*="/company/"]', outside);
  const handle = handleOf(actorLink?.getAttribute('href'));
  const id = urn ? `linkedin:${urn}` : `linkedin:${contentHash(name, body.text)}`;
  const pageUrn = decodeURIComponent(ctx.url.pathname).match(/urn:li:(?:activity|share|ugcPost):\d+/)?.[0];
  const postPage = /^\/(?:feed\/update|posts)\//.test(ctx.url.pathname);
  if ((pageUrn && urn === pageUrn) || (postPage && !ctx.thread.mainId)) ctx.thread.setMain(id);
  const likes = countIn(el, outside, ['[data-test-id="social-actions__reaction-count"]', '.social-details-social-counts__reactions-count', 'button[aria-label$="reactions" i]', '.social-details-social-counts__social-proof-fallback-number']);
  const replies = countIn(el, outside, ['[data-test-id="social-actions__comments"]', '.social-details-social-counts__comments', 'button[aria-label*=" comments" i]']);
  const reposts = countIn(el, outside, ['button[aria-label*=" reposts" i]', 'button[aria-label*=" repost" i]']);
  // the visible copy is aria-hidden (a visually-hidden twin is read aloud), so read the raw text here
  const sub = own(el, '.update-components-actor__sub-description', outside);
  const promoted = /\b(?:Promoted|Sponsored|Gesponsert|Sponsorisé|Sponsorizzato|Promocionado)\b/.test(sub?.textContent ?? '');
  const activity = urn.match(/urn:li:(?:activity|share|ugcPost):\d+/)?.[0];
  return {
    id,
    platform: 'linkedin',
    url: activity ? `https://www.linkedin.com/feed/update/${activity}/` : ctx.url.href,
    ...(name ? { community: name } : {}),
    author: { ...(name ? { name } : {}), ...(handle ? { handle } : {}) },
    ...limitText(body.text, MAX_TEXT),
    metrics: {
      ...(likes === undefined ? {} : { likes }),
      ...(replies === undefined ? {} : { replies }),
      ...(reposts === undefined ? {} : { reposts }),
    },
    ...(promoted ? { promoted: true } : {}),
  };
}

function readComment(el: Element, ctx: ReadContext): ObservedPost | null {
  if (el.matches('[data-id^="urn:li:comment:"]') && !el.matches('article') && el.querySelector('article')) return null;
  const nestedComments = [...el.querySelectorAll(COMMENT)].filter((n) => n !== el);
  const body = firstText(el, COMMENT_TEXT, nestedComments);
  if (!body) return null;
  const authorEl = own(el, COMMENT_AUTHOR.join(', '), nestedComments);
  const name = authorEl ? visibleText(authorEl).split('\n')[0]!.trim() : undefined;
  const link = own(el, 'a[href*="/in/"], a[href*="/company/"]', nestedComments);
  const handle = handleOf(link?.getAttribute('href'));
  const urn = el.getAttribute('data-id') ?? '';
  const cid = urn.match(/,(\d+)\)$/)?.[1] ?? urn.match(/(\d+)\)?$/)?.[1];
  const id = `linkedin:${cid ? `comment:${cid}` : contentHash(name, body.text)}`;
  let depth = 0;
  let parent: Element | null = null;
  for (let p = el.parentElement?.closest(COMMENT); p; p = p.parentElement?.closest(COMMENT) ?? null) {
    parent ??= p;
    depth++;
  }
  const update = el.closest(UPDATE);
  const updateUrn = update?.getAttribute('data-urn');
  const placed = ctx.thread.place(id, depth);
  const parentCid = parent?.getAttribute('data-id')?.match(/,(\d+)\)$/)?.[1];
  const likes = countIn(el, nestedComments, ['.comments-comment-social-bar__reactions-count', 'button[aria-label*="Reaction" i]']);
  return {
    id,
    platform: 'linkedin',
    url: ctx.url.href,
    author: { ...(name ? { name } : {}), ...(handle ? { handle } : {}) },
    ...limitText(body.text, MAX_TEXT),
    ...(parentCid ? { parentId: `linkedin:comment:${parentCid}` } : updateUrn ? { parentId: `linkedin:${updateUrn}` } : placed ? { parentId: placed } : {}),
    depth,
    metrics: likes === undefined ? {} : { likes },
  };
}

function readArticle(bodyEl: Element, ctx: ReadContext): ObservedPost | null {
  const scope = bodyEl.closest('[itemtype], article, main') ?? ctx.doc.documentElement;
  const text = visibleText(bodyEl);
  if (!text) return null;
  const authorEl =
    pick(scope, ['[itemprop="author"] [itemprop="name"]', '[itemprop="author"]', '.author-info__name', '.main-author-card .base-main-card__title', '.base-main-card__title', '.publisher-author-card h3']) ??
    pick(ctx.doc, ['.main-author-card .base-main-card__title', '.base-main-card__title', '[itemprop="author"]']);
  const name = authorEl ? visibleText(authorEl).split('\n')[0]!.trim() : undefined;
  const handle = handleOf((authorEl?.closest('a') ?? scope.querySelector('a[href*="/in/"]'))?.getAttribute('href'));
  const titleEl = pick(scope, ['[itemprop="headline"]', 'h1']);
  const title = titleEl ? visibleText(titleEl) || titleEl.closest('[data-stream-title]')?.getAttribute('data-stream-title') || undefined : undefined;
  const time = pick(scope, ['time[itemprop="datePublished"]', 'time[datetime]']);
  const shownMeta = pick(scope, ['.main-author-card .base-main-card__metadata', '.base-main-card__metadata']) ?? pick(ctx.doc, ['.main-author-card .base-main-card__metadata']);
  const publishedAt = isoDate(time?.getAttribute('datetime')) ?? shownDate(shownMeta?.textContent);
  const likeEl = pick(scope, ['[data-like-count]', '[itemprop="upvoteCount"] .count', '[data-test-id="social-actions__reaction-count"]']);
  const likes = parseCount(likeEl?.getAttribute('data-like-count')) ?? parseCount(likeEl ? visibleText(likeEl) : undefined);
  const views = parseCount(pick(scope, ['[itemprop="UserPageVisits"]', '.views .count'])?.textContent);
  const slug = ctx.url.pathname.match(/\/pulse\/([^/?#]+)/)?.[1];
  const id = `linkedin:${scope.getAttribute('data-stream-article-id') ?? slug ?? contentHash(name, text)}`;
  ctx.thread.setMain(id);
  return {
    id,
    platform: 'linkedin',
    url: absoluteUrl(scope.getAttribute('data-stream-url'), ctx.url) ?? ctx.url.href,
    ...(name ? { community: name } : {}),
    author: { ...(name ? { name } : {}), ...(handle ? { handle } : {}) },
    ...(title ? { title: title.replace(/\s+/g, ' ').trim() } : {}),
    ...limitText(text, MAX_TEXT),
    ...(publishedAt ? { publishedAt } : {}),
    metrics: { ...(likes === undefined ? {} : { likes }), ...(views === undefined ? {} : { views }) },
  };
}

export const linkedin: Reader = {
  id: 'linkedin',
  platform: 'linkedin',
  matches: ['https://www.linkedin.com/*', 'https://linkedin.com/*'],
  fixtures: [{ page: 'linkedin-feed.html', posts: 4, promoted: 1 }],
  detect: (url) => /(?:^|\.)linkedin\.com$/.test(url.hostname),
  postSelector: `${UPDATE}, ${COMMENT}, ${ARTICLE_BODY}`,
  read: (el, ctx) => {
    if (el.matches(ARTICLE_BODY)) return el.parentElement?.closest(ARTICLE_BODY) ? null : readArticle(el, ctx);
    if (el.matches(COMMENT)) return readComment(el, ctx);
    return readUpdate(el, ctx);
  },
  composerSelector: '.share-creation-state__text-editor .ql-editor, .comments-comment-box__form .ql-editor, .ql-editor[contenteditable="true"], div[role="textbox"][contenteditable="true"]',
  replyBox: (el) => el.querySelector('.comments-comment-box__form .ql-editor, .comments-comment-texteditor .ql-editor, div[role="textbox"][contenteditable="true"]'),
};
