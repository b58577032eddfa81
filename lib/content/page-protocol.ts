// Messages from the side panel to a page's content script (browser.tabs.sendMessage). Plain types, no zod:
// the content script checks the shape by hand, and only extension pages can send to it.

/** Scroll the page to a post and highlight it. */
export interface FocusPost {
  rapport: 'focus';
  postId: string;
}

export interface FocusAnswer {
  ok: boolean;
}

export const HIGHLIGHT_ATTR = 'data-rapport-highlight';
