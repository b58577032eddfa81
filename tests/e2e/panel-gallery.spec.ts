import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { type ExtensionBrowser, launchExtension, ROOT } from './harness';
import { readStore, storedPosts } from './db';
import { panelLayoutProblems } from './panel-layout-probe';
import { type Comment, hnPage } from './panel-pages';
import { dayStart, type InsightPost, postTime } from '../../lib/insights/posts';

// A filled history (an old multilingual thread with flags, questions and complaints; a recent one where a watched
// brand turns negative; captures; a draft), then every view as a person sees it: in German no sentence the analysis
// produced is English, and a gallery of every view at 320 and 400 px, light and dark, English and German.
const VIEWS = ['page', 'draft', 'captures', 'insights', 'audit', 'settings'] as const;
const GALLERY = join(ROOT, 'artifacts/screenshots');

const OLD: Comment[] = [
  { user: 'ann', text: 'Clear rules and kind moderators, thank you for asking!' },
  { user: 'bob', text: 'How many moderators do you need per thousand members?', indent: 1 },
  { user: 'ann', text: 'About three, and our chairman reviews every ban.', indent: 2 },
  { user: 'carl', text: 'Hey guys, ask a fireman about the manpower you need.' },
  { user: 'dirk', text: 'Das ist wirklich hilfreich, danke für die Tipps.' },
  { user: 'hugo', text: 'Franchement, ce forum est nul et personne ne répond.' },
  { user: 'rosa', text: 'Alguien sabe cómo exportar los datos? No encuentro la opción.' },
  { user: 'troll', text: 'You are an idiot and a moron, nobody wants your advice.' },
  { user: 'bob', text: 'Why does the search never find old threads?', indent: 1 },
];
const RECENT: Comment[] = [
  { user: 'maya', text: 'Acme support is terrible and slow, awful experience.' },
  { user: 'liam', text: 'Acme broke my account again, this is horrible.', indent: 1 },
  { user: 'nora', text: 'I hate how Acme handles refunds, the worst service ever.' },
  { user: 'omar', text: 'Acme is a disaster, really bad and sad.', indent: 1 },
  { user: 'pia', text: 'Globex answered my ticket in an hour, great job.' },
];
const EARLIER: Comment[] = [
  { user: 'sam', text: 'Is there a way to pin a thread for a week?' },
  { user: 'tia', text: 'Thanks, the new moderation queue is much faster.' },
];
const DRAFT = 'Hey guys, our chairman thinks this idea is stupid, you idiot #a #b #c #d';
/** Everything the page (or the person) wrote: the checks below look at what the panel itself writes. */
const PAGE_TEXT = [...OLD, ...RECENT, ...EARLIER].flatMap((c) => [c.text, c.user]).concat(['Ask HN: How do you run a friendly forum?', 'Acme launch week', 'Forum tools', DRAFT, 'op', 'brand', 'Acme', 'Globex']);

let ext: ExtensionBrowser;
let panel: Page;
test.beforeAll(async () => {
  ext = await launchExtension();
  const old = hnPage(7_900_000, 'Ask HN: How do you run a friendly forum?', OLD);
  const recent = hnPage(7_910_000, 'Acme launch week', RECENT, { at: Math.floor(Date.now() / 1000) - 3 * 3600 });
  const earlier = hnPage(7_920_000, 'Forum tools', EARLIER, { at: Math.floor(Date.now() / 1000) - 3 * 86_400 });
  ext.serve(old.url, old.html);
  ext.serve(earlier.url, earlier.html);
  ext.serve(recent.url, recent.html);
  const first = await ext.context.newPage();
  await first.goto(old.url);
  const tabId = await ext.tabId(first);
  panel = await ext.context.newPage();
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tab=${tabId}`);
  await expect(panel.getByTestId('post-list').locator('li')).toHaveCount(OLD.length + 1);
  // the watched brand is set before its bad day is read, so the alerts are computed when the posts arrive: the
  // community's own negative spike (no history of its own to speak of: over half negative) and the brand's
  await panel.evaluate(() => chrome.storage.local.set({ settings: { brands: ['Acme'], competitors: ['Globex'] } }));
  const second = await ext.context.newPage();
  await second.goto(recent.url);
  await expect.poll(() => panel.evaluate(async () => ((await chrome.storage.local.get('alerts')).alerts as unknown[] | undefined)?.length ?? 0)).toBe(2);
  await second.close();
  const third = await ext.context.newPage();
  await third.goto(earlier.url);
  const total = OLD.length + RECENT.length + EARLIER.length + 3;
  await expect.poll(async () => (await storedPosts(panel)).filter((p) => p.analyzed === 1).length).toBe(total);
  await third.close();
  await panel.getByTestId('capture-post').nth(0).click();
  await panel.getByTestId('capture-post').nth(3).click();
  await panel.getByTestId('capture-post').nth(6).click();
  // a reviewer's verdicts, so the Audit's agreement table has something to show: a sentiment confirmed, a flag judged wrong
  await panel.getByTestId('review-post').first().click();
  await panel.getByTestId('review-sentiment').first().getByRole('radio', { name: 'Right' }).check();
  await panel.getByTestId('review-post').first().click();
  await panel.locator('[data-post-id]').filter({ hasText: 'Hey guys, ask a fireman' }).getByTestId('review-post').click();
  await panel.getByTestId('review-flag').first().getByRole('radio', { name: 'Wrong' }).check();
  await expect(panel.getByTestId('review-flag').first()).toHaveAttribute('data-value', 'wrong');
  // the captured story read again with more points: its card shows two sightings and their growth
  ext.serve(old.url, hnPage(7_900_000, 'Ask HN: How do you run a friendly forum?', OLD, { points: 150 }).html);
  await first.reload();
  await expect.poll(async () => ((await panel.evaluate(readStore, 'observations')) as { postId: string }[]).filter((o) => o.postId === 'hackernews:7900000').length).toBe(2);
  await panel.locator('#tab-draft').click();
  await panel.getByTestId('draft-text').fill(DRAFT);
  await expect(panel.getByTestId('draft-verdict')).toBeVisible();
});
test.afterAll(async () => ext?.close());

async function show(view: (typeof VIEWS)[number]) {
  await panel.locator(`#tab-${view}`).click();
  await expect(panel.locator(`#tab-${view}`)).toHaveAttribute('aria-selected', 'true');
  // each view's content, so what is read or photographed is the view, not its loading line
  const ready = { page: 'opportunity-reason', draft: 'draft-verdict', captures: 'capture', insights: 'health-parts', audit: 'audit-language', settings: undefined }[view];
  if (ready) await expect(panel.getByTestId(ready).first()).toBeVisible();
  // a post's and an example's review controls open (with the post's Cultural Sensitivity Score), and the agreement table
  const review = { page: 'review-post', audit: 'review-example' }[view as string];
  if (review && (await panel.getByTestId(review).first().getAttribute('aria-expanded')) === 'false') await panel.getByTestId(review).first().click();
  if (review) await expect(panel.getByTestId('review-controls').first()).toBeVisible();
  if (view === 'audit') await expect(panel.getByTestId('agreement-table').first()).toBeVisible();
}

test('alerts: the community’s own spike and the brand’s, listed where they happened; the badge names the community', async () => {
  await show('insights');
  await expect(panel.getByTestId('community')).toHaveValue('news.ycombinator.com');
  await expect(panel.getByTestId('alerts').locator('li')).toHaveCount(2);
  await expect(panel.getByTestId('alerts').locator('li[data-kind="community"]')).toContainText(/recent posts here are negative/);
  await expect(panel.getByTestId('alerts').locator('li[data-kind="term"]')).toContainText('Acme');
  const worker = await ext.worker();
  expect(await worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('2');
  expect(await worker.evaluate(() => chrome.action.getTitle({}))).toBe('Rapport: negative spike in news.ycombinator.com');
});

test('charts: drawn from three days of data with their own legend, and a chart of one point says there is not enough data', async () => {
  await panel.setViewportSize({ width: 400, height: 1600 });
  await show('insights');
  const chart = panel.getByTestId('insights-chart');
  await expect(chart.locator('canvas')).toHaveCount(1);
  // the legend names the series in the panel's language, never uPlot's "Time: --"
  await expect(chart.getByTestId('chart-legend')).toHaveText(/Volume.*Mean sentiment/);
  await expect(chart).not.toContainText('--');
  // the table lists the days that have posts, not every empty day between 2024 and now (three threads, on four
  // days when a thread's comments come an hour after its story across midnight)
  const days = new Set(((await panel.evaluate(readStore, 'posts')) as InsightPost[]).map((p) => dayStart(postTime(p)!)));
  expect(days.size).toBeGreaterThanOrEqual(3);
  expect(await chart.locator('details tbody tr').count()).toBe(days.size);
  await show('captures');
  await expect(panel.getByTestId('chart-thin')).toBeVisible();
  await expect(panel.locator('.chart canvas')).toHaveCount(0);
});

test('time at 320 px: a capture read twice shows its growth, the watchlist sits beside the comparison, the best-time grid fits', async () => {
  await panel.setViewportSize({ width: 320, height: 900 });
  const inside = (testId: string) => panel.getByTestId(testId).first().evaluate((el) => el.getBoundingClientRect().right <= document.documentElement.clientWidth);
  await show('captures');
  const story = panel.locator('[data-capture-id="cap:hackernews:7900000"]').getByTestId('growth');
  await expect(story).toHaveAttribute('data-points', '2');
  await expect(story.getByTestId('growth-change')).toContainText('Likes +30');
  await expect(panel.getByTestId('watch-brands')).toContainText('Acme');
  await expect(panel.getByTestId('watch-competitors')).toContainText('Globex');
  for (const id of ['growth', 'watchlist-editor', 'competitor-table']) expect(await inside(id), id).toBe(true);
  await show('insights');
  await expect(panel.getByTestId('best-time-grid').locator('tbody tr')).toHaveCount(7);
  expect(await inside('best-time-grid')).toBe(true);
});

/** Text nodes the panel wrote (not the page's or the person's words), each with the view it is in. */
function panelSentences(pageText: string[]): Promise<string[]> {
  return panel.evaluate((quoted) => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement!;
      if (el.closest('textarea, script, style, [hidden]') || !el.getClientRects().length) continue;
      // terms quoted from the page inside a sentence („chairman“), then the page's own texts
      const text = (n.textContent ?? '').replace(/[“„«»"][^“”„«»"]*[”“»"]/gu, ' ').trim();
      // a node that is the page's text or part of it (a post, a name, a quoted word) is not the panel's sentence
      if (text && !quoted.some((q) => q.includes(text))) out.push(text);
    }
    return out;
  }, pageText);
}

/** Function words of English sentences; none of them is a German word. */
const ENGLISH = /\b(the|and|of|is|are|with|your|you|reads?|posts?|only|too|without|recent|before|remove|keep|words?|tone|gendered|replies|reply|questions?|people|here|this|that|nothing|no)\b/i;

test('in German, no view shows an English sentence from the analysis', async () => {
  await panel.evaluate(() => chrome.storage.local.get('settings').then(({ settings }) => chrome.storage.local.set({ settings: { ...(settings as object), uiLanguage: 'de' } })));
  await expect(panel.locator('html')).toHaveAttribute('lang', 'de');
  await panel.setViewportSize({ width: 400, height: 1600 });
  const english: string[] = [];
  let seen = 0;
  for (const view of VIEWS) {
    await show(view);
    if (view === 'insights') await expect(panel.getByTestId('alerts')).toBeVisible();
    if (view === 'draft') await expect(panel.getByTestId('finding').first()).toBeVisible();
    const texts = await panelSentences(PAGE_TEXT);
    seen += texts.length;
    if (process.env.SHOW_TEXTS) console.log(view, JSON.stringify(texts));
    english.push(...texts.filter((t) => ENGLISH.test(t)).map((t) => `${view}: ${t}`));
  }
  // the checks had something to read: flags, findings, alerts, health, voices and audit cautions are on screen
  await show('page');
  await expect(panel.getByTestId('post-flag-reasons').first()).toContainText('Geschlecht');
  expect(seen).toBeGreaterThan(150);
  expect(english).toEqual([]);
  console.log(`[language] German panel: ${seen} texts the panel wrote across ${VIEWS.length} views, none English`);
});

test('gallery: every view at 320 and 400 px, light and dark, English and German, none wider than the panel, no label word cut in two', async () => {
  test.setTimeout(240_000);
  mkdirSync(GALLERY, { recursive: true });
  const shots: { file: string; view: string; lang: string; width: number; scheme: string }[] = [];
  const problems: string[] = [];
  for (const lang of ['en', 'de'] as const) {
    await panel.evaluate((l) => chrome.storage.local.get('settings').then(({ settings }) => chrome.storage.local.set({ settings: { ...(settings as object), uiLanguage: l } })), lang);
    await expect(panel.locator('html')).toHaveAttribute('lang', lang);
    for (const scheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme: scheme });
      for (const width of [320, 400]) {
        await panel.setViewportSize({ width, height: 900 });
        for (const view of VIEWS) {
          await show(view);
          problems.push(...(await panel.evaluate(panelLayoutProblems, `${view} ${lang} ${scheme} ${width}`)));
          const file = `${view}-${lang}-${scheme}-${width}.png`;
          // from the top: a full-page shot of a scrolled panel draws the sticky tab bar in the middle of the view
          await panel.evaluate(() => window.scrollTo(0, 0));
          await panel.screenshot({ path: join(GALLERY, file), fullPage: true });
          shots.push({ file, view, lang, width, scheme });
        }
      }
    }
  }
  const cell = (s: (typeof shots)[number]) => `<figure><img src="${s.file}" width="${s.width}" alt="${s.view}, ${s.lang}, ${s.scheme}, ${s.width} px"><figcaption>${s.lang} · ${s.scheme} · ${s.width} px</figcaption></figure>`;
  const html = `<!doctype html><meta charset="utf-8"><title>Rapport panel gallery</title>
<style>body{font:14px system-ui;margin:1rem}section{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start}figure{margin:0}img{border:1px solid #999;display:block}</style>
<h1>Rapport panel: every view at 320 and 400 px, light and dark, English and German</h1>
${VIEWS.map((v) => `<h2>${v}</h2><section>${shots.filter((s) => s.view === v).map(cell).join('')}</section>`).join('\n')}`;
  writeFileSync(join(GALLERY, 'index.html'), html);
  expect(shots).toHaveLength(VIEWS.length * 8);
  expect(problems).toEqual([]);
});

test('draft: an overall verdict, and the toxicity and hashtag fixes are actions that edit the draft', async () => {
  await panel.evaluate(() => chrome.storage.local.get('settings').then(({ settings }) => chrome.storage.local.set({ settings: { ...(settings as object), uiLanguage: 'en' } })));
  await panel.emulateMedia({ colorScheme: 'light' });
  await show('draft');
  const draft = panel.getByTestId('draft-text');
  await expect(draft).toHaveValue(DRAFT);
  await expect(panel.getByTestId('draft-verdict')).toHaveText(/^Check \d+ things before posting\.$/);
  const before = await panel.getByTestId('finding').count();
  await panel.getByRole('button', { name: 'Remove “idiot”' }).click();
  await expect(draft).toHaveValue('Hey guys, our chairman thinks this idea is stupid, you #a #b #c #d');
  await panel.getByRole('button', { name: 'Remove the hashtags' }).click();
  await expect(draft).toHaveValue('Hey guys, our chairman thinks this idea is stupid, you');
  await expect(panel.getByTestId('finding')).toHaveCount(before - 2);
  await panel.getByRole('button', { name: 'Use “chair”' }).click();
  await panel.getByRole('button', { name: 'Use “everyone”' }).click();
  await panel.getByRole('button', { name: /^Remove “stupid”$/ }).click();
  await expect(draft).toHaveValue('Everyone, our chair thinks this idea is, you');
  await expect(panel.getByTestId('draft-verdict')).toHaveText('Ready to post: nothing to check.');
  // an empty draft says what to do, not "neutral 0"
  await draft.fill('');
  await expect(panel.getByTestId('draft-empty')).toHaveText('Type or paste a draft to check it.');
  await expect(panel.getByTestId('draft-tone')).toHaveCount(0);
});
