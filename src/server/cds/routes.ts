/** The CDS Hooks routes: discovery, the three services, feedback. */
import type { FastifyPluginAsync } from 'fastify';
import type { Settings } from '../../rules/types';
import type { ServerConfig } from '../config';
import { discoveryDocument } from './services';

export interface CdsRouteOptions {
  readonly config: ServerConfig;
  readonly settings: Settings;
  readonly today: () => string;
}

export const cdsRoutes: FastifyPluginAsync<CdsRouteOptions> = async (app) => {
  app.get('/cds-services', async () => discoveryDocument());
};
