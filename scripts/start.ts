// `npm start`: opens Chromium with the built extension on demo pages served offline under the real sites'
// URLs, so a newcomer sees Rapport work with no account and no network. `--headless` (or no display)
// prints what the extension found and saves screenshots of each page and its side panel instead.
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, fixture, isSupportedHost, launchExtension, ROOT } from '../tests/e2e/harness';

const headless = process.argv.includes('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
const outDir = join(ROOT, 'artifacts/start');

const ext = await launchExtension({ headless });
const demos = readdirSync(FIXTURES).filter((f) => f.endsWith('.html')).sort().map((f) => ({ file: f, ...fixture(f) }));
for (const d of demos) ext.serve(d.url, d.html);

/** Opens a demo page and its panel; a page outside the supported sites is read on the toolbar button. */
async function open(demo: (typeof demos)[number]) {
  const page = await ext.context.newPage();
  await page.goto(demo.url);
  // A supported site is read by itself; any other page when the user clicks Rapport's toolbar button on it (the
  // demo clicks it, through the browser's own action path, as the end-to-end tests do).
  const onGesture = !isSupportedHost(demo.url);
  if (!onGesture) return { page, panel: await ext.openPanel(await ext.tabId(page)), onGesture };
  // Headless Chromium now and then leaves a toolbar click unanswered (seen in CI, not understood yet): press again.
  const tabId = await ext.clickToolbarButton(page).catch(() => ext.clickToolbarButton(page)).catch(() => undefined);
  return { page, panel: tabId === undefined ? undefined : await ext.openPanel(tabId), onGesture };
}

if (!headless) {
  for (const demo of demos) await open(demo).catch((e: Error) => console.warn(`${demo.file}: ${e.message}`));
  console.log(`Rapport is running on ${demos.length} demo pages; each has its side panel open in the next tab.`);
  console.log('Close the browser window to stop.');
  await new Promise<void>((resolve) => ext.context.on('close', () => resolve()));
  process.exit(0);
}

// Without a window, one demo at a time, each closed once shown: a headless browser with fifty tabs open sometimes
// let a toolbar click go unanswered.
mkdirSync(outDir, { recursive: true });
let total = 0;
for (const demo of demos) {
  const { page, panel, onGesture } = await open(demo);
  if (!panel) {
    console.log(`\n${demo.url}  (${demo.file}): not read: the toolbar click went unanswered twice`);
    await page.close();
    continue;
  }
  const list = panel.getByTestId('post-list').locator('li');
  await list.first().waitFor({ timeout: 30_000 }).catch(() => {});
  await page.waitForTimeout(300);
  const rows = await list.evaluateAll((items) =>
    items.map((li) => ({
      author: li.querySelector('[data-testid="post-author"]')?.textContent ?? '',
      lang: li.querySelector('[data-testid="post-lang"]')?.textContent ?? '?',
      sentiment: li.querySelector('[data-testid="post-sentiment"]')?.textContent ?? 'analysing',
      text: (li.querySelector('[data-testid="post-text"]')?.textContent ?? '').replace(/\s+/g, ' ').slice(0, 70),
    })),
  );
  total += rows.length;
  console.log(`\n${demo.url}  (${demo.file}): ${rows.length} posts${onGesture ? ', read on the toolbar button (not a supported site: Rapport reads it only when asked)' : ''}`);
  for (const r of rows) console.log(`  ${r.lang.padEnd(3)} ${r.sentiment.padEnd(9)} ${r.author.slice(0, 18).padEnd(18)} ${r.text}`);
  const base = demo.file.replace(/\.html$/, '');
  await page.screenshot({ path: join(outDir, `${base}.page.png`) });
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.screenshot({ path: join(outDir, `${base}.panel.png`), fullPage: true });
  await panel.close();
  await page.close();
}
console.log(`\n${total} posts found on ${demos.length} demo pages. Screenshots: ${outDir}`);
await ext.close();
