import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { FIXTURES, fixture, isSupportedHost, ROOT } from './harness';

// The README's first command ends in `npm start`: without a display it reads every demo page (those outside the
// supported sites on a click of the toolbar button) and prints what it found. It runs here on the extension this suite already built (`npm start` builds it first).
test('npm start --headless reads the posts of every demo page, those outside the supported sites on the toolbar button', async () => {
  test.setTimeout(240_000); // 22 demo pages and their panels in one browser
  const { stdout } = await promisify(execFile)(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/start.ts', '--headless'], { cwd: ROOT, timeout: 230_000 });
  const demos = readdirSync(FIXTURES).filter((f) => f.endsWith('.html'));
  expect(stdout).toMatch(new RegExp(`\\d+ posts found on ${demos.length} demo pages`));
  for (const file of demos) {
    const line = new RegExp(`\\(${file.replace('.', '\\.')}\\): [1-9]\\d* posts(, read on the toolbar button)?`);
    expect(stdout, file).toMatch(line);
    // a page outside the supported sites is read too, on the demo's click of the toolbar button
    expect(stdout.match(line)?.[1] !== undefined, file).toBe(!isSupportedHost(fixture(file).url));
  }
});
