import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { APP_CONFIG, type AppConfig, ConfigError, SchemaBehindError, stopGracefully } from '@startbaan/platform';
import { createWorker } from './bootstrap.js';

if (existsSync('.env')) process.loadEnvFile('.env');

try {
  const worker = await createWorker();
  // SIGTERM: the relay stops, each queue's worker finishes its jobs or, after SHUTDOWN_GRACE_MS, hands them back.
  stopGracefully(worker, { graceMs: worker.get<AppConfig>(APP_CONFIG).shutdownGraceMs + 2000, log: (msg) => process.stderr.write(`${msg}\n`) });
} catch (err) {
  const known = err instanceof ConfigError || err instanceof SchemaBehindError;
  process.stderr.write(`\n${known ? (err as Error).message : `Worker failed to start: ${(err as Error)?.stack ?? String(err)}`}\n\n`);
  process.exit(1);
}
