import { analyzeCommand } from './analyze';
import { extractCommand } from './extract';
import { evalCommand } from './eval';
import { benchCommand } from './bench';

const USAGE = `rapport — Rapport's analysis outside the browser

  rapport extract --url URL PAGE.html [--include-promoted]   posts of a saved page, one JSON line each
  rapport analyze < posts.jsonl                               analysis of {id, text, lang?, platform?} lines
  rapport eval --corpus ../shared/corpus                      accuracy tables beside the anchor libraries
  rapport bench [--hostile]                                   per-post cost, stored size and cold start of the analysis;
                                                              --hostile: 17 hostile texts through rapport analyze
`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'extract':
        return await extractCommand(rest);
      case 'analyze':
        return await analyzeCommand();
      case 'eval':
        return await evalCommand(rest);
      case 'bench':
        return await benchCommand(rest);
      case undefined:
      case '--help':
      case 'help':
        process.stdout.write(USAGE);
        return 0;
      default:
        process.stderr.write(`Unknown command "${command}". Run "rapport help" for the list.\n`);
        return 2;
    }
  } catch (e) {
    process.stderr.write(`rapport ${command} failed: ${(e as Error).message}\n`);
    return 1;
  }
}
