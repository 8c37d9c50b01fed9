import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { APP_CONFIG, type AppConfig } from '@startbaan/platform';
import { createApiApp } from './bootstrap.js';
import { exitOnStartupError } from './startup-errors.js';

if (existsSync('.env')) process.loadEnvFile('.env');

try {
  const app = await createApiApp();
  const config = app.get<AppConfig>(APP_CONFIG);
  await app.listen(config.port, config.host);
} catch (err) {
  exitOnStartupError(err);
}
