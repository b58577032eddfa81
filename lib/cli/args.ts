type Kind = 'string' | 'boolean';

/** Minimal flag parser: `--name value`, `--name=value`, boolean `--name`; everything else is positional. */
export function parseArgs(argv: string[], spec: Record<string, Kind>) {
  const flags: Record<string, string | boolean> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const m = arg.match(/^--([^=]+)(?:=(.*))?$/);
    if (!m) {
      positional.push(arg);
      continue;
    }
    const [, name, inline] = m as unknown as [string, string, string | undefined];
    if (spec[name] === 'boolean') flags[name] = true;
    else if (inline !== undefined) flags[name] = inline;
    else flags[name] = argv[++i] ?? '';
  }
  return { flags, positional };
}
