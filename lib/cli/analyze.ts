import { createInterface } from 'node:readline';
import { analyze } from '../analysis/analyze';
import { sensitivityScore } from '../analysis/sensitivity-score';
import { type CommandArgs, UsageError } from './usage-error';
import { flagText, opportunityReason } from '../analysis/reasons';

/**
 * `rapport analyze`: JSON lines `{id, text, lang?, platform?}` in, one analysis line out per input, in order. A
 * line that fails is answered with `{id?, error}` and named by its number on standard error; the run goes on and
 * exits 1 at the end.
 */
export async function analyzeCommand({ positionals }: CommandArgs): Promise<number> {
  if (positionals.length) throw new UsageError(`it reads standard input and takes no file (got ${positionals[0]}): use "rapport analyze < ${positionals[0]}".`);
  // Nothing piped in: waiting silently for typing helps nobody.
  if (process.stdin.isTTY) throw new UsageError('it reads JSON lines on standard input, and none is piped in: try echo \'{"id":1,"text":"I love this!"}\' | rapport analyze.');
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  let failed = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    const out = analyzeLine(line);
    if ('error' in out) {
      failed++;
      const id = 'id' in out && out.id !== undefined ? ` (id ${JSON.stringify(out.id).slice(0, 80)})` : '';
      process.stderr.write(`line ${n}${id}: ${out.error}\n`);
    }
    process.stdout.write(JSON.stringify(out) + '\n');
  }
  if (failed) process.stderr.write(`${failed} of ${n} lines could not be analysed.\n`);
  return failed ? 1 : 0;
}

export function analyzeLine(line: string): { error: string; id?: unknown } | { id: unknown } {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    return { error: 'This line is not valid JSON.' };
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { error: 'Each line must be a JSON object.' };
  const { id, text, lang, platform } = input as Record<string, unknown>;
  if (typeof text !== 'string') return { ...(id !== undefined ? { id } : {}), error: 'The object has no "text" string.' };
  const { version: _version, ...result } = analyze({
    text,
    lang: typeof lang === 'string' ? lang : undefined,
    platform: typeof platform === 'string' ? platform : undefined,
  });
  // The stored analysis keeps codes; people reading the output get the English reasons beside them.
  return {
    id,
    ...result,
    // the Cultural Sensitivity Score (lib/analysis/sensitivity-score.ts), left out where the language has no rules
    ...(result.sensitivity ? { sensitivity: { ...scoreOf(result), flags: result.sensitivity.flags.map((f) => ({ ...f, ...flagText(f) })) } } : {}),
    ...(result.opportunities ? { opportunities: result.opportunities.map((o) => ({ ...o, reason: opportunityReason(o) })) } : {}),
  };
}

function scoreOf(a: Parameters<typeof sensitivityScore>[0]): { score?: number } {
  const { score } = sensitivityScore(a);
  return score === undefined ? {} : { score };
}
