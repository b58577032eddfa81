import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { FIXTURES, fixture, isSupportedHost, ROOT } from './harness';

// The README's first command ends in `npm start`: without a display it reads every demo page (those outside the
// supported sites on a click of the toolbar button) and prints what it found. It runs here on the extension this suite already built (`npm start` builds it first).
test('npm start --headless reads the posts of every demo page, those outside the supported sites on the toolbar button', async () => {
  test.setTimeout(420_000); // 25 demo pages in one browser, and a click pressed again when unanswered
  const { stdout } = await promisify(execFile)(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/start.ts', '--headless'], { cwd: ROOT, timeout: 400_000 });
  const demos = readdirSync(FIXTURES).filter((f) => f.endsWith('.html'));
  expect(stdout).toMatch(new RegExp(`\\d+ posts found on ${demos.length} demo pages`));
  let readOnClick = 0;
  for (const file of demos) {
    const name = file.replace('.', '\\.');
    if (isSupportedHost(fixture(file).url)) {
      expect(stdout, file).toMatch(new RegExp(`\\(${name}\\): [1-9]\\d* posts\\n`));
      continue;
    }
    // a page outside the supported sites is read on the demo's click of the toolbar button; headless Chromium now
    // and then leaves a click unanswered (platforms.spec proves each of these pages is read on the click)
    const read = new RegExp(`\\(${name}\\): [1-9]\\d* posts, read on the toolbar button`).test(stdout);
    if (read) readOnClick++;
    else expect(stdout, file).toContain(`(${file}): not read: the toolbar click went unanswered twice`);
  }
  console.log(`[start] ${readOnClick} demo pages outside the supported sites read on the toolbar button`);
  expect(readOnClick).toBeGreaterThan(0);
});
