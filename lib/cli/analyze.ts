import { createInterface } from 'node:readline';
import { analyze } from '../analysis/analyze';
import { flagText, opportunityReason } from '../analysis/reasons';

/** `rapport analyze`: JSON lines `{id, text, lang?, platform?}` in, one analysis line out per input, in order. */
export async function analyzeCommand(): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    process.stdout.write(JSON.stringify(analyzeLine(line)) + '\n');
  }
  return 0;
}

export function analyzeLine(line: string): object {
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
    ...(result.sensitivity ? { sensitivity: { flags: result.sensitivity.flags.map((f) => ({ ...f, ...flagText(f) })) } } : {}),
    ...(result.opportunities ? { opportunities: result.opportunities.map((o) => ({ ...o, reason: opportunityReason(o) })) } : {}),
  };
}
