import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { closedUiText } from './closed-ui';
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
      await expect.poll(async () => (await closedUiText(page, 'rapport-draft')).join(' ')).toContain('nothing to flag');
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

/** An old-Reddit thread of `n` comments with scores and times: questions score twice as high, evenings more. */
function redditThread(n: number): { url: string; html: string } {
  const url = 'https://old.reddit.com/r/TrailRunning/comments/fc7q1z/weekly_gear_thread/';
  const things = Array.from({ length: n }, (_, i) => {
    const hour = (i * 5) % 24;
    const question = i % 3 === 0;
    const score = Math.round(20 * (question ? 2 : 1) * (hour >= 18 ? 1.8 : 1) * (0.9 + ((i * 7) % 5) / 20));
    const text = question ? `Which shoes would you pick for a long 20k, option ${i}?` : `Ran the forest loop again this week in my old shoes, run ${i}.`;
    const time = `2024-03-${String(1 + Math.floor(i / 6)).padStart(2, '0')}T${String(hour).padStart(2, '0')}:05:00+00:00`;
    return `<div class=" thing id-t1_g${i} comment" id="thing_t1_g${i}" data-fullname="t1_g${i}" data-type="comment" data-subreddit="TrailRunning" data-author="runner${i}" data-permalink="/r/TrailRunning/comments/fc7q1z/weekly_gear_thread/g${i}/">
  <div class="entry unvoted"><p class="tagline"><a class="author" href="https://old.reddit.com/user/runner${i}">runner${i}</a> <span class="score unvoted" title="${score}">${score} points</span> <time datetime="${time}" class="live-timestamp">1 year ago</time></p>
  <form class="usertext"><div class="usertext-body md-container"><div class="md"><p>${text}</p></div></div></form></div><div class="child"></div></div>`;
  });
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Weekly gear thread : TrailRunning</title></head><body class="comments-page">
<div class="content" role="main"><div class="sitetable linklisting" id="siteTable"><div class=" thing id-t3_fc7q1z link self" data-fullname="t3_fc7q1z" data-type="link" data-author="mod" data-subreddit="TrailRunning" data-permalink="/r/TrailRunning/comments/fc7q1z/weekly_gear_thread/">
<div class="entry unvoted"><p class="title"><a class="title" href="/r/TrailRunning/comments/fc7q1z/weekly_gear_thread/">Weekly gear thread</a></p><p class="tagline"><time datetime="2024-03-01T06:00:00+00:00">1 year ago</time></p></div><div class="child"></div></div></div>
<div class="commentarea"><div class="sitetable nestedlisting">${things.join('\n')}</div></div></div></body></html>`;
  return { url, html };
}

test('creator: with enough history, the forecast gives a percentile, the reasons and an evening best hour', async () => {
  const { url, html } = redditThread(72);
  ext.serve(url, html);
  const page = await ext.context.newPage();
  await page.goto(url);
  const tabId = await ext.tabId(page);
  const panel = await ext.context.newPage();
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tab=${tabId}&view=draft`);
  await panel.getByTestId('draft-text').fill('Ran the ridge loop today, lovely morning.');
  await expect(panel.getByTestId('forecast-percentile')).toContainText('r/TrailRunning');
  await expect(panel.locator('[data-testid="forecast-reasons"] [data-feature="question"]')).toContainText(/ask a question get ×(1\.[6-9]|2\.[0-4])/);
  // Best hour in the viewer's time zone (the browser's, UTC here) among the evening hours of the thread.
  await expect(panel.getByTestId('forecast-best-hour')).toContainText(/\b(18|19|20|21|22|23):00/);
  await page.close();
  await panel.close();
});

test('community manager: a post in a language without reply templates gets a plain note in the panel’s language, never English replies', async () => {
  const url = 'https://old.reddit.com/r/Routers/comments/rq7x2n/password_help/';
  const comment = (id: string, author: string, text: string, lang: string) => `<div class=" thing id-t1_${id} comment" id="thing_t1_${id}" data-fullname="t1_${id}" data-type="comment" data-subreddit="Routers" data-author="${author}" data-permalink="/r/Routers/comments/rq7x2n/password_help/${id}/">
  <div class="entry unvoted"><p class="tagline"><a class="author" href="https://old.reddit.com/user/${author}">${author}</a> <span class="score unvoted" title="3">3 points</span> <time datetime="2025-04-02T08:10:00+00:00">1 day ago</time></p>
  <form class="usertext"><div class="usertext-body md-container"><div class="md" lang="${lang}"><p>${text}</p></div></div></form></div><div class="child"></div></div>`;
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Password help : Routers</title></head><body class="comments-page">
<div class="content" role="main"><div class="sitetable linklisting" id="siteTable"><div class=" thing id-t3_rq7x2n link self" data-fullname="t3_rq7x2n" data-type="link" data-author="mod" data-subreddit="Routers" data-permalink="/r/Routers/comments/rq7x2n/password_help/">
<div class="entry unvoted"><p class="title"><a class="title" href="/r/Routers/comments/rq7x2n/password_help/">Password help</a></p><p class="tagline"><time datetime="2025-04-01T06:00:00+00:00">2 days ago</time></p></div><div class="child"></div></div></div>
<div class="commentarea"><div class="sitetable nestedlisting">
${comment('ru1', 'ivan_k', 'Кто-нибудь знает, как поменять пароль на роутере Keenetic?', 'ru')}
${comment('nl1', 'sanne_v', 'Weet iemand hoe ik het wachtwoord van de Fritzbox router kan veranderen?', 'nl')}
</div></div></div></body></html>`;
  ext.serve(url, html);
  const page = await ext.context.newPage();
  await page.goto(url);
  const tabId = await ext.tabId(page);
  const panel = await ext.context.newPage();
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tab=${tabId}&view=page`);

  const ru = panel.locator('[data-testid="opportunity"][data-post-id="reddit:t1_ru1"][data-type="question"]');
  await ru.getByTestId('suggest-replies').click();
  await expect(ru.getByTestId('reply-note')).toHaveText('Russian: no suggested replies in this language yet; write your own.');
  await expect(ru.getByTestId('suggestion')).toHaveCount(0);

  // Dutch has its templates: replies in Dutch, about the post.
  const nl = panel.locator('[data-testid="opportunity"][data-post-id="reddit:t1_nl1"][data-type="question"]');
  await nl.getByTestId('suggest-replies').click();
  await expect(nl.getByTestId('suggestion').first()).toHaveAttribute('data-lang', 'nl');
  await expect(nl.getByTestId('suggestion-text').first()).toContainText(/wachtwoord|Fritzbox/);
  await expect(nl.getByTestId('reply-note')).toHaveCount(0);

  // In the panel’s language: the same note in German.
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tab=${tabId}&view=settings`);
  await panel.getByTestId('set-ui-language').selectOption('de');
  await expect(panel.getByText('Sprache des Seitenbereichs')).toBeVisible(); // saved and applied
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tab=${tabId}&view=page`);
  await ru.getByTestId('suggest-replies').click();
  await expect(ru.getByTestId('reply-note')).toHaveText('Russisch: noch keine Antwortvorschläge in dieser Sprache; schreib selbst.');
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tab=${tabId}&view=settings`);
  await panel.getByTestId('set-ui-language').selectOption('auto');
  await page.close();
  await panel.close();
});
