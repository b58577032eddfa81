import { type CDPSession, expect, type Page, test } from '@playwright/test';
import { wireMessage } from '../../lib/protocol/wire';
import { storedPosts } from './db';
import { type ExtensionBrowser, launchExtension } from './harness';
import { hnThread } from './hn-thread';

// Message privileges (issue #17): a content script may only report what it read on its own page; everything
// that changes, deletes or imports stored data comes only from the extension's own pages. The messages here
// are sent from Rapport's real content script context in a real page (its isolated world, reached over CDP),
// as a compromised or confused content script would send them.

let ext: ExtensionBrowser;
test.beforeAll(async () => {
  ext = await launchExtension();
});
test.afterAll(async () => ext?.close());

const report = (line: string) => console.log(`[privileges] ${line}`);

/** Evaluates an expression in Rapport's content-script world of a page and returns its (awaited) value. */
async function inContentScript(page: Page, expression: string): Promise<unknown> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const contexts: { id: number; name: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: { id: number; name: string; auxData?: { type?: string } } }) => void contexts.push(e.context));
  await cdp.send('Runtime.enable');
  await expect.poll(() => contexts.some((c) => c.auxData?.type === 'isolated' && c.name === 'Rapport')).toBe(true);
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Rapport')!;
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true });
  await cdp.detach();
  if (exceptionDetails) throw new Error(`content script evaluation failed: ${JSON.stringify(exceptionDetails).slice(0, 300)}`);
  return result.value;
}

test('a content script cannot delete, import, re-analyse or edit, nor report another site, nor capture elsewhere', async () => {
  const { url, html } = hnThread(9_700_000, 4);
  ext.serve(url, html);
  const page = await ext.context.newPage();
  await page.goto(url);
  const probe = await ext.context.newPage();
  await probe.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
  await expect.poll(async () => (await storedPosts(probe)).filter((p) => p.id.startsWith('hackernews:97')).length).toBe(5);
  const before = (await storedPosts(probe)).length;

  const forged = {
    deleteEverything: wireMessage('deleteEverything', null),
    importRows: wireMessage('importRows', { importId: 'forged', table: 'captures', rows: [] }),
    importCommit: wireMessage('importCommit', { importId: 'forged', rows: 0 }),
    scrubAuthors: wireMessage('scrubAuthors', { table: 'posts', limit: 10 }),
    reanalyze: wireMessage('reanalyze', { limit: 10 }),
    deleteCaptures: wireMessage('deleteCaptures', { ids: ['cap:hackernews:9700000'] }),
    updateCapture: wireMessage('updateCapture', { id: 'cap:hackernews:9700000', note: 'forged' }),
    postsElsewhere: wireMessage('postsObserved', {
      url: 'https://www.reddit.com/r/x/comments/1/', platform: 'reddit', reader: 'reddit', firstPos: 0, fresh: true,
      posts: [{ id: 'reddit:t1_forged', platform: 'reddit', url: 'https://www.reddit.com/r/x/comments/1/', author: {}, text: 'forged', metrics: {} }],
    }),
    captureElsewhere: wireMessage('capture', { postIds: ['hackernews:1'] }),
  };
  const answers = (await inContentScript(
    page,
    `(async () => { const m = ${JSON.stringify(forged)}; const out = {}; for (const k of Object.keys(m)) out[k] = await chrome.runtime.sendMessage(m[k]); return out; })()`,
  )) as Record<string, { res?: { ok?: boolean; error?: { code?: string; message?: string } } }>;
  for (const [name, answer] of Object.entries(answers)) {
    expect(answer.res, name).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    report(`${name} from a content script: refused (${answer.res?.error?.message})`);
  }
  const after = await storedPosts(probe);
  expect(after.length).toBe(before);
  expect(after.some((p) => p.id === 'reddit:t1_forged')).toBe(false);

  // What a content script may do still works from the same context: report its page and capture its own post.
  const own = (await inContentScript(page, `chrome.runtime.sendMessage(${JSON.stringify(wireMessage('capture', { postIds: ['hackernews:9700000'] }))})`)) as { res?: { ok?: boolean } };
  expect(own.res).toMatchObject({ ok: true });
  report('capture of a post read on its own page from the content script: accepted');
  await page.close();
  await probe.close();
});

test('one broken post in a batch is dropped alone: the rest is stored and the Page view says how many were not', async () => {
  const probe = await ext.context.newPage();
  await probe.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
  const url = 'https://news.ycombinator.com/item?id=9800000';
  const post = (n: number, extra: object = {}) => ({ id: `hackernews:${9_800_000 + n}`, platform: 'hackernews' as const, url, author: { name: `user${n}` }, text: `Comment number ${n} reads fine.`, metrics: {}, ...extra });
  const batch = wireMessage('postsObserved', {
    url, platform: 'hackernews', reader: 'hackernews', firstPos: 0, fresh: true,
    posts: [post(0), post(1), post(2, { author: { name: 'x'.repeat(600) } }), post(3), post(4, { lang: 'l'.repeat(40) })],
  });
  const answer = (await probe.evaluate((m) => chrome.runtime.sendMessage(m), batch)) as { res?: { ok?: boolean; dropped?: { id?: string; reason?: string }[] } };
  expect(answer.res?.ok).toBe(true);
  expect(answer.res?.dropped?.map((d) => d.id)).toEqual(['hackernews:9800002', 'hackernews:9800004']);
  const stored = (await storedPosts(probe)).filter((p) => p.id.startsWith('hackernews:98'));
  expect(stored.map((p) => p.id).sort()).toEqual(['hackernews:9800000', 'hackernews:9800001', 'hackernews:9800003']);
  const panel = await ext.openPanel(await ext.tabId(probe));
  await expect(panel.getByTestId('page-dropped')).toContainText('2');
  report(`a batch of 5 with 2 over-limit posts: 3 stored, 2 dropped (${answer.res?.dropped?.map((d) => d.reason).join('; ')}), the Page view says so`);
  await panel.close();
  await probe.close();
});
