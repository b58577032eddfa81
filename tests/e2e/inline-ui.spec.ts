import { expect, type Page, test } from '@playwright/test';
import { clickClosedUiButton, closedUiText } from './closed-ui';
import { type ExtensionBrowser, fixture, launchExtension } from './harness';
import { hnPage } from './panel-pages';

// What Rapport adds to the page itself: a badge on one line with its own post (not after the post's nested
// replies), and beside the composer a button that opens the Draft view at its findings, which Settings switches off.

let ext: ExtensionBrowser;
test.beforeAll(async () => {
  ext = await launchExtension();
});
test.afterAll(async () => ext?.close());

test('a nested comment thread: each badge sits on one line with its own comment, before that comment’s replies', async () => {
  const { url, html } = fixture('reddit-shreddit.html');
  ext.serve(url, html);
  const page = await ext.context.newPage();
  await page.goto(url);
  await expect.poll(() => page.locator('shreddit-comment rapport-badge').count()).toBe(3);
  const placed = await page.evaluate(() =>
    [...document.querySelectorAll('shreddit-comment')].flatMap((c) => {
      const badge = [...c.querySelectorAll('rapport-badge')].find((b) => b.closest('shreddit-comment') === c);
      if (!badge) return [];
      const reply = c.querySelector('shreddit-comment');
      return [{
        id: c.getAttribute('thingid'),
        // before its first nested reply in the page's order (or there is none)
        beforeReplies: !reply || !!(badge.compareDocumentPosition(reply) & Node.DOCUMENT_POSITION_FOLLOWING),
        inHeader: !!badge.closest('[slot="commentMeta"]'),
        height: badge.getBoundingClientRect().height,
      }];
    }),
  );
  expect(placed.map((p) => p.id)).toEqual(['t1_kaa111', 't1_kbb222', 't1_kdd444']);
  for (const p of placed) expect(p.beforeReplies, p.id!).toBe(true);
  expect(placed[0]!.inHeader).toBe(true); // the parent comment's badge is in its header line
  for (const p of placed) expect(p.height, `${p.id} on one line`).toBeLessThan(26);
  await page.close();
});

async function typeDraft(page: Page, text: string) {
  const box = page.locator('textarea[name="text"]');
  await box.fill('');
  await box.pressSequentially(text, { delay: 5 });
}

test('the composer indicator is a button that opens the Draft view at its findings, and Settings switches it off', async () => {
  const { url, html } = hnPage(7_950_000, 'Ask HN: Launch wording', [{ user: 'mira', text: 'Looking forward to it!' }], { composer: true });
  ext.serve(url, html);
  const page = await ext.context.newPage();
  await page.goto(url);
  const tabId = await ext.tabId(page);
  const panel = await ext.openPanel(tabId);
  await expect(panel.locator('#tab-page')).toHaveAttribute('aria-selected', 'true');

  await typeDraft(page, 'Our chairman will answer every question.');
  await expect.poll(async () => (await closedUiText(page, 'rapport-draft')).join(' ')).toMatch(/1 finding — open the Draft view/);
  await clickClosedUiButton(page, 'rapport-draft');
  // the panel follows: the Draft view, its findings heading focused, the finding listed
  await expect(panel.locator('#tab-draft')).toHaveAttribute('aria-selected', 'true');
  await expect(panel.locator('#findings-h')).toBeFocused();
  await expect(panel.locator('[data-testid="finding"][data-kind="sensitivity"]')).toContainText('chairman');

  await panel.locator('#tab-settings').click();
  await panel.getByTestId('set-composer-indicator').uncheck();
  await expect(page.locator('rapport-draft')).toHaveCount(0);
  await typeDraft(page, 'Our chairman will answer every question tomorrow.');
  // the draft still reaches the panel; the page shows nothing beside the composer
  await panel.locator('#tab-draft').click();
  await expect(panel.getByTestId('draft-text')).toHaveValue(/tomorrow/);
  await expect(page.locator('rapport-draft')).toHaveCount(0);
  await page.close();
  await panel.close();
});

test('in German the page shows Rapport’s own words in German: badges, the capture button and the composer indicator', async () => {
  const { url, html } = hnPage(7_960_000, 'Ask HN: Wording', [{ user: 'mira', text: 'Thank you, this is wonderful news!' }], { composer: true });
  ext.serve(url, html);
  const page = await ext.context.newPage();
  await page.goto(url);
  const panel = await ext.openPanel(await ext.tabId(page));
  await panel.evaluate(() => chrome.storage.local.set({ settings: { uiLanguage: 'de' } }));
  // the badges follow the setting without a reload
  await expect.poll(async () => (await closedUiText(page, 'rapport-badge')).join(' | ')).toMatch(/positiv · en.*Sichern/);
  // ("neutral" is German too)
  expect((await closedUiText(page, 'rapport-badge')).join(' ')).not.toMatch(/\b(positive|negative|Capture|Captured)\b/);
  await typeDraft(page, 'Our chairman will answer every question.');
  await expect.poll(async () => (await closedUiText(page, 'rapport-draft')).join(' ')).toBe('Rapport: 1 Hinweis — im Entwurf ansehen');
  await panel.evaluate(() => chrome.storage.local.set({ settings: { uiLanguage: 'en' } }));
  await expect.poll(async () => (await closedUiText(page, 'rapport-badge')).join(' | ')).toMatch(/positive · en.*Capture/);
  await page.close();
  await panel.close();
});
