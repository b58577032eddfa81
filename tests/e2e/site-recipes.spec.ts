import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { readStore } from './db';
import { fixture, launchExtension } from './harness';

// Forums of engines Rapport has no reader for (issue #18): read on the person's gesture, by structure; and when
// that reading is wrong, taught by pointing at a post with the in-page picker. The recipe is stored, outlives a
// browser restart and reads the site's other pages. The picker's overlay is a closed shadow root (the page cannot
// reach it, and neither can Playwright's locators): it is driven here as a person does, with the pointer and the
// keyboard, and judged by what Rapport then stores.

interface TabRow {
  tabId: number;
  url: string;
  reader: string;
  status: string;
  explanation?: { approach: string; confidence: string };
}

const tabOf = async (probe: Page, url: string) => ((await probe.evaluate(readStore, 'tabs')) as TabRow[]).find((t) => t.url === url);
/** the authors of the posts stored as seen on the page `url`, in the page's order */
async function authorsOn(probe: Page, url: string): Promise<string[]> {
  const sightings = (await probe.evaluate(readStore, 'sightings')) as { pageKey: string; postId: string; pos: number }[];
  const posts = new Map(((await probe.evaluate(readStore, 'posts')) as { id: string; author: { name?: string } }[]).map((p) => [p.id, p]));
  const key = url.replace(/^https?:\/\//, '').replace(/#.*$/, '');
  return sightings
    .filter((s) => s.pageKey.includes(key))
    .sort((a, b) => a.pos - b.pos)
    .map((s) => posts.get(s.postId)?.author.name ?? '?');
}

test('a forum of an engine no recipe knows is read on the toolbar button, and the panel says how', async () => {
  const ext = await launchExtension();
  try {
    const { url, html } = fixture('generic-unknown-engine.html');
    ext.serve(url, html);
    const page = await ext.context.newPage();
    await page.goto(url);
    const probe = await ext.context.newPage();
    await probe.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?view=settings`);
    await ext.clickToolbarButton(page);
    await expect.poll(() => authorsOn(probe, url)).toEqual(['Mira Kowalska', 'Tom Jansen', 'Mira Kowalska']);
    // the page's status, with how it was read, follows its posts
    await expect.poll(() => tabOf(probe, url)).toMatchObject({ reader: 'generic', status: 'ok', explanation: { approach: 'structure' } });
    const tab = (await tabOf(probe, url))!;
    const panel = await ext.openPanel(tab.tabId);
    await expect(panel.getByTestId('reading-explanation')).toContainText('Read 3 posts by repeated structure. Authors and dates found. No scores.');
  } finally {
    await ext.close();
  }
});

test('a board read wrong is taught by pointing: the recipe reads it, survives a restart and reads the site\'s next page', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'rapport-recipes-'));
  const first = fixture('generic-misread-board.html');
  const second = fixture('generic-misread-board-2.html');
  let ext = await launchExtension({ profile });
  try {
    ext.serve(first.url, first.html);
    const page = await ext.context.newPage();
    await page.goto(first.url);
    const probe = await ext.context.newPage();
    await probe.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?view=settings`);
    await ext.clickToolbarButton(page);
    // the automatic reading takes the sidebar's activity list for the thread
    await expect.poll(() => authorsOn(probe, first.url)).toEqual(['ana', 'bo', 'cyd', 'dee', 'eli', 'fay']);
    const tab = (await tabOf(probe, first.url))!;

    const panel = await ext.openPanel(tab.tabId);
    await panel.getByTestId('pick-post').click();
    await expect(panel.getByTestId('reading-notice')).toContainText('point at one post');

    // pointing at a post's text, then one step up with the keyboard to the whole post, Enter picks it
    await page.bringToFront();
    const text = page.locator('div.blk').nth(2).locator('.tx');
    const box = (await text.boundingBox())!;
    await page.mouse.move(box.x + 10, box.y + box.height / 2);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    // the dialog focuses its first button (Save); the second marks the author: pointed at in another post
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const name = (await page.locator('div.blk').nth(1).locator('b').boundingBox())!;
    await page.mouse.click(name.x + 3, name.y + name.height / 2);
    // the click picked, it did not reach the page (a link there would have been followed)
    await page.keyboard.press('Enter');

    await expect.poll(() => authorsOn(probe, first.url)).toEqual(['kettle_wren', 'moss.piper', 'Oda Lindqvist', 'kettle_wren', 'kettle_wren']);
    const stored = (await probe.evaluate(() => chrome.storage.local.get('siteRecipes'))) as { siteRecipes: Record<string, { post: string; author?: string }> };
    expect(stored.siteRecipes['board.example.net']).toMatchObject({ post: 'div.blk', author: expect.stringMatching(/\bb$/) });
    await expect.poll(async () => (await tabOf(probe, first.url))?.reader).toBe('recipe');

    // Settings lists it
    await probe.reload();
    await expect(probe.getByTestId('site-recipe')).toContainText('board.example.net');

    // a browser restart with the same profile: the recipe is still there and reads the site's second page
    await ext.close();
    ext = await launchExtension({ profile });
    ext.serve(second.url, second.html);
    const next = await ext.context.newPage();
    await next.goto(second.url);
    const probe2 = await ext.context.newPage();
    await probe2.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?view=settings`);
    await expect(probe2.getByTestId('site-recipe')).toContainText('board.example.net');
    await next.bringToFront();
    await ext.clickToolbarButton(next);
    await expect.poll(() => authorsOn(probe2, second.url)).toEqual(['tarn_fisher', 'Beni Achebe', 'quill&ash']);
    await expect.poll(() => tabOf(probe2, second.url)).toMatchObject({ reader: 'recipe', explanation: { approach: 'recipe', confidence: 'high' } });
    const row = (await tabOf(probe2, second.url))!;
    const panel2 = await ext.openPanel(row.tabId);
    await expect(panel2.getByTestId('reading-explanation')).toContainText('Read 3 posts with the recipe you taught for this site.');
  } finally {
    await ext.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('a recipe file with junk in it is refused with a clear message; nothing is stored', async () => {
  const ext = await launchExtension();
  const dir = mkdtempSync(join(tmpdir(), 'rapport-recipe-files-'));
  try {
    const settings = await ext.context.newPage();
    await settings.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?view=settings`);
    const junk = { format: 'rapport-recipes', version: 1, recipes: [{ version: 1, host: 'evil.example', post: 'div:has(script)', onload: 'alert(1)', created: Date.UTC(2026, 0, 1) }] };
    await settings.getByTestId('import-recipes').setInputFiles({ name: 'recipes.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(junk)) });
    await expect(settings.getByTestId('recipes-status')).toContainText('This file was not imported, nothing changed: it is not a Rapport recipe file');
    await expect(settings.getByTestId('recipes-status')).toContainText('recipes.0.post: not a CSS selector');
    await settings.getByTestId('import-recipes').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
    await expect(settings.getByTestId('recipes-status')).toContainText('the file is not JSON');
    expect(await settings.evaluate(() => chrome.storage.local.get('siteRecipes'))).toEqual({});
    // a good file is taken
    const good = { format: 'rapport-recipes', version: 1, recipes: [{ version: 1, host: 'board.example.net', post: 'div.blk', author: 'b', created: Date.UTC(2026, 0, 1) }] };
    await settings.getByTestId('import-recipes').setInputFiles({ name: 'recipes.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
    await expect(settings.getByTestId('recipes-status')).toHaveText('Imported 1 site recipes.');
    await expect(settings.getByTestId('site-recipe')).toContainText('board.example.net');
    await settings.getByTestId('remove-recipe').click();
    await expect(settings.getByTestId('site-recipe')).toHaveCount(0);
  } finally {
    await ext.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
