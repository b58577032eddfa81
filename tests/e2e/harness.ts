import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from '@playwright/test';
import { supportedMatches } from '../../lib/platforms/registry';
import { readStore } from './db';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(resolve(ROOT, process.env.RAPPORT_OUT ?? '.output'), 'chrome-mv3');
export const FIXTURES = join(ROOT, 'tests/fixtures/pages');

/** Debian's Chromium by default; CHROME_PATH points elsewhere (Playwright cannot download a browser here). */
export function chromePath(): string {
  const path = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
  if (!path) throw new Error('No Chromium found: install Debian\'s "chromium" package or set CHROME_PATH.');
  return path;
}

/** True when the manifest's content script runs on this URL by itself (no gesture needed). */
export function isSupportedHost(url: string): boolean {
  const host = new URL(url).hostname;
  return supportedMatches.some((pattern) => {
    const h = pattern.match(/^https:\/\/([^/]+)\//)?.[1];
    if (!h) return false;
    return h.startsWith('*.') ? host === h.slice(2) || host.endsWith(h.slice(1)) : host === h;
  });
}

/** A fixture page and the real URL it is written for (its first line: `<!-- url: … -->`). */
export function fixture(name: string): { url: string; html: string } {
  const html = readFileSync(join(FIXTURES, name), 'utf8');
  const url = html.match(/<!--\s*url:\s*(\S+)\s*-->/)?.[1];
  if (!url) throw new Error(`${name} does not say which URL it is for (<!-- url: … --> on its first line).`);
  return { url, html };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** serves `html` at `url` (a real site's URL) with no network; every other request is refused */
  serve(url: string, html: string): void;
  worker(): Promise<Worker>;
  /** id of the tab showing `page`, as the extension sees it */
  tabId(page: Page): Promise<number>;
  /** the side panel, opened as a tab that follows `tabId` */
  openPanel(tabId: number): Promise<Page>;
  /**
   * The user clicks Rapport's toolbar button while `page` is in front (CDP `Extensions.triggerAction`, the browser's
   * own action path): the browser grants Rapport `activeTab` on that tab, as a real click does. Waits until the page
   * is read and gives its tab id (the extension sees no address of a tab outside the supported sites).
   */
  clickToolbarButton(page: Page): Promise<number>;
  /** stops the extension's service worker the way the browser does when it is idle */
  stopWorker(): Promise<void>;
  close(): Promise<void>;
}

/** The same Chromium without the extension: the baseline for what the extension costs a page. */
export async function launchPlain(): Promise<{ context: BrowserContext; serve(url: string, html: string): void; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'rapport-plain-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromePath(),
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const pages = new Map<string, string>();
  await context.route(/^https?:\/\//, (route) => {
    const body = pages.get(route.request().url());
    return body === undefined ? route.abort() : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
  return {
    context,
    serve: (url, html) => void pages.set(url, html),
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Launches real Chromium with the built extension loaded, offline, with a throwaway profile. */
export async function launchExtension(opts: { headless?: boolean; profile?: string } = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`No built extension in ${EXTENSION_DIR}: run "npm run build" first.`);
  const profile = opts.profile ?? mkdtempSync(join(tmpdir(), 'rapport-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromePath(),
    headless: opts.headless ?? true,
    viewport: { width: 1200, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const pages = new Map<string, string>();
  await context.route(/^https?:\/\//, (route) => {
    const url = route.request().url();
    const body = pages.get(url);
    return body === undefined ? route.abort() : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
  const worker = async () => context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? context.waitForEvent('serviceworker');
  const extensionId = new URL((await worker()).url()).host;

  return {
    context,
    extensionId,
    serve: (url, html) => void pages.set(url, html),
    worker,
    async tabId(page) {
      const url = page.url();
      const sw = await worker();
      const id = await sw.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
      if (id === undefined) throw new Error(`The extension sees no tab at ${url}.`);
      return id;
    },
    async clickToolbarButton(page) {
      // A person clicks the toolbar of the tab they are looking at; a tab left in the background has its idle
      // callbacks and timers throttled, and a forum's discovery runs in idle slices.
      await page.bringToFront();
      const cdp = await context.browser()!.newBrowserCDPSession();
      const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never) as { targetInfos: { targetId: string; url: string }[] };
      const tabs = targetInfos.filter((t) => t.url === page.url());
      if (tabs.length !== 1) throw new Error(`${tabs.length} tabs show ${page.url()}: open it in one tab to click the toolbar button there.`);
      // A worker Playwright has just seen may not have run its first task yet: click once it listens.
      await (await worker()).evaluate(async () => {
        while (!chrome.action.onClicked.hasListeners()) await new Promise((r) => setTimeout(r, 50));
      });
      await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tabs[0]!.targetId } as never);
      await cdp.detach();
      // The tab's id, from the row the reader writes for it: the extension sees no address of a tab outside the
      // supported sites, and which tab a headless browser calls active is not to be trusted with many tabs open.
      const sw = await worker();
      for (const deadline = Date.now() + 30_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 200))) {
        const id = ((await sw.evaluate(readStore, 'tabs')) as { tabId: number; url: string }[]).find((t) => t.url === page.url())?.tabId;
        if (id !== undefined) return id;
      }
      throw new Error(`The toolbar click on ${page.url()} did not get the page read within 30 s.`);
    },
    async openPanel(tabId) {
      const panel = await context.newPage();
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
      return panel;
    },
    async stopWorker() {
      // A marker in the worker's memory tells a restarted worker (fresh memory) from the old one.
      const token = Math.random().toString(36).slice(2);
      const mark = (w: Worker, t?: string) =>
        Promise.race([
          w.evaluate((v) => {
            const g = globalThis as Record<string, unknown>;
            if (v) g.__rapportStopMark = v;
            return g.__rapportStopMark;
          }, t),
          new Promise((r) => setTimeout(() => r('no answer'), 1000)),
        ]).catch(() => 'gone');
      await mark(await worker(), token);
      const internals = await context.newPage();
      await internals.goto('chrome://serviceworker-internals/');
      const row = internals.locator('.serviceworker-registration', { hasText: extensionId });
      await row.getByRole('button', { name: /^stop$/i }).first().click();
      // Pending messages restart a stopped worker at once, so "stopped" may be seen only as fresh memory.
      const deadline = Date.now() + 30_000;
      for (;;) {
        if (await row.getByText(/Running Status:\s*STOPPED/i).first().isVisible().catch(() => false)) break;
        const live = context.serviceWorkers().filter((w) => w.url().includes(extensionId));
        const marks = await Promise.all(live.map((w) => mark(w)));
        if (marks.some((m) => m !== token && m !== 'no answer')) break;
        if (Date.now() > deadline) throw new Error('The service worker did not stop within 30 s.');
        await new Promise((r) => setTimeout(r, 100));
      }
      await internals.close();
    },
    async close() {
      await context.close();
      if (!opts.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}
