import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { parseCsv } from '../../lib/model/csv';
import { clickClosedUiButton, closedUiText } from './closed-ui';
import { type ExtensionBrowser, launchExtension } from './harness';
import { hnThread } from './hn-thread';
import { FILLER, hnPage } from './panel-pages';

// One journey per user of the side panel, in real Chromium with the built extension and its real IndexedDB.
let ext: ExtensionBrowser;
test.beforeAll(async () => {
  ext = await launchExtension();
});
test.afterAll(async () => ext?.close());

async function openView(tabId: number, view: string): Promise<Page> {
  const panel = await ext.context.newPage();
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tab=${tabId}&view=${view}`);
  return panel;
}

async function visit(url: string, html: string): Promise<{ page: Page; tabId: number }> {
  ext.serve(url, html);
  const page = await ext.context.newPage();
  await page.goto(url);
  return { page, tabId: await ext.tabId(page) };
}

test('community manager: finds the top engagement opportunity and jumps to it in the page', async () => {
  const comments = Array.from({ length: 40 }, (_, i) => ({ user: `reader${i}`, text: `${FILLER[i % FILLER.length]} (${i})` }));
  const complaintAt = comments.push({ user: 'angry_customer', text: 'My order never arrived, support is not responding and I was charged twice. This is the worst service, I want a refund now!' });
  comments.push(...Array.from({ length: 10 }, (_, i) => ({ user: `late${i}`, text: `${FILLER[i % FILLER.length]} (late ${i})` })));
  const storyId = 7_100_000;
  const { page, tabId } = await visit(...(Object.values(hnPage(storyId, 'Our shop relaunch', comments)) as [string, string]));
  const panel = await openView(tabId, 'page');

  const top = panel.getByTestId('opportunity').first();
  await expect(top).toHaveAttribute('data-post-id', `hackernews:${storyId + complaintAt}`);
  await expect(top.getByTestId('opportunity-reason')).toContainText(/complaint/i);
  await expect(panel.getByTestId('posts-read')).toHaveText(String(comments.length + 1));

  const target = page.locator(`tr[id="${storyId + complaintAt}"]`);
  await expect(target).not.toBeInViewport();
  await top.getByTestId('jump').click();
  await expect(target).toHaveAttribute('data-rapport-highlight', '');
  await expect(target).toBeInViewport();

  // Insights on the same community: the chart first, health and the sections below it a moment later.
  const insights = await openView(tabId, 'insights');
  await expect(insights.getByTestId('community')).toHaveValue('news.ycombinator.com');
  await expect(insights.getByTestId('health-score')).toHaveText(/^\d+$/);
  // the chart (from the community's kept days) counts every post read, its numbers in the table under it
  const volumes = await insights.getByTestId('insights-chart').locator('details tbody tr td:first-of-type').allTextContents();
  expect(volumes.map(Number).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(comments.length + 1);
  await expect(insights.getByTestId('language-mix')).toContainText('English');
  await expect(insights.getByTestId('voices')).toContainText(/reader\d+|late\d+|angry_customer/);
  await page.close();
  await panel.close();
  await insights.close();
});

test('community manager: a 400-comment thread counts every post from the start, lists them all, and shows five opportunity cards (one per post) until asked for more', async () => {
  const thread = hnThread(9_400_000, 400);
  const { page, tabId } = await visit(thread.url, thread.html);
  const panel = await openView(tabId, 'page');
  // The overview reads the page's kept counts: all 401 posts, in their three languages once analysed.
  await expect(panel.getByTestId('posts-read')).toHaveText('401', { timeout: 30_000 });
  await expect(panel.getByTestId('page-languages')).toContainText(/German \d+/, { timeout: 30_000 });
  await expect(panel.getByTestId('page-languages')).toContainText(/French \d+/);
  await expect(panel.getByTestId('page-reading')).toHaveCount(0); // every row read
  await expect(panel.getByTestId('opportunity')).toHaveCount(5);
  await panel.getByTestId('more-opportunities').click();
  expect(await panel.getByTestId('opportunity').count()).toBeGreaterThan(5);
  // one card per post, however many reasons it has
  const ids = await panel.getByTestId('opportunity').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-post-id')));
  expect(new Set(ids).size).toBe(ids.length);
  await expect(panel.getByTestId('more-opportunities')).toHaveCount(0);
  // The list holds all of them: its end is the thread's last comment.
  await panel.getByTestId('post-list').evaluate((list) => (list.parentElement!.scrollTop = list.parentElement!.scrollHeight));
  await expect(panel.getByTestId('post-list')).toContainText('(#400)');

  // The page's audit counts all 401 from the same counts, and says its examples come from the first 300.
  await panel.getByRole('tab', { name: 'Audit' }).click();
  await expect(panel.getByTestId('audit-table')).toBeVisible();
  const counts = (await panel.getByTestId('audit-posts').allTextContents()).map(Number);
  expect(counts.reduce((a, b) => a + b, 0)).toBe(401);
  await expect(panel.locator('[data-testid="audit-examples-sampled"][data-set="page"]')).toContainText('300');
  await page.close();
  await panel.close();
});

test('creator: a draft typed into the composer is flagged with an alternative; applying it clears the flag', async () => {
  const { page, tabId } = await visit(...(Object.values(hnPage(7_200_000, 'Ask HN: Launch announcement wording', [{ user: 'mira', text: 'Looking forward to it!' }], { composer: true })) as [string, string]));
  const panel = await openView(tabId, 'draft');

  await page.locator('textarea[name="text"]').pressSequentially('Our chairman will answer every question at the launch tomorrow.', { delay: 5 });
  // The small indicator beside the composer, in the page.
  await expect.poll(async () => (await closedUiText(page, 'rapport-draft')).join(' ')).toMatch(/1 finding/);

  const draft = panel.getByTestId('draft-text');
  await expect(draft).toHaveValue(/Our chairman will answer/);
  const finding = panel.locator('[data-testid="finding"][data-kind="sensitivity"]');
  await expect(finding).toHaveCount(1);
  await expect(finding).toContainText('chairman');
  await expect(finding).toContainText(/gendered job title/i);
  await finding.getByRole('button', { name: 'Use “chair”' }).click();
  await expect(draft).toHaveValue('Our chair will answer every question at the launch tomorrow.');
  await expect(finding).toHaveCount(0);
  await expect(panel.getByTestId('no-findings')).toBeVisible();

  // The paste box works on its own too (any page).
  await draft.fill('We are looking for a new salesman who is young and energetic.');
  await expect(panel.locator('[data-testid="finding"][data-kind="sensitivity"]').first()).toBeVisible();
  await page.close();
  await panel.close();
});

test('analyst: captures posts in the panel and in the page, tags them, exports a CSV whose rows match', async () => {
  const storyId = 7_300_000;
  const comments = [
    { user: 'acme_fan', text: 'Acme support solved my issue in ten minutes, impressive.' },
    { user: 'globex_user', text: '=HYPERLINK("http://evil.example","click") Globex pricing is confusing, "premium" costs double.' },
    { user: 'neutral_nick', text: 'Both Acme and Globex ship the same features, really.' },
  ];
  const { page, tabId } = await visit(...(Object.values(hnPage(storyId, 'Acme vs Globex', comments)) as [string, string]));
  const panel = await openView(tabId, 'page');
  await expect(panel.getByTestId('post-list').locator('li')).toHaveCount(4);

  // Two captures from the panel, one from the badge beside the post in the page.
  await panel.locator(`[data-post-id="hackernews:${storyId + 1}"]`).getByTestId('capture-post').click();
  await panel.locator(`[data-post-id="hackernews:${storyId + 2}"]`).getByTestId('capture-post').click();
  await clickClosedUiButton(page, `tr[id="${storyId + 3}"] rapport-badge`);

  await panel.getByRole('tab', { name: 'Captures' }).click();
  const items = panel.getByTestId('capture');
  await expect(items).toHaveCount(3);
  for (const id of [storyId + 1, storyId + 2]) {
    const item = panel.locator(`[data-capture-id="cap:hackernews:${id}"]`);
    await item.getByTestId('capture-edit').click(); // tags and note sit behind the card's edit button
    await item.getByTestId('tag-input').fill('competitor');
    await item.getByTestId('tag-input').press('Enter');
    await expect(item.getByTestId('capture-tag')).toHaveText(['competitor×']);
  }
  await panel.locator(`[data-capture-id="cap:hackernews:${storyId + 2}"]`).getByTestId('capture-note').fill('pricing complaint');
  await panel.getByTestId('tag-filter').focus(); // leaving the note saves it
  await panel.getByTestId('tag-filter').selectOption('competitor');
  await expect(items).toHaveCount(2);

  const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId('export-csv').click()]);
  const rows = parseCsv(readFileSync((await download.path())!, 'utf8'));
  const [header, ...data] = rows;
  expect(header).toContain('capture_id');
  expect(data).toHaveLength(2);
  const col = (name: string) => header!.indexOf(name);
  const byPost = new Map(data.map((r) => [r[col('post_id')], r]));
  expect(byPost.get(`hackernews:${storyId + 1}`)?.[col('text')]).toBe(comments[0]!.text);
  expect(byPost.get(`hackernews:${storyId + 1}`)?.[col('author')]).toBe('acme_fan');
  expect(byPost.get(`hackernews:${storyId + 1}`)?.[col('tags')]).toBe('competitor');
  // A formula in page text is neutralised, quotes survive the round trip.
  expect(byPost.get(`hackernews:${storyId + 2}`)?.[col('text')]).toBe(`'${comments[1]!.text}`);
  await expect.poll(async () => {
    const [d] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId('export-csv').click()]);
    const r = parseCsv(readFileSync((await d.path())!, 'utf8'));
    return r.find((x) => x[col('post_id')] === `hackernews:${storyId + 2}`)?.[col('note')];
  }).toBe('pricing complaint');
  await page.close();
  await panel.close();
});

test('reviewer: audits a thread in three languages side by side and exports the report', async () => {
  const storyId = 7_400_000;
  const comments = [
    { user: 'ann', text: 'This update is great, thank you for listening to the community.' },
    { user: 'bob', text: 'Honestly this is a terrible change and the support is useless.' },
    { user: 'cat', text: 'I love the new dashboard, it is much faster now.' },
    { user: 'dirk', text: 'Das Update ist wirklich schlecht, nichts funktioniert mehr.' },
    { user: 'eva', text: 'Vielen Dank, die neue Version ist großartig und sehr schnell.' },
    { user: 'fritz', text: 'Ich finde die Änderung okay, aber die Dokumentation fehlt noch.' },
    { user: 'gael', text: 'Merci beaucoup, cette mise à jour est excellente et très rapide.' },
    { user: 'hugo', text: 'Franchement, cette version est nulle et le support ne répond jamais.' },
    { user: 'ines', text: 'Je trouve que la nouvelle interface est plutôt agréable à utiliser.' },
  ];
  const { page, tabId } = await visit(...(Object.values(hnPage(storyId, 'Release notes 4.0', comments)) as [string, string]));
  const panel = await openView(tabId, 'audit');
  await expect(panel.getByTestId('audit-set-page')).toBeChecked();
  // Languages by name in the panel's language, their codes kept as data
  const langs = panel.getByTestId('audit-lang');
  await expect.poll(async () => (await langs.allTextContents()).sort()).toEqual(expect.arrayContaining(['English', 'French', 'German']));
  expect(await langs.evaluateAll((ths) => ths.map((th) => th.getAttribute('data-code')))).toEqual(expect.arrayContaining(['de', 'en', 'fr']));

  const [report] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId('audit-report').click()]);
  const html = readFileSync((await report.path())!, 'utf8');
  expect(report.suggestedFilename()).toMatch(/\.html$/);
  // the report in the panel's language: languages by name, their codes kept as data
  for (const [code, name] of [['en', 'English'], ['de', 'German'], ['fr', 'French']]) expect(html).toContain(`<th scope="col" data-code="${code}">${name}</th>`);
  expect(html).toContain('Franchement, cette version est nulle');
  expect(html).not.toMatch(/<script/i);

  const [csv] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId('audit-csv').click()]);
  const rows = parseCsv(readFileSync((await csv.path())!, 'utf8'));
  expect(rows[0]![0]).toBe('language');
  expect(rows.slice(1).map((r) => r[0])).toEqual(expect.arrayContaining(['en', 'de', 'fr']));
  // Each language's own lexicon scored its posts (the bundle carries them as text, parsed on first use).
  const de = rows.find((x) => x[0] === 'de')!;
  expect(Number(de[2]), 'de positive').toBeGreaterThanOrEqual(1); // "Vielen Dank … großartig"
  expect(Number(de[4]), 'de negative').toBeGreaterThanOrEqual(1); // "wirklich schlecht"
  const fr = rows.find((x) => x[0] === 'fr')!;
  expect(Number(fr[2]), 'fr positive').toBeGreaterThanOrEqual(1); // "Merci beaucoup … excellente"
  expect(Number(fr[4]), 'fr negative').toBeGreaterThanOrEqual(1); // "cette version est nulle"

  // The history audit: from the counts the worker keeps per day, site and language, examples from the latest posts.
  await panel.getByTestId('audit-set-history').check();
  await expect(panel.getByRole('heading', { name: /History: All, Last 30 days/ })).toBeVisible();
  await expect.poll(async () => (await langs.allTextContents()).sort()).toEqual(expect.arrayContaining(['English', 'French', 'German']));
  await expect(panel.getByText('Franchement, cette version est nulle', { exact: false })).toBeVisible();
  await panel.getByRole('combobox', { name: 'Platform' }).selectOption('reddit');
  await expect(panel.getByText('Nothing to audit in this set')).toBeVisible(); // the thread is on Hacker News
  await expect(panel.getByText(/widen the number of days or choose all platforms/)).toBeVisible(); // and what to do next
  await page.close();
  await panel.close();
});
