import { expect, test } from '@playwright/test';
import { closedUiTitles } from './closed-ui';
import { storedPosts } from './db';
import { type ExtensionBrowser, fixture, launchExtension } from './harness';
import { hnThread } from './hn-thread';

let ext: ExtensionBrowser;
test.beforeAll(async () => {
  ext = await launchExtension();
});
test.afterAll(async () => ext?.close());

test('a Hacker News thread shows every comment in the side panel with language and sentiment; a reload adds no duplicates', async () => {
  const { url, html } = fixture('hackernews-item.html');
  ext.serve(url, html);
  const page = await ext.context.newPage();
  await page.goto(url);
  const tabId = await ext.tabId(page);
  const panel = await ext.openPanel(tabId);

  const items = panel.getByTestId('post-list').locator('li');
  await expect(items).toHaveCount(7); // the story and its six comments
  await expect(panel.getByTestId('post-author')).toHaveText(['maplewood', 'quietfox', 'lena_k', 'quietfox', 'grumpy_dev', 'sol_m', 'ana_paula']);
  await expect(items.nth(4).getByTestId('post-sentiment')).toHaveText('negative');
  await expect(items.nth(1).getByTestId('post-sentiment')).toHaveText('positive');
  for (const lang of await panel.getByTestId('post-lang').allTextContents()) expect(lang).toMatch(/^[a-z]{2,3}$/);
  await expect(items.nth(2).getByTestId('post-lang')).toHaveText('de');

  await page.reload();
  await page.waitForLoadState('load');
  await expect(items).toHaveCount(7);
  await expect.poll(async () => (await storedPosts(panel)).length).toBe(7);
  const stored = await storedPosts(panel);
  expect(new Set(stored.map((p) => p.id)).size).toBe(7);
  expect(stored.every((p) => p.analyzed === 1)).toBe(true);
  await page.close();
  await panel.close();
});

test('stopping the service worker in the middle of a big thread loses no post', async () => {
  const { url, html } = hnThread(9_100_000, 3000);
  ext.serve(url, html);
  const page = await ext.context.newPage();
  await page.goto(url);
  await ext.stopWorker(); // while the content script is still sending its 30 batches
  const tabId = await ext.tabId(page);
  const panel = await ext.openPanel(tabId);
  const mine = async () => (await storedPosts(panel)).filter((p) => Number(p.id.split(':')[1]) >= 9_100_000 && Number(p.id.split(':')[1]) <= 9_103_000);
  const atStop = (await mine()).length;
  await ext.stopWorker();
  await expect.poll(async () => (await mine()).length, { timeout: 60_000 }).toBe(3001);
  await expect.poll(async () => (await mine()).filter((p) => p.analyzed === 1).length, { timeout: 30_000 }).toBe(3001);
  test.info().annotations.push({ type: 'stored when the worker was first stopped', description: String(atStop) });
  await expect(panel.getByTestId('page-summary')).toContainText('3,001 posts');
  await page.close();
  await panel.close();
});

test('two-word comments are read in their language by a worker that has just started (its word lists loaded first)', async () => {
  const texts = ['weekly newsletter', 'refund request', 'software update', 'servicio técnico', 'consegna veloce', 'schnelle Lieferung', 'livraison rapide'];
  const expected = ['en', 'en', 'en', 'es', 'it', 'de', 'fr'];
  const storyId = 9_300_000;
  // No lang attribute: the words alone decide. Trigrams alone read most of these as Spanish, Portuguese or Romanian.
  const { url, html } = hnThread(storyId, texts.length, { texts, numbered: false, lang: undefined });
  ext.serve(url, html);
  await ext.stopWorker();
  const page = await ext.context.newPage();
  await page.goto(url);
  const panel = await ext.openPanel(await ext.tabId(page));
  const comments = async () =>
    (await storedPosts(panel))
      .filter((p) => Number(p.id.split(':')[1]) > storyId && Number(p.id.split(':')[1]) <= storyId + texts.length)
      .sort((a, b) => Number(a.id.split(':')[1]) - Number(b.id.split(':')[1]));
  await expect.poll(async () => (await comments()).filter((p) => p.analyzed === 1).length).toBe(texts.length);
  // Comment i says texts[i % n]: comment n says texts[0].
  const byText = new Map((await comments()).map((p) => [texts[(Number(p.id.split(':')[1]) - storyId) % texts.length], p.detectedLang]));
  expect(texts.map((t) => byText.get(t))).toEqual(expected);
  await page.close();
  await panel.close();
});

test('an invalid message gets a structured error answer and the extension keeps working', async () => {
  const probe = await ext.context.newPage();
  await probe.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
  const answers = await probe.evaluate(async () => {
    const send = (m: unknown) => chrome.runtime.sendMessage(m);
    return [
      await send({ id: 1, type: 'postsObserved', timestamp: Date.now(), data: { posts: 'not a list' } }),
      await send({ id: 2, type: 'postsObserved', timestamp: Date.now(), data: { url: 'x', platform: 'x', reader: 'x', firstPos: -1, fresh: true, posts: [] } }),
      await send({ id: 3, type: 'dropTables', timestamp: Date.now(), data: {} }),
      await send('just a string'),
    ];
  });
  expect(answers[0]).toMatchObject({ res: { ok: false, error: { code: 'invalid' } } });
  expect(answers[1]).toMatchObject({ res: { ok: false, error: { code: 'invalid' } } });
  expect(answers[2]).toMatchObject({ res: { ok: false, error: { code: 'unknown-type' } } });
  expect(answers[3]).toMatchObject({ res: { ok: false, error: { code: 'unknown-type' } } });
  expect((await storedPosts(probe)).some((p) => !p.id.startsWith('hackernews:'))).toBe(false);

  // Still working: a new page is read and shown.
  const { url, html } = hnThread(9_200_000, 5);
  ext.serve(url, html);
  const page = await ext.context.newPage();
  await page.goto(url);
  const panel = await ext.openPanel(await ext.tabId(page));
  await expect(panel.getByTestId('post-list').locator('li')).toHaveCount(6);
  await probe.close();
  await page.close();
  await panel.close();
});

test('an abusive comment wears the toxic mark with how often such marks are right; civil ones wear none', async () => {
  const { url, html } = hnThread(9_300_000, 3, {
    texts: ['Moderation is getting harder and the tone is slipping', 'You are a complete idiot and your code is shit', 'Du bist so ein Idiot'],
    numbered: false,
  });
  ext.serve(url, html);
  const page = await ext.context.newPage();
  await page.goto(url);
  const panel = await ext.openPanel(await ext.tabId(page));
  const list = panel.getByTestId('post-list');
  await expect(list.getByTestId('post-sentiment')).toHaveCount(4, { timeout: 30_000 });
  // comment 1 is English abuse, comment 2 German; comment 3 (civil, "harder") and the story are not marked
  await expect(list.getByTestId('post-toxic')).toHaveCount(2);
  for (const id of ['hackernews:9300001', 'hackernews:9300002']) {
    const mark = list.locator(`article[data-post-id="${id}"]`).getByTestId('post-toxic');
    await expect(mark).toHaveText('toxic');
    await expect(mark).toHaveAttribute('title', /^Flags like this one are right about \d+ % of the time$/);
    expect(Number(await mark.getAttribute('data-confidence'))).toBeGreaterThan(0.5);
  }
  await expect(list.locator('article[data-post-id="hackernews:9300003"]').getByTestId('post-toxic')).toHaveCount(0);
  // in the page, the two abusive comments' badges wear the mark too, saying what it is and where to see why
  await expect
    .poll(async () => (await closedUiTitles(page, 'rapport-badge')).flat().filter((e) => e.text === 'toxic').map((e) => e.title))
    .toEqual(['Rapport: offensive language (the panel shows the words)', 'Rapport: offensive language (the panel shows the words)']);
  await page.close();
  await panel.close();
});
