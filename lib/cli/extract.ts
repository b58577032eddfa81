import { readFile } from 'node:fs/promises';
import { extractPage } from '../platforms/extract';
import { parseArgs } from './args';

/** `rapport extract --url URL PAGE.html [--include-promoted]`: one JSON line per post, main post first. */
export async function extractCommand(argv: string[]): Promise<number> {
  const { flags, positional } = parseArgs(argv, { url: 'string', 'include-promoted': 'boolean' });
  const file = positional[0];
  if (!file || typeof flags.url !== 'string') {
    process.stderr.write('Usage: rapport extract --url URL PAGE.html [--include-promoted]\n');
    return 2;
  }
  let url: URL;
  try {
    url = new URL(flags.url);
  } catch {
    process.stderr.write(`"${flags.url}" is not a valid URL.\n`);
    return 2;
  }
  let html: string;
  try {
    html = await readFile(file, 'utf8');
  } catch (e) {
    process.stderr.write(`Cannot read ${file}: ${(e as Error).message}\n`);
    return 1;
  }
  const { reader, posts } = extractPage(html, url.href, { includePromoted: flags['include-promoted'] === true });
  if (posts.length === 0) {
    process.stderr.write(
      reader
        ? `No posts found on this page (read as ${reader}).\n`
        : `No recognisable posts on this page: no reader knows ${url.hostname}'s layout.\n`,
    );
    return 0;
  }
  process.stdout.write(posts.map((p) => JSON.stringify(p)).join('\n') + '\n');
  return 0;
}
