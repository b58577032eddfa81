import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { type ExtensionBrowser, fixture, launchExtension, ROOT } from './harness';

/** The project's own analysis, through its command line (the analysers' data files load there, not here). */
function analyse(texts: { id: string; text: string }[]): { id: string; language: { code: string }; toxicity: { flagged: boolean }; sensitivity: { flags: unknown[] }; sentiment: { score: number } }[] {
  const out = execFileSync(process.execPath, [join(ROOT, 'bin/rapport.js'), 'analyze'], { input: texts.map((t) => JSON.stringify(t)).join('\n'), encoding: 'utf8' });
  return out.trim().split('\n').map((l) => JSON.parse(l));
}

// Reply suggestions in real Chromium: an old-Reddit thread (real markup, real URL) with a question in English,
// a complaint in Spanish and praise in French. Two comments have their reply form open; the third has none,
// so its suggestion goes to the clipboard.
let ext: ExtensionBrowser;
test.beforeAll(async () => {
  ext = await launchExtension();
});
test.afterAll(async () => ext?.close());

const CASES = [
  { id: 'reddit:t1_q1en', thing: 't1_q1en', type: 'question', lang: 'en', box: true },
  { id: 'reddit:t1_c2es', thing: 't1_c2es', type: 'complaint', lang: 'es', box: true },
  { id: 'reddit:t1_p3fr', thing: 't1_p3fr', type: 'praise', lang: 'fr', box: false },
] as const;

test('community manager: every opportunity gets replies in its own language; "use" puts one in that post’s reply box', async () => {
  const { url, html } = fixture('reddit-old-multilingual.html');
  ext.serve(url, html);
  const page = await ext.context.newPage();
  await page.goto(url);
  const tabId = await ext.tabId(page);
  const panel = await ext.context.newPage();
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tab=${tabId}&view=page`);

  const shown: { id: string; text: string; lang: string }[] = [];
  for (const c of CASES) {
    const opp = panel.locator(`[data-testid="opportunity"][data-post-id="${c.id}"][data-type="${c.type}"]`);
    await expect(opp).toHaveCount(1);
    await opp.getByTestId('suggest-replies').click();
    const items = opp.getByTestId('suggestion');
    await expect(items.first()).toBeVisible();
    expect(await items.count()).toBeGreaterThanOrEqual(2);

    for (const tone of ['formal', 'warm'] as const) {
      await opp.getByTestId(`tone-${tone}`).check();
      const texts = await opp.getByTestId('suggestion-text').allTextContents();
      expect(texts.length).toBeGreaterThanOrEqual(2);
      for (const [i, text] of texts.entries()) {
        await expect(items.nth(i)).toHaveAttribute('data-lang', c.lang);
        expect(text).toMatch(/Trailmaster/); // about the post: its product, in its words
        shown.push({ id: `${c.lang}-${tone}-${i}`, text, lang: c.lang });
      }
    }

    const chosen = (await opp.getByTestId('suggestion-text').first().textContent())!;
    await opp.getByTestId('use-suggestion').first().click();
    if (c.box) {
      await expect(opp.getByTestId('reply-status')).toContainText(/reply box/i);
      const box = page.locator(`#thing_${c.thing} > .child textarea[name="text"]`);
      await expect(box).toHaveValue(chosen);
      // The page's own draft check (the indicator beside the composer) finds nothing to flag in it.
      await expect(page.locator('rapport-draft')).toContainText('nothing to flag');
    } else {
      // Shown only once the clipboard write resolved (a failure says "could not copy").
      await expect(opp.getByTestId('reply-status')).toContainText(/copied to the clipboard/i);
      // Read it back the way a person would: paste into a text field (reading the clipboard by script is refused).
      const pasted = await ext.context.newPage();
      await pasted.setContent('<textarea id="t"></textarea>');
      await pasted.locator('#t').focus();
      await pasted.keyboard.press('ControlOrMeta+V');
      await expect(pasted.locator('#t')).toHaveValue(chosen);
      await pasted.close();
    }
  }
  // Every suggestion shown, through the analysis: in its post's language, no toxicity, no sensitivity flag,
  // no strongly negative tone, within Reddit's length.
  const analysed = analyse(shown.map(({ id, text }) => ({ id, text })));
  for (const [i, a] of analysed.entries()) {
    const s = shown[i]!;
    expect(a.language.code, s.text).toBe(s.lang);
    expect(a.toxicity.flagged, s.text).toBe(false);
    expect(a.sensitivity.flags, s.text).toEqual([]);
    expect(a.sentiment.score, s.text).toBeGreaterThan(-0.6);
    expect([...s.text].length).toBeLessThanOrEqual(40_000);
  }
  // Each text went to its own post's box only; the thread's top-level box is untouched, nothing was submitted.
  const en = await page.locator('#thing_t1_q1en > .child textarea').inputValue();
  const es = await page.locator('#thing_t1_c2es > .child textarea').inputValue();
  expect(en).toMatch(/^(?:Hi|Hey|Hello|Dear|Good day)/);
  expect(es).toMatch(/^(?:¡?Hola|Buenos|Un saludo|Saludos)/);
  await expect(page.locator('.commentarea > form textarea')).toHaveValue('');
  expect(page.url()).toBe(url);
  await page.close();
  await panel.close();
});

test('creator: the Draft view forecasts in the page’s community, and says plainly when its history is too thin', async () => {
  const { url, html } = fixture('reddit-old-multilingual.html');
  ext.serve(url, html);
  const page = await ext.context.newPage();
  await page.goto(url);
  const tabId = await ext.tabId(page);
  const panel = await ext.context.newPage();
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tab=${tabId}&view=draft`);
  await panel.getByTestId('draft-text').fill('Which tent would you take to the Highlands in November?');
  await expect(panel.getByTestId('forecast-thin')).toContainText('r/CampingGear');
  await expect(panel.getByTestId('forecast-thin')).toContainText(/4 posts/);
  await page.close();
  await panel.close();
});
