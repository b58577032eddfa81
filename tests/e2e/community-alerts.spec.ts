import { expect, test } from '@playwright/test';
import { type ExtensionBrowser, fixture, launchExtension } from './harness';
import { hnPage } from './panel-pages';

// A community manager follows several communities at once: one turning sour must alert where it happened, and a
// calm one read in the same hours must stay quiet and say where the trouble is. Real Chromium, real IndexedDB,
// the worker computing the alerts as the posts arrive.
let ext: ExtensionBrowser;
test.beforeAll(async () => {
  ext = await launchExtension();
});
test.afterAll(async () => ext?.close());

test('two communities read in the same hours: the sour one alerts, the calm one stays quiet and names where the trouble is', async () => {
  const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString().replace(/\.\d+Z$/, '+00:00');
  // r/Cooking: four friendly posts of the last hours (the saved page's times moved to today)
  const cooking = fixture('reddit-old.html');
  let n = 0;
  ext.serve(cooking.url, cooking.html.replace(/datetime="[^"]+"/g, () => `datetime="${hoursAgo(4 - n++ * 0.5)}"`));
  // Hacker News: a launch thread of the last hours where four of six posts are angry
  const sour = hnPage(7_970_000, 'Launch week', [
    { user: 'maya', text: 'Support is terrible and slow, awful experience.' },
    { user: 'liam', text: 'It broke my account again, this is horrible.', indent: 1 },
    { user: 'nora', text: 'I hate how they handle refunds, the worst service ever.' },
    { user: 'omar', text: 'A disaster, really bad and sad.', indent: 1 },
    { user: 'pia', text: 'The docs are clear, thanks for the write-up.' },
  ], { at: Math.floor(Date.now() / 1000) - 3 * 3600 });
  ext.serve(sour.url, sour.html);

  const first = await ext.context.newPage();
  await first.goto(cooking.url);
  const panel = await ext.openPanel(await ext.tabId(first));
  await expect(panel.getByTestId('post-list').locator('li')).toHaveCount(4);
  const second = await ext.context.newPage();
  await second.goto(sour.url);
  await ext.tabId(second);

  // the worker's alerts: one, for Hacker News alone
  const stored = () => panel.evaluate(async () => ((await chrome.storage.local.get('alerts')).alerts ?? []) as { community?: string; kind?: string }[]);
  await expect.poll(async () => (await stored()).map((a) => `${a.kind}:${a.community}`), { timeout: 30_000 }).toEqual(['community:news.ycombinator.com']);

  await panel.locator('#tab-insights').click();
  const community = panel.getByTestId('community');
  // the calm community: no alert of its own, and the one elsewhere named
  const calm = (await community.locator('option').allTextContents()).find((o) => /cooking/i.test(o))!;
  expect(calm).not.toContain('⚠');
  await community.selectOption({ label: calm });
  await expect(panel.getByTestId('alerts')).toHaveCount(0);
  await expect(panel.getByTestId('alerts-elsewhere')).toContainText('news.ycombinator.com');
  // the sour one: its own spike, marked in the list of communities too
  const hn = (await community.locator('option').allTextContents()).find((o) => o.startsWith('news.ycombinator.com'))!;
  expect(hn).toContain('⚠');
  await community.selectOption({ label: hn });
  await expect(panel.getByTestId('alerts').locator('li[data-kind="community"]')).toContainText(/recent posts here are negative/);
  await expect(panel.getByTestId('alerts-elsewhere')).toHaveCount(0);
  const worker = await ext.worker();
  expect(await worker.evaluate(() => chrome.action.getTitle({}))).toBe('Rapport: negative spike in news.ycombinator.com');
  await first.close();
  await second.close();
  await panel.close();
});
