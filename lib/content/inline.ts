import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { browser } from 'wxt/browser';
import { sendMessage } from '../protocol/client';
import type { DraftVerdict, PageLabels, PostSummary } from '../protocol/contract';
import { isFocusPost, isPlaceReply, MAX_REPLY, pageMessaging } from '../protocol/page';
import type { Reader } from '../platforms/reader';
import { MAX_TEXT, MAX_URL } from '../model/limits';
import type { Lifetime } from './lifetime';
import { PostLocator } from './post-locator';
import { placeReplyText } from './reply-placement';
import { isPrivateComposer } from './private-composer';
import { OWN_ATTR } from './watch';

/** Marks the post the panel asked to show (styled by the page's injected rule). */
const HIGHLIGHT_ATTR = 'data-rapport-highlight';

// In-page UI: small badges per post with a capture button, an indicator beside the composer, and the panel's
// "show in page". Built with DOM calls and textContent only (no React, no zod, no markup strings); page text is
// never written into it — badges show Rapport's own labels. Shadow roots are closed, so the page can neither read
// Rapport's labels nor reach its buttons; and Rapport acts only on events the browser marks as the person's own
// (`isTrusted`), never on events the page synthesises.

const BADGE_CSS = `
.b{display:inline-flex;flex-wrap:nowrap;white-space:nowrap;gap:4px;align-items:center;font:11px/1.4 system-ui,sans-serif;margin:2px 4px;color:#111;vertical-align:middle}
.s{padding:0 5px;border-radius:8px;background:#e2e8f0}.positive{background:#d1fae5}.negative{background:#ffe4e6}
.f{padding:0 5px;border-radius:8px;background:#fef3c7}.t{padding:0 5px;border-radius:8px;background:#be123c;color:#fff}
button{font:inherit;border:1px solid #64748b;border-radius:4px;background:#fff;color:#111;padding:0 6px;cursor:pointer}
button:focus-visible{outline:2px solid #4f46e5}
.d{font:12px/1.4 system-ui,sans-serif;padding:2px 6px;border-radius:6px;background:#ecfdf5;color:#064e3b;display:inline-block;margin:2px 0}
button.d{border:1px solid currentColor;cursor:pointer}
.d.warning{background:#fffbeb;color:#78350f}.d.error{background:#fff1f2;color:#881337}.d.info{background:#eff6ff;color:#1e3a8a}`;

/** Time per idle slot for badges: a feed of thousands of posts is badged a little at a time. */
const PASS_MS = 6;

interface InlineSettings {
  inlineBadges: boolean;
  composerIndicator: boolean;
}

async function readSettings(): Promise<InlineSettings> {
  const { settings } = await browser.storage.local.get('settings');
  // Plain checks instead of zod: the content bundle stays small; only this one boolean is read.
  const s = settings as { inlineBadges?: unknown; composerIndicator?: unknown } | undefined;
  return { inlineBadges: s?.inlineBadges !== false, composerIndicator: s?.composerIndicator !== false };
}

export class PageUi {
  private readonly locator: PostLocator;
  /** null while a badge is being created */
  private readonly badges = new Map<string, ShadowRootContentScriptUi<HTMLElement> | null>();
  private stopped = false;
  private cleanup: (() => void)[] = [];
  private readonly summaries = new Map<string, PostSummary>();
  private settings: InlineSettings = { inlineBadges: true, composerIndicator: true };
  /** Rapport's words in the person's UI language; no badge is drawn before they arrive */
  private labels: PageLabels | undefined;
  private highlighted: HTMLElement | undefined;
  private composerUi: ShadowRootContentScriptUi<HTMLElement> | undefined;
  private composerEl: Element | undefined;
  private draftTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly life: Lifetime,
    private readonly reader: Reader,
    /** ids of an element the reading session already read (so it is not read a second time) */
    known?: (el: Element) => string[] | undefined,
    /** the page's post elements as the reading found them (a forum's discovered group), else the reader's own */
    private readonly postSelector: () => string = () => reader.postSelector,
  ) {
    this.locator = new PostLocator(reader, known, postSelector);
  }

  /** A post element the session has just read: its badge appears when it comes near the viewport. */
  watch(el: Element): void {
    if (this.stopped || !this.settings.inlineBadges || this.observed.has(el)) return;
    this.observed.add(el);
    this.visibilityObserver().observe(el);
  }

  start(): void {
    const refresh = async () => {
      const [s, labels] = await Promise.all([readSettings(), sendMessage('pageLabels', null).catch(() => undefined)]);
      this.settings = s;
      if (labels?.ok) this.labels = labels;
      // the UI language may have changed: every badge is drawn again in it
      this.renderBadges();
      if (!s.composerIndicator) this.removeIndicator();
    };
    void refresh();
    const onStorage = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && 'settings' in changes) void refresh();
    };
    browser.storage.onChanged.addListener(onStorage);
    // Only the extension can message a content script; each payload is still checked before it is acted on.
    const stopFocus = pageMessaging.onMessage('focusPost', ({ data }) => ({ ok: isFocusPost(data) && this.focus(data.postId) }));
    const stopReply = pageMessaging.onMessage('placeReply', ({ data }) =>
      isPlaceReply(data) ? this.placeReply(data.postId, data.text.slice(0, MAX_REPLY)) : { ok: false, placed: false },
    );
    if (this.reader.composerSelector) {
      const onInput = (e: Event) => this.onInput(e);
      document.addEventListener('input', onInput, { capture: true });
      this.cleanup.push(() => document.removeEventListener('input', onInput, { capture: true }));
    }
    this.cleanup.push(() => browser.storage.onChanged.removeListener(onStorage), stopFocus, stopReply);
    this.cleanup.push(this.life.onEnd(() => this.stop()));
  }

  /** The page changed (single-page navigation) or the extension went away: remove everything. */
  stop(): void {
    this.stopped = true;
    for (const f of this.cleanup) f();
    this.cleanup = [];
    this.removeBadges();
    this.removeIndicator();
    if (this.draftTimer) clearTimeout(this.draftTimer);
  }

  private removeIndicator(): void {
    this.composerUi?.remove();
    this.composerUi = undefined;
    this.composerEl = undefined;
  }

  /** The background's answer to a batch: badges for the posts it analysed. */
  onSummaries(summaries: PostSummary[]): void {
    for (const s of summaries) this.summaries.set(s.id, s);
    this.renderBadges(summaries.map((s) => s.id));
  }

  private focus(postId: string): boolean {
    const el = this.locator.find(postId) as HTMLElement | undefined;
    if (!el) return false;
    if (this.highlighted) {
      this.highlighted.removeAttribute(HIGHLIGHT_ATTR);
      this.highlighted.style.removeProperty('outline');
    }
    el.scrollIntoView({ block: 'center', behavior: 'smooth' });
    el.setAttribute(HIGHLIGHT_ATTR, '');
    el.style.setProperty('outline', '3px solid #6366f1');
    this.highlighted = el;
    setTimeout(() => el.style.removeProperty('outline'), 4000);
    return true;
  }

  /** The panel's "put in reply box": the reader knows where a post's reply box is; the text goes in as text. */
  private async placeReply(postId: string, text: string): Promise<{ ok: boolean; placed: boolean }> {
    const el = this.locator.find(postId);
    if (!el) return { ok: false, placed: false };
    let box: Element | null = null;
    try {
      box = this.reader.replyBox?.(el) ?? null;
    } catch {
      box = null;
    }
    if (!box || !(await placeReplyText(box, text))) return { ok: true, placed: false };
    (box as HTMLElement).scrollIntoView({ block: 'center' });
    // Checked here too: a plain field's input event is synthetic, so onInput ignores it.
    const composer = this.reader.composerSelector ? box.closest(this.reader.composerSelector) : null;
    if (composer) this.draftSoon(composer);
    return { ok: true, placed: true };
  }

  private removeBadges(): void {
    for (const ui of this.badges.values()) ui?.remove();
    this.badges.clear();
    this.dirty.clear();
    this.visibility?.disconnect();
    this.visibility = undefined;
    this.observed = new WeakSet();
    this.nearView.clear();
    this.approaching = [];
    this.needScan = true;
  }

  /** Posts whose badge must be drawn or redrawn; drawn in small batches when the page is idle. */
  private dirty = new Set<string>();
  private scheduled = false;

  private renderBadges(ids: Iterable<string> = this.summaries.keys()): void {
    if (this.stopped) return;
    if (!this.settings.inlineBadges) return this.removeBadges();
    if (!this.labels) return;
    for (const id of ids) this.dirty.add(id);
    if (this.scheduled || (this.dirty.size === 0 && this.approaching.length === 0 && !this.needScan)) return;
    this.scheduled = true;
    const idle = (f: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(f, { timeout: 500 }) : setTimeout(f, 50));
    idle(() => {
      this.scheduled = false;
      this.drawSome();
      if (this.dirty.size > 0 || this.approaching.length > 0) this.renderBadges([]);
    });
  }

  /** Post elements watched until they come near the viewport; then their badges are drawn when analysed. */
  private observed = new WeakSet<Element>();
  /** Posts whose element has come near the viewport: their badge is drawn as soon as their summary is known. */
  private readonly nearView = new Map<string, WeakRef<Element>>();
  /** Elements that came near the viewport, mapped to their posts in the next idle pass. */
  private approaching: Element[] = [];
  private visibility: IntersectionObserver | undefined;
  /** Look for post elements in the whole page once (at start, and when badges are switched back on). */
  private needScan = true;

  /**
   * Badges cost what is on screen, not the whole page: post elements are watched with an IntersectionObserver
   * and badged only when they come near the viewport; existing badges are updated in place. The observer's
   * callback only queues; the work is done in idle slices of a few milliseconds.
   */
  private visibilityObserver(): IntersectionObserver {
    this.visibility ??= new IntersectionObserver((entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        this.visibility?.unobserve(e.target);
        this.approaching.push(e.target);
      }
      this.renderBadges([]);
    }, { rootMargin: '600px 0px' });
    return this.visibility;
  }

  private drawSome(): void {
    if (this.stopped || !this.settings.inlineBadges) return;
    const end = performance.now() + PASS_MS;
    if (this.needScan) {
      this.needScan = false;
      for (const el of document.querySelectorAll(this.postSelector())) this.watch(el);
    }
    while (this.approaching.length && performance.now() < end) {
      const el = this.approaching.shift()!;
      for (const id of this.locator.read(el)) {
        this.nearView.set(id, new WeakRef(el));
        if (this.summaries.has(id)) this.dirty.add(id);
      }
    }
    for (const id of this.dirty) {
      if (performance.now() >= end) break;
      this.dirty.delete(id);
      const s = this.summaries.get(id);
      if (!s) continue;
      if (this.badges.has(id)) {
        const mounted = this.badges.get(id)?.mounted;
        if (mounted && this.labels) fillBadge(mounted, s, this.labels, () => this.capture(id));
        continue;
      }
      const el = this.nearView.get(id)?.deref();
      if (el?.isConnected) this.createBadge(id, el);
    }
  }

  private createBadge(id: string, el: Element): void {
    if (this.stopped || this.badges.has(id)) return;
    // Table rows (Hacker News) take the badge in their last cell; a post that holds its replies (Reddit's nested
    // comments) in its own part, before the replies; anything else at its end.
    const anchor = el.tagName === 'TR' ? (el.querySelector('td.default') ?? el.lastElementChild ?? el) : ownPart(el, this.postSelector());
    this.badges.set(id, null);
    void createShadowRootUi(this.life.uiContext, {
      name: 'rapport-badge',
      mode: 'closed',
      position: 'inline',
      anchor,
      append: 'last',
      css: BADGE_CSS,
      onMount: (container, _shadow, host) => {
        host.setAttribute(OWN_ATTR, '');
        const box = document.createElement('span');
        container.append(box);
        const s = this.summaries.get(id);
        if (s && this.labels) fillBadge(box, s, this.labels, () => this.capture(id));
        return box;
      },
    }).then((created) => {
      if (this.stopped || !this.badges.has(id)) return;
      created.mount();
      this.badges.set(id, created);
    });
  }

  private capture(id: string): void {
    void sendMessage('capture', { postIds: [id] }).then((r) => {
      const s = this.summaries.get(id);
      if (r.ok && s) this.onSummaries([{ ...s, captured: true }]);
    });
  }

  private onInput(e: Event): void {
    // Only what the person types: an input event the page dispatches would send a draft of its choosing.
    if (!e.isTrusted) return;
    const target = e.target as Element | null;
    const composer = target?.closest?.(this.reader.composerSelector!);
    if (composer) this.draftSoon(composer);
  }

  private draftSoon(composer: Element): void {
    if (isPrivateComposer(composer, new URL(location.href))) return;
    if (this.draftTimer) clearTimeout(this.draftTimer);
    // Debounced: the check runs when typing pauses, not on every key.
    this.draftTimer = setTimeout(() => void this.sendDraft(composer), 400);
  }

  private async sendDraft(composer: Element): Promise<void> {
    const text = composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement ? composer.value : (composer as HTMLElement).innerText ?? composer.textContent ?? '';
    // A composer inside a post (a reply form) replies to that post.
    const host = composer.parentElement?.closest(this.postSelector());
    const replyTo = host ? this.locator.read(host)[0] : undefined;
    const r = await sendMessage('draftChanged', { url: location.href.slice(0, MAX_URL), platform: this.reader.platform, text: text.slice(0, MAX_TEXT), ...(replyTo ? { replyTo } : {}) }).catch(() => undefined);
    if (r?.ok) await this.showVerdict(composer, r);
  }

  private async showVerdict(composer: Element, v: DraftVerdict): Promise<void> {
    if (!this.settings.composerIndicator) return;
    if (this.composerEl !== composer) {
      this.composerUi?.remove();
      this.composerEl = composer;
      this.composerUi = await createShadowRootUi(this.life.uiContext, {
        name: 'rapport-draft',
        mode: 'closed',
        position: 'inline',
        anchor: composer,
        append: 'after',
        css: BADGE_CSS,
        onMount: (container, _shadow, host) => {
          host.setAttribute(OWN_ATTR, '');
          // A button that opens the Draft view at the findings; its label is also announced as it changes.
          const box = document.createElement('button');
          box.type = 'button';
          box.setAttribute('aria-live', 'polite');
          box.addEventListener('click', (e) => {
            e.preventDefault();
            e.stopPropagation();
            if (!e.isTrusted) return;
            void sendMessage('openDraft', null).catch(() => {});
          });
          container.append(box);
          return box;
        },
      });
      this.composerUi.mount();
    }
    const box = this.composerUi?.mounted;
    if (!box) return;
    const l = this.labels;
    if (!l) return;
    box.className = `d ${v.worst ?? ''}`;
    const form = new Intl.PluralRules(l.lang).select(v.findings) === 'one' ? l.findingsOne : l.findingsOther;
    box.textContent = v.findings === 0 ? l.nothingToFlag : form.replace('{n}', new Intl.NumberFormat(l.lang).format(v.findings));
    box.title = l.draftTitle;
  }
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
  if (s.toxic) add('t', l.toxic);
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
