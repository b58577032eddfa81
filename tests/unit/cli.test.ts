import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../lib/cli/main';

// The command line as a person meets it: help, version, and every mistake answered with one sentence that says
// what is wrong and how to fix it, with the documented exit status (0 done, 1 some input failed, 2 usage error).

const BIN = new URL('../../bin/rapport.js', import.meta.url).pathname;
const HN = new URL('../fixtures/pages/hackernews-item.html', import.meta.url).pathname;
const DIR = join(tmpdir(), `rapport-cli-${process.pid}`);
mkdirSync(join(DIR, 'folder'), { recursive: true });
writeFileSync(join(DIR, 'empty.html'), '');
writeFileSync(join(DIR, 'notes.html'), 'just some notes, no markup at all');
writeFileSync(join(DIR, 'binary.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));

function rapport(args: string[], stdin?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    // stdin 'ignore' is not a terminal either; 'pipe' with input is how a pipeline looks
    const child = spawn('node', [BIN, ...args], { stdio: [stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    if (stdin !== undefined) child.stdin!.end(stdin);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const URL_ = ['--url', 'https://news.ycombinator.com/item?id=4242001'];

/** `main` as bin/rapport.js runs it, with what it writes captured (one process per case would take minutes). */
async function inProcess(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
  try {
    return { code: await main(args), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe('rapport: help, version and usage errors', () => {
  it.each([
    ['--help', ['--help'], 0, /Commands:[\s\S]*extract[\s\S]*analyze[\s\S]*eval[\s\S]*bench/, 'stdout'],
    ['-h', ['-h'], 0, /Usage: rapport <command>/, 'stdout'],
    ['--version', ['--version'], 0, /^\d+\.\d+\.\d+\n$/, 'stdout'],
    ['extract --help', ['extract', '--help'], 0, /Usage: rapport extract --url URL PAGE\.html[\s\S]*Options:[\s\S]*Examples:[\s\S]*Exit status/, 'stdout'],
    ['analyze -h', ['analyze', '-h'], 0, /Usage: rapport analyze < posts\.jsonl[\s\S]*Exit status/, 'stdout'],
    ['no command', [], 2, /needs a command/, 'stderr'],
    ['an unknown command', ['frobnicate'], 2, /Unknown command "frobnicate"\. The commands are extract, analyze, eval, bench/, 'stderr'],
    ['an unknown flag, named', ['extract', '--bogus', ...URL_, HN], 2, /there is no option --bogus\. Run "rapport extract --help"/, 'stderr'],
    ['a missing --url, with why it is needed', ['extract', HN], 2, /--url is missing: give the address the page was saved from, which picks the reader/, 'stderr'],
    ['--url without its value', ['extract', '--url'], 2, /--url needs a value/, 'stderr'],
    ['a URL that is not one', ['extract', '--url', 'news.ycombinator.com', HN], 2, /is not a URL: give it whole, with https:\/\//, 'stderr'],
    ['no page', ['extract', ...URL_], 2, /the saved page is missing/, 'stderr'],
    ['a missing file', ['extract', ...URL_, join(DIR, 'nope.html')], 2, /there is no file at .*nope\.html/, 'stderr'],
    ['an empty file', ['extract', ...URL_, join(DIR, 'empty.html')], 2, /empty\.html is empty: nothing to read/, 'stderr'],
    ['a folder', ['extract', ...URL_, join(DIR, 'folder')], 2, /folder is a folder/, 'stderr'],
    ['a text file', ['extract', ...URL_, join(DIR, 'notes.html')], 2, /does not look like an HTML page/, 'stderr'],
    ['a binary file', ['extract', ...URL_, join(DIR, 'binary.html')], 2, /does not look like an HTML page/, 'stderr'],
    ['eval with an unknown part', ['eval', '--only', 'vibes'], 2, /--only takes sentiment, language, toxicity, sensitivity; not vibes/, 'stderr'],
    ['bench with a bad round count', ['bench', '--rounds', 'lots'], 2, /--rounds takes a whole number/, 'stderr'],
    ['analyze given a file instead of input', ['analyze', 'posts.jsonl'], 2, /takes no file .*rapport analyze < posts\.jsonl/, 'stderr'],
  ] as const)('%s', async (_, args, code, message, stream) => {
    const r = await inProcess([...args]);
    expect(r.code).toBe(code);
    expect(r[stream]).toMatch(message);
    if (code === 2) expect(r.stderr.trim().split('\n')[0]).not.toMatch(/^\s*at |TypeError|Cannot read/);
  }, 30_000);
});

describe('rapport as a process', () => {
  it('exits with the status main returns: 2 for a usage error, with the sentence on standard error', async () => {
    const r = await rapport(['extract', HN]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^rapport extract: --url is missing/);
    expect(r.stdout).toBe('');
  }, 30_000);
});

describe('rapport analyze: every line answered, failures named by line, exit 1 when any failed', () => {
  it('answers good and bad lines in order and says which failed on standard error', async () => {
    const r = await rapport(['analyze'], '{"id":1,"text":"I love it"}\nnot json\n\n{"id":"b"}\n[1,2]\n');
    expect(r.code).toBe(1);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(4);
    expect(out[0]).toMatchObject({ id: 1, sentiment: { label: 'positive' } });
    expect(out[1]).toEqual({ error: 'This line is not valid JSON.' });
    expect(out[2]).toMatchObject({ id: 'b', error: expect.stringMatching(/text/) });
    expect(out[3]).toMatchObject({ error: expect.stringMatching(/JSON object/) });
    expect(r.stderr).toMatch(/^line 2: This line is not valid JSON\.$/m);
    expect(r.stderr).toMatch(/^line 4 \(id "b"\): /m);
    expect(r.stderr).toMatch(/^line 5: /m);
    expect(r.stderr).toMatch(/3 of 5 lines could not be analysed/);
  }, 30_000);

  it('exits 0 when every line was analysed', async () => {
    const r = await rapport(['analyze'], '{"id":1,"text":"Merci beaucoup !"}\n');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  }, 30_000);
});
