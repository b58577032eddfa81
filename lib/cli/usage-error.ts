/** A mistake in how the command was called (exit status 2), with the sentence that says how to fix it. */
export class UsageError extends Error {}

/** A command's options and operands as node's strict `parseArgs` returns them. */
export interface CommandArgs {
  values: Record<string, unknown>;
  positionals: string[];
}
