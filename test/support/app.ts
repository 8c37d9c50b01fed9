import { randomBytes } from 'node:crypto';
import type { INestApplication, INestApplicationContext, Type } from '@nestjs/common';
import { Clock, type Env } from '@startbaan/platform';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { createApiApp } from '../../apps/api/src/bootstrap.js';
import { createWorker } from '../../apps/worker/src/bootstrap.js';
import { createTestDatabase, type TestDatabase } from './database.js';

/**
 * The environment of one suite: its own database, its own queue prefix in the shared Redis,
 * its own secret. Suites never see each other's rows or jobs.
 */
export function suiteEnv(db: Pick<TestDatabase, 'url' | 'appUrl'>, overrides: Env = {}): Env {
  return {
    NODE_ENV: 'test',
    // TEST_LOG_LEVEL=error (say) shows what the API and the worker log while a suite runs.
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    // As in production: the application's own login, and the owner's for migrations.
    DATABASE_URL: db.appUrl,
    DATABASE_MIGRATION_URL: db.url,
    DB_POOL_SIZE: '5',
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: `t-${randomBytes(5).toString('hex')}`,
    JWT_SECRET: randomBytes(32).toString('hex'),
    ENCRYPTION_KEYS: `t1:${randomBytes(32).toString('base64')}`,
    OUTBOX_POLL_MS: '50',
    PUBLIC_URL: 'http://startbaan.test',
    ...overrides,
  };
}

export interface StartOptions {
  /** Receives every log line (JSON) instead of standard output. */
  logDestination?: NodeJS.WritableStream;
  /** API only: modules mounted beside the API's own. */
  extraModules?: Type[];
  /** The clock every rule of the process reads (see ManualClock); the real time when unset. */
  clock?: Clock;
}

/**
 * A clock the test sets: expiry, lockouts, reminders and the other rules of time run at the time
 * it says, without waiting and without rewriting rows. Give the same one to the API and the
 * worker (startSuite, startWorker) so both see one time. It stands still until it is set or
 * advanced, or, made with `{ running: true }`, runs on from the time it was last set (for suites
 * whose records must keep their order in time). Timestamps the database writes itself (column
 * defaults such as audit times) stay real.
 */
export class ManualClock extends Clock {
  private at: Date;
  private setAt = Date.now();
  private readonly running: boolean;

  constructor(at: Date | string = new Date(), options: { running?: boolean } = {}) {
    super();
    this.at = new Date(at);
    this.running = options.running ?? false;
  }

  override now(): Date {
    return new Date(this.at.getTime() + (this.running ? Date.now() - this.setAt : 0));
  }

  set(at: Date | string): void {
    this.at = new Date(at);
    this.setAt = Date.now();
  }

  /** Moves the time on by `ms` (back, if negative); returns the new time. */
  advance(ms: number): Date {
    this.set(new Date(this.now().getTime() + ms));
    return this.now();
  }
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** `at` moved by whole calendar months (UTC), as PostgreSQL's intervals of months count them. */
export function monthsAfter(at: Date, months: number): Date {
  const d = new Date(at);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}

export async function startApi(env: Env, options: StartOptions = {}): Promise<INestApplication> {
  const app = await createApiApp(env, options);
  await app.init();
  return app;
}

/**
 * A worker in this process. It registers only the sweeps: the wall-clock jobs (the hourly expiry,
 * the nightly purges, the weekly snapshot) a test runs itself, at its clock's time, so that none
 * fires in the middle of a suite because the hour came round. The worker processes of
 * test/processes and production register them all.
 */
export function startWorker(env: Env, options: StartOptions = {}): Promise<INestApplicationContext> {
  return createWorker(env, { logDestination: options.logDestination, clock: options.clock, schedules: 'sweeps' });
}

export interface Suite {
  db: TestDatabase;
  env: Env;
  api: INestApplication;
  http: () => TestAgent;
  close(): Promise<void>;
}

/** A running API on a fresh database (reading `options.clock`, if given); call `close()` in afterAll. */
export async function startSuite(overrides: Env = {}, options: Pick<StartOptions, 'clock'> = {}): Promise<Suite> {
  const db = await createTestDatabase();
  const env = suiteEnv(db, overrides);
  const api = await startApi(env, { clock: options.clock });
  return {
    db,
    env,
    api,
    http: () => request(api.getHttpServer()),
    async close() {
      await api.close();
      await db.drop();
    },
  };
}

/** Polls until `check` returns a value that is not undefined/false, or fails after `ms`. */
export async function waitFor<T>(check: () => Promise<T | undefined | false>, ms = 15000, what = 'condition'): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > until) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
