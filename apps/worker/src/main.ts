import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { ConfigError, SchemaBehindError } from '@startbaan/platform';
import { createWorker } from './bootstrap.js';

if (existsSync('.env')) process.loadEnvFile('.env');

try {
  await createWorker();
} catch (err) {
  const known = err instanceof ConfigError || err instanceof SchemaBehindError;
  process.stderr.write(`\n${known ? (err as Error).message : `Worker failed to start: ${(err as Error)?.stack ?? String(err)}`}\n\n`);
  process.exit(1);
}
