import type { ObservedPost } from '../model/post';
import { MAX_TEXT } from '../model/limits';
import { absoluteUrl, isoDate, limitText, parseCount, pick, visibleText } from './dom';
import type { ReadContext, Reader } from './reader';

/**
 * Mastodon on any instance, recognised by its markup (`#mastodon` root, `script#initial-state`). Web UI (v3-v4):
 * `.status[data-id]` inside `article[data-id]`, author `.display-name__html` / `.display-name__account`, text
 * `.status__content__text` (custom emoji are `img.custom-emoji[alt=":name:"]`), time `a.status__relative-time
 * time[datetime]` (its href is the canonical, possibly remote, URL), counts in the action bar's
 * `.icon-button__counter` or the detailed view's `…/favourites` / `…/reblogs` links. A status page's focused
 * post is `.detailed-status`; posts after it answer it (the UI shows no nesting, so depth stays 0).
 * Older server-rendered pages: `.entry` h-entry blocks with `.status__content` and `dt-published`.
 */
const POST = '.status[data-id], .detailed-status, .entry > .status, .entry > .detailed-status';

function counter(el: Element, labels: RegExp): number | undefined {
  for (const b of el.querySelectorAll('.status__action-bar button, .status__action-bar a, .detailed-status__button button')) {
    const label = `${b.getAttribute('aria-label') ?? ''} ${b.getAttribute('title') ?? ''}`;
    if (!labels.test(label)) continue;
    const shown = b.querySelector('.icon-button__counter, .animated-number');
    const n = shown ? parseCount(visibleText(shown)) : undefined;
    if (n !== undefined) return n;
  }
  return undefined;
}

function detailedCount(el: Element, path: RegExp): number | undefined {
  // the count's own span (all versions), then the link it sits in (`…/favourites`, `/interact/ID?type=favourite`)
  const span = el.querySelector(path.test('/favourites') ? '.detailed-status__favorites' : '.detailed-status__reblogs');
  const shown = span ? parseCount(visibleText(span)) : undefined;
  if (shown !== undefined) return shown;
  for (const a of el.querySelectorAll('.detailed-status__meta a[href]')) {
    if (!path.test(a.getAttribute('href') ?? '')) continue;
    const n = parseCount(visibleText(a));
    if (n !== undefined) return n;
  }
  return undefined;
}

function read(el: Element, ctx: ReadContext): ObservedPost | null {
  if (el.parentElement?.closest(POST)) return null; // a quote inside a status is read with it
  const textEl = pick(el, ['.status__content__text', '.status__content .e-content', '.status__content']);
  const spoiler = el.querySelector('.status__content .spoiler-text, .status__content__spoiler-link')?.closest('p');
  const text = textEl ? visibleText(textEl, { includeHidden: true, skip: '.status__content__spoiler-link, .invisible' }) : '';
  if (!text) return null;
  const nameEl = pick(el, ['.display-name__html', '.display-name strong', '.p-name']);
  const acctEl = pick(el, ['.display-name__account', '.display-name span:last-child']);
  const name = nameEl ? visibleText(nameEl) : undefined;
  const acct = acctEl ? visibleText(acctEl).trim().replace(/^@/, '') : undefined;
  const timeLink = pick(el, ['a.status__relative-time', 'a.detailed-status__datetime', 'a.u-url[href]', 'time[datetime]']);
  const time = timeLink?.matches('time') ? timeLink : timeLink?.querySelector('time[datetime]') ?? el.querySelector('time[datetime], .dt-published');
  const publishedAt = isoDate(time?.getAttribute('datetime') ?? time?.getAttribute('value'));
  const href = timeLink?.closest('a')?.getAttribute('href');
  const url = absoluteUrl(href, ctx.url) ?? ctx.url.href;
  const nativeId = el.getAttribute('data-id') ?? el.closest('article[data-id]')?.getAttribute('data-id') ?? url.match(/\/(\d{6,})(?:[/?#]|$)/)?.[1];
  const id = `mastodon:${ctx.url.hostname}/${nativeId ?? url}`;
  const handle = acct ? (acct.includes('@') ? acct : `${acct}@${ctx.url.hostname}`) : undefined;
  const detailed = el.matches('.detailed-status');
  const likes = detailed ? detailedCount(el, /\/favou?rites$/) ?? counter(el, /Favou?rite/i) : counter(el, /Favou?rite|Like/i);
  const reposts = detailed ? detailedCount(el, /\/reblogs$/) ?? counter(el, /Boost|Reblog/i) : counter(el, /Boost|Reblog/i);
  const replies = counter(el, /^\s*Reply|Replies/i);
  const post: ObservedPost = {
    id,
    platform: 'mastodon',
    url,
    community: ctx.url.hostname,
    author: { ...(name ? { name } : {}), ...(handle ? { handle } : {}) },
    ...limitText(spoiler ? `${visibleText(spoiler)}\n${text}` : text, MAX_TEXT),
    ...(publishedAt ? { publishedAt } : {}),
    metrics: {
      ...(likes === undefined ? {} : { likes }),
      ...(replies === undefined ? {} : { replies }),
      ...(reposts === undefined ? {} : { reposts }),
    },
    ...(textEl?.getAttribute('lang') ? { lang: textEl.getAttribute('lang')! } : {}),
  };
  if (detailed) ctx.thread.setMain(id);
  else if (ctx.thread.mainId && /\/@[^/]+\/\d+/.test(ctx.url.pathname)) {
    post.parentId = ctx.thread.place(id, 0);
    post.depth = 0;
  }
  return post;
}

export function isMastodon(doc: Document): boolean {
  if (doc.querySelector('#mastodon, script#initial-state, body.app-body .columns-area, meta[name="application-name"][content="Mastodon"]')) return true;
  // server-rendered public pages of older versions: statuses plus Mastodon's asset packs or public layout
  return (
    doc.querySelector('.detailed-status, .status__content') !== null &&
    doc.querySelector('script[src*="/packs/"], link[href*="/packs/"], .public-layout, .activity-stream') !== null
  );
}

export const mastodon: Reader = {
  id: 'mastodon',
  platform: 'mastodon',
  matches: [],
  fixtures: [{ page: 'mastodon-status.html', posts: 3 }],
  detect: (_url, doc) => isMastodon(doc),
  postSelector: POST,
  read,
  composerSelector: '.compose-form textarea, .compose-form__autosuggest-wrapper textarea, textarea.autosuggest-textarea__textarea',
  replyBox: (el) => el.ownerDocument.querySelector('.compose-form textarea'),
};
