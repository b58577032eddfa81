/** The in-page UI's own style, inside its closed shadow roots (the page's CSS cannot reach it, nor it the page). */
export const PAGE_UI_CSS = `
.b{display:inline-flex;flex-wrap:nowrap;white-space:nowrap;gap:4px;align-items:center;font:11px/1.4 system-ui,sans-serif;margin:2px 4px;color:#111;vertical-align:middle}
.s{padding:0 5px;border-radius:8px;background:#e2e8f0}.positive{background:#d1fae5}.negative{background:#ffe4e6}
.f{padding:0 5px;border-radius:8px;background:#fef3c7}.t{padding:0 5px;border-radius:8px;background:#be123c;color:#fff}
button{font:inherit;border:1px solid #64748b;border-radius:4px;background:#fff;color:#111;padding:0 6px;cursor:pointer}
button:focus-visible{outline:2px solid #4f46e5}
.d{font:12px/1.4 system-ui,sans-serif;padding:2px 6px;border-radius:6px;background:#ecfdf5;color:#064e3b;display:inline-block;margin:2px 0}
button.d{border:1px solid currentColor;cursor:pointer}
.d.warning{background:#fffbeb;color:#78350f}.d.error{background:#fff1f2;color:#881337}.d.info{background:#eff6ff;color:#1e3a8a}`;
