import type { ObservedPost } from '../../model/post';
import { MAX_TEXT } from '../../model/limits';
import { absoluteUrl, contentHash, follows, limitText, visibleText } from '../dom';
import type { ReadContext } from '../reader';
import type { Scheme } from './engines';
import { authorText, countFrom, dateFrom, ownFirst } from './fields';

export const ARTICLE_BODY = ['[itemprop="articleBody"]', '.post__text', '.post__body', '.entry-content', '.article-body', '.article__body', '.article-content', '.post-content', '.story-body', 'article [class*="article-text"]', 'main article', 'article'];
const ARTICLE_AUTHOR = ['[itemprop="author"] [itemprop="name"]', '[data-testid="authorName"]', '[rel="author"]', '[class*="user-info__nickname"]', '[class*="author"] [class*="name"]', '.byline a', '[class*="author"] a', '[class*="author"]', '.byline', 'a[href*="/users/"]', 'a[href*="/author/"]'];

/** The page's own article (blog post, news story, forum topic's first post) as the thread's main post. */
export function readArticle(ctx: ReadContext, scheme: Scheme): ObservedPost | null {
  let body: Element | null = null;
  for (const sel of ARTICLE_BODY) {
    body = [...ctx.doc.querySelectorAll(sel)].find((b) => !b.closest(scheme.item) && !b.querySelector(scheme.item)) ?? null;
    if (body) break;
  }
  if (!body) return null;
  const text = visibleText(body);
  if (text.length < 40) return null;
  const scope = body.closest('article, [itemtype], main') ?? ctx.doc.body;
  let authorEl: Element | null = null;
  for (const sel of ARTICLE_AUTHOR) {
    authorEl = [...scope.querySelectorAll(sel)].find((a) => !a.closest(scheme.item) && !body!.contains(a)) ?? null;
    if (authorEl) break;
  }
  const author = authorText(authorEl) ?? ctx.doc.querySelector('meta[name="author"]')?.getAttribute('content') ?? undefined;
  const titleEl = scope.querySelector('h1, [itemprop="headline"]') ?? ctx.doc.querySelector('h1');
  const title = titleEl ? visibleText(titleEl) : undefined;
  const time = [...scope.querySelectorAll('time[datetime], [itemprop="datePublished"]')].find((t) => !t.closest(scheme.item));
  const publishedAt = dateFrom(time ?? null);
  // the article's score: inside it, or else the first one on the page before the comments start
  const firstItem = [...ctx.doc.querySelectorAll(scheme.item)].find((i) => ownFirst(i, scheme.text, scheme.item));
  let likes: number | undefined;
  for (const root of [scope, ctx.doc.body]) {
    for (const sel of ['[itemprop="upvoteCount"]', '[class*="voting"] [class*="counter"]', '[class*="voting"][class*="counter"]', '[class*="vote"][class*="count"]', '[class*="score"]', '[class*="rating"]']) {
      const el = [...root.querySelectorAll(sel)].find(
        (e) => !e.closest(scheme.item) && (!firstItem || follows(e, firstItem)),
      );
      likes = countFrom(el ?? null);
      if (likes !== undefined) break;
    }
    if (likes !== undefined) break;
  }
  // the page's canonical link names the article, but only on the page's own host: a page cannot claim another
  // site's post (its id and link); ids are namespaced by the host the page really came from
  const claimed = absoluteUrl(ctx.doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), ctx.url);
  const canonical = claimed && new URL(claimed).hostname === ctx.url.hostname ? claimed : ctx.url.href.replace(/#.*$/, '');
  const id = `generic:${ctx.url.hostname}/${contentHash(canonical)}`;
  ctx.thread.setMain(id);
  return {
    id,
    platform: 'generic',
    url: canonical,
    community: ctx.url.hostname,
    author: author ? { name: author } : {},
    ...(title ? { title: title.replace(/\s+/g, ' ') } : {}),
    ...limitText(text, MAX_TEXT),
    ...(publishedAt ? { publishedAt } : {}),
    metrics: likes === undefined ? {} : { likes },
  };
}
