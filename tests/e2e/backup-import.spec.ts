import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { dumpDatabase } from './db';
import { type ExtensionBrowser, launchExtension } from './harness';
import { hnPage } from './panel-pages';

// Hostile backups against the real extension: each is refused (or merged) with a clear message, and the
// database is dumped whole before and after to show that nothing was lost, half-written or replaced.

let ext: ExtensionBrowser;
let dir: string;
let backupFile: string;
let backup: { settings: Record<string, unknown>; tables: Record<string, Record<string, unknown>[]> };
let settings: Page;
let capId: string;

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rapport-backups-'));
  ext = await launchExtension();
  const { url, html } = hnPage(7_700_000, 'Backups', Array.from({ length: 12 }, (_, i) => ({ user: `member${i}`, text: `Comment ${i}: a useful remark.` })));
  ext.serve(url, html);
  const page = await ext.context.newPage();
  await page.goto(url);
  const panel = await ext.openPanel(await ext.tabId(page));
  await panel.getByTestId('capture-post').first().click();
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?view=captures`);
  await panel.getByTestId('capture-edit').click();
  await panel.getByTestId('tag-input').fill('launch');
  await panel.getByTestId('tag-input').press('Enter');
  await panel.getByTestId('capture-note').fill('from the backup');
  await panel.getByTestId('capture-note').blur();
  await expect.poll(async () => (await dumpDatabase(panel)).captures?.[0]).toMatchObject({ tags: ['launch'], note: 'from the backup' });
  capId = ((await dumpDatabase(panel)).captures![0] as { id: string }).id;
  settings = panel;
  await settings.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?view=settings`);
  const [download] = await Promise.all([settings.waitForEvent('download'), settings.getByTestId('export-backup').click()]);
  backupFile = join(dir, 'backup.json');
  writeFileSync(backupFile, readFileSync((await download.path())!));
  backup = JSON.parse(readFileSync(backupFile, 'utf8'));
  expect(backup.tables.posts!.length).toBe(13);
});

test.afterAll(async () => {
  await ext?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function importFile(path: string) {
  await settings.getByTestId('import-backup').setInputFiles(path);
}

function write(name: string, data: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof data === 'string' ? data : JSON.stringify(data));
  return path;
}

test('a corrupt file, and an import cancelled halfway, leave the database exactly as it was', async () => {
  const before = await dumpDatabase(settings);
  await importFile(write('corrupt.json', readFileSync(backupFile, 'utf8').slice(0, 5000)));
  await expect(settings.getByTestId('task-message')).toContainText('This file is not a Rapport backup');
  expect(await dumpDatabase(settings)).toEqual(before);

  // A large valid backup (20,000 other posts), cancelled once a part of it has gone to the worker.
  const post = backup.tables.posts![1]!;
  const many = { ...backup, tables: { ...backup.tables, posts: Array.from({ length: 20_000 }, (_, i) => ({ ...post, id: `hackernews:${9_000_000 + i}` })) } };
  await importFile(write('large.json', many));
  await expect(settings.getByTestId('progress')).toContainText(/^[1-9]\d* of 2\d{4}/);
  await settings.getByTestId('progress').getByRole('button', { name: 'Cancel' }).click();
  await expect(settings.getByTestId('task-message')).toHaveText('Cancelled.');
  expect(await dumpDatabase(settings), 'nothing of the cancelled import was written').toEqual(before);
  console.log(`corrupt: refused with a message; cancelled import of ${many.tables.posts.length} posts: ${Object.keys(before).length} tables unchanged, nothing lost or half-written`);
});

test('a file over 200 MB is refused before it is read, with its size', async () => {
  const path = join(dir, 'huge.json');
  const fd = openSync(path, 'w');
  const mb = Buffer.alloc(1024 * 1024, ' ');
  writeSync(fd, '{"format":"rapport-backup",');
  for (let i = 0; i < 201; i++) writeSync(fd, mb);
  closeSync(fd);
  const before = await dumpDatabase(settings);
  await importFile(path);
  await expect(settings.getByTestId('task-message')).toHaveText('This backup is 201.0 MB: Rapport imports backups of up to 200 MB. Nothing was imported.');
  expect(await dumpDatabase(settings)).toEqual(before);
  rmSync(path);
  console.log('huge: a 201 MB file refused by its size, database unchanged');
});

test('far-future and pre-2000 times are refused with the field named, and every view still renders', async () => {
  const before = await dumpDatabase(settings);
  for (const [field, value] of [['lastSeen', 1e17], ['firstSeen', 946_684_799_999]] as const) {
    const bad = structuredClone(backup);
    bad.tables.posts![4]![field] = value;
    await importFile(write(`bad-${field}.json`, bad));
    await expect(settings.getByTestId('task-message')).toContainText(`This file is not a Rapport backup: tables.posts.4.${field}: a time ${value > 1e12 ? 'in the future' : 'before the year 2000'}`);
    expect(await dumpDatabase(settings)).toEqual(before);
  }
  for (const view of ['page', 'captures', 'insights', 'audit']) {
    await settings.getByRole('tab', { name: new RegExp(`^${view}$`, 'i') }).click();
    await expect(settings.locator('main')).not.toBeEmpty();
    await expect(settings.getByTestId('view-error')).toHaveCount(0);
  }
  await settings.getByRole('tab', { name: /^settings$/i }).click();
  console.log('far future (1e17) and 1999: refused with the field named, database unchanged, every view renders');
});

test('a backup older than the local rows merges: newer local rows kept, tags and notes combined, privacy settings asked', async () => {
  // Since the backup: the capture got another tag and note, the thread was read again (newer rows).
  await settings.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?view=captures`);
  await settings.getByTestId('capture-edit').click();
  await settings.getByTestId('tag-input').fill('local');
  await settings.getByTestId('tag-input').press('Enter');
  await settings.getByTestId('capture-note').fill('added locally');
  await settings.getByTestId('capture-note').blur();
  await expect.poll(async () => (await dumpDatabase(settings)).captures?.[0]).toMatchObject({ tags: ['launch', 'local'], note: 'added locally' });
  const hn = ext.context.pages().find((p) => p.url().startsWith('https://news.ycombinator.com/'))!;
  const seen = (await dumpDatabase(settings)).posts!.map((p) => (p as { lastSeen: number }).lastSeen);
  await hn.reload();
  await expect.poll(async () => Math.min(...(await dumpDatabase(settings)).posts!.map((p) => (p as { lastSeen: number }).lastSeen))).toBeGreaterThan(Math.max(...seen));
  const before = await dumpDatabase(settings);

  // The backup's rows are older; one post says otherwise about its points; it wants other privacy settings.
  const old = structuredClone(backup);
  old.tables.posts![0]!.metrics = { likes: 1 };
  old.settings = { ...old.settings, storeAuthorNames: false, retentionDays: 365, watchlist: ['remark'] };
  await settings.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?view=settings`);
  await importFile(write('older.json', old));
  await expect(settings.getByTestId('task-message')).toContainText(/^Imported \d+ records; \d+ newer records already here were kept\.$/);
  await expect(settings.getByRole('alertdialog')).toContainText('The backup asks for other privacy settings (author names: not stored; keep history 365 days). Yours were kept.');
  await settings.getByTestId('keep-my-privacy').click();
  await expect(settings.getByTestId('set-store-authors')).toBeChecked();
  await expect(settings.getByTestId('set-retention')).toHaveValue('90');
  await expect(settings.getByTestId('set-keywords')).toHaveValue('remark'); // the rest of the backup's settings apply

  const after = await dumpDatabase(settings);
  const byId = (rows: unknown[]) => new Map((rows as { id: string }[]).map((r) => [r.id, r]));
  expect(after.posts, 'every local post kept as it was (they are newer)').toEqual(before.posts);
  expect(byId(after.captures!).get(capId)).toMatchObject({ tags: ['launch', 'local'], note: 'added locally\n\nfrom the backup' });
  expect(after.observations!.length).toBeGreaterThanOrEqual(before.observations!.length);
  console.log(`older backup: ${after.posts!.length} newer local posts kept, capture tags ${JSON.stringify((byId(after.captures!).get(capId) as unknown as { tags: string[] }).tags)} and both notes kept, privacy settings asked and kept`);
});

test('a row a view cannot show gives a readable message and a way back, never a blank panel', async () => {
  // A capture with an impossible date, as an older version or a damaged profile may have stored it.
  await settings.evaluate(
    (id) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('rapport');
        open.onsuccess = () => {
          const tx = open.result.transaction('captures', 'readwrite');
          const store = tx.objectStore('captures');
          const get = store.get(id);
          get.onsuccess = () => store.put({ ...get.result, id: 'cap:broken', capturedAt: 1e17 });
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    capId,
  );
  await settings.getByRole('tab', { name: /^captures$/i }).click();
  await expect(settings.getByTestId('view-error')).toContainText('This view could not be shown');
  await expect(settings.getByTestId('view-error')).toContainText('Nothing was lost.');
  await expect(settings.getByRole('tab', { name: /^settings$/i })).toBeVisible(); // the tabs still work
  await settings.getByTestId('view-error-page').click();
  await expect(settings.getByRole('tab', { name: /^page$/i })).toHaveAttribute('aria-selected', 'true');
  await expect(settings.getByTestId('view-error')).toHaveCount(0);
  console.log('error boundary: a capture dated 1e17 shows a message in the Captures view; "Go to the Page view" recovers');
});
