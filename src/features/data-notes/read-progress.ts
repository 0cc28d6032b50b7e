import type { ReadState } from '../../fhir/queries/read-state';
import type { Tone } from '../shared/tone';

function results(n: number): string {
  return `${n} ${n === 1 ? 'result' : 'results'}`;
}

function pages(n: number): string {
  return `${n} ${n === 1 ? 'page' : 'pages'}`;
}

/** One read's progress in words: "loading", "3 pages, 150 results", "capped"... */
export function readProgress(r: ReadState): { readonly tone: Tone; readonly text: string } {
  switch (r.status) {
    case 'loading':
      return { tone: 'pending', text: 'Loading' };
    case 'partial':
      return { tone: 'pending', text: `Loading: ${pages(r.pages)}, ${results(r.count)} so far` };
    case 'done':
      return { tone: 'ok', text: `Done: ${pages(r.pages)}, ${results(r.count)}` };
    case 'capped':
      return { tone: 'warning', text: `Capped at ${pages(r.pages)}, ${results(r.count)}: the EHR has more` };
    case 'error':
      return { tone: 'critical', text: `Failed: ${r.error?.message ?? 'unknown error'}` };
    case 'not-granted':
      return { tone: 'warning', text: `Not granted: ${r.error?.message ?? 'the EHR did not grant access'}` };
    case 'not-supported':
      return { tone: 'info', text: 'Not supported by this EHR' };
  }
}
