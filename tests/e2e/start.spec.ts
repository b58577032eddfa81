import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { FIXTURES, fixture, isSupportedHost, ROOT } from './harness';

// The README's first command ends in `npm start`: without a display it reads every demo page and prints what
// it found. It runs here on the extension this suite already built (`npm start` builds it first).
test('npm start --headless reads the posts of every demo page of a supported site, and says which pages wait to be asked', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/start.ts', '--headless'], { cwd: ROOT, timeout: 120_000 });
  const demos = readdirSync(FIXTURES).filter((f) => f.endsWith('.html'));
  expect(stdout).toMatch(new RegExp(`\\d+ posts found on ${demos.length} demo pages`));
  for (const file of demos) {
    if (isSupportedHost(fixture(file).url)) expect(stdout, file).toMatch(new RegExp(`\\(${file.replace('.', '\\.')}\\): [1-9]\\d* posts`));
    else expect(stdout, file).toContain(`(${file}): not a supported host`);
  }
});
