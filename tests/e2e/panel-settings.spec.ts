import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { clickClosedUiButton } from './closed-ui';
import { storedPosts } from './db';
import { launchExtension } from './harness';
import { hnPage } from './panel-pages';

/** Every object store's row count and everything in storage.local / storage.session, read from an extension page. */
async function leftovers(extPage: Page) {
  return extPage.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('rapport');
      open.onupgradeneeded = () => open.transaction?.abort(); // only the extension creates its database
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const counts: Record<string, number> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      counts[name] = await new Promise<number>((resolve) => {
        const r = db.transaction(name).objectStore(name).count();
        r.onsuccess = () => resolve(r.result);
      });
    }
    db.close();
    return { counts, local: await chrome.storage.local.get(null), session: await chrome.storage.session.get(null) };
  });
}

test('settings survive a browser restart; "delete everything" leaves nothing in IndexedDB or storage', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'rapport-settings-'));
  try {
    let ext = await launchExtension({ profile });
    let panel = await ext.context.newPage();
    await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?view=settings`);
    await panel.getByTestId('set-competitors').fill('Globex, Initech');
    await panel.getByTestId('set-competitors').press('Enter');
    await panel.getByTestId('set-retention').fill('30');
    await panel.getByTestId('set-retention').blur();
    await panel.getByTestId('set-store-authors').uncheck();
    await panel.getByTestId('set-theme').selectOption('dark');
    await expect(panel.getByTestId('settings-status')).toHaveText('Saved.');
    await expect.poll(async () => ((await panel.evaluate(() => chrome.storage.local.get('settings'))).settings as { retentionDays?: number } | undefined)?.retentionDays).toBe(30);
    await ext.close();

    ext = await launchExtension({ profile });
    panel = await ext.context.newPage();
    await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?view=settings`);
    await expect(panel.getByTestId('set-competitors')).toHaveValue('Globex, Initech');
    await expect(panel.getByTestId('set-retention')).toHaveValue('30');
    await expect(panel.getByTestId('set-store-authors')).not.toBeChecked();
    await expect(panel.getByTestId('set-theme')).toHaveValue('dark');
    await expect(panel.locator('html')).toHaveClass(/dark/);

    // Privacy: with author names off, posts are stored without them.
    const { url, html } = hnPage(7_500_000, 'Privacy check', [{ user: 'secret_person', text: 'Hello there, nice thread.' }, { user: 'other_one', text: 'Indeed a nice one.' }]);
    ext.serve(url, html);
    const page = await ext.context.newPage();
    await page.goto(url);
    await expect.poll(async () => (await storedPosts(panel)).length).toBe(3);
    const authors = await panel.evaluate(() => new Promise<unknown[]>((resolve) => {
      const open = indexedDB.open('rapport');
      open.onsuccess = () => {
        const r = open.result.transaction('posts').objectStore('posts').getAll();
        r.onsuccess = () => { resolve(r.result.map((p: { author: unknown }) => p.author)); open.result.close(); };
      };
    }));
    expect(JSON.stringify(authors)).not.toContain('secret_person');

    // Data to delete: a capture and a draft in session storage too.
    await clickClosedUiButton(page, 'rapport-badge');
    await expect.poll(async () => (await leftovers(panel)).counts.captures).toBe(1);
    // and the panel's memory of the community Insights showed
    await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?view=insights`);
    await expect(panel.getByTestId('community')).toHaveValue('news.ycombinator.com');
    await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?view=settings`);
    expect(await panel.evaluate(() => localStorage.length)).toBe(1);

    await panel.getByTestId('delete-all').click();
    await panel.getByTestId('confirm-delete-all').click();
    await expect(panel.getByTestId('settings-status')).toHaveText('Everything was deleted.');
    const left = await leftovers(panel);
    expect(Object.values(left.counts).every((n) => n === 0), JSON.stringify(left.counts)).toBe(true);
    expect(left.local).toEqual({});
    expect(left.session).toEqual({});
    expect(await panel.evaluate(() => localStorage.length)).toBe(0);
    await ext.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('a full backup exports with progress and imports back into an empty profile', async () => {
  const ext = await launchExtension();
  try {
    const { url, html } = hnPage(7_600_000, 'Backup', Array.from({ length: 30 }, (_, i) => ({ user: `u${i}`, text: `Comment number ${i}, quite fine.` })));
    ext.serve(url, html);
    const page = await ext.context.newPage();
    await page.goto(url);
    const panel = await ext.context.newPage();
    await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?view=settings`);
    await expect.poll(async () => (await storedPosts(panel)).length).toBe(31);
    await panel.getByTestId('set-keywords').fill('backup');
    await panel.getByTestId('set-keywords').press('Enter');
    await expect(panel.getByTestId('settings-status')).toHaveText('Saved.');
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId('export-backup').click()]);
    const file = (await download.path())!;

    await panel.getByTestId('delete-all').click();
    await panel.getByTestId('confirm-delete-all').click();
    await expect.poll(async () => (await storedPosts(panel)).length).toBe(0);
    await expect(panel.getByTestId('set-keywords')).toHaveValue('');
    await panel.getByTestId('import-backup').setInputFiles(file);
    await expect(panel.getByTestId('task-message')).toContainText(/Imported \d+ records/);
    expect((await storedPosts(panel)).length).toBe(31);
    await expect(panel.getByTestId('set-keywords')).toHaveValue('backup');

    await panel.getByTestId('reanalyze').click();
    await expect(panel.getByTestId('task-message')).toHaveText('Re-analysed 31 posts.');
  } finally {
    await ext.close();
  }
});
