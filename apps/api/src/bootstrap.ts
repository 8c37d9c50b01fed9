import type { INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import {
  createRootLogger,
  type Env,
  httpLogger,
  loadConfig,
  PinoNestLogger,
  trustProxySetting,
  withRequestContext,
} from '@startbaan/platform';
import helmet from 'helmet';
import { ApiModule } from './app.module.js';
import { mountQueueBoard } from './admin/board.js';

/**
 * Builds the HTTP application (without listening), so that main.ts and the end-to-end tests
 * start exactly the same thing.
 */
export interface ApiAppOptions {
  /** Where log lines go instead of standard output. */
  logDestination?: NodeJS.WritableStream;
  /** Modules added beside the API's own (the privacy suite mounts a deliberately leaking route with it). */
  extraModules?: Type[];
}

export async function createApiApp(env: Env = process.env, options: ApiAppOptions = {}): Promise<INestApplication> {
  const config = loadConfig(env);
  const logger = createRootLogger(config, 'api', options.logDestination);
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(env, options.extraModules), {
    logger: new PinoNestLogger(logger),
    abortOnError: false,
  });
  app.disable('x-powered-by');
  // Only the proxies TRUST_PROXY names may say who the client is (X-Forwarded-For); by default none.
  app.set('trust proxy', trustProxySetting(config));
  app.useBodyParser('json', { limit: '256kb' });
  app.use(httpLogger(logger));
  app.use(withRequestContext());
  // A JSON API: a content security policy only matters for the two HTML pages (docs, queue board).
  app.use(helmet({ contentSecurityPolicy: false }));
  app.enableShutdownHooks();
  mountQueueBoard(app);
  const doc = new DocumentBuilder()
    .setTitle('Startbaan API')
    .setDescription(
      'Coached young people into a first real job with friendly local employers. Errors are application/problem+json (RFC 9457); lists use cursor pagination (limit ≤ 100, nextCursor).',
    )
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, doc), { jsonDocumentUrl: 'docs-json' });
  return app;
}
