import { readFile } from 'node:fs/promises';
import { extractPage } from '../platforms/extract';
import { describeReading } from '../platforms/reading-explanation';
import { type CommandArgs, UsageError } from './usage-error';

/** `rapport extract --url URL PAGE.html [--include-promoted]`: one JSON line per post, main post first. */
export async function extractCommand({ values, positionals }: CommandArgs): Promise<number> {
  const file = positionals[0];
  if (typeof values.url !== 'string' || !values.url) {
    throw new UsageError('--url is missing: give the address the page was saved from, which picks the reader and makes the posts\' links absolute (for example --url \'https://news.ycombinator.com/item?id=1\').');
  }
  if (!file) throw new UsageError('the saved page is missing: give the path of an .html file after the options.');
  if (positionals.length > 1) throw new UsageError(`one page at a time: got ${positionals.length} paths (${positionals.slice(0, 3).join(', ')}).`);
  let url: URL;
  try {
    url = new URL(values.url);
  } catch {
    throw new UsageError(`"${values.url.slice(0, 200)}" is not a URL: give it whole, with https:// (quote it in the shell when it has ? or &).`);
  }
  const html = await readPage(file);
  const { reader, posts, explanation } = extractPage(html, url.href, { includePromoted: values['include-promoted'] === true });
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

/** The saved page's text; a path that is missing, a folder, empty or not HTML is a usage error with one clear sentence. */
async function readPage(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`there is no file at ${file}.`);
    if (code === 'EISDIR') throw new UsageError(`${file} is a folder: give the saved page's .html file inside it.`);
    if (code === 'EACCES') throw new UsageError(`${file} cannot be read (permission denied).`);
    throw new UsageError(`${file} cannot be read: ${(e as Error).message}.`);
  }
  if (bytes.length === 0 || !bytes.toString('latin1').trim()) throw new UsageError(`${file} is empty: nothing to read.`);
  const html = decodePage(bytes);
  // A page has markup near its start; a binary file has NUL bytes.
  if (html.includes('\u0000') || !/<[a-z!]/i.test(html.slice(0, 4096))) throw new UsageError(`${file} does not look like an HTML page (no markup at its start): save the page as HTML and try again.`);
  return html;
}
