import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { APP_CONFIG, type AppConfig, stopGracefully } from '@startbaan/platform';
import { createApiApp } from './bootstrap.js';
import { exitOnStartupError } from './startup-errors.js';

if (existsSync('.env')) process.loadEnvFile('.env');

try {
  const app = await createApiApp();
  const config = app.get<AppConfig>(APP_CONFIG);
  await app.listen(config.port, config.host);
  // SIGTERM (a deploy, a scale-down): stop accepting, finish what is in flight within SHUTDOWN_GRACE_MS.
  stopGracefully(app, { graceMs: config.shutdownGraceMs, drainDelayMs: config.shutdownDrainDelayMs, server: app.getHttpServer(), log: (msg) => process.stderr.write(`${msg}\n`) });
} catch (err) {
  exitOnStartupError(err);
}
