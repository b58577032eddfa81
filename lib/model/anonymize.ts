// "Store author names: off". Pure and zod-free (types only), so the worker, backup import and the scrub of stored
// history all use this one definition of what "without the author" means.
import type { ObservedPost } from './post';
import type { Capture, Sighting, StoredPost } from './stored';

/** What a handle is replaced with where a path needs the segment but the platform has no handle-free form. */
const GONE = '_';

const X_HOSTS = /^(?:www\.|mobile\.)?(?:x|twitter)\.com$/;
/** X paths whose first segment is a section, not an account. */
const X_SECTIONS = new Set(['i', 'home', 'explore', 'search', 'hashtag', 'notifications', 'messages', 'settings', 'compose', 'tos', 'privacy']);
const INSTAGRAM_SECTIONS = new Set(['p', 'reel', 'reels', 'tv', 'explore', 'direct', 'accounts']);
const FACEBOOK_SECTIONS = new Set(['watch', 'groups', 'events', 'marketplace', 'gaming', 'reel', 'photo', 'video', 'hashtag', 'search', 'home.php', 'story.php', 'permalink.php', 'photo.php']);
/** Path prefixes that name a person on forums, blogs and comment systems (Discourse, XenForo, WordPress, phpBB …). */
const PERSON_PATHS = /^\/(?:u|user|users|member|members|author|profile|profiles|people)\//i;

const origin = (u: URL) => `${u.protocol}//${u.host}/`;

/**
 * The URL without any handle in it: the post stays reachable where the platform has a handle-free permalink
 * (x.com/i/status/ID, threads.net/t/CODE, instagram.com/p/CODE, reddit.com/comments/ID); otherwise the handle's
 * path segment becomes `_` (distinct per post, so page keys stay apart), or the URL falls back to the site.
 * Applied to post URLs and to page URLs (page keys) alike.
 */
export function anonymousUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return '';
  }
  const host = u.hostname.toLowerCase();
  const seg = u.pathname.split('/').filter(Boolean);
  const first = seg[0]?.toLowerCase() ?? '';
  const to = (path: string, keep: string[] = []) => {
    const q = new URLSearchParams();
    for (const k of keep) if (u.searchParams.has(k)) q.set(k, u.searchParams.get(k)!);
    const qs = q.toString();
    return `${u.protocol}//${u.host}${path}${qs ? `?${qs}` : ''}`;
  };
  if (X_HOSTS.test(host)) {
    if (seg[1] === 'status' && /^\d+$/.test(seg[2] ?? '')) return to(`/i/status/${seg[2]}`);
    return X_SECTIONS.has(first) ? to(u.pathname, first === 'search' || first === 'hashtag' ? ['q'] : []) : origin(u);
  }
  if (host === 'bsky.app' || host.endsWith('.bsky.app')) {
    // No handle-free permalink: a post is addressed by its author's handle or DID.
    if (first === 'profile' && seg[2] === 'post' && seg[3]) return to(`/profile/${GONE}/post/${seg[3]}`);
    return first === 'profile' ? origin(u) : to(u.pathname, ['q']);
  }
  if (/(?:^|\.)threads\.(?:net|com)$/.test(host)) {
    if (seg[0]?.startsWith('@') && seg[1] === 'post' && seg[2]) return to(`/t/${seg[2]}`);
    if (first === 't' && seg[1]) return to(`/t/${seg[1]}`);
    return origin(u);
  }
  if (/(?:^|\.)instagram\.com$/.test(host)) {
    const i = seg.findIndex((s) => s === 'p' || s === 'reel' || s === 'tv');
    if (i >= 0 && seg[i + 1]) return to(`/${seg.slice(i).join('/')}/`);
    return INSTAGRAM_SECTIONS.has(first) ? to(u.pathname) : origin(u);
  }
  if (/(?:^|\.)youtube\.com$/.test(host) || host === 'youtu.be') {
    // `ab_channel` (the channel's name) rides along on shared watch links.
    if (first === 'watch' || first === 'shorts' || first === 'live' || host === 'youtu.be') return to(u.pathname, ['v', 'lc', 't', 'list']);
    return first === 'results' ? to(u.pathname, ['search_query']) : origin(u);
  }
  if (/(?:^|\.)linkedin\.com$/.test(host)) {
    const activity = u.pathname.match(/activity[-:](\d+)/);
    if (first === 'posts' && activity) return to(`/feed/update/urn:li:activity:${activity[1]}/`);
    return first === 'feed' || first === 'search' ? to(u.pathname) : origin(u);
  }
  if (/(?:^|\.)reddit\.com$/.test(host)) {
    const comments = seg.indexOf('comments');
    // A profile's posts live in the pseudo-subreddit r/u_NAME; /comments/ID reaches any post without it.
    if (first === 'user' || first === 'u' || (first === 'r' && /^u_/i.test(seg[1] ?? ''))) {
      return comments >= 0 && seg[comments + 1] ? to(`/comments/${seg.slice(comments + 1, comments + 2).join('/')}/`) : origin(u);
    }
    return to(u.pathname);
  }
  if (host === 'news.ycombinator.com') {
    // user?id=, threads?id=, submitted?id=, favorites?id= name a person; item?id= is a post.
    return first === 'item' ? to('/item', ['id']) : first === '' || first === 'news' || first === 'newest' ? to(u.pathname, ['p']) : origin(u);
  }
  if (/(?:^|\.)facebook\.com$/.test(host)) {
    // story.php?story_fbid=…&id=OWNER: the owner's id goes.
    const fbid = u.searchParams.get('story_fbid');
    if (fbid) return to(`/${first}`, ['story_fbid']);
    if (['posts', 'videos', 'photos'].includes(seg[1] ?? '') && seg[2]) return to(`/${GONE}/${seg[1]}/${seg[2]}`);
    return FACEBOOK_SECTIONS.has(first) ? to(u.pathname, ['story_fbid', 'fbid', 'v']) : origin(u);
  }
  // Any other site (Mastodon, Discourse, forums, blogs): an @handle segment, or a person's page.
  if (PERSON_PATHS.test(u.pathname)) return origin(u);
  const path = seg.map((s) => (s.startsWith('@') || s.startsWith('%40') ? `@${GONE}` : s)).join('/');
  if (seg.some((s) => s.startsWith('@') || s.startsWith('%40'))) return to(`/${path}`);
  // Query parameters may name the author (author=, user=): only the page itself is kept, and a fragment
  // that points at a comment (#comment-41, #post-40101), never one naming a person.
  const hash = /^#(?:comment|post|js-post|p|c|reply)[-_]?\d+$/i.test(u.hash) ? u.hash : '';
  return `${to(u.pathname, [...u.searchParams.keys()].filter((k) => !/user|author|name|member|profile|by/i.test(k)))}${hash}`;
}

/**
 * A post id without its author: only Bluesky puts the author in the id (`bluesky:HANDLE/RKEY`). A record key is
 * a microsecond timestamp with a random clock id, so two authors' keys practically never collide.
 */
export function anonymousId(id: string): string {
  const bsky = id.match(/^bluesky:[^/]+\/(.+)$/);
  return bsky ? `bluesky:${bsky[1]}` : id;
}

/** `@name` and `@name@server` mentions in a text become `@_`; e-mail addresses (a word before the `@`) stay. */
const MENTION = /(^|[^\w@./])@\w(?:[\w.-]*\w)?(?:@\w[\w-]*(?:\.\w[\w-]*)+)?/g;
export const withoutMentions = (text: string) => text.replace(MENTION, `$1@${GONE}`);

/** Communities that are a person rather than a place: Reddit's u/NAME, and sites where the community is the author's. */
function anonymousCommunity(p: ObservedPost): string | undefined {
  const c = p.community;
  if (c === undefined) return undefined;
  // Instagram, YouTube and LinkedIn name the account that posted (or whose video a comment is on).
  if (p.platform === 'instagram' || p.platform === 'youtube' || p.platform === 'linkedin' || p.platform === 'threads' || p.platform === 'x' || p.platform === 'bluesky') return undefined;
  if (/^u\//i.test(c) || c.startsWith('@')) return undefined;
  return mentions(c, authorWords(p)) ? undefined : c;
}

/** The author's handle and name, and a handle's local part (`rin` of `rin@server`), as words to look for. */
function authorWords(p: ObservedPost): string[] {
  const { name, handle } = p.author ?? {};
  return [handle, handle?.split('@')[0], name].filter((w): w is string => !!w && w.trim().length >= 2).map((w) => w.trim().toLowerCase());
}

/** Whether a string holds one of the words as a whole word (case-insensitive). */
function mentions(s: string, words: string[]): boolean {
  const lower = safeDecode(s).toLowerCase();
  return words.some((w) => {
    for (let i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + 1)) {
      const before = lower[i - 1];
      const after = lower[i + w.length];
      if ((!before || !/[\p{L}\p{N}_]/u.test(before)) && (!after || !/[\p{L}\p{N}_]/u.test(after))) return true;
    }
    return false;
  });
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * The post without any trace of its author: no name or handle, no handle in its URL, id, parent id or
 * community, no @mentions in its text or title. Idempotent. Names written in prose ("thanks Priya!") stay:
 * they cannot be told from other words.
 */
export function anonymousPost<P extends ObservedPost>(p: P): P {
  const words = authorWords(p);
  let url = anonymousUrl(p.url);
  // Whatever rule missed (a site not known above), the author's own name or handle in the URL drops it to the site.
  if (mentions(url, words)) url = (() => { try { return origin(new URL(url)); } catch { return ''; } })();
  const community = anonymousCommunity(p);
  const { community: _c, parentId, title, ...rest } = p;
  return {
    ...rest,
    id: anonymousId(p.id),
    url,
    author: {},
    text: withoutMentions(p.text),
    ...(title !== undefined ? { title: withoutMentions(title) } : {}),
    ...(parentId !== undefined ? { parentId: anonymousId(parentId) } : {}),
    ...(community !== undefined ? { community } : {}),
  } as P;
}

/** A stored post without its author, with the bookkeeping that derives from it (author key, page key). */
export function anonymousStoredPost(p: StoredPost): StoredPost {
  const q = anonymousPost(p);
  const changedText = q.text !== p.text;
  return {
    ...q,
    authorKey: '',
    pageKey: anonymousUrl(p.pageKey) || p.pageKey,
    // Text that lost a mention is analysed again (spans and flags point into the old text).
    ...(changedText ? { analyzed: 0 as const } : {}),
  };
}

export function anonymousSighting(s: Sighting): Sighting {
  return { ...s, pageKey: anonymousUrl(s.pageKey) || s.pageKey, postId: anonymousId(s.postId) };
}

export function anonymousCapture(c: Capture): Capture {
  const postId = anonymousId(c.postId);
  return { ...c, id: c.id.startsWith('cap:') ? `cap:${postId}` : c.id, postId, post: anonymousPost(c.post) };
}

/** A page's report (posts read, page status) without authors: its page URL too, so page keys hold no handle. */
export function anonymousReport<R extends { url: string; posts?: ObservedPost[] }>(r: R): R {
  return { ...r, url: anonymousUrl(r.url) || r.url, ...(r.posts ? { posts: r.posts.map(anonymousPost) } : {}) };
}
