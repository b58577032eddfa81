import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { type ExtensionBrowser, launchExtension, ROOT } from './harness';
import { UI_LANGUAGES } from '../../lib/i18n';
import { hnPage } from './panel-pages';

// The panel at the sizes it really has (Chrome's side panel opens at 400 px and can be narrowed to 320 px), in each
// UI language (English, Spanish, French, German, Portuguese): the navigation stays on one row with every label
// whole, no view scrolls sideways, and no figure's label breaks inside a word.
const VIEWS = ['page', 'draft', 'captures', 'insights', 'audit', 'settings'] as const;
/** Each view at each size and language, for a person to look at (the run's artifacts). */
const SHOTS = join(ROOT, 'artifacts/screenshots/layout');

let ext: ExtensionBrowser;
let panel: Page;
let tabId: number;
test.beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  ext = await launchExtension();
  const { url, html } = hnPage(7_800_000, 'Ask HN: What makes a forum feel welcoming?', [
    { user: 'ann', text: 'Clear rules and kind moderators, thank you for asking!' },
    { user: 'bob', text: 'How many moderators do you need per thousand members?', indent: 1 },
    { user: 'dirk', text: 'Das ist wirklich hilfreich, danke für die Tipps.' },
    { user: 'hugo', text: 'Franchement, ce forum est nul et personne ne répond.' },
  ]);
  ext.serve(url, html);
  const page = await ext.context.newPage();
  await page.goto(url);
  tabId = await ext.tabId(page);
  panel = await ext.context.newPage();
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tab=${tabId}`);
  await expect(panel.getByTestId('post-list').locator('li')).toHaveCount(5);
  // a capture, so the Captures view shows a card
  await panel.getByTestId('capture-post').nth(1).click();
});
test.afterAll(async () => ext?.close());

for (const uiLanguage of UI_LANGUAGES) {
  for (const width of [320, 400]) {
    test(`${uiLanguage}, ${width} px: one row of tabs with whole labels, no view wider than the panel`, async () => {
      await panel.evaluate((lang) => chrome.storage.local.set({ settings: { uiLanguage: lang } }), uiLanguage);
      await panel.setViewportSize({ width, height: 900 });
      await expect(panel.locator('html')).toHaveAttribute('lang', uiLanguage);
      const problems: string[] = [];
      for (const view of VIEWS) {
        await panel.locator(`#tab-${view}`).click();
        await expect(panel.locator(`#tab-${view}`)).toHaveAttribute('aria-selected', 'true');
        await expect(panel.locator(`#panel-${view}`)).toBeVisible();
        const layout = await panel.evaluate(() => {
          const tabs = [...document.querySelectorAll<HTMLElement>('[role="tab"]')];
          return {
            rows: new Set(tabs.map((t) => Math.round(t.getBoundingClientRect().top))).size,
            cut: tabs.filter((t) => [...t.querySelectorAll('span')].some((s) => s.scrollWidth > s.clientWidth)).map((t) => t.textContent),
            overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
            // a label's word laid out on two lines ("Spracherken-" / "nung" without a hyphen) reads as two words
            broken: [...document.querySelectorAll<HTMLElement>('[role="tabpanel"]:not([hidden]) dt')].flatMap((dt) => {
              const text = dt.firstChild;
              if (!(text instanceof Text)) return [];
              return [...text.data.matchAll(/\S+/g)].flatMap((m) => {
                const r = document.createRange();
                r.setStart(text, m.index);
                r.setEnd(text, m.index + m[0].length);
                return new Set([...r.getClientRects()].map((x) => Math.round(x.top))).size > 1 ? [m[0]] : [];
              });
            }),
          };
        });
        await panel.screenshot({ path: join(SHOTS, `${view}-${uiLanguage}-${width}.png`), fullPage: true });
        if (layout.rows !== 1) problems.push(`${view}: the tabs take ${layout.rows} rows`);
        if (layout.cut.length) problems.push(`${view}: cut labels ${layout.cut.join(', ')}`);
        if (layout.overflow > 0) problems.push(`${view}: ${layout.overflow} px wider than the panel`);
        if (layout.broken.length) problems.push(`${view}: words broken inside ${[...new Set(layout.broken)].join(', ')}`);
      }
      if (uiLanguage === 'de') {
        // The opportunities' reasons are rendered from their codes in the panel's language, not stored English.
        await panel.locator('#tab-page').click();
        // the view reads its posts after its first frame: wait for the opportunities before reading them
        await expect(panel.getByTestId('opportunity-reason').first()).toBeVisible();
        const reasons = await panel.getByTestId('opportunity-reason').allTextContents();
        expect(reasons.filter((r) => /\b(the|a|an|here|reply|answer|thank|posts?)\b/i.test(r))).toEqual([]);
      }
      expect(problems).toEqual([]);
      console.log(`[layout] ${uiLanguage} at ${width} px: ${VIEWS.length} views, tabs on one row, labels whole, no sideways scrolling`);
    });
  }
}
