import { readFile } from 'node:fs/promises';
import { extractPage } from '../platforms/extract';
import { describeReading } from '../platforms/reading-explanation';
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
    html = decodePage(await readFile(file));
  } catch (e) {
    process.stderr.write(`Cannot read ${file}: ${(e as Error).message}\n`);
    return 1;
  }
  const { reader, posts, explanation } = extractPage(html, url.href, { includePromoted: flags['include-promoted'] === true });
  if (posts.length === 0) {
    process.stderr.write(
      reader
        ? `No posts found on this page (read as ${reader}).\n`
        : `No recognisable posts on this page: no reader knows ${url.hostname}'s layout.\n`,
    );
    return 0;
  }
  process.stdout.write(posts.map((p) => JSON.stringify(p)).join('\n') + '\n');
  if (explanation) process.stderr.write(describeReading(explanation, posts) + '\n');
  return 0;
}

/** Saved pages keep their own encoding (windows-1251 forums, Shift_JIS boards): honour the byte-order mark or `<meta charset>`. */
export function decodePage(bytes: Buffer): string {
  const head = bytes.subarray(0, 4096).toString('latin1');
  const declared = head.match(/<meta[^>]+charset\s*=\s*["']?([\w-]+)/i)?.[1]?.toLowerCase();
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const label = hasBom || !declared ? 'utf-8' : declared;
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes); // an unknown label: UTF-8 is the web's default
  }
}
