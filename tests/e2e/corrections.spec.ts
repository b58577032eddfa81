import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { parseCsv } from '../../lib/model/csv';
import { readStore } from './db';
import { type ExtensionBrowser, launchExtension } from './harness';
import { hnPage } from './panel-pages';

// The reviewer's journey (#23): labels corrected in two languages, keyboard first, in the Audit; the agreement
// table and the exports show them, and so do they after the browser is closed and opened again on the same profile.

const STORY = 7_600_000;
const THANKS = 'Thanks guys, this release is really great work and the new editor is fast.';
const GREAT = 'This update is great, thank you for listening to the community.';
const ENCANTA = 'Me encanta la nueva versión, muchas gracias a todo el equipo por el trabajo.';
const COMMENTS = [
  { user: 'ann', text: THANKS },
  { user: 'bob', text: GREAT },
  { user: 'carla', text: ENCANTA },
  { user: 'diego', text: 'La documentación todavía está incompleta, pero la interfaz es clara.' },
];

async function openAudit(ext: ExtensionBrowser, tabId?: number): Promise<Page> {
  const panel = await ext.context.newPage();
  await panel.setViewportSize({ width: 320, height: 900 });
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?view=audit${tabId === undefined ? '' : `&tab=${tabId}`}`);
  return panel;
}

const example = (panel: Page, text: string) => panel.getByTestId('audit-example').filter({ hasText: text });
/** A language card's count of one sentiment, as the Audit shows it ("2 (67 %)"). */
const sentimentCount = async (panel: Page, code: string, label: string) =>
  Number((await panel.locator(`[data-testid="audit-language"][data-code="${code}"] dt`).filter({ hasText: new RegExp(`^${label}$`, "i") }).locator('xpath=following-sibling::dd[1]').textContent())!.split(' ')[0]);

/** Opens an example's review controls with the keyboard and moves the radio group `group` by `steps` arrows. */
async function judge(example: Locator, group: Locator, steps: number) {
  await example.getByTestId('review-example').focus();
  await example.page().keyboard.press('Enter');
  await group.locator('input:checked').focus();
  for (let i = 0; i < steps; i++) await example.page().keyboard.press('ArrowRight');
}

test('a reviewer corrects three labels in two languages; the agreement table and the exports show them after a browser restart', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'rapport-review-'));
  try {
    let ext = await launchExtension({ profile });
    const { url, html } = hnPage(STORY, 'Release notes 5.0', COMMENTS);
    ext.serve(url, html);
    const page = await ext.context.newPage();
    await page.goto(url);
    const tabId = await ext.tabId(page);
    let panel = await openAudit(ext, tabId);
    await expect(panel.getByTestId('agreement-none')).toBeVisible();
    await expect(example(panel, GREAT)).toBeVisible();
    await expect(example(panel, ENCANTA)).toBeVisible();
    const positiveBefore = await sentimentCount(panel, 'en', 'Positive');
    const negativeBefore = await sentimentCount(panel, 'en', 'Negative');

    // 1. English: "great, thank you" is sarcasm here, says the reviewer: the analyser's positive is wrong, it is negative
    // (Not reviewed → Right → Wrong: neutral → Wrong: negative).
    const great = example(panel, GREAT);
    await expect(great).toContainText(/^positive/i);
    await judge(great, great.getByTestId('review-sentiment'), 3);
    await expect(great.getByTestId('review-sentiment')).toHaveAttribute('data-value', 'negative');
    // the counts move: one positive less, one negative more, in the Audit's table of the page
    await expect.poll(() => sentimentCount(panel, 'en', 'Positive')).toBe(positiveBefore - 1);
    expect(await sentimentCount(panel, 'en', 'Negative')).toBe(negativeBefore + 1);
    await expect(great).toContainText(/✎ negative/i);

    // 2. English: the "guys" flag is wrong for this audience (Not reviewed → Right → Wrong).
    const thanks = example(panel, THANKS);
    await judge(thanks, thanks.getByTestId('review-flag'), 2);
    await expect(thanks.getByTestId('review-flag')).toHaveAttribute('data-value', 'wrong');

    // 3. Spanish: the analyser's sentiment is right.
    const encanta = example(panel, ENCANTA);
    await judge(encanta, encanta.getByTestId('review-sentiment'), 1);
    await expect(encanta.getByTestId('review-sentiment')).toHaveAttribute('data-value', 'right');

    await expectAgreement(panel);
    await expect.poll(async () => ((await panel.evaluate(readStore, 'corrections')) as unknown[]).length).toBe(3);
    await ext.close();

    // The browser again, same profile: the history audit shows the same agreement and labels.
    ext = await launchExtension({ profile });
    panel = await openAudit(ext);
    await panel.getByTestId('audit-set-history').check();
    await expectAgreement(panel);
    await expect(example(panel, GREAT)).toContainText(/✎ negative/i);
    const [csv] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId('corrections-csv').click()]);
    const rows = parseCsv(readFileSync((await csv.path())!, 'utf8'));
    expect(rows[0]).toEqual(['post_id', 'language', 'corrected', 'analyser', 'reviewer', 'agrees', 'corrected_at', 'text']);
    const body = rows.slice(1).map((r) => [r[1], r[2]!.replace(/@\d+$/, ''), r[3], r[4], r[5], r[7]]);
    expect(body).toEqual(expect.arrayContaining([
      ['en', 'sentiment', 'positive', 'negative', 'no', GREAT],
      ['en', 'flag:en-guys-address', 'flagged', 'wrong', 'no', THANKS],
      ['es', 'sentiment', 'positive', 'positive', 'yes', ENCANTA],
    ]));
    expect(body).toHaveLength(3);
    // the Audit's printable report carries the bias report too
    const [report] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId('audit-report').click()]);
    const printed = readFileSync((await report.path())!, 'utf8');
    expect(printed).toContain('<h3>English: agreement 0 % (0 of 2)</h3>');
    expect(printed).toContain('<h3>Spanish: agreement 100 % (1 of 1)</h3>');
    expect(printed).toContain('<caption>Sensitivity flags: 0 %</caption>');
    // and the backup holds them
    const settings = await ext.context.newPage();
    await settings.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?view=settings`);
    const [backup] = await Promise.all([settings.waitForEvent('download'), settings.getByTestId('export-backup').click()]);
    const saved = JSON.parse(readFileSync((await backup.path())!, 'utf8')) as { tables: { corrections: { label: string }[] } };
    expect(saved.tables.corrections.map((c) => c.label).sort()).toEqual(['negative', 'positive', 'wrong']);
    await ext.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

async function expectAgreement(panel: Page) {
  const en = panel.locator('[data-testid="agreement-language"][data-code="en"]');
  const es = panel.locator('[data-testid="agreement-language"][data-code="es"]');
  await expect(en).toHaveAttribute('data-rate', '0');
  await expect(es).toHaveAttribute('data-rate', '1');
  await expect(en).toContainText('English: agreement 0% (0 of 2)');
  await expect(es).toContainText('Spanish: agreement 100% (1 of 1)');
  // analyser × reviewer: a positive the reviewer calls negative; a flag judged wrong; a Spanish positive confirmed
  await expect(en.locator('[data-kind="sentiment"]')).toHaveAttribute('data-cells', JSON.stringify([[0, 0, 1], [0, 0, 0], [0, 0, 0]]));
  await expect(en.locator('[data-kind="flag"]')).toHaveAttribute('data-cells', JSON.stringify([[0, 1]]));
  await expect(es.locator('[data-kind="sentiment"]')).toHaveAttribute('data-cells', JSON.stringify([[1, 0, 0], [0, 0, 0], [0, 0, 0]]));
  // the table fits the 320 px panel: nothing scrolls sideways
  expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
}
