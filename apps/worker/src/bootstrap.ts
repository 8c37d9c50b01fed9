import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { checkSchemaAtStart, type Clock, createRootLogger, type Env, loadConfig, PinoNestLogger, type WorkerSchedules } from '@startbaan/platform';
import { WorkerModule } from './worker.module.js';
import { WORKER_MIGRATIONS } from './migrations.js';

/** An application context, not a web server. */
export async function createWorker(env: Env = process.env, options: { logDestination?: NodeJS.WritableStream; clock?: Clock; schedules?: WorkerSchedules } = {}): Promise<INestApplicationContext> {
  const config = loadConfig(env);
  const logger = createRootLogger(config, 'worker', options.logDestination);
  await checkSchemaAtStart(config, WORKER_MIGRATIONS);
  // Built and initialised in one: should it fail, there is no context to close.
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(env, { clock: options.clock, schedules: options.schedules }), {
    logger: new PinoNestLogger(logger),
    abortOnError: false,
  });
  return app;
}
