import { OWN_ATTR } from './watch';

// The in-page picker, in the manner of uBlock Origin's element picker: a closed shadow root over the page draws
// the element under the pointer (or the keyboard's choice) and, once a post is picked, every post like it. Built
// with DOM calls and textContent only; page text is never written into it as markup. Only events the browser marks
// as the person's own (`isTrusted`) move or pick; the page's own handlers never see the clicks used for picking.

const CSS = `
:host{all:initial}
.layer{position:fixed;inset:0;pointer-events:none;z-index:2147483646}
.box{position:fixed;box-sizing:border-box;border:2px solid #4f46e5;background:rgba(79,70,229,.12);pointer-events:none}
.box.peer{border-color:#059669;background:rgba(5,150,105,.10)}
.box.part{border-color:#d97706;background:rgba(217,119,6,.15)}
.dlg{position:fixed;right:12px;bottom:12px;max-width:360px;z-index:2147483647;pointer-events:auto;background:#fff;color:#111;
  font:13px/1.45 system-ui,sans-serif;border:1px solid #64748b;border-radius:8px;padding:10px 12px;box-shadow:0 4px 16px rgba(0,0,0,.25)}
.dlg h2{font:600 13px/1.4 system-ui,sans-serif;margin:0 0 4px}
.dlg p{margin:4px 0}
.dlg .what{font-family:ui-monospace,monospace;font-size:12px;color:#334155;overflow-wrap:anywhere}
.row{display:flex;flex-wrap:wrap;gap:6px;margin-top:8px}
button{font:inherit;border:1px solid #64748b;border-radius:4px;background:#fff;color:#111;padding:2px 8px;cursor:pointer}
button.primary{background:#4f46e5;color:#fff;border-color:#4f46e5}
button:focus-visible,.dlg:focus-visible{outline:2px solid #4f46e5;outline-offset:2px}`;

/** Boxes drawn at once for a page's posts: those nearest the viewport (a huge thread draws no more). */
const MAX_BOXES = 300;

export interface Action {
  label: string;
  primary?: boolean;
  run(): void;
}

/** The overlay: one per picking session, removed by `close()`. */
export class PickerOverlay {
  private readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly layer: HTMLDivElement;
  private readonly dlg: HTMLDivElement;
  private readonly hint: HTMLParagraphElement;
  private readonly what: HTMLParagraphElement;
  private readonly status: HTMLParagraphElement;
  private readonly row: HTMLDivElement;
  private target: Element | undefined;
  /** the path walked down by the keyboard (ArrowDown returns to the child last left) */
  private trail: Element[] = [];
  private peers: Element[] = [];
  private parts: Element[] = [];
  private pointing: { within?: (el: Element) => boolean; onPick(el: Element): void; onCancel(): void } | undefined;
  private readonly off: (() => void)[] = [];
  private frame = 0;
  closed = false;

  constructor(title: string) {
    this.host = document.createElement('rapport-picker');
    this.host.setAttribute(OWN_ATTR, '');
    this.root = this.host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = CSS;
    this.layer = document.createElement('div');
    this.layer.className = 'layer';
    this.dlg = document.createElement('div');
    this.dlg.className = 'dlg';
    this.dlg.setAttribute('role', 'dialog');
    this.dlg.setAttribute('aria-label', title);
    this.dlg.tabIndex = -1;
    const h = document.createElement('h2');
    h.textContent = title;
    this.hint = document.createElement('p');
    this.what = document.createElement('p');
    this.what.className = 'what';
    this.status = document.createElement('p');
    this.status.setAttribute('role', 'status');
    this.status.setAttribute('aria-live', 'polite');
    this.row = document.createElement('div');
    this.row.className = 'row';
    this.dlg.append(h, this.hint, this.what, this.status, this.row);
    this.root.append(style, this.layer, this.dlg);
    document.documentElement.append(this.host);
    this.listen();
  }

  /** Points at one element (inside `within`, when given): pointer, or arrow keys and Enter; Esc cancels. */
  point(hint: string, opts: { within?: (el: Element) => boolean; onPick(el: Element): void; onCancel(): void }, actions: Action[]): void {
    this.pointing = opts;
    this.hint.textContent = hint;
    this.setActions(actions);
    // a start for the keyboard: what is in the middle of the view
    const start = document.elementFromPoint(innerWidth / 2, innerHeight / 3);
    this.setTarget(start && this.allowed(start) ? start : undefined);
    this.dlg.focus({ preventScroll: true });
  }

  /** Stops pointing and shows a message with buttons (the picked posts stay highlighted). */
  ask(hint: string, actions: Action[]): void {
    this.pointing = undefined;
    this.setTarget(undefined);
    this.hint.textContent = hint;
    this.setActions(actions);
    (this.row.querySelector('button') ?? this.dlg).focus({ preventScroll: true });
  }

  say(text: string): void {
    this.status.textContent = text;
  }

  highlight(peers: Element[], parts: Element[] = []): void {
    this.peers = peers;
    this.parts = parts;
    this.draw();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const f of this.off) f();
    cancelAnimationFrame(this.frame);
    this.host.remove();
  }

  private setActions(actions: Action[]): void {
    this.row.replaceChildren(
      ...actions.map((a) => {
        const b = document.createElement('button');
        b.type = 'button';
        b.textContent = a.label;
        if (a.primary) b.className = 'primary';
        b.addEventListener('click', (e) => {
          if (e.isTrusted) a.run();
        });
        return b;
      }),
    );
  }

  private allowed(el: Element): boolean {
    if (el === this.host || el === document.documentElement || el === document.body) return false;
    return this.pointing?.within ? this.pointing.within(el) : true;
  }

  private setTarget(el: Element | undefined): void {
    this.target = el;
    this.what.textContent = el ? describe(el) : '';
    this.draw();
  }

  private listen(): void {
    const on = <K extends keyof WindowEventMap>(type: K, f: (e: WindowEventMap[K]) => void) => {
      window.addEventListener(type, f as EventListener, true);
      this.off.push(() => window.removeEventListener(type, f as EventListener, true));
    };
    const ours = (e: Event) => e.composedPath().includes(this.host);
    on('mousemove', (e) => {
      if (!e.isTrusted || !this.pointing || ours(e)) return;
      const el = document.elementFromPoint(e.clientX, e.clientY);
      if (el && el !== this.target && this.allowed(el)) {
        this.trail = [];
        this.setTarget(el);
      }
    });
    // the page never sees the presses that pick: no link is followed, no menu opens
    for (const type of ['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'auxclick', 'contextmenu'] as const) {
      on(type, (e) => {
        if (this.pointing && !ours(e)) {
          e.preventDefault();
          e.stopImmediatePropagation();
        }
      });
    }
    on('click', (e) => {
      if (!this.pointing || ours(e)) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      if (!e.isTrusted) return;
      const el = document.elementFromPoint(e.clientX, e.clientY);
      if (el && this.allowed(el)) this.pick(el);
    });
    on('keydown', (e) => {
      if (!e.isTrusted) return;
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopImmediatePropagation();
        const p = this.pointing;
        if (p) p.onCancel();
        else this.row.querySelector<HTMLButtonElement>('button:last-child')?.click();
        return;
      }
      if (!this.pointing) return;
      // Enter on one of the dialog's buttons presses that button
      if (ours(e) && this.root.activeElement instanceof HTMLButtonElement) return;
      const t = this.target;
      let next: Element | null | undefined;
      if (e.key === 'ArrowUp') {
        next = t?.parentElement;
        if (t && next && this.allowed(next)) this.trail.push(t);
      } else if (e.key === 'ArrowDown') next = this.trail.pop() ?? t?.firstElementChild;
      else if (e.key === 'ArrowLeft') next = t?.previousElementSibling;
      else if (e.key === 'ArrowRight') next = t?.nextElementSibling;
      else if (e.key === 'Enter') {
        e.preventDefault();
        e.stopImmediatePropagation();
        if (t) this.pick(t);
        return;
      } else return;
      e.preventDefault();
      e.stopImmediatePropagation();
      if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') this.trail = [];
      if (next && next !== this.host && this.allowed(next)) {
        this.setTarget(next);
        next.scrollIntoView({ block: 'nearest' });
      }
    });
    const redraw = () => {
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.draw());
    };
    on('scroll', redraw);
    on('resize', redraw);
  }

  private pick(el: Element): void {
    const p = this.pointing;
    if (!p) return;
    p.onPick(el);
  }

  private draw(): void {
    if (this.closed) return;
    const boxes: HTMLDivElement[] = [];
    const box = (el: Element, kind: string) => {
      const r = el.getBoundingClientRect();
      if (r.bottom < -innerHeight || r.top > 2 * innerHeight || (r.width === 0 && r.height === 0)) return;
      const b = document.createElement('div');
      b.className = `box ${kind}`;
      b.style.left = `${r.left}px`;
      b.style.top = `${r.top}px`;
      b.style.width = `${r.width}px`;
      b.style.height = `${r.height}px`;
      boxes.push(b);
    };
    for (const el of this.peers) {
      if (boxes.length >= MAX_BOXES) break;
      box(el, 'peer');
    }
    for (const el of this.parts) box(el, 'part');
    if (this.target) box(this.target, 'target');
    this.layer.replaceChildren(...boxes);
  }
}

/** What the picker shows of an element: its tag and classes (page text, set as text). */
function describe(el: Element): string {
  const classes = [...el.classList].slice(0, 4).map((c) => `.${c}`).join('');
  return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${classes}`.slice(0, 120);
}
