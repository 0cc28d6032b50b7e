/** What other parts of the repo (the sandbox EHR, benchmarks) may use of the server process. */
export { buildServer, type ServerDeps } from './app';
export { DEFAULT_CONFIG, type ServerConfig } from './config';
export type { FeedbackEntry } from './cds/feedback';
export { openDatabase, currentRun, type Db } from './store';
export { exportCommand } from './worklist/export-command';
