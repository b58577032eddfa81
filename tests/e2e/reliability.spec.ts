import { expect, type Page, test } from '@playwright/test';
import { storedPosts } from './db';
import { type ExtensionBrowser, launchExtension } from './harness';
import { hnThread } from './hn-thread';
import { churningPage, hnPage, hostilePages } from './hostile-pages';

// The reliability suite (issue 6): hostile pages, fuzzed messages, stopped workers, a full disk, and no
// network at all. Each test prints what it tried, so a run says what was proven.

let ext: ExtensionBrowser;
const requests: { url: string; from: string }[] = [];
const served = new Set<string>();

test.beforeAll(async () => {
  ext = await launchExtension();
  ext.context.on('request', (r) => requests.push({ url: r.url(), from: r.serviceWorker() ? 'service worker' : r.frame()?.url() ?? '?' }));
});
test.afterAll(async () => ext?.close());

// No network: after every journey, the extension has requested nothing but its own packaged files.
let checked = 0;
test.afterEach(() => {
  const fresh = requests.slice(checked);
  checked = requests.length;
  const foreign = fresh.filter((r) => !served.has(r.url) && !r.url.startsWith(`chrome-extension://${ext.extensionId}/`) && !r.url.startsWith('chrome://') && !r.url.startsWith('data:'));
  report(`network: ${fresh.length} requests recorded, ${foreign.length} to anything but the served pages and the extension's own files`);
  expect(foreign).toEqual([]);
});

const report = (line: string) => console.log(`[reliability] ${line}`);
function serve(page: { url: string; html: string }) {
  served.add(page.url);
  ext.serve(page.url, page.html);
}

/** Posts placed on a page, counted in the real IndexedDB (cheap even for 10,000). */
function storedCount(extPage: Page, pageUrl: string): Promise<number> {
  return extPage.evaluate(
    (key) =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('rapport');
        open.onupgradeneeded = () => open.transaction?.abort(); // only the extension creates its database
        open.onerror = () => resolve(0);
        open.onsuccess = () => {
          const range = IDBKeyRange.bound([key, -Infinity], [key, Infinity]);
          const req = open.result.transaction('sightings').objectStore('sightings').index('[pageKey+pos]').count(range);
          req.onsuccess = () => {
            resolve(req.result);
            open.result.close();
          };
        };
      }),
    pageUrl,
  );
}

async function panelFor(page: Page): Promise<Page> {
  return ext.openPanel(await ext.tabId(page));
}

test('hostile pages: nothing executes, nothing is thrown into the page, limits are applied with a note', async () => {
  test.setTimeout(360_000); // the 10,000-comment page alone is 100 batches
  const pages = hostilePages();
  const probe = await ext.context.newPage();
  await probe.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
  for (const hostile of pages) {
    serve(hostile);
    const page = await ext.context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(hostile.url);
    await expect.poll(() => storedCount(probe, hostile.url), { message: hostile.name, timeout: 180_000 }).toBe(hostile.posts);
    const panel = await panelFor(page);
    await expect(panel.getByTestId('page-summary'), hostile.name).toContainText(`${hostile.posts.toLocaleString('en')} post`, { timeout: 30_000 });
    await panel.getByTestId('post-list').locator('li').first().hover();
    expect(await panel.evaluate(() => (window as unknown as { pwned?: number }).pwned), hostile.name).toBeUndefined();
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned), hostile.name).toBeUndefined();
    expect(problems, hostile.name).toEqual([]);
    // The page still answers at once.
    const t0 = Date.now();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    expect(Date.now() - t0, `${hostile.name}: page responsive`).toBeLessThan(2000);
    if (hostile.name.startsWith('a 1 MB')) await expect(panel.getByTestId('post-truncated')).toHaveCount(1);
    if (hostile.name.startsWith('seventeen')) {
      const analysed = async () => (await storedPosts(probe)).filter((p) => p.id.startsWith('hackernews:934') && p.analyzed === 1).length;
      await expect.poll(analysed, { message: hostile.name, timeout: 60_000 }).toBe(hostile.posts);
    }
    if (hostile.name.startsWith('markup')) {
      await expect(panel.getByText('<img src=x onerror="window.pwned=1"> shown as text')).toBeVisible();
      await expect(panel.getByText('<b onmouseover="window.pwned=2">eve</b>')).toBeVisible();
      expect(await panel.locator('a[href^="javascript:"], script:not([src]), [onerror], [onload], [onmouseover]').count()).toBe(0);
    }
    report(`hostile page "${hostile.name}": ${hostile.posts} posts read, nothing executed, no error in the page`);
    await panel.close();
    await page.close();
  }
  await probe.close();
  report(`${pages.length} hostile pages tried`);
});

test('a page that mutates without pause stays responsive and its new posts are read', async () => {
  const churn = churningPage(9_400_000);
  serve(churn);
  const page = await ext.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(churn.url);
  const longest = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let worst = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) worst = Math.max(worst, e.duration);
        }).observe({ type: 'longtask', buffered: true });
        setTimeout(() => resolve(worst), 4000);
      }),
  );
  const panel = await panelFor(page);
  await expect.poll(async () => (await storedPosts(panel)).filter((p) => p.id.startsWith('hackernews:94')).length, { timeout: 30_000 }).toBeGreaterThan(100);
  expect(errors).toEqual([]);
  report(`churning page: longest task ${Math.round(longest)} ms over 4 s of mutations every 10 ms`);
  expect(longest).toBeLessThan(200);
  await panel.close();
  await page.close();
});

test('fuzzed messages: every invalid one gets a structured error, none is stored, the worker keeps working', async () => {
  const probe = await ext.context.newPage();
  await probe.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
  // The ids a fuzzed post carries (the one valid id, and the broken ones): none may ever be stored. Counting all rows
  // instead was flaky: the previous test's 10,000-comment page may still be arriving.
  const fuzzIds = new Set(['hackernews:1', '', 'ab', '1', 'null']);
  const fuzzStored = async () => (await storedPosts(probe)).filter((p) => fuzzIds.has(String(p.id))).map((p) => p.id);
  expect(await fuzzStored()).toEqual([]);
  const result = await probe.evaluate(async () => {
    // A seeded generator: the same fuzz every run, so a failure can be replayed.
    let seed = 20261123;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pick = <T,>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    const junk = (depth = 0): unknown =>
      pick<() => unknown>([
        () => null, () => undefined, () => rnd() * 1e12 - 5e11, () => -1, () => Number.MAX_SAFE_INTEGER, () => true,
        () => 'x'.repeat(Math.floor(rnd() * 5000)), () => '<script>alert(1)</script>', () => '\u0000\uFFFF\uD800',
        () => (depth < 3 ? Array.from({ length: Math.floor(rnd() * 4) }, () => junk(depth + 1)) : []),
        () => (depth < 3 ? { __proto__: { polluted: true }, constructor: 'x', [pick(['posts', 'url', 'id', 'text'])]: junk(depth + 1) } : {}),
      ])();
    const post = { id: 'hackernews:1', platform: 'hackernews', url: 'https://news.ycombinator.com/item?id=1', author: {}, text: 'hi', metrics: {} };
    const valid = { url: 'https://news.ycombinator.com/item?id=1', platform: 'hackernews', reader: 'hackernews', firstPos: 0, fresh: true, posts: [post] };
    // Each mutation breaks the payload for sure: a required field of the wrong type or out of range.
    const breakers: ((m: Record<string, unknown>) => void)[] = [
      (m) => (m.posts = pick([null, 'posts', 42, [null], [{}], { length: 1 }])),
      (m) => (m.firstPos = pick([-1, 1.5, 'zero', null])),
      (m) => (m.fresh = pick(['yes', 1, null])),
      (m) => (m.url = pick([42, null, 'u'.repeat(5000)])),
      (m) => (m.posts = [{ ...post, id: pick(['', 'ab', 1, null]) }]),
      (m) => (m.posts = [{ ...post, text: pick([null, 5, { html: '<b>' }, 'x'.repeat(25_000)]) }]),
      (m) => (m.posts = [{ ...post, platform: pick(['myspace', '', 7]) }]),
      (m) => (m.posts = [{ ...post, depth: pick([-3, 1.5, 'deep', 20_000]) }]),
      (m) => (m.posts = [{ ...post, metrics: { likes: pick(['many', 1.5, Infinity]) } }]),
      (m) => (m.posts = Array.from({ length: 501 }, () => post)),
      (m) => delete m[pick(['url', 'platform', 'reader', 'firstPos', 'fresh', 'posts'])],
    ];
    const answers: unknown[] = [];
    let sent = 0;
    for (let i = 0; i < 3000; i++) {
      const kind = i % 4;
      let message: unknown;
      // junk that could pass as a payload by chance (null for ping, [] as a post list) is drawn again
      const invalidJunk = (): unknown => {
        const j = junk();
        return j === null || j === undefined || (Array.isArray(j) && j.length === 0) ? 'not a payload' : j;
      };
      if (kind === 0) message = { id: i, type: 'postsObserved', timestamp: Date.now(), data: invalidJunk() };
      else if (kind === 1) {
        const m: Record<string, unknown> = structuredClone(valid);
        pick(breakers)(m);
        message = { id: i, type: 'postsObserved', timestamp: Date.now(), data: m };
      } else if (kind === 2) message = { id: i, type: pick(['ping', 'pageStatus']), timestamp: Date.now(), data: pick([invalidJunk(), { status: 'hacked' }, 'x']) };
      else message = pick([junk(), { type: junk(), data: junk() }, { id: i, type: 'dropEverything', timestamp: 1, data: {} }, 'postsObserved', [1, 2]]);
      sent++;
      answers.push(await chrome.runtime.sendMessage(message).catch((e: Error) => ({ thrown: e.message })));
    }
    const ping = await chrome.runtime.sendMessage({ id: -1, type: 'ping', timestamp: Date.now(), data: null });
    return { sent, answers, ping };
  });
  // A broken message is refused whole; a message whose envelope holds but whose posts are broken is answered ok
  // with every post dropped and its reason, and nothing stored.
  type Res = { ok?: boolean; error?: { code?: string }; summaries?: unknown[]; dropped?: { reason?: string }[] };
  const refused = (r: Res | undefined) => r?.ok === false && !!r.error?.code;
  const allDropped = (r: Res | undefined) => r?.ok === true && r.summaries?.length === 0 && (r.dropped?.length ?? 0) > 0 && r.dropped!.every((d) => !!d.reason);
  const bad = result.answers.filter((a) => !refused((a as { res?: Res })?.res) && !allDropped((a as { res?: Res })?.res));
  expect(bad.slice(0, 3)).toEqual([]);
  expect(result.ping).toMatchObject({ res: { ok: true } });
  expect(await fuzzStored()).toEqual([]);
  const droppedOnly = result.answers.filter((a) => allDropped((a as { res?: Res })?.res)).length;
  report(`${result.sent} fuzzed messages: ${result.sent - bad.length - droppedOnly} refused with a structured error, ${droppedOnly} answered with every post dropped and its reason, 0 stored, worker answers ping afterwards`);

  // A web page cannot reach the background at all, and the content script ignores page messages.
  const target = hnPage(9_500_000, [{ author: 'a', html: 'b' }]);
  serve(target);
  const page = await ext.context.newPage();
  await page.goto(target.url);
  const reachable = await page.evaluate(() => typeof (window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage);
  expect(reachable).toBe('undefined');
  await page.evaluate(() => window.postMessage({ id: 1, type: 'postsObserved', timestamp: Date.now(), data: { posts: [{ id: 'x:evil' }] } }, '*'));
  // The page's own post arrives by the content script's one channel; the forged one, sent before it, never does.
  await expect.poll(async () => (await storedPosts(probe)).some((p) => p.id === 'hackernews:9500001')).toBe(true);
  expect((await storedPosts(probe)).some((p) => p.id === 'x:evil')).toBe(false);
  report('web page: no access to the extension messaging API; window messages ignored');
  await page.close();
  await probe.close();
});

test('the service worker stopped at random points during batches: no post lost, none duplicated', async () => {
  // What is proven is that nothing is lost or doubled, not how fast: its own waits allow 2 minutes, so must the test
  // (4,001 posts with five stops took 78 s in a CI run and ran out at the default 90 s on a busier one).
  test.setTimeout(240_000);
  const big = hnThread(9_600_000, 4000);
  serve(big);
  let seed = 7;
  const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const page = await ext.context.newPage();
  await page.goto(big.url);
  const panel = await panelFor(page);
  const mine = async () => (await storedPosts(panel)).filter((p) => p.id.startsWith('hackernews:96'));
  let stops = 0;
  const progress: number[] = [];
  for (let i = 0; i < 5; i++) {
    await page.waitForTimeout(Math.floor(rnd() * 600));
    await ext.stopWorker();
    stops++;
    progress.push((await mine()).length);
  }
  await expect.poll(async () => (await mine()).length, { timeout: 90_000 }).toBe(4001);
  await expect.poll(async () => (await mine()).filter((p) => p.analyzed === 1).length, { timeout: 30_000 }).toBe(4001);
  const observations = await panel.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('rapport');
        open.onsuccess = () => {
          const req = open.result.transaction('observations').objectStore('observations').getAll();
          req.onsuccess = () => resolve(req.result.filter((o: { postId: string }) => o.postId.startsWith('hackernews:96')).length);
        };
      }),
  );
  expect(observations).toBe(4001); // one per post: no batch was applied twice into duplicates
  report(`${stops} worker stops while reading 4001 posts (stored at each stop: ${progress.join(', ')}): 0 lost, 0 duplicated`);
  await panel.close();
  await page.close();
});

test('the disk quota runs out: the oldest history is pruned, captures are kept, nothing is half-written, the panel says so', async () => {
  test.setTimeout(240_000);
  // A browser of its own: IndexedDB keeps a running count of the room left once it has written, so the quota
  // must be set before this profile's first write. Its requests are checked like every other journey's.
  const ext = await launchExtension();
  ext.context.on('request', (r) => requests.push({ url: r.url(), from: r.serviceWorker() ? 'service worker' : r.frame()?.url() ?? '?' }));
  try {
    // The real quota mechanism, made small: Chromium then refuses commits with QuotaExceededError.
    const QUOTA = 9_000_000;
    const quotaPage = await ext.context.newPage();
    await quotaPage.goto(`chrome-extension://${ext.extensionId}/manifest.json`);
    const cdp = await ext.context.newCDPSession(quotaPage);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: `chrome-extension://${ext.extensionId}`, quotaSize: QUOTA });

    const probe = await ext.context.newPage();
    await probe.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
    // The panel creates the database (Dexie) and the worker records its analyser version before this test writes.
    await expect.poll(() => probe.evaluate(async () => (await indexedDB.databases()).find((d) => d.name === 'rapport')?.version ?? 0)).toBeGreaterThan(1);
    await expect.poll(() => probe.evaluate(async () => (await chrome.storage.local.get('analyzerVersion')).analyzerVersion)).toBeTruthy();
    // A history that fills the disk: old analysed posts of incompressible text, 100 per transaction, until the
    // quota refuses one; 20 of them captured.
    const seeded = await probe.evaluate(async () => {
      const { analyzerVersion: version } = await chrome.storage.local.get('analyzerVersion');
      const db = await new Promise<IDBDatabase>((r) => {
        const open = indexedDB.open('rapport');
        open.onsuccess = () => r(open.result);
      });
      // Within the retention period, so start-up pruning leaves them; older than anything the page brings.
      const old = Date.now() - 10 * 86_400_000;
      const noise = () => Array.from({ length: 200 }, () => Math.random().toString(36).slice(2, 10)).join(' ');
      let n = 0;
      for (let chunk = 0; chunk < 100; chunk++) {
        const ok = await new Promise<boolean>((resolve) => {
          const tx = db.transaction(['posts', 'observations', 'captures'], 'readwrite');
          for (let i = chunk * 100; i < (chunk + 1) * 100; i++) {
            const id = `hackernews:${5_000_000 + i}`;
            const captured = i < 1000 && i % 50 === 0 ? 1 : 0;
            const at = old + i * 1000;
            const post = { id, platform: 'hackernews', url: `https://news.ycombinator.com/item?id=${5_000_000 + i}`, author: { name: 'old' }, text: `Old post ${i}: ${noise()}`, metrics: {} };
            tx.objectStore('posts').put({
              ...post, firstSeen: at, lastSeen: at, observedAt: at, pageKey: 'https://news.ycombinator.com/item?id=5000000', analyzed: 1, captured, detectedLang: 'en', sentiment: 'neutral',
              analysis: { version, language: { code: 'en', confidence: 0.9 }, sentiment: { label: 'neutral', score: 0, contributions: [] } },
            });
            tx.objectStore('observations').put({ postId: id, at, metrics: {} });
            if (captured) tx.objectStore('captures').put({ id: `cap-old-${i}`, postId: id, capturedAt: at, post, tags: ['kept'], note: '' });
          }
          tx.oncomplete = () => resolve(true);
          tx.onabort = () => resolve(false);
        });
        if (!ok) break;
        n += 100;
      }
      db.close();
      return n;
    });
    expect(seeded).toBeGreaterThanOrEqual(1000); // the captures are in the first thousand
    await probe.close();

    const thread = hnThread(9_800_000, 600);
    served.add(thread.url);
    ext.serve(thread.url, thread.html);
    const page = await ext.context.newPage();
    await page.goto(thread.url);
    const panel = await ext.openPanel(await ext.tabId(page));
    const counts = () =>
      panel.evaluate(
        () =>
          new Promise<{ old: number; oldCaptured: number; fresh: number; freshAnalysed: number; captures: number; sightings: number }>((resolve) => {
            const open = indexedDB.open('rapport');
            open.onsuccess = () => {
              const tx = open.result.transaction(['posts', 'captures', 'sightings']);
              const posts = tx.objectStore('posts').getAll();
              const captures = tx.objectStore('captures').count();
              const key = 'https://news.ycombinator.com/item?id=9800000';
              const sightings = tx.objectStore('sightings').index('[pageKey+pos]').count(IDBKeyRange.bound([key, -Infinity], [key, Infinity]));
              tx.oncomplete = () => {
                const rows = posts.result as { id: string; captured: number; analyzed: number }[];
                const old = rows.filter((p) => p.id.startsWith('hackernews:5'));
                const fresh = rows.filter((p) => p.id.startsWith('hackernews:98'));
                resolve({ old: old.length, oldCaptured: old.filter((p) => p.captured === 1).length, fresh: fresh.length, freshAnalysed: fresh.filter((p) => p.analyzed === 1).length, captures: captures.result, sightings: sightings.result });
                open.result.close();
              };
            };
          }),
      );
    // The quota refuses the page's batches: the oldest uncaptured history is pruned, the panel says so.
    await expect(panel.getByTestId('storage-full')).toBeVisible({ timeout: 60_000 });
    await expect(panel.getByTestId('storage-full')).toContainText('captures are kept');
    const full = await counts();
    expect(full.old).toBeLessThan(seeded);
    expect(full.old - full.oldCaptured).toBeGreaterThan(0); // pruned in measured steps, not emptied
    expect(full.oldCaptured).toBe(20);
    expect(full.captures).toBe(20);
    // Whatever of the page got in is whole: stored, analysed and placed together, never half.
    expect(full.freshAnalysed).toBe(full.fresh);
    expect(full.sightings).toBe(full.fresh);
    // Room comes back (the user frees disk space): the page's waiting batches arrive, none lost.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: `chrome-extension://${ext.extensionId}` });
    await expect.poll(async () => (await counts()).freshAnalysed, { timeout: 120_000 }).toBe(601);
    const after = await counts();
    expect(after.fresh).toBe(601);
    expect(after.sightings).toBe(601);
    expect(after.oldCaptured).toBe(20);
    expect(after.captures).toBe(20);
    report(`full disk: quota ${QUOTA / 1e6} MB filled with ${seeded} old posts; ${seeded - full.old} oldest pruned, all 20 captures kept, ${full.fresh} of 601 new posts fitted whole; once room came back all 601 arrived`);
  } finally {
    await ext.close();
  }
});
