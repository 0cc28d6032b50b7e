import { setupServer } from 'msw/node';

/** The one msw server of the integration project; tests add handlers with `server.use()`. */
export const server = setupServer();
