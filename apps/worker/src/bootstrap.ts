import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type Clock, createRootLogger, type Env, loadConfig, PinoNestLogger } from '@startbaan/platform';
import { WorkerModule } from './worker.module.js';

/** An application context, not a web server. */
export async function createWorker(env: Env = process.env, options: { logDestination?: NodeJS.WritableStream; clock?: Clock } = {}): Promise<INestApplicationContext> {
  const logger = createRootLogger(loadConfig(env), 'worker', options.logDestination);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(env, { clock: options.clock }), {
    logger: new PinoNestLogger(logger),
    abortOnError: false,
  });
  app.enableShutdownHooks();
  await app.init();
  return app;
}
