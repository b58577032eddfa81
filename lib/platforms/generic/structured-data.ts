import type { ObservedPost } from '../../model/post';
import { MAX_TEXT } from '../../model/limits';
import { absoluteUrl, contentHash, isoDate, limitText, visibleText } from '../dom';
import type { ReadContext } from '../reader';

/**
 * schema.org JSON-LD: `DiscussionForumPosting`, `SocialMediaPosting`, `Comment`, `Answer`, `Question`
 * (also inside `@graph`, and nested `comment[]` / `suggestedAnswer` / `acceptedAnswer`).
 */

type Json = Record<string, unknown>;
const LD_TYPES = /^(?:DiscussionForumPosting|SocialMediaPosting|Comment|Answer|Question|BlogPosting|LiveBlogPosting)$/;

function types(node: Json): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') return str((v as Json).name ?? (v as Json)['@value']);
  return undefined;
}

function ldLikes(node: Json): number | undefined {
  if (typeof node.upvoteCount === 'number') return node.upvoteCount;
  const stats = node.interactionStatistic;
  for (const s of (Array.isArray(stats) ? stats : stats ? [stats] : []) as Json[]) {
    const type = str(s.interactionType) ?? JSON.stringify(s.interactionType ?? '');
    if (/Like|Vote/i.test(type)) return Number(s.userInteractionCount) || 0;
  }
  return undefined;
}

function ldTextOf(html: string | undefined): string {
  if (!html) return '';
  if (!/<[a-z][\s\S]*>/i.test(html)) return html.replace(/\s+/g, ' ').trim();
  // markup inside JSON-LD: parsed as an inert document, never inserted in the page
  if (typeof DOMParser !== 'undefined') return visibleText(new DOMParser().parseFromString(html, 'text/html').body);
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
}

export function readJsonLd(ctx: ReadContext): ObservedPost[] {
  const out: ObservedPost[] = [];
  const visit = (node: unknown, depth: number | undefined, parentId: string | undefined): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const n of node) visit(n, depth, parentId);
      return;
    }
    const obj = node as Json;
    if (obj['@graph']) visit(obj['@graph'], depth, parentId);
    const isPost = types(obj).some((t) => LD_TYPES.test(t));
    let id = parentId;
    let childDepth = depth;
    if (isPost) {
      const text = ldTextOf(str(obj.text) ?? str(obj.articleBody) ?? str(obj.commentText) ?? str(obj.description));
      const author = str(obj.author) ?? str(obj.creator);
      if (text) {
        const url = absoluteUrl(str(obj.url) ?? str(obj['@id']), ctx.url);
        id = `generic:${ctx.url.hostname}/${contentHash(url, author, text.slice(0, 200))}`;
        const likes = ldLikes(obj);
        const publishedAt = isoDate(str(obj.datePublished) ?? str(obj.dateCreated));
        const handle = obj.author && typeof obj.author === 'object' ? str((obj.author as Json).alternateName) : undefined;
        const post: ObservedPost = {
          id,
          platform: 'generic',
          url: url ?? ctx.url.href,
          community: ctx.url.hostname,
          author: { ...(author ? { name: author } : {}), ...(handle ? { handle: handle.replace(/^@/, '') } : {}) },
          ...(str(obj.headline) ?? str(obj.name) ? { title: str(obj.headline) ?? str(obj.name) } : {}),
          ...limitText(text, MAX_TEXT),
          ...(publishedAt ? { publishedAt } : {}),
          metrics: likes === undefined ? {} : { likes },
        };
        if (depth === undefined) {
          if (!ctx.thread.mainId) ctx.thread.setMain(id);
        } else {
          post.depth = depth;
          post.parentId = parentId ?? ctx.thread.mainId;
        }
        out.push(post);
        childDepth = depth === undefined ? 0 : depth + 1;
      }
    }
    for (const key of ['comment', 'suggestedAnswer', 'acceptedAnswer', 'hasPart', 'mainEntity']) {
      if (obj[key]) visit(obj[key], key === 'mainEntity' || key === 'hasPart' ? depth : isPost ? childDepth : depth, isPost ? id : parentId);
    }
  };
  for (const script of ctx.doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''), undefined, undefined);
    } catch {
      // a broken JSON-LD block is the page's problem, not ours
    }
  }
  return out;
}

