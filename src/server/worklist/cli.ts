/**
 * `npm run worklist -- list|review|history|export …`: the clinic worklist from the command line.
 * One-line errors as `assess` prints them, never a stack trace (WORKLIST_DEBUG=1 adds it).
 * Exit status: 0 done; 2 bad arguments or input; 3 export finished but some data could not be read;
 * 1 the export failed (nothing stored as current) or an internal error.
 */
import { describeError, InputError } from '../../cli/input-error';
import { StoreError } from '../store';
import { parseWorklistArgs, USAGE } from './args';
import { historyCommand, listCommand, reviewCommand, UsageProblem } from './commands';
import { ExportFailed, exportCommand } from './export-command';
import { progressTo } from './progress';

const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ');

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseWorklistArgs(argv);
  switch (parsed.kind) {
    case 'help':
      process.stdout.write(`${USAGE}\n`);
      return 0;
    case 'error':
      process.stderr.write(`worklist: ${parsed.message}\n${USAGE}\n`);
      return 2;
    case 'run':
      break;
  }
  const c = parsed.command;
  try {
    switch (c.kind) {
      case 'list':
        return await listCommand(c, process.stdout);
      case 'review':
        return await reviewCommand(c, process.stdout);
      case 'history':
        return await historyCommand(c, process.stdout);
      case 'export':
        return await exportCommand(c, progressTo(process.stderr));
      default: {
        const unknown: never = c;
        return unknown;
      }
    }
  } catch (error) {
    if (error instanceof UsageProblem || error instanceof InputError || error instanceof StoreError) {
      process.stderr.write(`worklist: ${oneLine(error.message)}\n`);
      return 2;
    }
    if (error instanceof ExportFailed) {
      process.stderr.write(`worklist: ${oneLine(error.message)}\n`);
      return 1;
    }
    process.stderr.write(`worklist: internal error: ${oneLine(describeError(error))}\n`);
    if (process.env.WORKLIST_DEBUG && error instanceof Error) process.stderr.write(`${error.stack ?? ''}\n`);
    return 1;
  }
}

process.stdout.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? 0 : 1));
process.once('SIGINT', () => process.exit(130));

process.exitCode = await main(process.argv.slice(2));
