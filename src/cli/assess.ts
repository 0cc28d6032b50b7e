/**
 * `npm run assess -- [--as-of YYYY-MM-DD] [--policy us|eu] [--settings FILE] [--format json|text] PATH...`
 * Exit status: 0 done, 2 bad arguments or bad input (one line on stderr, never a stack trace),
 * 3 done but partial (some NDJSON lines could not be read: every patient is assessed with those
 * records marked "could not be read completely"), 1 an internal error (a bug: one line, the stack
 * only with ASSESS_DEBUG=1).
 */
import { parseCliArgs, USAGE } from './args';
import { describeError, InputError } from './input-error';
import { runAssessment } from './run';

/** Every patient was assessed, but some input lines could not be read. */
const EXIT_PARTIAL = 3;

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseCliArgs(argv);
  switch (parsed.kind) {
    case 'help':
      process.stdout.write(`${USAGE}\n`);
      return 0;
    case 'error':
      process.stderr.write(`assess: ${parsed.message}\n${USAGE}\n`);
      return 2;
    case 'run':
      break;
  }
  try {
    const { patients, partial } = await runAssessment(parsed.options, process.stdout);
    if (patients === 0) process.stderr.write('assess: no patient found in the input\n');
    return partial ? EXIT_PARTIAL : 0;
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`assess: ${error.message}\n`);
      return 2;
    }
    if (isBrokenPipe(error)) return 0;
    process.stderr.write(`assess: internal error: ${oneLine(describeError(error))}\n`);
    if (process.env.ASSESS_DEBUG && error instanceof Error) process.stderr.write(`${error.stack ?? ''}\n`);
    return 1;
  }
}

/** `assess … | head` closes stdout early: that is the reader's choice, not a failure. */
function isBrokenPipe(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'EPIPE';
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

// `assess … | head` closes stdout early: that is the reader's choice, not a failure. Any other
// output error ends the run with one line, like every other error here.
process.stdout.on('error', (error) => {
  if (!isBrokenPipe(error)) process.stderr.write(`assess: cannot write the output: ${oneLine(describeError(error))}\n`);
  process.exit(isBrokenPipe(error) ? 0 : 1);
});

// Ctrl-C: exit through process.exit so that temp files are removed ('exit' listeners run).
process.once('SIGINT', () => process.exit(130));

const status = await main(process.argv.slice(2));
// The bench asks for the peak memory this way when /usr/bin/time is missing.
if (process.env.ASSESS_REPORT_RSS) process.stderr.write(`maxRSS=${process.resourceUsage().maxRSS}\n`);
process.exitCode = status;
