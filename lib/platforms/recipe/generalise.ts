import { isSelector } from '../../model/selector';

/**
 * From one post the person pointed at to the page's other posts: the selector that matches the most elements
 * shaped like the example (same tag path among siblings and cousins), in the manner of uBlock Origin's picker
 * proposing a cosmetic filter. Plain DOM code: runs in the content script and in Node tests alike.
 */

const IDENT = /^-?[A-Za-z_][\w-]*$/;
/** generated or numbered class names (`css-175oi2r`, `post-1234`) do not repeat across posts */
const USABLE_CLASS = (c: string) => IDENT.test(c) && c.length <= 48 && !/\d{3}/.test(c);
const ID_NUMBERED = /^([A-Za-z][A-Za-z_-]*?)[-_]?\d+$/;
/** elements of a page looked at per candidate selector: a bound on the picker's cost on a huge page */
const MAX_MATCHES = 20_000;

/** The selectors an element could be known by: its classes, its numbered id's prefix, its place under its parent. */
export function selectorsFor(el: Element): string[] {
  const tag = el.tagName.toLowerCase();
  if (!IDENT.test(tag)) return [];
  const own: string[] = [];
  const classes = [...el.classList].filter(USABLE_CLASS);
  for (const c of classes) own.push(`${tag}.${c}`);
  if (classes.length > 1) own.push(`${tag}.${classes.join('.')}`);
  const m = el.id.match(ID_NUMBERED);
  if (m) own.push(`${tag}[id^="${m[1]}"]`);
  const out = [...own];
  // the parent's shape: posts without a class of their own are known by where they sit (`div.thread>div`)
  const parent = el.parentElement;
  if (parent && parent.tagName !== 'BODY' && parent.tagName !== 'HTML') {
    const pTag = parent.tagName.toLowerCase();
    const pClasses = [...parent.classList].filter(USABLE_CLASS);
    const pm = parent.id.match(ID_NUMBERED);
    const pKeys = [...pClasses.map((c) => `${pTag}.${c}`), ...(pm ? [`${pTag}[id^="${pm[1]}"]`] : []), ...(pClasses.length || pm ? [] : [pTag])];
    for (const p of pKeys) {
      out.push(`${p}>${tag}`);
      for (const o of own) out.push(`${p}>${o}`);
    }
  }
  out.push(tag);
  return out.filter(isSelector);
}

/**
 * An element's signature: its ancestors' tags and its own tag and usable classes (siblings and cousins that are
 * posts share it; a post's header beside its text does not).
 */
function signature(el: Element, levels = 4): string {
  const tags: string[] = [];
  for (let p: Element | null = el; p && tags.length < levels; p = p.parentElement) tags.push(p.tagName);
  return `${tags.join('<')}|${[...el.classList].filter(USABLE_CLASS).sort().join('.')}`;
}

export interface Generalised {
  selector: string;
  /** the elements it matches, the example among them */
  members: Element[];
}

/**
 * The best selector for the posts shaped like `example`: every candidate must match the example and at least one
 * other element; of those, the one matching most elements that share the example's tag path, while matching few
 * that do not (a class like `clearfix` matches everything). Null when the example is alone of its kind.
 */
export function generalise(example: Element): Generalised | null {
  const doc = example.ownerDocument;
  const path = signature(example);
  let best: (Generalised & { score: number }) | null = null;
  for (const selector of selectorsFor(example)) {
    let members: Element[];
    try {
      members = [...doc.querySelectorAll(selector)].slice(0, MAX_MATCHES);
    } catch {
      continue;
    }
    if (members.length < 2 || !members.includes(example)) continue;
    // elements inside the example or around it are its parts or its container, not its peers
    const peers = members.filter((m) => m === example || !(m.contains(example) || example.contains(m)) || sameShape(m, example));
    const alike = peers.filter((m) => signature(m) === path).length;
    if (alike < 2) continue;
    const purity = alike / members.length;
    // more alike members first; a selector that also matches unlike elements loses by its impurity
    const score = alike * purity * purity;
    if (!best || score > best.score || (score === best.score && selector.length < best.selector.length)) best = { selector, members, score };
  }
  return best ? { selector: best.selector, members: best.members } : null;
}

/** nested replies are peers too: same tag and same classes */
function sameShape(a: Element, b: Element): boolean {
  return a.tagName === b.tagName && a.getAttribute('class') === b.getAttribute('class');
}

/**
 * A part the person marked inside a post (its author, its time, its text), as a selector relative to the post:
 * the candidate found in the most posts whose first match in the example post is the marked element.
 */
export function partSelector(marked: Element, post: Element, posts: Element[]): string | null {
  if (!post.contains(marked) || marked === post) return null;
  let best: { selector: string; found: number } | null = null;
  for (const selector of selectorsFor(marked)) {
    try {
      if (post.querySelector(selector) !== marked) continue;
      const found = posts.filter((p) => p.querySelector(selector) !== null).length;
      if (!best || found > best.found || (found === best.found && selector.length < best.selector.length)) best = { selector, found };
    } catch {
      continue;
    }
  }
  return best?.selector ?? null;
}
