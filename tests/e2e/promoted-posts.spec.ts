import { expect, test } from '@playwright/test';
import { type ExtensionBrowser, fixture, launchExtension } from './harness';

// An ad on a page is what an advertiser paid to show, not what people said: the Page view lists it marked as an
// ad and leaves it out of the page's figures, its opportunities and its audit. Real Chromium, real IndexedDB.
let ext: ExtensionBrowser;
test.beforeAll(async () => {
  ext = await launchExtension();
});
test.afterAll(async () => ext?.close());

test('a page with an ad shows it marked and its figures without it', async () => {
  const { url, html } = fixture('reddit-old-listing-ad.html');
  ext.serve(url, html);
  const page = await ext.context.newPage();
  await page.goto(url);
  const tabId = await ext.tabId(page);
  const panel = await ext.context.newPage();
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tab=${tabId}&view=page`);

  // the three posts are listed; the ad (French, glowing, asking a question) wears the ad mark, the others do not
  const list = panel.getByTestId('post-list');
  await expect(list.locator('article[data-post-id]')).toHaveCount(3, { timeout: 30_000 });
  await expect(list.locator('article[data-post-id="reddit:t3_ad1"]').getByTestId('post-ad')).toHaveText('Ad');
  await expect(list.getByTestId('post-ad')).toHaveCount(1);
  // analysed: every listed post has its sentiment label, with the label's calibrated confidence
  await expect(list.getByTestId('post-sentiment')).toHaveCount(3, { timeout: 30_000 });
  await expect(list.locator('article[data-post-id="reddit:t3_p1"]').getByTestId('post-sentiment')).toHaveAttribute('title', /right about \d+ % of the time/);

  // the figures count the two people's posts only: one negative, one neutral, English, no French
  await expect(panel.getByTestId('posts-read')).toHaveText('2');
  await expect(panel.getByTestId('page-summary')).toHaveText('2 posts · 0 positive · 1 neutral · 1 negative');
  await expect(panel.getByTestId('page-languages')).toHaveText('English 2');
  await expect(panel.getByTestId('page-ads')).toContainText('1');
  // the complaint is an opportunity; the ad's question and praise are not
  await expect(panel.locator('[data-testid="opportunity"][data-post-id="reddit:t3_p1"]').first()).toBeVisible();
  await expect(panel.locator('[data-testid="opportunity"][data-post-id="reddit:t3_ad1"]')).toHaveCount(0);

  // the page's audit: English only, two posts, with the sentiment accuracy measured for English
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tab=${tabId}&view=audit`);
  await expect(panel.getByTestId('audit-lang')).toHaveCount(1);
  await expect(panel.getByTestId('audit-lang')).toHaveAttribute('data-code', 'en');
  await expect(panel.getByTestId('audit-table')).toContainText(/Posts\s*2/);
  await expect(panel.getByTestId('audit-sentiment-measured')).toContainText(/\d+ % of [\d,]+ test texts/);
  await page.close();
  await panel.close();
});
