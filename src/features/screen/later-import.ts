import type * as Later from './later-panels';

/**
 * The one import() of the later panels' chunk, in a module of its own so that a test can make it
 * fail the way a browser does when the chunk cannot be fetched.
 */
export const importLaterPanels = (): Promise<typeof Later> => import('./later-panels');
