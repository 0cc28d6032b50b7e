/**
 * The export's progress on stderr: one line rewritten in place on a terminal, plain lines otherwise
 * (logs, CI). Events carry no patient data.
 */
import type { ExportProgress } from '../bulk/export-types';

export interface Progress {
  export(e: ExportProgress): void;
  assessed(patients: number): void;
  line(text: string): void;
  done(): void;
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function describe(e: ExportProgress): string {
  switch (e.kind) {
    case 'kick-off':
      return 'export: kick-off accepted';
    case 'server-progress':
      return `export: server working${e.progress ? ` (${e.progress})` : ''}`;
    case 'manifest':
      return `export: ready, ${e.files} file(s)${e.errorFiles > 0 ? `, ${e.errorFiles} error file(s)` : ''}`;
    case 'download':
      return `export: downloaded ${mb(e.totalBytes)} (${e.type})`;
    case 'file-failed':
      return `export: a ${e.type} file could not be downloaded: ${e.message}`;
    case 'deleted':
      return 'export: job deleted on the server';
    default: {
      const unknown: never = e;
      return String(unknown);
    }
  }
}

export function progressTo(stream: NodeJS.WriteStream): Progress {
  const tty = stream.isTTY === true;
  let open = false;
  let lastAssessed = 0;
  const show = (text: string, transient: boolean): void => {
    if (tty && transient) {
      stream.write(`\r\x1b[2K${text}`);
      open = true;
      return;
    }
    if (open) stream.write('\n');
    open = false;
    stream.write(`${text}\n`);
  };
  return {
    export: (e) => {
      // Plain output: one line per file downloaded, not one per chunk.
      if (!tty && e.kind === 'download') return;
      show(describe(e), e.kind === 'download' || e.kind === 'server-progress');
    },
    assessed: (n) => {
      if (tty) show(`assess: ${n} patient(s) assessed`, true);
      else if (n - lastAssessed >= 500) show(`assess: ${n} patient(s) assessed`, false);
      if (!tty && n - lastAssessed >= 500) lastAssessed = n;
    },
    line: (text) => show(text, false),
    done: () => {
      if (open) stream.write('\n');
      open = false;
    },
  };
}
