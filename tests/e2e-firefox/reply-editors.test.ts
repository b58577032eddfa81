import { build } from 'esbuild';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { editorPage, type EditorName } from '../e2e/editor-pages';
import { type FirefoxExtension, launchFirefox, ROOT } from './harness';

// The reply placement in real Firefox, into the real editors (tests/e2e/reply-editors.spec.ts is the Chromium
// twin): the panel's "Use" puts a suggestion into X's Draft.js box, Facebook's Lexical box and LinkedIn's Quill
// box, it is in the editor's state, the person's own start is kept, and the editor's undo takes the reply out.
// ProseMirror runs on Discourse, which Rapport reads only on a toolbar click, and BiDi cannot click a toolbar
// button: there the same placement code is run in the page itself, to prove the editor takes it in Firefox too.
let ff: FirefoxExtension;
beforeAll(async () => {
  ff = await launchFirefox();
});
afterAll(async () => ff?.close());

const editorText = (page: Page) => page.evaluate(() => window.__editorText!());

for (const name of ['draft', 'lexical', 'quill'] as EditorName[]) {
  test(`a suggested reply lands in ${name}'s state in Firefox, and undo takes it out`, async () => {
    const { url, html, box } = await editorPage(name);
    ff.serve(url, html);
    const tab = await ff.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (e) => errors.push(String(e)));
    await tab.goto(url);
    await tab.waitForSelector('html[data-editor-ready]');
    const tabId = await ff.tabId(tab);

    await tab.bringToFront();
    await tab.click(box);
    await tab.keyboard.type('Good question!');
    await expect.poll(() => editorText(tab)).toBe('Good question!');

    const panel = await ff.openExtensionPage(`sidepanel.html?tab=${tabId}&view=page`);
    const opp = '[data-testid="opportunity"][data-type="question"]';
    await panel.waitForSelector(`${opp} [data-testid="suggest-replies"]`, { timeout: 30_000 });
    await panel.click(`${opp} [data-testid="suggest-replies"]`);
    await panel.waitForSelector(`${opp} [data-testid="suggestion-text"]`);
    const chosen = await panel.$eval(`${opp} [data-testid="suggestion-text"]`, (p) => p.textContent ?? '');
    expect(chosen).toMatch(/Trailmaster tent/);
    // The person is in the panel: the page, in a tab behind it, has no focus while the reply is placed (as with the
    // sidebar; headless Chromium reports focus on every page, so this is proven here).
    expect(await tab.evaluate(() => document.hasFocus())).toBe(false);
    await panel.click(`${opp} [data-testid="use-suggestion"]`);
    await panel.waitForFunction((sel) => /reply box/i.test(document.querySelector(`${sel} [data-testid="reply-status"]`)?.textContent ?? ''), { timeout: 15_000 }, opp);

    await expect.poll(() => editorText(tab)).toBe(`Good question! ${chosen}`);
    expect(await tab.$eval(box, (el) => el.textContent)).toBe(`Good question! ${chosen}`);
    await tab.bringToFront();
    await tab.keyboard.type(' :)');
    await expect.poll(() => editorText(tab)).toBe(`Good question! ${chosen} :)`);
    for (let i = 0; i < 3 && (await editorText(tab)).includes(chosen); i++) {
      await tab.keyboard.down('Control');
      await tab.keyboard.press('z');
      await tab.keyboard.up('Control');
    }
    const undone = await editorText(tab);
    expect(undone).not.toContain(chosen.slice(0, 10));
    expect('Good question!'.startsWith(undone)).toBe(true);
    expect(tab.url()).toBe(url);
    expect(errors).toEqual([]);
    await tab.close();
    await panel.close();
  });
}

test('ProseMirror (Discourse’s composer) takes the same placement in Firefox, and undoes it', async () => {
  const { url, html, box } = await editorPage('prosemirror');
  ff.serve(url, html);
  const tab = await ff.newPage();
  await tab.goto(url);
  await tab.waitForSelector('html[data-editor-ready]');
  const placement = await build({
    stdin: { contents: "import { placeReplyText } from './lib/content/reply-placement'; Object.assign(window, { __placeReply: placeReplyText });", resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
  });
  await tab.addScriptTag({ content: placement.outputFiles[0]!.text });
  await tab.bringToFront();
  await tab.click(box);
  await tab.keyboard.type('Good question!');
  const reply = 'Hi Mira, thanks for the question about the Trailmaster tent.';
  expect(await tab.evaluate((sel, text) => (window as unknown as { __placeReply(b: Element, t: string): Promise<boolean> }).__placeReply(document.querySelector(sel)!, text), box, reply)).toBe(true);
  await expect.poll(() => editorText(tab)).toBe(`Good question! ${reply}`);
  await tab.keyboard.down('Control');
  await tab.keyboard.press('z');
  await tab.keyboard.up('Control');
  const undone = await editorText(tab);
  expect(undone).not.toContain('Trailmaster');
  expect('Good question!'.startsWith(undone)).toBe(true);
  await tab.close();
});
