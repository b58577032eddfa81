import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { PageLabels, PostSummary } from '../../protocol/contract';
import { whenIdle } from '../idle';
import { OWN_ATTR } from '../watch';
import { capturePost } from './capture';
import type { PageContext } from './context';
import { PAGE_UI_CSS } from './styles';

/** Time per idle slot for badges: a feed of thousands of posts is badged a little at a time. */
const PASS_MS = 6;

/**
 * A small badge per post (sentiment, flags, toxic) with a capture button. Badges cost what is on screen, not the
 * whole page: post elements are watched with an IntersectionObserver and badged only when they come near the
 * viewport; existing badges are updated in place. Observer callbacks only queue; the work is done in idle slices
 * of a few milliseconds. Page text is never written into a badge: it shows Rapport's own labels.
 *
 * `watch(el)`: a post element the reading has just read. `show(ids)`: posts whose analysis arrived or changed.
 */
export function postBadges(ctx: PageContext): { watch(el: Element): void; show(ids: Iterable<string>): void } {
  /** null while a badge is being created */
  const badges = new Map<string, ShadowRootContentScriptUi<HTMLElement> | null>();
  /** posts whose badge must be drawn or redrawn */
  const dirty = new Set<string>();
  let scheduled = false;
  /** post elements watched until they come near the viewport */
  let observed = new WeakSet<Element>();
  /** posts whose element has come near the viewport: badged as soon as their summary is known */
  const nearView = new Map<string, WeakRef<Element>>();
  /** elements that came near the viewport, mapped to their posts in the next idle pass */
  let approaching: Element[] = [];
  let visibility: IntersectionObserver | undefined;
  /** look for post elements in the whole page once (at start, and when badges are switched back on) */
  let needScan = true;

  const on = () => !ctx.signal.aborted && ctx.settings.inlineBadges;

  const removeAll = () => {
    for (const ui of badges.values()) ui?.remove();
    badges.clear();
    dirty.clear();
    visibility?.disconnect();
    visibility = undefined;
    observed = new WeakSet();
    nearView.clear();
    approaching = [];
    needScan = true;
  };

  const observer = () =>
    (visibility ??= new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          if (!e.isIntersecting) continue;
          visibility?.unobserve(e.target);
          approaching.push(e.target);
        }
        show([]);
      },
      { rootMargin: '600px 0px' },
    ));

  const watch = (el: Element) => {
    if (!on() || observed.has(el)) return;
    observed.add(el);
    observer().observe(el);
  };

  const fill = (box: HTMLElement, id: string) => {
    const s = ctx.summaries.get(id);
    if (s && ctx.labels) fillBadge(box, s, ctx.labels, () => capturePost(ctx, id, show));
  };

  const create = (id: string, el: Element) => {
    if (ctx.signal.aborted || badges.has(id)) return;
    // Table rows (Hacker News) take the badge in their last cell; a post that holds its replies (Reddit's nested
    // comments) in its own part, before the replies; anything else at its end.
    const anchor = el.tagName === 'TR' ? (el.querySelector('td.default') ?? el.lastElementChild ?? el) : ownPart(el, ctx.postSelector());
    badges.set(id, null);
    void createShadowRootUi(ctx.uiContext, {
      name: 'rapport-badge',
      mode: 'closed',
      position: 'inline',
      anchor,
      append: 'last',
      css: PAGE_UI_CSS,
      onMount: (container, _shadow, host) => {
        host.setAttribute(OWN_ATTR, '');
        const box = document.createElement('span');
        container.append(box);
        fill(box, id);
        return box;
      },
    }).then((created) => {
      if (ctx.signal.aborted || !badges.has(id)) return;
      created.mount();
      badges.set(id, created);
    });
  };

  const drawSome = () => {
    if (!on()) return;
    const end = performance.now() + PASS_MS;
    if (needScan) {
      needScan = false;
      for (const el of document.querySelectorAll(ctx.postSelector())) watch(el);
    }
    while (approaching.length && performance.now() < end) {
      const el = approaching.shift()!;
      for (const id of ctx.posts.read(el)) {
        nearView.set(id, new WeakRef(el));
        if (ctx.summaries.has(id)) dirty.add(id);
      }
    }
    for (const id of dirty) {
      if (performance.now() >= end) break;
      dirty.delete(id);
      if (!ctx.summaries.has(id)) continue;
      if (badges.has(id)) {
        const mounted = badges.get(id)?.mounted;
        if (mounted) fill(mounted, id);
        continue;
      }
      const el = nearView.get(id)?.deref();
      if (el?.isConnected) create(id, el);
    }
  };

  function show(ids: Iterable<string>): void {
    if (ctx.signal.aborted) return;
    if (!ctx.settings.inlineBadges) return removeAll();
    if (!ctx.labels) return;
    for (const id of ids) dirty.add(id);
    if (scheduled || (dirty.size === 0 && approaching.length === 0 && !needScan)) return;
    scheduled = true;
    whenIdle(() => {
      scheduled = false;
      drawSome();
      if (dirty.size > 0 || approaching.length > 0) show([]);
    }, 500);
  }

  ctx.signal.addEventListener('abort', removeAll, { once: true });
  // the settings or the UI language changed: every badge is drawn again (or removed)
  ctx.onPrefs(() => show(ctx.summaries.keys()));
  return { watch, show };
}

function fillBadge(box: HTMLElement, s: PostSummary, l: PageLabels, onCapture: () => void): void {
  box.className = 'b';
  box.replaceChildren();
  const add = (cls: string, text: string, title?: string) => {
    const span = document.createElement('span');
    span.className = cls;
    span.textContent = text;
    if (title) span.title = title;
    box.append(span);
  };
  add(`s ${s.sentiment}`, `${l[s.sentiment]} · ${s.language.code}`, l.sentimentTitle);
  if (s.flags) add('f', `⚑ ${s.flags}`, l.flagsTitle);
  if (s.toxic) add('t', l.toxic, l.toxicTitle);
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = s.captured ? l.captured : l.capture;
  b.setAttribute('aria-pressed', String(!!s.captured));
  b.setAttribute('aria-label', s.captured ? l.capturedAria : l.captureAria);
  b.addEventListener('click', (e) => {
    e.preventDefault();
    e.stopPropagation();
    if (!e.isTrusted) return;
    onCapture();
  });
  box.append(b);
}

/**
 * Where a post's badge goes: the post's own part when the element also holds other posts (a comment with its nested
 * replies), so the badge sits with its own header and not after the replies; else the element itself.
 */
function ownPart(el: Element, postSelector: string): Element {
  if (!el.querySelector(postSelector)) return el;
  for (const child of el.children) if (!child.matches(postSelector) && !child.querySelector(postSelector) && child.textContent?.trim()) return child;
  return el;
}
