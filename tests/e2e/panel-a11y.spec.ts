import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { type ExtensionBrowser, launchExtension, ROOT } from './harness';
import { hnPage } from './panel-pages';

// Every view: an axe-core scan (no serious or critical violations), light and dark screenshots for reviewers,
// and the whole panel driven by keyboard alone.
const VIEWS = ['Page', 'Draft', 'Captures', 'Insights', 'Audit', 'Settings'] as const;
const SHOTS = join(ROOT, 'artifacts/screenshots');

let ext: ExtensionBrowser;
let panel: Page;
let page: Page;
test.beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  ext = await launchExtension();
  const storyId = 7_700_000;
  const { url, html } = hnPage(storyId, 'Ask HN: How do you run a friendly forum?', [
    { user: 'ann', text: 'Clear rules and kind moderators, thank you for asking!' },
    { user: 'bob', text: 'How many moderators do you need per thousand members?', indent: 1 },
    { user: 'ann', text: 'About three, and our chairman reviews every ban.', indent: 2 },
    { user: 'dirk', text: 'Das ist wirklich hilfreich, danke für die Tipps.' },
    { user: 'hugo', text: 'Franchement, ce forum est nul et personne ne répond.' },
    { user: 'globex_fan', text: 'Globex runs a great forum, much better than Acme.' },
  ], { composer: true });
  ext.serve(url, html);
  page = await ext.context.newPage();
  await page.goto(url);
  const tabId = await ext.tabId(page);
  await page.locator('textarea[name="text"]').pressSequentially('Our chairman will reply to everyone tomorrow.', { delay: 2 });
  panel = await ext.context.newPage();
  await panel.setViewportSize({ width: 420, height: 1400 });
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tab=${tabId}`);
  await expect(panel.getByTestId('post-list').locator('li')).toHaveCount(7);
  await panel.getByTestId('capture-post').first().click();
  await panel.getByTestId('capture-post').nth(5).click();
  await panel.evaluate(() => chrome.storage.local.set({ settings: { competitors: ['Globex', 'Acme'] } }));
  // a reviewer's verdict, so the Audit shows its agreement table
  await panel.getByTestId('review-post').first().click();
  await panel.getByTestId('review-sentiment').first().getByRole('radio', { name: 'Right' }).check();
  await expect(panel.getByTestId('review-sentiment').first()).toHaveAttribute('data-value', 'right');
  await panel.getByTestId('review-post').first().click();
});
test.afterAll(async () => ext?.close());

for (const scheme of ['light', 'dark'] as const) {
  test(`every view passes axe with no serious or critical violations, ${scheme}`, async () => {
    await panel.emulateMedia({ colorScheme: scheme });
    for (const view of VIEWS) {
      await panel.getByRole('tab', { name: view }).click();
      await expect(panel.getByRole('tab', { name: view })).toHaveAttribute('aria-selected', 'true');
      // charts draw once the view has its data and its width: check them drawn, not a moment later
      await expect.poll(() => panel.evaluate(() => [...document.querySelectorAll('figure.chart [role=img]')].every((h) => h.querySelector('.uplot canvas')))).toBe(true);
      // the review controls (a post's, an example's) and the agreement table are scanned too
      const review = { Page: 'review-post', Audit: 'review-example' }[view as string];
      if (review && (await panel.getByTestId(review).first().getAttribute('aria-expanded')) === 'false') await panel.getByTestId(review).first().click();
      if (view === 'Audit') await expect(panel.getByTestId('agreement-table').first()).toBeVisible();
      await expect(panel.locator('html')).toHaveClass(scheme === 'dark' ? /dark/ : /^(?!.*dark)/);
      const results = await new AxeBuilder({ page: panel }).analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`), `${view} (${scheme})`).toEqual([]);
      await panel.screenshot({ path: join(SHOTS, `${view.toLowerCase()}-${scheme}.png`) });
    }
  });
}

test('the panel works by keyboard alone: tabs by arrow keys, a capture tagged without the mouse', async () => {
  await panel.emulateMedia({ colorScheme: 'light' });
  await panel.getByRole('tab', { name: 'Page' }).click();
  await panel.reload();
  await panel.bringToFront();
  await expect(panel.getByRole('tab', { name: 'Page' })).toBeVisible();
  await panel.keyboard.press('Tab'); // first stop: the selected tab
  await expect(panel.getByRole('tab', { name: 'Page' })).toBeFocused();
  await panel.keyboard.press('ArrowRight');
  await expect(panel.getByRole('tab', { name: 'Draft' })).toBeFocused();
  await expect(panel.getByRole('tab', { name: 'Draft' })).toHaveAttribute('aria-selected', 'true');
  await panel.keyboard.press('ArrowRight');
  await expect(panel.getByRole('tab', { name: 'Captures' })).toHaveAttribute('aria-selected', 'true');
  // Tab into the view until the first card's edit button, open it with Enter (the tag field takes the focus), type a tag, Enter.
  for (let i = 0; i < 40; i++) {
    await panel.keyboard.press('Tab');
    if (await panel.getByTestId('capture-edit').first().evaluate((el) => el === document.activeElement)) break;
  }
  await expect(panel.getByTestId('capture-edit').first()).toBeFocused();
  await panel.keyboard.press('Enter');
  await expect(panel.getByTestId('tag-input').first()).toBeFocused();
  await panel.keyboard.type('keyboard');
  await panel.keyboard.press('Enter');
  await expect(panel.getByTestId('capture-tag').first()).toHaveText('keyboard×');
  await panel.keyboard.press('End');
  await expect(panel.getByRole('tab', { name: 'Settings' })).toHaveAttribute('aria-selected', 'false'); // End inside a text field stays in the field
  // Escape closes the editor and gives the focus back to its button, the tag now shown on the card
  await panel.keyboard.press('Escape');
  await expect(panel.getByTestId('capture-edit').first()).toBeFocused();
  await expect(panel.getByTestId('capture-tag-shown').first()).toHaveText('keyboard');
  await panel.getByRole('tab', { name: 'Captures' }).focus();
  await panel.keyboard.press('End');
  await expect(panel.getByRole('tab', { name: 'Settings' })).toBeFocused();
  await expect(panel.getByRole('tab', { name: 'Settings' })).toHaveAttribute('aria-selected', 'true');
});

test('the panel speaks the chosen language', async () => {
  await panel.getByRole('tab', { name: 'Settings' }).click();
  await panel.getByTestId('set-ui-language').selectOption('fr');
  await expect(panel.getByRole('tab', { name: 'Brouillon' })).toBeVisible();
  await expect(panel.locator('html')).toHaveAttribute('lang', 'fr');
  await panel.getByTestId('set-ui-language').selectOption('de');
  await expect(panel.getByRole('tab', { name: 'Entwurf' })).toBeVisible();
  await panel.getByTestId('set-ui-language').selectOption('auto'); // the browser's language: English here
  await expect(panel.getByRole('tab', { name: 'Draft' })).toBeVisible();
});
