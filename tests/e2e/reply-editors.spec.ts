import { expect, test, type Page } from '@playwright/test';
import { editorPage, EDITORS, type EditorName } from './editor-pages';
import { type ExtensionBrowser, fixture, isSupportedHost, launchExtension } from './harness';

// "Use" on a suggested reply, into the real rich-text editors social sites run: X's reply box (Draft.js on React 18),
// Facebook's comment box (Lexical) and Discourse's rich composer (ProseMirror), each bundled from its npm package
// into a page under the site's URL. The reply must be in the editor's own state, not only in its DOM (an editor
// redraws from its state and posts what its state holds), and the editor's undo must take it out again.
let ext: ExtensionBrowser;
test.beforeAll(async () => {
  ext = await launchExtension();
});
test.afterAll(async () => ext?.close());

const editorText = (page: Page) => page.evaluate(() => window.__editorText!());

for (const name of Object.keys(EDITORS) as EditorName[]) {
  test(`community manager: a suggested reply lands in ${name}'s state, and undo takes it out`, async () => {
    const { url, html, box } = await editorPage(name);
    ext.serve(url, html);
    const page = await ext.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    await page.locator('html[data-editor-ready]').waitFor({ state: 'attached' });
    // Discourse runs on any domain: read on the person's click; X and Facebook are read as they open.
    const tabId = isSupportedHost(url) ? await ext.tabId(page) : await ext.clickToolbarButton(page);
    const panel = await ext.context.newPage();
    await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tab=${tabId}&view=page`);

    // The person has started a reply of their own: it is kept, and the suggestion goes after it.
    await page.bringToFront();
    await page.locator(box).click();
    await page.keyboard.type('Good question!');
    await expect.poll(() => editorText(page)).toBe('Good question!');

    await panel.bringToFront();
    const opp = panel.locator('[data-testid="opportunity"][data-type="question"]').first();
    await opp.getByTestId('suggest-replies').click();
    const chosen = (await opp.getByTestId('suggestion-text').first().textContent())!;
    expect(chosen).toMatch(/Trailmaster tent/);
    await opp.getByTestId('use-suggestion').first().click();
    await expect(opp.getByTestId('reply-status')).toContainText(/reply box/i);

    await expect.poll(() => editorText(page)).toBe(`Good question! ${chosen}`);
    await expect(page.locator(box)).toHaveText(`Good question! ${chosen}`);
    // The editor goes on taking the person's typing after it (its DOM and state still agree).
    await page.bringToFront();
    await page.keyboard.type(' :)');
    await expect.poll(() => editorText(page)).toBe(`Good question! ${chosen} :)`);
    // The editor's own undo takes the reply out whole (editors group typing into steps differently: at most three).
    for (let i = 0; i < 3 && (await editorText(page)).includes(chosen); i++) await page.keyboard.press('ControlOrMeta+z');
    const undone = await editorText(page);
    expect(undone).not.toContain(chosen.slice(0, 10));
    expect('Good question!'.startsWith(undone)).toBe(true);
    await expect(page.locator(box)).toHaveText(undone);
    // Nothing was sent: the page is where it was, and the editor raised no error.
    expect(page.url()).toBe(url);
    expect(errors).toEqual([]);
    await page.close();
    await panel.close();
  });
}

test('community manager: in a plain reply field (old Reddit) the reply also goes after what the person wrote', async () => {
  const { url, html } = fixture('reddit-old-multilingual.html');
  ext.serve(url, html);
  const page = await ext.context.newPage();
  await page.goto(url);
  const tabId = await ext.tabId(page);
  const field = page.locator('#thing_t1_q1en > .child textarea[name="text"]');
  await field.fill('Good question!');
  const panel = await ext.context.newPage();
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tab=${tabId}&view=page`);
  const opp = panel.locator('[data-testid="opportunity"][data-post-id="reddit:t1_q1en"][data-type="question"]');
  await opp.getByTestId('suggest-replies').click();
  const chosen = (await opp.getByTestId('suggestion-text').first().textContent())!;
  await opp.getByTestId('use-suggestion').first().click();
  await expect(opp.getByTestId('reply-status')).toContainText(/reply box/i);
  await expect(field).toHaveValue(`Good question! ${chosen}`);
  await page.close();
  await panel.close();
});

test('community manager: an editor that swallows the reply is not reported as filled; the reply is copied instead', async () => {
  // X's page with a reply box that cancels every insertion (as a locked or broken editor does).
  const { url, html } = await editorPage('draft');
  const page = await ext.context.newPage();
  ext.serve(url, html.replace(/<script>[\s\S]*<\/script>/, () => `<script>
    const box = document.createElement('div');
    Object.assign(box, { contentEditable: 'true', role: 'textbox' });
    box.dataset.testid = 'tweetTextarea_0';
    for (const type of ['beforeinput', 'textInput', 'keypress']) box.addEventListener(type, (e) => e.preventDefault());
    document.getElementById('composer').append(box);
  </script>`));
  await page.goto(url);
  const tabId = await ext.tabId(page);
  const panel = await ext.context.newPage();
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tab=${tabId}&view=page`);
  const opp = panel.locator('[data-testid="opportunity"][data-type="question"]').first();
  await opp.getByTestId('suggest-replies').click();
  await opp.getByTestId('use-suggestion').first().click();
  await expect(opp.getByTestId('reply-status')).toContainText(/copied to the clipboard/i);
  await expect(page.locator('[data-testid="tweetTextarea_0"]')).toHaveText('');
  await page.close();
  await panel.close();
});
