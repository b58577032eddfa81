import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyzeCommand } from './analyze';
import { benchCommand } from './bench';
import { type CommandName, COMMANDS, commandHelp, overallHelp } from './commands';
import { evalCommand } from './eval';
import { extractCommand } from './extract';
import { type CommandArgs, UsageError } from './usage-error';

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const RUN: Record<CommandName, (args: CommandArgs) => Promise<number>> = {
  extract: extractCommand,
  analyze: analyzeCommand,
  eval: evalCommand,
  bench: benchCommand,
};

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) {
    process.stderr.write(`rapport needs a command.\n\n${overallHelp(VERSION)}`);
    return 2;
  }
  if (command === '-h' || command === '--help' || command === 'help') {
    const about = rest[0];
    process.stdout.write(about && Object.hasOwn(COMMANDS, about) ? commandHelp(about as CommandName) : overallHelp(VERSION));
    return 0;
  }
  if (command === '-v' || command === '--version' || command === 'version') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (!Object.hasOwn(COMMANDS, command)) {
    process.stderr.write(`Unknown command "${command.slice(0, 60)}". The commands are ${Object.keys(COMMANDS).join(', ')}; run "rapport --help" for what each does.\n`);
    return 2;
  }
  const name = command as CommandName;
  if (rest.includes('-h') || rest.includes('--help')) {
    process.stdout.write(commandHelp(name));
    return 0;
  }
  try {
    const args = parseArgs({ args: rest, options: COMMANDS[name].options, allowPositionals: true, strict: true });
    return await RUN[name](args);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`rapport ${name}: ${usageMessage(e as Error)} Run "rapport ${name} --help" for its options.\n`);
      return 2;
    }
    process.stderr.write(`rapport ${name} failed: ${(e as Error).message}\n`);
    return 1;
  }
}

/** Node's parser speaks of "option" and quotes oddly; say it plainly, with the flag named. */
function usageMessage(e: Error): string {
  const unknown = e.message.match(/Unknown option '([^']+)'/);
  if (unknown) return `there is no option ${unknown[1]}.`;
  const missing = e.message.match(/Option '([^']+?)(?: <value>)?' argument missing/);
  if (missing) return `${missing[1]} needs a value.`;
  const message = e.message.replace(/\. To specify a positional argument.*$/s, '');
  return /[.!?]$/.test(message) ? message : `${message}.`;
}
