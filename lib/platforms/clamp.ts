import { MAX_DATE, MAX_DEPTH, MAX_ID, MAX_LANG, MAX_NAME, MAX_TEXT, MAX_TITLE, MAX_URL, MIN_ID } from '../model/limits';
import type { Metrics, ObservedPost } from '../model/post';

// Every post a reader returns passes through here before it is sent, so no field a page controls can exceed the
// schema's limits (lib/model/limits.ts) and get its whole batch refused: over-long text is cut, an odd value is
// dropped, and the post is kept.

/** Cut to `max` UTF-16 units without leaving half a surrogate pair at the end. */
function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  const end = /[\uD800-\uDBFF]/.test(s[max - 1]!) ? max - 1 : max;
  return s.slice(0, end);
}

/** A short, stable hash (FNV-1a, 32 bits) so an over-long id stays unique when cut. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** An id within the limits: a long one is cut and keeps a hash of the whole, so ids and parent ids still match. */
function clampId(id: string): string {
  return id.length <= MAX_ID ? id : `${cut(id, MAX_ID - 8)}#${hash(id)}`;
}

const LANG_TAG = /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8}){0,8}$/;
const str = (v: unknown): v is string => typeof v === 'string';

function clampMetrics(m: Metrics | undefined): Metrics {
  const out: Metrics = {};
  for (const key of ['likes', 'replies', 'reposts', 'views'] as const) {
    const v = m?.[key];
    if (typeof v !== 'number' || !Number.isFinite(v)) continue;
    const n = Math.trunc(v);
    if (!Number.isSafeInteger(n) || (key !== 'likes' && n < 0)) continue;
    out[key] = n;
  }
  return out;
}

/** The post as the schema accepts it. */
export function clampPost(post: ObservedPost): ObservedPost {
  const out: ObservedPost = {
    id: post.id.length >= MIN_ID ? clampId(post.id) : `${post.platform}:${hash(`${post.url}\n${post.text}`)}`,
    platform: post.platform,
    url: cut(str(post.url) ? post.url : '', MAX_URL),
    author: {},
    text: str(post.text) ? cut(post.text, MAX_TEXT) : '',
    metrics: clampMetrics(post.metrics),
  };
  if (str(post.author?.name)) out.author.name = cut(post.author.name, MAX_NAME);
  if (str(post.author?.handle)) out.author.handle = cut(post.author.handle, MAX_NAME);
  if (str(post.community)) out.community = cut(post.community, MAX_NAME);
  if (str(post.title)) out.title = cut(post.title, MAX_TITLE);
  if (post.truncated === true || (str(post.text) && post.text.length > MAX_TEXT)) out.truncated = true;
  if (str(post.publishedAt) && post.publishedAt.length <= MAX_DATE) out.publishedAt = post.publishedAt;
  if (str(post.parentId) && post.parentId.length >= MIN_ID) out.parentId = clampId(post.parentId);
  if (typeof post.depth === 'number' && Number.isFinite(post.depth)) out.depth = Math.min(Math.max(Math.trunc(post.depth), 0), MAX_DEPTH);
  if (str(post.lang) && post.lang.length <= MAX_LANG && LANG_TAG.test(post.lang)) out.lang = post.lang;
  if (typeof post.promoted === 'boolean') out.promoted = post.promoted;
  return out;
}
