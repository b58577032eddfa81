import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { readStoredPosts, type StoredRow } from '../e2e/db';

// Debian's firefox-esr runs the Firefox build (MV2: background page, sidebar_action) over WebDriver BiDi;
// ../shared/TOOLCHAIN.md ("Firefox end to end") has the recipe and its traps.
export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(resolve(ROOT, process.env.RAPPORT_OUT ?? '.output'), 'firefox-mv2');
/** Fixed by a pref at launch, so the extension's origin is known before it is installed. */
const UUID = '5f1d7c1e-2b0a-4c6e-9a58-7d2f4e1b3a90';
export const ORIGIN = `moz-extension://${UUID}`;

export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find(existsSync);
  if (!path) throw new Error('No Firefox found: install Debian\'s "firefox-esr" package or set FIREFOX_PATH.');
  return path;
}

export interface FirefoxExtension {
  browser: Browser;
  /** serves `html` at `url` (a real site's URL) in every page opened with `newPage`; everything else is refused */
  serve(url: string, html: string): void;
  /** a tab whose requests are answered by `serve` and recorded in `requests` */
  newPage(): Promise<Page>;
  /** an extension page (`sidepanel.html?…`) in a tab of its own, loaded */
  openExtensionPage(path: string): Promise<Page>;
  /** id of the tab showing `page`, as the extension sees it */
  tabId(page: Page): Promise<number>;
  /** every request the tabs made (served, refused or the extension's own files) */
  requests: string[];
  /** every request that reached the network from anywhere in Firefox (background page included) */
  escaped: string[];
  close(): Promise<void>;
}

/**
 * Firefox's own services, called by the browser whatever the extension does. Release builds ignore the pref that
 * points remote settings elsewhere (puppeteer sets it), so its sync is named here, host by host.
 */
const FIREFOX_OWN = new Set(['firefox.settings.services.mozilla.com']);

/**
 * A recording proxy in front of Firefox's network: tabs are answered by interception before it, so whatever
 * arrives here left Firefox, from any page or the background page. It answers nothing.
 */
async function recordingProxy(escaped: string[]): Promise<Server> {
  const record = (url: string) => {
    if (!FIREFOX_OWN.has(new URL(url).hostname)) escaped.push(url);
  };
  const proxy = createServer((req, res) => {
    record(req.url ?? 'http://?');
    res.writeHead(502).end();
  });
  proxy.on('connect', (req, socket) => {
    record(`https://${req.url ?? '?'}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
  return proxy;
}

/** Launches Firefox with the built Firefox extension installed as a temporary add-on, offline. */
export async function launchFirefox(): Promise<FirefoxExtension> {
  const manifest = join(EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifest)) throw new Error(`No Firefox build in ${EXTENSION_DIR}: run "npm run build:firefox" first.`);
  const geckoId: string = JSON.parse(readFileSync(manifest, 'utf8')).browser_specific_settings.gecko.id;
  const escaped: string[] = [];
  const proxy = await recordingProxy(escaped);
  const { port } = proxy.address() as AddressInfo;
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    dumpio: !!process.env.RAPPORT_FIREFOX_CONSOLE,
    // BiDi may open moz-extension:// pages only with system access allowed.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: UUID }),
      // RAPPORT_FIREFOX_CONSOLE=1: the extension's consoles (background page, sidebar) on stdout, for debugging.
      ...(process.env.RAPPORT_FIREFOX_CONSOLE ? { 'devtools.console.stdout.content': true } : {}),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
    },
  });
  await firefox.installExtension(EXTENSION_DIR);

  const pages = new Map<string, string>();
  const requests: string[] = [];
  const answer = (request: HTTPRequest) => {
    const url = request.url();
    requests.push(url);
    const body = pages.get(url);
    if (body !== undefined) void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
    else if (url.startsWith(`${ORIGIN}/`)) void request.continue();
    else void request.abort();
  };
  const newPage = async () => {
    const page = await firefox.newPage();
    await page.setRequestInterception(true);
    page.on('request', answer);
    return page;
  };

  const openExtensionPage = async (path: string) => {
    const page = await newPage();
    const url = `${ORIGIN}/${path}`;
    // Firefox sends no navigation events for extension pages: goto never resolves, so wait on the page itself.
    await page.goto(url, { timeout: 1000 }).catch(() => {});
    await page.waitForFunction((u) => location.href === u && document.readyState === 'complete', { timeout: 15_000 }, url);
    return page;
  };

  return {
    browser: firefox,
    serve: (url, html) => void pages.set(url, html),
    newPage,
    openExtensionPage,
    async tabId(page) {
      const probe = await openExtensionPage('sidepanel.html');
      const url = page.url();
      // the newest tab at that URL: a journey may revisit a page an earlier one left open
      const id = await probe.evaluate(async (u) => Math.max(...(await browser.tabs.query({})).filter((t) => t.url === u).map((t) => t.id ?? -1)), url);
      await probe.close();
      if (id < 0) throw new Error(`The extension sees no tab at ${url}.`);
      return id;
    },
    requests,
    escaped,
    async close() {
      await firefox.close();
      await new Promise((r) => proxy.close(r));
    },
  };
}

/** The posts in the extension's real IndexedDB (`rapport`), read from one of its pages (the same reader as Chromium's). */
export function storedPosts(extPage: Page): Promise<StoredRow[]> {
  return extPage.evaluate(readStoredPosts);
}
