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

/**
 * Put a reply the person chose into the platform's reply box for a post (value / textContent, never markup);
 * nothing is sent: the person still presses the site's own button.
 */
export interface PlaceReply {
  rapport: 'reply';
  postId: string;
  text: string;
}

export interface PlaceAnswer {
  /** the post was found */
  ok: boolean;
  /** the text is in a reply box; false when the site shows none for that post (the panel copies instead) */
  placed: boolean;
}

export const HIGHLIGHT_ATTR = 'data-rapport-highlight';
