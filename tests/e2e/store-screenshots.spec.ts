import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { type ExtensionBrowser, launchExtension, ROOT } from './harness';
import { hnPage } from './panel-pages';

// The stores' screenshots (1280×800, both Chrome Web Store and AMO accept it), made from the real extension on
// demo pages: the page at 880 px beside the real side panel at 400 px, one scene per user. They land in
// artifacts/store/ for the release; the test checks each is the size the stores ask for and shows what it claims.
const STORE = join(ROOT, 'artifacts/store');
const WIDTH = 1280;
const HEIGHT = 800;
const PANEL = 400;

let ext: ExtensionBrowser;
test.beforeAll(async () => {
  mkdirSync(STORE, { recursive: true });
  ext = await launchExtension();
});
test.afterAll(async () => ext?.close());

async function scene(url: string, html: string, view: string): Promise<{ page: Page; panel: Page }> {
  ext.serve(url, html);
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: WIDTH - PANEL, height: HEIGHT });
  await page.goto(url);
  const tabId = await ext.tabId(page);
  const panel = await ext.context.newPage();
  await panel.setViewportSize({ width: PANEL, height: HEIGHT });
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tab=${tabId}&view=${view}`);
  return { page, panel };
}

/** The page and the panel side by side in one 1280×800 image, composed in the browser from the two screenshots. */
async function compose(name: string, page: Page, panel: Page): Promise<string> {
  const src = async (p: Page) => `data:image/png;base64,${(await p.screenshot()).toString('base64')}`;
  const [left, right] = [await src(page), await src(panel)];
  const board = await ext.context.newPage();
  await board.setViewportSize({ width: WIDTH, height: HEIGHT });
  await board.setContent(
    `<body style="margin:0;display:flex;background:#fff"><img src="${left}" width="${WIDTH - PANEL}" height="${HEIGHT}">` +
      `<img src="${right}" width="${PANEL}" height="${HEIGHT}" style="border-left:1px solid #d4d4d8;box-sizing:border-box"></body>`,
  );
  await board.evaluate(() => Promise.all([...document.images].map((i) => i.decode())));
  const path = join(STORE, `${name}.png`);
  await board.screenshot({ path });
  await board.close();
  return path;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const b = readFileSync(path);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

test('store screenshots: a thread read with its opportunities, a draft checked, an audit across languages (1280×800 each)', async () => {
  const shots: string[] = [];

  const thread = hnPage(9_100_000, 'Ask HN: How do you keep a community welcoming as it grows?', [
    { user: 'ann', text: 'Clear rules and kind moderators. Thank you for asking, this matters a lot!' },
    { user: 'bob', text: 'How many moderators do you need per thousand members?', indent: 1 },
    { user: 'chen', text: 'We answer every first post within a day. People come back when someone notices them.' },
    { user: 'dirk', text: 'Das ist wirklich hilfreich, danke für die Tipps.' },
    { user: 'hugo', text: 'Franchement, ce forum est nul et personne ne répond.' },
    { user: 'ines', text: 'Is there a good way to thank long-time members without making it awkward?' },
  ]);
  const read = await scene(thread.url, thread.html, 'page');
  await expect(read.panel.getByTestId('post-list').locator('li')).toHaveCount(7);
  await expect(read.panel.getByTestId('opportunity-reason').first()).toBeVisible();
  shots.push(await compose('1-thread', read.page, read.panel));

  const launch = hnPage(9_200_000, 'Show HN: Our launch next week', [{ user: 'mira', text: 'Looking forward to it!' }], { composer: true });
  const draft = await scene(launch.url, launch.html, 'draft');
  await draft.page.locator('textarea[name="text"]').pressSequentially('Our chairman will answer every question at the launch, guys.', { delay: 2 });
  await expect(draft.panel.locator('[data-testid="finding"][data-kind="sensitivity"]').first()).toBeVisible();
  shots.push(await compose('2-draft', draft.page, draft.panel));

  const audit = await scene(thread.url, thread.html, 'audit');
  await expect.poll(async () => (await audit.panel.getByTestId('audit-lang').allTextContents()).length).toBeGreaterThanOrEqual(3);
  shots.push(await compose('3-audit', audit.page, audit.panel));

  for (const path of shots) expect(pngSize(path), path).toEqual({ width: WIDTH, height: HEIGHT });
  console.log(`[store] ${shots.length} screenshots, ${WIDTH}×${HEIGHT}: ${shots.map((s) => s.slice(ROOT.length + 1)).join(', ')}`);
});
