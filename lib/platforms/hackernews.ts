import type { ObservedPost } from '../model/post';
import { MAX_TEXT } from '../model/limits';
import { limitText, parseCount, visibleText } from './dom';
import type { ReadContext, Reader } from './reader';

/**
 * Hacker News: server-rendered tables, very stable. Seen on item and listing pages from 2018 to now:
 * `tr.athing.comtr` comments (text in `.commtext`, or `div.comment > span` before ~2019), indentation in
 * `td.ind[indent]` or the spacer image's width / 40, the story in `tr.athing` + the next row's `.subtext`.
 */
const ORIGIN = 'https://news.ycombinator.com';

/** `.age[title]` holds "2024-05-01T18:33:05" or "2024-05-01T18:33:05 1714588385" (UTC seconds). */
function publishedAt(row: Element | null): string | undefined {
  const title = row?.querySelector('.age')?.getAttribute('title');
  if (!title) return undefined;
  const [iso, epoch] = title.trim().split(/\s+/);
  if (epoch && /^\d{9,11}$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString();
  return iso && /^\d{4}-\d\d-\d\dT/.test(iso) ? iso : undefined;
}

function depthOf(row: Element): number {
  const ind = row.querySelector('td.ind');
  const indent = ind?.getAttribute('indent');
  const raw = indent ? Number(indent) : Number(ind?.querySelector('img')?.getAttribute('width') ?? 0) / 40;
  return Number.isFinite(raw) ? Math.min(Math.max(Math.round(raw), 0), 1000) : 0;
}

function readComment(row: Element, ctx: ReadContext): ObservedPost | null {
  const author = row.querySelector('.hnuser')?.textContent?.trim();
  const body = row.querySelector('.commtext') ?? row.querySelector('div.comment > span');
  if (!author || !body || !row.id) return null; // deleted / flagged stubs have neither; no id, no post
  const text = visibleText(body, { skip: '.reply' });
  if (!text) return null;
  const id = `hackernews:${row.id}`;
  const depth = depthOf(row);
  const score = parseCount(row.querySelector('.score')?.textContent);
  return {
    id,
    platform: 'hackernews',
    url: `${ORIGIN}/item?id=${row.id}`,
    community: 'news.ycombinator.com',
    author: { name: author, handle: author },
    ...limitText(text, MAX_TEXT),
    publishedAt: publishedAt(row),
    parentId: ctx.thread.place(id, depth),
    depth,
    metrics: score === undefined ? {} : { likes: score },
  };
}

function readStory(row: Element, ctx: ReadContext): ObservedPost | null {
  const titleLink = row.querySelector('.titleline > a, a.storylink');
  const title = titleLink?.textContent?.trim();
  if (!title || !row.id) return null;
  const sub = row.nextElementSibling?.querySelector('.subtext') ?? null;
  const author = sub?.querySelector('.hnuser')?.textContent?.trim();
  const isItemPage = ctx.url.pathname === '/item';
  // The body of a text post sits in `.toptext` (or, in older markup, a later row of the same table).
  const bodyEl = isItemPage ? row.closest('table')?.querySelector('.toptext') : null;
  const body = bodyEl ? visibleText(bodyEl) : '';
  const comments = [...(sub?.querySelectorAll('a') ?? [])].find((a) => /comment|discuss/i.test(a.textContent ?? ''));
  const id = `hackernews:${row.id}`;
  if (isItemPage) ctx.thread.setMain(id);
  const likes = parseCount(sub?.querySelector('.score')?.textContent);
  const replies = comments && /\d/.test(comments.textContent ?? '') ? parseCount(comments.textContent) : undefined;
  return {
    id,
    platform: 'hackernews',
    url: `${ORIGIN}/item?id=${row.id}`,
    community: 'news.ycombinator.com',
    author: author ? { name: author, handle: author } : {},
    title,
    ...limitText(body || title, MAX_TEXT),
    publishedAt: publishedAt(sub),
    metrics: {
      ...(likes === undefined ? {} : { likes }),
      ...(replies === undefined ? {} : { replies }),
    },
    // Ads ("jobs" rows without a score or author) are HN's only promotion.
    ...(sub && !author && !likes ? { promoted: true } : {}),
  };
}

export const hackernews: Reader = {
  id: 'hackernews',
  platform: 'hackernews',
  matches: ['https://news.ycombinator.com/*'],
  fixtures: [{ page: 'hackernews-item.html', posts: 7 }, { page: 'hackernews-showhn.html', posts: 4 }],
  detect: (url) => url.hostname === 'news.ycombinator.com',
  postSelector: 'tr.athing',
  read: (el, ctx) => (el.classList.contains('comtr') ? readComment(el, ctx) : readStory(el, ctx)),
  composerSelector: 'textarea[name="text"]',
};
