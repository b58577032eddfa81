// Private conversations are not checked: a direct message is between two people, and its text never leaves the
// box for Rapport's draft check (nor into storage.session). Recognised by the page's address and by the
// composer's own markup, since most sites also open message boxes over their feeds.

/** Hosts and the paths on them where every composer is a private conversation. */
const PRIVATE_PAGES: readonly [host: RegExp, path: RegExp][] = [
  [/(^|\.)(x|twitter)\.com$/, /^\/(messages|i\/chat)(\/|$)/],
  [/(^|\.)linkedin\.com$/, /^\/messaging(\/|$)/],
  [/(^|\.)facebook\.com$/, /^\/(messages|t)(\/|$)/],
  [/(^|\.)messenger\.com$/, /^\//],
  [/(^|\.)instagram\.com$/, /^\/direct(\/|$)/],
  [/^chat\.reddit\.com$/, /^\//],
  [/(^|\.)reddit\.com$/, /^\/(chat|message)(\/|$)/],
  [/(^|\.)bsky\.app$/, /^\/messages(\/|$)/],
];

/** A composer's label, placeholder or test id naming a message or chat (a comment or reply box never does). */
const PRIVATE_LABEL = /\b(direct messages?|messages?|messaging|chat|dm)\b|^dm|dmComposer/i;
const LABEL_ATTRS = ['aria-label', 'placeholder', 'data-placeholder', 'aria-placeholder', 'data-testid', 'title'];

/** Containers the sites use for message boxes opened over other pages (LinkedIn, X, Facebook chat heads). */
const PRIVATE_CONTAINER = '[class*="msg-overlay" i], [class*="msg-form" i], [data-testid^="dm" i], [data-testid*="conversation" i], [aria-label*="messag" i][role="dialog"], [aria-label*="chat" i][role="dialog"], [role="dialog"][aria-label*="conversation" i]';

export function isPrivatePage(url: URL): boolean {
  return PRIVATE_PAGES.some(([host, path]) => host.test(url.hostname) && path.test(url.pathname));
}

/** True when this composer writes a private message: by the page's address or by the composer's markup. */
export function isPrivateComposer(composer: Element, url: URL): boolean {
  if (isPrivatePage(url)) return true;
  for (const attr of LABEL_ATTRS) {
    const v = composer.getAttribute(attr);
    if (v && PRIVATE_LABEL.test(v)) return true;
  }
  return composer.closest(PRIVATE_CONTAINER) !== null;
}
