import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { type ExtensionBrowser, launchExtension, ROOT } from './harness';
import { UI_LANGUAGES } from '../../lib/i18n';
import { panelLayoutProblems } from './panel-layout-probe';
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
        // from the top: a full-page shot of a scrolled panel draws the sticky tab bar in the middle of the view
        await panel.evaluate(() => window.scrollTo(0, 0));
        await panel.screenshot({ path: join(SHOTS, `${view}-${uiLanguage}-${width}.png`), fullPage: true });
        problems.push(...(await panel.evaluate(panelLayoutProblems, view)));
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
