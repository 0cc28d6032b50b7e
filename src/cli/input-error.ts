/**
 * A problem with the command line's input (a path, a file's JSON, a settings file). The CLI prints
 * it as one line on stderr and exits with status 2: bad input never shows a stack trace.
 */
export class InputError extends Error {
  /** @param source - the file (and line) the problem is in, or the argument it came from. */
  constructor(
    readonly source: string,
    problem: string,
  ) {
    super(`${source}: ${problem}`);
    this.name = 'InputError';
  }
}

/** The message of anything thrown, without its stack. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
