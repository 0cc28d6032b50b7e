/** What other parts of the repo (the sandbox EHR, benchmarks) may use of the server process. */
export { buildServer, type ServerDeps } from './app';
export { DEFAULT_CONFIG, type ServerConfig } from './config';
export type { FeedbackEntry } from './cds/feedback';
