import { expect, type Page, test } from '@playwright/test';
import { clickClosedUiButton } from './closed-ui';
import { storedPosts } from './db';
import { type ExtensionBrowser, fixture, launchExtension } from './harness';
import { hnPage } from './panel-pages';

// The page learns nothing and drives nothing (issue 17, items 2, 4 and 8): a page that eavesdrops on window
// messages, forges WXT's events, synthesises clicks and input, or carries over-long fields. Each test prints what
// it tried and what was lost or leaked.

let ext: ExtensionBrowser;
test.beforeAll(async () => {
  ext = await launchExtension();
});
test.afterAll(async () => ext?.close());

const report = (line: string) => console.log(`[hostile-page] ${line}`);

/** Runs in the page before any extension code: records every window message the page hears. */
const EAVESDROP = `<script>window.__heard = []; addEventListener('message', (e) => { let d; try { d = typeof e.data === 'string' ? e.data : JSON.stringify(e.data); } catch { d = String(e.data); } window.__heard.push(d + ' from ' + e.origin); });</script>`;

async function visit(url: string, html: string): Promise<{ page: Page; panel: Page; tabId: number; errors: string[] }> {
  ext.serve(url, html);
  const page = await ext.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  const tabId = await ext.tabId(page);
  const panel = await ext.openPanel(tabId);
  return { page, panel, tabId, errors };
}

/** Stored Hacker News posts of the thread `storyId` (its story, its comments), read from the real IndexedDB. */
async function storedCount(panel: Page, storyId: number): Promise<number> {
  return (await storedPosts(panel)).filter((p) => {
    const n = Number(p.id.replace(/^hackernews:/, ''));
    return n >= storyId && n < storyId + 1000;
  }).length;
}

/** Ids of the posts captured, from the real IndexedDB. */
function capturedIds(panel: Page): Promise<string[]> {
  return panel.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const open = indexedDB.open('rapport');
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => resolve([]);
        open.onsuccess = () => {
          const req = open.result.transaction('captures').objectStore('captures').getAll();
          req.onsuccess = () => {
            resolve(req.result.map((c: { postId?: string; id: string }) => c.postId ?? c.id));
            open.result.close();
          };
        };
      }),
  );
}

/** Appends comments to a Hacker News page the way its own scripts would (cloning a row it already has). */
function appendComments(page: Page, firstId: number, n: number): Promise<void> {
  return page.evaluate(
    ({ firstId, n }) => {
      const rows = document.querySelectorAll('tr.athing.comtr');
      const model = rows[rows.length - 1]!;
      for (let i = 0; i < n; i++) {
        const row = model.cloneNode(true) as Element;
        row.id = String(firstId + i);
        for (const own of row.querySelectorAll('[data-rapport-ui]')) own.remove();
        row.querySelector('.commtext')!.textContent = `added after the forgeries, number ${i}`;
        model.parentElement!.append(row);
      }
    },
    { firstId, n },
  );
}

test('a page listening to window messages hears nothing naming the extension', async () => {
  const storyId = 8_100_000;
  const { url, html } = hnPage(storyId, 'Eavesdropper', [{ user: 'ann', text: 'First comment.' }, { user: 'bob', text: 'Second comment.' }]);
  const { page, panel } = await visit(url, EAVESDROP + html);
  // Reading is done (the content script ran and sent its posts): anything it posted has reached the page by now.
  await expect.poll(() => storedCount(panel, storyId)).toBe(3);
  const heard = await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard);
  const naming = heard.filter((m) => [ext.extensionId, 'wxt', 'rapport'].some((w) => m.toLowerCase().includes(w.toLowerCase())));
  report(`window messages heard by a page listening from its first script: ${heard.length}; naming the extension (its id, "wxt" or "rapport"): ${naming.length}`);
  expect(naming).toEqual([]);
  await page.close();
  await panel.close();
});

test('forged WXT events and location changes: reading goes on, the UI stays, posts are still stored', async () => {
  const storyId = 8_200_000;
  const { url, html } = hnPage(storyId, 'Forger', [{ user: 'ann', text: 'One.' }, { user: 'bob', text: 'Two.' }, { user: 'cy', text: 'Three.' }]);
  const { page, panel, errors } = await visit(url, html);
  await expect.poll(() => storedCount(panel, storyId)).toBe(4);
  await expect(page.locator('rapport-badge')).toHaveCount(4);

  // An attacker who knows the extension's id (from its store listing, or from WXT's own announcement) forges
  // every event WXT's content-script machinery listens to.
  const forged = await page.evaluate((id) => {
    const sent: string[] = [];
    for (const name of [`${id}:reader:wxt:content-script-started`, 'wxt:content-script-started']) {
      document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'reader', messageId: 'forged' } }));
      window.postMessage({ type: name, contentScriptName: 'reader', messageId: 'forged' }, '*');
      sent.push(name);
    }
    for (const name of [`${id}:reader:wxt:locationchange`, 'wxt:locationchange']) {
      window.dispatchEvent(new Event(name));
      window.dispatchEvent(Object.assign(new Event(name), { newUrl: new URL('https://news.ycombinator.com/forged'), oldUrl: new URL(location.href) }));
      sent.push(name);
    }
    const nav = (globalThis as { navigation?: EventTarget }).navigation;
    nav?.dispatchEvent(new Event('navigate'));
    nav?.dispatchEvent(new Event('currententrychange'));
    window.dispatchEvent(new PopStateEvent('popstate'));
    sent.push('navigate', 'currententrychange', 'popstate');
    return sent;
  }, ext.extensionId);

  // The page goes on adding comments: they are read and stored as before.
  await appendComments(page, storyId + 100, 5);
  await expect.poll(() => storedCount(panel, storyId), { timeout: 15_000 }).toBe(9);
  await expect(page.locator('rapport-badge')).toHaveCount(9);
  report(`forged ${forged.join(', ')}; then 5 comments added: ${await storedCount(panel, storyId)} of 9 posts stored, ${await page.locator('rapport-badge').count()} badges shown, ${errors.length} errors in the page`);
  expect(errors).toEqual([]);
  await page.close();
  await panel.close();
});

test('synthetic clicks on the capture control and synthetic input in a composer do nothing', async () => {
  const storyId = 8_300_000;
  const { url, html } = hnPage(storyId, 'Puppeteer', [{ user: 'ann', text: 'One.' }, { user: 'bob', text: 'Two.' }, { user: 'cy', text: 'Three.' }], { composer: true });
  const { page, panel, tabId } = await visit(url, html);
  await expect.poll(() => storedCount(panel, storyId)).toBe(4);
  await expect(page.locator('rapport-badge')).toHaveCount(4);
  // Every draft the worker keeps, as it is written (storage.session is readable from the extension's pages).
  await panel.evaluate(() => {
    const w = window as unknown as { __drafts: string[] };
    w.__drafts = [];
    chrome.storage.session.onChanged.addListener((changes) => {
      for (const [key, change] of Object.entries(changes)) if (key.startsWith('draft:')) w.__drafts.push((change.newValue as { text?: string } | undefined)?.text ?? '(removed)');
    });
  });

  const tried = await page.evaluate(() => {
    const hosts = [...document.querySelectorAll('rapport-badge')];
    let reached = 0;
    // The last badge is left for the person's own click below.
    for (const host of hosts.slice(0, -1)) {
      (host as HTMLElement).click();
      host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      const button = host.shadowRoot?.querySelector('button');
      if (button) {
        reached++;
        button.click();
        button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      }
    }
    const box = document.querySelector('textarea[name="text"]') as HTMLTextAreaElement;
    box.value = 'SYNTHETIC draft chosen by the page';
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: 'x' }));
    box.dispatchEvent(new Event('input', { bubbles: true }));
    return { badges: hosts.length, openShadowRoots: hosts.filter((h) => h.shadowRoot).length, buttonsReached: reached };
  });

  // A draft check waits for a 400 ms pause in typing; give the synthetic input more than that, then let the
  // person act: their click and their typing must be the only things that count.
  await page.waitForTimeout(1500);
  const last = page.locator('rapport-badge').last();
  const lastId = `hackernews:${await last.evaluate((h) => h.closest('tr.athing')!.id)}`;
  await clickClosedUiButton(page, 'rapport-badge', 'last');
  await expect.poll(() => capturedIds(panel)).toEqual([lastId]);

  const composer = page.locator('textarea[name="text"]');
  await composer.fill('');
  await composer.pressSequentially('Typed by the person.', { delay: 5 });
  const drafts = () => panel.evaluate(() => (window as unknown as { __drafts: string[] }).__drafts);
  await expect.poll(drafts).toContain('Typed by the person.');
  const synthetic = (await drafts()).filter((d) => d.includes('SYNTHETIC'));
  report(`synthetic clicks on ${tried.badges - 1} badges (shadow roots the page could open: ${tried.openShadowRoots}, buttons reached: ${tried.buttonsReached}) and synthetic input in the composer; captured: ${JSON.stringify(await capturedIds(panel))} (only the person's click), drafts stored: ${JSON.stringify(await drafts())}`);
  expect(synthetic).toEqual([]);
  expect(tried.openShadowRoots).toBe(0);

  // The draft lives as long as its tab.
  const draftKey = `draft:${tabId}`;
  const draftOf = () => panel.evaluate(async (key) => (await chrome.storage.session.get(key))[key] !== undefined, draftKey);
  expect(await draftOf()).toBe(true);
  await page.close();
  await expect.poll(draftOf).toBe(false);
  report(`the tab closed: its draft (${draftKey}) is gone from storage.session`);
  await panel.close();
});

test('an old Reddit thread with a 600-character author and an over-long lang: every post is stored', async () => {
  const { url, html } = fixture('reddit-old-overlong.html');
  const { page, panel, errors } = await visit(url, html);
  const ids = async () => (await storedPosts(panel)).map((p) => p.id).filter((id) => /^reddit:t[13]_(c\d\d|ovl600)$/.test(id));
  await expect.poll(async () => (await ids()).length, { timeout: 15_000 }).toBe(60);
  const stored = await ids();
  report(`old Reddit thread of 60 posts, one author of 600 characters (c17), one lang of 51 (c31): ${stored.length} stored, c17 ${stored.includes('reddit:t1_c17') ? 'kept' : 'LOST'}, c31 ${stored.includes('reddit:t1_c31') ? 'kept' : 'LOST'}`);
  expect(stored).toContain('reddit:t1_c17');
  expect(errors).toEqual([]);
  await page.close();
  await panel.close();
});

test('a private message typed on old Reddit is not checked or kept; a comment typed beside it is', async () => {
  const form = '<form class="usertext" action="#"><div class="usertext-edit md-container"><div class="md"><textarea rows="4" cols="60" name="text"></textarea></div></div></form>';
  const page = (title: string) =>
    `<html lang="en"><head><title>${title}</title></head><body><div class="content" role="main"><div id="siteTable" class="sitetable"></div>${form}</div></body></html>`;
  const dm = await visit('https://old.reddit.com/message/compose/?to=someone', page('send a private message'));
  const thread = await visit('https://old.reddit.com/r/Cooking/comments/dm0001/a_thread/', page('a thread : Cooking'));
  const draftOf = (tabId: number) => thread.panel.evaluate(async (key) => ((await chrome.storage.session.get(key))[key] as { text?: string } | undefined)?.text, `draft:${tabId}`);

  await dm.page.locator('textarea[name="text"]').pressSequentially('Private words for one person.', { delay: 5 });
  await thread.page.locator('textarea[name="text"]').pressSequentially('A public comment.', { delay: 5 });
  // The comment typed second is checked and kept: by then the message typed first would have been too.
  await expect.poll(() => draftOf(thread.tabId)).toBe('A public comment.');
  const kept = await draftOf(dm.tabId);
  report(`typed into old Reddit's private-message form and into a comment box: draft kept for the comment, ${kept === undefined ? 'none' : JSON.stringify(kept)} for the private message`);
  expect(kept).toBeUndefined();
  for (const v of [dm, thread]) {
    await v.page.close();
    await v.panel.close();
  }
});
