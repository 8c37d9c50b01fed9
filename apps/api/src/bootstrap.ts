import type { INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import {
  checkSchemaAtStart,
  type Clock,
  closeConnectionsWhileDraining,
  createRootLogger,
  type Env,
  httpLogger,
  limitJsonDepth,
  loadConfig,
  PinoNestLogger,
  securityHeaders,
  trustProxySetting,
  withRequestContext,
} from '@startbaan/platform';
import { ApiModule } from './app.module.js';
import { API_MIGRATIONS } from './migrations.js';
import { BOARD_HEADERS, mountQueueBoard } from './admin/board.js';
import { DOCS_HEADERS, mountDocs } from './docs.js';
import { JSON_BODY_LIMIT } from './responses.js';
import { mountPortal, PORTAL_HEADERS } from './portal.js';

/**
 * Builds the HTTP application (without listening), so that main.ts and the end-to-end tests
 * start exactly the same thing.
 */
export interface ApiAppOptions {
  /** Where log lines go instead of standard output. */
  logDestination?: NodeJS.WritableStream;
  /** Modules added beside the API's own (the privacy suite mounts a deliberately leaking route with it). */
  extraModules?: Type[];
  /** The time every rule reads (a test's settable clock); the real time when unset. */
  clock?: Clock;
}

export async function createApiApp(env: Env = process.env, options: ApiAppOptions = {}): Promise<INestApplication> {
  const config = loadConfig(env);
  const logger = createRootLogger(config, 'api', options.logDestination);
  await checkSchemaAtStart(config, API_MIGRATIONS);
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(env, options.extraModules, { clock: options.clock }), {
    logger: new PinoNestLogger(logger),
    abortOnError: false,
  });
  app.disable('x-powered-by');
  // Express hashes every answer's body for an ETag: work per request that nothing uses, as every
  // API answer is no-store (the docs' files get theirs from the static file server).
  app.set('etag', false);
  // Only the proxies TRUST_PROXY names may say who the client is (X-Forwarded-For); by default none.
  app.set('trust proxy', trustProxySetting(config));
  // First of all, so that every answer carries them, a refused body's included.
  app.use(securityHeaders([DOCS_HEADERS, BOARD_HEADERS, ...PORTAL_HEADERS]));
  app.use(closeConnectionsWhileDraining());
  app.use(httpLogger(logger));
  app.use(withRequestContext());
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT });
  app.use(limitJsonDepth());
  mountQueueBoard(app);
  mountDocs(app);
  mountPortal(app);
  return app;
}
