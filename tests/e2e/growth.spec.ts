import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { parseCsv } from '../../lib/model/csv';
import { readStore } from './db';
import { type ExtensionBrowser, launchExtension } from './harness';
import { hnPage } from './panel-pages';

// The analyst's view of time, in real Chromium with the built extension and its real IndexedDB: a captured post read
// again later with higher counts shows both sightings and its growth; the observations export one row each; the
// watched brands are edited beside the comparison; the best time says honestly that one thread is too thin a history.
let ext: ExtensionBrowser;
test.beforeAll(async () => {
  ext = await launchExtension();
});
test.afterAll(async () => ext?.close());

/** axe-core's serious and critical violations on the panel as shown. */
async function axeProblems(panel: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page: panel }).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

interface ObservationRow { postId: string; at: number; metrics: { likes?: number; replies?: number } }

test('analyst: a captured post read again with higher counts shows both points and its growth, in the panel, the database and the export', async () => {
  const storyId = 7_600_000;
  const published = Math.floor(Date.now() / 1000) - 3 * 3600; // three hours ago
  const comments = [{ user: 'ann', text: 'Congratulations on the launch, the pricing page is clear.' }, { user: 'bob', text: 'Does it work offline?' }];
  const first = hnPage(storyId, 'Launch: our offline notes app', comments, { at: published, points: 120, commentCount: 2 });
  ext.serve(first.url, first.html);
  const page = await ext.context.newPage();
  await page.goto(first.url);
  const tabId = await ext.tabId(page);
  const panel = await ext.context.newPage();
  await panel.setViewportSize({ width: 320, height: 900 });
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tab=${tabId}`);
  const story = panel.locator(`article[data-post-id="hackernews:${storyId}"]`);
  await story.getByTestId('capture-post').click();
  await expect(story.getByTestId('capture-post')).toHaveAttribute('aria-pressed', 'true');
  // seen once: no growth in the post's details yet
  await expect(story.getByTestId('growth')).toHaveCount(0);

  await panel.getByRole('tab', { name: 'Captures' }).click();
  const capture = panel.locator(`[data-capture-id="cap:hackernews:${storyId}"]`);
  await expect(capture.getByTestId('growth')).toHaveAttribute('data-points', '1');
  await expect(capture.getByTestId('growth')).toContainText('Seen once');

  // Later the same page shows more points and many more comments; the person reads it again.
  const later = hnPage(storyId, 'Launch: our offline notes app', comments, { at: published, points: 180, commentCount: 30 });
  ext.serve(later.url, later.html);
  await page.reload();

  const growth = capture.getByTestId('growth');
  await expect(growth).toHaveAttribute('data-points', '2');
  await expect(growth.getByTestId('sparkline')).toHaveAttribute('data-points', '2');
  await expect(growth.getByTestId('sparkline')).toHaveAccessibleName('Engagement at each sighting: 124, 240');
  await expect(growth.getByTestId('growth-change')).toHaveText(/^Seen 2 times: Likes \+60 · Replies \+28 in \d+(\.\d)? (sec|min)$/);
  // read seconds apart: no pace per hour is made up from that
  await expect(growth.getByTestId('growth-pace')).toHaveCount(0);
  // published three hours ago, so its engagement at 24 h is projected along the curve, above what it has now
  await expect(growth.getByTestId('growth-age')).toHaveText(/^At 24 h of age: [\d,]+ interactions \(projected from the sightings\)$/);
  const at24 = Number((await growth.getByTestId('growth-age').textContent())!.match(/([\d,]+) interactions/)![1]!.replace(/,/g, ''));
  expect(at24).toBeGreaterThan(240);

  // the real rows: two observations of the post, the earlier with the first counts
  const rows = ((await panel.evaluate(readStore, 'observations')) as ObservationRow[]).filter((o) => o.postId === `hackernews:${storyId}`).sort((a, b) => a.at - b.at);
  expect(rows.map((o) => o.metrics)).toEqual([{ likes: 120, replies: 2 }, { likes: 180, replies: 30 }]);
  expect(rows[1]!.at).toBeGreaterThan(rows[0]!.at);

  // exported with the captures: one row per observation, its age since publication
  const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId('export-observations').click()]);
  const [header, ...data] = parseCsv(readFileSync((await download.path())!, 'utf8'));
  const col = (name: string) => header!.indexOf(name);
  expect(data.map((r) => [r[col('post_id')], r[col('likes')], r[col('replies')]])).toEqual([[`hackernews:${storyId}`, '120', '2'], [`hackernews:${storyId}`, '180', '30']]);
  expect(data.map((r) => new Date(r[col('observed_at')]!).getTime())).toEqual(rows.map((o) => o.at));
  for (const r of data) expect(Number(r[col('age_hours')])).toBeCloseTo(3, 0);
  const [json] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId('export-json').click()]);
  const doc = JSON.parse(readFileSync((await json.path())!, 'utf8')) as { observations: { likes: number }[] };
  expect(doc.observations.map((o) => o.likes)).toEqual([120, 180]);

  expect(await axeProblems(panel)).toEqual([]);

  // the post's details in the Page view show the same growth, and its replies' pace makes it a fast-growing thread
  await panel.getByRole('tab', { name: 'Page' }).click();
  await expect(story.getByTestId('growth')).toHaveAttribute('data-points', '2');
  await expect(story.getByTestId('growth-change')).toContainText('Likes +60');
  const card = panel.locator(`[data-testid="opportunity"][data-post-id="hackernews:${storyId}"]`);
  await expect(card).toHaveAttribute('data-types', /\bfast-growing\b/);
  await expect(card.getByTestId('opportunity-reason').filter({ hasText: /new replies an hour on this post/ })).toHaveCount(1);
  await page.close();
  await panel.close();
});

async function settingsOf(panel: Page): Promise<{ brands: string[]; competitors: string[] }> {
  return panel.evaluate(async () => (await chrome.storage.local.get('settings')).settings as { brands: string[]; competitors: string[] });
}

test('analyst: adds and removes watched brands and competitors beside the comparison, in the same settings as the Settings view', async () => {
  // a thread where both are mentioned: the story (120 points, two hours old) and two comments without counts
  const thread = hnPage(7_620_000, 'Acme ships a Globex rival', [{ user: 'dee', text: 'Acme pricing is fair.' }, { user: 'eli', text: 'Globex still wins on support.' }], { at: Math.floor(Date.now() / 1000) - 2 * 3600 });
  ext.serve(thread.url, thread.html);
  const page = await ext.context.newPage();
  await page.goto(thread.url);
  const tabId = await ext.tabId(page);
  const panel = await ext.context.newPage();
  await panel.setViewportSize({ width: 320, height: 900 });
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tab=${tabId}`);
  await expect(panel.getByTestId('post-list').locator('li')).toHaveCount(3);
  await panel.locator('#tab-captures').click();
  await expect(panel.getByTestId('compare-empty')).toBeVisible();
  const input = panel.getByRole('textbox', { name: 'Name to watch' });
  await input.fill('Acme');
  await panel.getByRole('combobox', { name: 'Watch as' }).selectOption('brands');
  await input.press('Enter');
  await expect(panel.getByTestId('watch-status')).toHaveText('“Acme” is now watched.');
  await input.fill('Globex');
  await panel.getByRole('combobox', { name: 'Watch as' }).selectOption('competitors');
  await panel.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(panel.getByTestId('watch-brands')).toContainText('Acme');
  await expect(panel.getByTestId('watch-competitors')).toContainText('Globex');
  await expect.poll(() => settingsOf(panel)).toMatchObject({ brands: ['Acme'], competitors: ['Globex'] });
  // the comparison follows at once: a row per watched name
  await expect(panel.getByTestId('competitor-table').locator('tbody th')).toHaveText(['Acme', 'Globex']);
  // a name watched already is not added twice, in any case
  await input.fill('acme');
  await input.press('Enter');
  await expect(panel.getByTestId('watch-status')).toHaveText('“acme” is already watched.');
  // the Settings view shows the same lists
  await panel.locator('#tab-settings').click();
  await expect(panel.getByTestId('set-brands')).toHaveValue('Acme');
  await expect(panel.getByTestId('set-competitors')).toHaveValue('Globex');
  await panel.locator('#tab-captures').click();
  await panel.getByRole('button', { name: 'Remove Globex' }).click();
  await expect.poll(() => settingsOf(panel)).toMatchObject({ brands: ['Acme'], competitors: [] });
  await expect(panel.getByTestId('competitor-table').locator('tbody th')).toHaveText(['Acme']);
  // compared at 24 h of age: only the story has both a publication time and counts
  await expect(panel.getByTestId('competitor-age-note')).toHaveText('Engagement compared at 24 h of age, from the 1 of 2 posts whose publication time and counts are known; the others count in the volume only.');
  expect(Number(await panel.getByTestId('competitor-engagement').textContent())).toBeGreaterThan(120);
  await page.close();
  await panel.close();
});

test('analyst: with one thread of history the best time says it is too thin, and its grid fits 320 px', async () => {
  const thread = hnPage(7_610_000, 'Ask HN: When do you post?', [{ user: 'cy', text: 'Mornings, mostly.' }], { at: Math.floor(Date.now() / 1000) - 5 * 3600 });
  ext.serve(thread.url, thread.html);
  const page = await ext.context.newPage();
  await page.goto(thread.url);
  const tabId = await ext.tabId(page);
  const panel = await ext.context.newPage();
  await panel.setViewportSize({ width: 320, height: 900 });
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tab=${tabId}&view=insights`);
  await expect(panel.getByTestId('best-time-thin')).toHaveText(/^History too thin for a best time: \d+ posts? with a publication time and engagement so far; 20 are needed/);
  await expect(panel.getByTestId('best-time-best')).toHaveCount(0);
  await expect(panel.getByTestId('best-time-grid').locator('tbody tr')).toHaveCount(7);
  const grid = await panel.getByTestId('best-time-grid').evaluate((t) => ({ right: t.getBoundingClientRect().right, width: document.documentElement.clientWidth }));
  expect(grid.right).toBeLessThanOrEqual(grid.width);
  expect(await axeProblems(panel)).toEqual([]);
  await page.close();
  await panel.close();
});
