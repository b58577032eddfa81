import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isPrivateComposer } from '../../../lib/content/private-composer';

/** The composer (`#c`) of a piece of markup written after each site's own. */
function composer(html: string): Element {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  return document.getElementById('c') as unknown as Element;
}

const box = '<div id="c" contenteditable="true" role="textbox"></div>';

describe('private composers are not checked', () => {
  it.each([
    ['X messages', 'https://x.com/messages/123-456'],
    ['X chat', 'https://x.com/i/chat/123'],
    ['LinkedIn messaging', 'https://www.linkedin.com/messaging/thread/2-abc/'],
    ['Facebook messages', 'https://www.facebook.com/messages/t/100'],
    ['Messenger', 'https://www.messenger.com/t/100'],
    ['Instagram direct', 'https://www.instagram.com/direct/t/1234/'],
    ['Reddit chat', 'https://chat.reddit.com/room/!abc'],
    ['Reddit chat path', 'https://www.reddit.com/chat/room/abc'],
    ['old Reddit private messages', 'https://old.reddit.com/message/compose/?to=someone'],
    ['Bluesky messages', 'https://bsky.app/messages/3kabc'],
  ])('%s, by its address', (_name, url) => {
    expect(isPrivateComposer(composer(box), new URL(url))).toBe(true);
  });

  it.each([
    ['X DM drawer over the timeline', 'https://x.com/home', '<div data-testid="DMDrawer"><div id="c" data-testid="dmComposerTextInput" contenteditable="true"></div></div>'],
    ['LinkedIn message bubble over the feed', 'https://www.linkedin.com/feed/', '<div class="msg-overlay-conversation-bubble"><div class="msg-form__contenteditable" id="c" contenteditable="true" role="textbox" aria-label="Write a message…"></div></div>'],
    ['Facebook chat head', 'https://www.facebook.com/', '<div id="c" role="textbox" contenteditable="true" aria-label="Message"></div>'],
    ['Instagram message box', 'https://www.instagram.com/someone/', '<textarea id="c" placeholder="Message..."></textarea>'],
    ['Bluesky chat box', 'https://bsky.app/profile/a.bsky.social', '<textarea id="c" placeholder="Write a message"></textarea>'],
    ['a chat dialog', 'https://www.reddit.com/r/test/', '<div role="dialog" aria-label="Chat with u/someone"><textarea id="c"></textarea></div>'],
  ])('%s, by its markup', (_name, url, html) => {
    expect(isPrivateComposer(composer(html), new URL(url))).toBe(true);
  });

  it.each([
    ['an X reply', 'https://x.com/someone/status/1', '<div id="c" data-testid="tweetTextarea_0" contenteditable="true" role="textbox" aria-label="Post text"></div>'],
    ['a LinkedIn comment', 'https://www.linkedin.com/feed/', '<div class="comments-comment-box__form"><div class="ql-editor" id="c" contenteditable="true" aria-label="Text editor for creating content"></div></div>'],
    ['a Facebook comment', 'https://www.facebook.com/groups/1/posts/2', '<div id="c" role="textbox" contenteditable="true" aria-label="Write a comment…"></div>'],
    ['an Instagram comment', 'https://www.instagram.com/p/abc/', '<textarea id="c" aria-label="Add a comment…" placeholder="Add a comment…"></textarea>'],
    ['an old Reddit reply', 'https://old.reddit.com/r/test/comments/abc/title/', '<form class="usertext"><textarea id="c" name="text"></textarea></form>'],
    ['a forum reply named "message"', 'https://forum.example.org/threads/1/', '<form><textarea id="c" name="message" placeholder="Write your reply..."></textarea></form>'],
    ['a Hacker News reply', 'https://news.ycombinator.com/item?id=1', '<textarea id="c" name="text"></textarea>'],
  ])('%s is checked', (_name, url, html) => {
    expect(isPrivateComposer(composer(html), new URL(url))).toBe(false);
  });
});
