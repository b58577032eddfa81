// Unpacks the store packages `npm run zip` made (.output/rapport-VERSION-{chrome,firefox}.zip) into
// .output/packaged/{chrome-mv3,firefox-mv2}, so the end-to-end suites test exactly what a user or a store receives
// (RAPPORT_OUT=.output/packaged points both harnesses there).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import JSZip from 'jszip';

const root = resolve(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const out = join(root, '.output/packaged');

for (const [browser, target] of [['chrome', 'chrome-mv3'], ['firefox', 'firefox-mv2']] as const) {
  const zipPath = join(root, `.output/rapport-${version}-${browser}.zip`);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(readFileSync(zipPath));
  } catch (e) {
    console.error(`Cannot read ${zipPath} (${(e as Error).message}): run "npm run zip" first.`);
    process.exit(1);
  }
  const dir = join(out, target);
  rmSync(dir, { recursive: true, force: true });
  let files = 0;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const dest = resolve(dir, entry.name);
    if (!dest.startsWith(dir + '/')) throw new Error(`${zipPath}: entry ${entry.name} points outside the package`);
    mkdirSync(dirname(dest), { recursive: true });
    writeFileSync(dest, await entry.async('uint8array'));
    files++;
  }
  console.log(`${zipPath.slice(root.length + 1)} → ${dir.slice(root.length + 1)} (${files} files)`);
}
