// The entry of a bulk worker thread. Workers start without the parent's flags (execArgv: []), so
// this registers tsx's loader itself and then loads the TypeScript worker: the same under
// `tsx src/cli/assess.ts`, `node --import tsx ...`, Vitest and the server, on Node 20, 22 and 24.
import { register } from 'tsx/esm/api';

register();
await import('./bulk-worker.ts');
