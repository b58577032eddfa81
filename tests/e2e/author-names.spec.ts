import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { extractPage } from '../../lib/platforms/extract';
import { withoutMentions } from '../../lib/model/anonymize';
import type { ObservedPost } from '../../lib/model/post';
import { type ExtensionBrowser, fixture, isSupportedHost, launchExtension } from './harness';
import { dumpDatabase } from './db';

// "Store author names: off", in the real extension: pages of several platforms read in real Chromium leave no
// handle or name anywhere in IndexedDB (every table dumped) or in the captures' CSV and JSON exports; and
// switching it off offers to remove the names from what was stored before.

const PAGES = ['x-status.html', 'bluesky-thread.html', 'threads-post.html', 'instagram-post.html', 'youtube-watch.html', 'reddit-shreddit.html', 'linkedin-feed.html', 'hackernews-item.html'];

/** The fixtures' posts as the readers find them in Node, and every author string on them. */
function expected() {
  const posts: ObservedPost[] = [];
  for (const file of PAGES) {
    const { url, html } = fixture(file);
    if (!isSupportedHost(url)) throw new Error(`${file} is not read without a gesture`);
    posts.push(...extractPage(html, url, { includePromoted: true }).posts); // the extension stores promoted posts too
  }
  const handles = new Set<string>();
  const names = new Set<string>();
  for (const { author } of posts) {
    if (author.handle) handles.add(author.handle.toLowerCase());
    if (author.name) names.add(author.name.toLowerCase());
  }
  return { posts, handles: [...handles], names: [...names] };
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const whole = (s: string, w: string) => new RegExp(`(^|[^\\p{L}\\p{N}_])${escape(w)}([^\\p{L}\\p{N}_]|$)`, 'u').test(s);

/**
 * Author strings found: any handle or name in any field, URL, id, key or count; in running text (text, title,
 * and the analysis quoting it) a handle as a mention (`@name`). A name or brand written as a plain word in a
 * post ("thanks Priya!", an ad's "Ship faster with HostCo") is its content. An export is all text, checked whole.
 */
function leaks(data: unknown, { handles, names }: { handles: string[]; names: string[] }): string[] {
  const prose = (k: string) => k === 'text' || k === 'title' || k === 'analysis';
  const everything = (typeof data === 'string' ? data : JSON.stringify(data)).toLowerCase();
  const structure = typeof data === 'string' ? '' : JSON.stringify(data, (k, v) => (prose(k) ? undefined : v)).toLowerCase();
  return [
    ...handles.filter((h) => everything.includes(`@${h}`)).map((h) => `@${h}`),
    ...[...handles, ...names].filter((w) => whole(structure, w)),
  ];
}

/** In an export (CSV, JSON) the author and handle columns and the URLs: what is there besides the posts' text. */
function exportLeaks(text: string, want: { handles: string[]; names: string[] }, posts: ObservedPost[]): string[] {
  let rest = text;
  // every post's text and title as stored (mentions removed), in either export's quoting, leaves the structure
  for (const p of posts) {
    for (const t of [p.text, p.title].filter((x) => x !== undefined).map(withoutMentions)) {
      for (const quoted of [JSON.stringify(t).slice(1, -1), t.replaceAll('"', '""')]) rest = rest.replaceAll(quoted, ' ');
    }
  }
  return leaks({ rest }, want);
}

async function readPages(ext: ExtensionBrowser, panel: Page, total: number) {
  for (const file of PAGES) {
    const { url, html } = fixture(file);
    ext.serve(url, html);
    const page = await ext.context.newPage();
    await page.goto(url);
  }
  await expect.poll(async () => ((await dumpDatabase(panel)).posts ?? []).length, { timeout: 30_000 }).toBe(total);
}

/** Captures every stored post from the panel's Page view of each tab. */
async function captureAll(ext: ExtensionBrowser) {
  for (const p of ext.context.pages().filter((p) => p.url().startsWith('https://'))) {
    const panel = await ext.openPanel(await ext.tabId(p));
    const buttons = panel.getByTestId('capture-post');
    await expect(buttons.first()).toBeVisible();
    for (let i = 0; i < (await buttons.count()); i++) await buttons.nth(i).click();
    await expect(panel.locator('[data-testid="capture-post"][aria-pressed="true"]')).toHaveCount(await buttons.count());
    await panel.close();
  }
}

async function exports(ext: ExtensionBrowser): Promise<string> {
  const panel = await ext.context.newPage();
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?view=captures`);
  let out = '';
  for (const id of ['export-csv', 'export-json']) {
    await expect(panel.getByTestId(id)).toBeEnabled();
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId(id).click()]);
    out += readFileSync((await download.path())!, 'utf8');
  }
  await panel.close();
  return out;
}

async function settingsPanel(ext: ExtensionBrowser) {
  const panel = await ext.context.newPage();
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?view=settings`);
  return panel;
}

test('with author names off, no handle or name reaches IndexedDB or the exports, on any of 8 platforms', async () => {
  const want = expected();
  const ext = await launchExtension();
  try {
    const panel = await settingsPanel(ext);
    await panel.getByTestId('set-store-authors').uncheck();
    await expect(panel.getByTestId('settings-status')).toHaveText('Saved.');
    await panel.getByTestId('decline-scrub').click();
    await readPages(ext, panel, want.posts.length);
    await captureAll(ext);
    const tables = await dumpDatabase(panel);
    expect(tables.captures!.length).toBe(want.posts.length);
    expect(leaks(tables, want), 'author strings in IndexedDB').toEqual([]);
    const exported = await exports(ext);
    expect(exported).toContain('rapport-captures');
    expect(exportLeaks(exported, want, want.posts), 'author strings in the CSV / JSON export').toEqual([]);
    console.log(`names off: ${want.posts.length} posts from ${PAGES.length} platforms read, stored and captured; looked for ${want.handles.length} handles and ${want.names.length} names in ${Object.keys(tables).length} tables and the CSV + JSON exports: none found`);
  } finally {
    await ext.close();
  }
});

test('switching names off offers to remove them from what was stored before, and it does', async () => {
  const want = expected();
  const ext = await launchExtension();
  try {
    const panel = await settingsPanel(ext);
    await readPages(ext, panel, want.posts.length);
    await captureAll(ext);
    const before = leaks(await dumpDatabase(panel), want);
    expect(before.length, 'names are stored while the setting is on').toBeGreaterThan(20);

    await panel.getByTestId('set-store-authors').uncheck();
    await panel.getByTestId('confirm-scrub').click();
    await expect(panel.getByTestId('task-message')).toHaveText(`Author names removed from ${want.posts.length} stored posts and every capture.`);
    const tables = await dumpDatabase(panel);
    expect(tables.posts!.length, 'no post lost').toBe(want.posts.length);
    expect(tables.captures!.length, 'no capture lost').toBe(want.posts.length);
    expect(leaks(tables, want), 'author strings left in IndexedDB').toEqual([]);
    expect(exportLeaks(await exports(ext), want, want.posts), 'author strings in the exports').toEqual([]);
    // The pages' tabs still list their posts in the Page view (their page keys moved with the posts).
    const x = ext.context.pages().find((p) => p.url().startsWith('https://x.com/'))!;
    const xPanel = await ext.openPanel(await ext.tabId(x));
    await expect(xPanel.getByTestId('capture-post').first()).toBeVisible();
    console.log(`scrub: ${before.length} author strings were stored; after "Remove stored names" none of ${want.handles.length} handles and ${want.names.length} names is left in ${Object.keys(tables).length} tables or the exports, ${tables.posts!.length} posts and ${tables.captures!.length} captures kept`);
  } finally {
    await ext.close();
  }
});
