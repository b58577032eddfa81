import { readdirSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { extractPage } from '../../lib/platforms/extract';
import { readStoredPosts } from './db';
import { type ExtensionBrowser, FIXTURES, fixture, isSupportedHost, launchExtension } from './harness';

// Every platform's fixture page, served under its real URL in real Chromium: the panel lists what the
// reader finds in Node on the same markup. Pages outside the supported hosts (Mastodon instances,
// Discourse forums, other sites) are read only on the user's gesture: the extension leaves them alone until the
// user clicks its toolbar button on the page (driven through the browser's own action path). (Headless Chromium delivers neither context-menu clicks nor extension shortcuts.)

let ext: ExtensionBrowser;
test.beforeAll(async () => {
  ext = await launchExtension();
});
test.afterAll(async () => ext?.close());

async function panelCount(panel: Page): Promise<number> {
  return panel.getByTestId('post-list').locator('[data-post-id]').count();
}

for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.html')).sort()) {
  test(`${file}: the side panel shows the posts of the page`, async () => {
    const { url, html } = fixture(file);
    const expected = extractPage(html, url, { includePromoted: true });
    expect(expected.posts.length, 'the reader finds posts on the fixture in Node').toBeGreaterThan(0);
    ext.serve(url, html);
    // (another page of the same site may have stored some of these posts already: only new ones would count)
    const storedBefore = new Set((await (await ext.worker()).evaluate(readStoredPosts)).map((p) => p.id));
    const page = await ext.context.newPage();
    await page.goto(url);
    if (!isSupportedHost(url)) {
      // Not a sleep and a look: the browser itself keeps the extension off a site it has no access to.
      const origin = `${new URL(url).origin}/*`;
      expect(await (await ext.worker()).evaluate((o) => chrome.permissions.contains({ origins: [o] }), origin), `no access to ${origin} before the click`).toBe(false);
      const ids = new Set(expected.posts.map((p) => p.id));
      const stored = await (await ext.worker()).evaluate(readStoredPosts);
      expect(stored.filter((p) => ids.has(p.id) && !storedBefore.has(p.id)), 'nothing read without the user asking').toEqual([]);
      // The user's gesture: the toolbar button opens the panel on this tab and reads it.
      const panel = await ext.openPanel(await ext.clickToolbarButton(page));
      await expect.poll(() => panelCount(panel), { timeout: 20_000 }).toBe(expected.posts.length);
      await page.close();
      await panel.close();
      return;
    }
    const panel = await ext.openPanel(await ext.tabId(page));
    await expect.poll(() => panelCount(panel), { timeout: 20_000 }).toBe(expected.posts.length);
    const firstAuthor = expected.posts[0]!.author.name ?? expected.posts[0]!.author.handle;
    if (firstAuthor) await expect(panel.getByText(firstAuthor).first()).toBeVisible();
    await page.close();
    await panel.close();
  });
}

test('an endless feed: posts appended as the page scrolls appear in the panel too', async () => {
  const { url, html } = fixture('x-status.html');
  ext.serve(url, html);
  const page = await ext.context.newPage();
  await page.goto(url);
  const panel = await ext.openPanel(await ext.tabId(page));
  const before = extractPage(html, url, { includePromoted: true }).posts.length;
  await expect.poll(() => panelCount(panel)).toBe(before);
  // The site appends copies of its last post with new ids, 20 at a time, as X does on scroll.
  for (let batch = 0; batch < 3; batch++) {
    await page.evaluate((b) => {
      // a plain reply (the second post) as the template: one post per cell
      const reply = document.querySelectorAll('article[data-testid="tweet"]')[1]!;
      const cell = reply.closest('[data-testid="cellInnerDiv"]') ?? reply;
      for (let i = 0; i < 20; i++) {
        const copy = cell.cloneNode(true) as Element;
        const id = `18${String(b * 100 + i).padStart(17, '0')}`; // unused by the fixture
        for (const a of copy.querySelectorAll('a[href*="/status/"]')) a.setAttribute('href', (a.getAttribute('href') ?? '').replace(/status\/\d+/, `status/${id}`));
        const text = copy.querySelector('[data-testid="tweetText"]');
        if (text) text.textContent = `Appended post ${b}-${i}, scrolled into view`;
        cell.parentElement!.appendChild(copy); // at the end of the timeline
      }
      window.scrollTo(0, document.body.scrollHeight);
    }, batch);
  }
  await expect.poll(() => panelCount(panel), { timeout: 20_000 }).toBe(before + 60);
  await expect(panel.getByText('Appended post 2-19, scrolled into view')).toBeVisible();
  await page.close();
  await panel.close();
});

test('a single-page navigation starts a fresh page in the panel', async () => {
  const first = fixture('reddit-shreddit.html');
  ext.serve(first.url, first.html);
  const page = await ext.context.newPage();
  await page.goto(first.url);
  const panel = await ext.openPanel(await ext.tabId(page));
  await expect.poll(() => panelCount(panel)).toBeGreaterThan(0);
  // The site swaps its content and pushes a new URL, as Reddit's client-side router does.
  const next = 'https://www.reddit.com/r/webdev/comments/1zzz999/a_different_thread/';
  await page.evaluate((u) => {
    for (const el of document.querySelectorAll('shreddit-post, shreddit-ad-post, shreddit-comment')) el.remove();
    history.pushState({}, '', u);
    const post = document.createElement('shreddit-post');
    for (const [k, v] of Object.entries({ 'post-title': 'A different thread', author: 'navigator', score: '5', 'comment-count': '0', permalink: '/r/webdev/comments/1zzz999/a_different_thread/', id: 't3_1zzz999', 'subreddit-prefixed-name': 'r/webdev' })) post.setAttribute(k, v);
    const body = document.createElement('div');
    body.setAttribute('slot', 'text-body');
    body.textContent = 'Arrived here without a page load.';
    post.appendChild(body);
    document.body.appendChild(post);
  }, next);
  await expect.poll(async () => (await panel.getByTestId('post-author').allTextContents()).join('|'), { timeout: 20_000 }).toBe('navigator');
  await expect(panel.getByText('navigator')).toBeVisible();
  await page.close();
  await panel.close();
});
