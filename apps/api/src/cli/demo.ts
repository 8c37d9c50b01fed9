import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataCipher, loadConfig } from '@startbaan/platform';
import { Redis } from 'ioredis';
import { DemoStop, ensureAppLogin, ensureDatabase, resolveDatabase } from './database-resolve.js';
import { startDemoMailbox } from './demo-mailbox.js';
import { DEMO_PASSWORD, seedDemo } from './demo-seed.js';
import { seedDemoProgramme } from './demo-programme.js';
import { migrationRun, withDataSource } from './migrations.js';

const log = (s: string) => process.stdout.write(`${s}\n`);

async function redisAnswers(url: string): Promise<boolean> {
  const client = new Redis(url, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0, connectTimeout: 1500, retryStrategy: () => null });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

interface DemoSecrets {
  jwtSecret: string;
  encryptionKeys: string;
  /** The password of the application's database login (startbaan_api). */
  dbPassword: string;
}

/**
 * The demo's JWT secret and data key, made once and kept in ./.data so that restarts keep
 * sessions and can still read the encrypted demo data.
 */
function demoSecrets(): DemoSecrets {
  const file = resolve('.data/demo-secrets.json');
  const kept = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<DemoSecrets>) : {};
  const secrets: DemoSecrets = {
    jwtSecret: kept.jwtSecret ?? randomBytes(48).toString('base64url'),
    encryptionKeys: kept.encryptionKeys ?? `demo1:${randomBytes(32).toString('base64')}`,
    dbPassword: kept.dbPassword ?? randomBytes(24).toString('base64url'),
  };
  if (kept.jwtSecret !== secrets.jwtSecret || kept.encryptionKeys !== secrets.encryptionKeys || kept.dbPassword !== secrets.dbPassword) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(secrets), { mode: 0o600 });
  }
  return secrets;
}

/**
 * `npm run demo`: finds or starts PostgreSQL, checks Redis, migrates, seeds a fictional
 * region, then runs the API and the worker until Ctrl-C.
 */
export async function runDemo(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const env: NodeJS.ProcessEnv = { ...process.env };
  const secrets = demoSecrets();
  env.JWT_SECRET ||= secrets.jwtSecret;
  env.ENCRYPTION_KEYS ||= secrets.encryptionKeys;
  // Keep the terminal readable: warnings and errors only, unless LOG_LEVEL says otherwise.
  env.LOG_LEVEL ||= 'warn';
  const redisUrl = env.REDIS_URL || 'redis://127.0.0.1:6379';
  if (!(await redisAnswers(redisUrl))) {
    process.stderr.write(
      `\nRedis does not answer at ${redisUrl}. Startbaan needs Redis for its queues. Start one with\n` +
        `    redis-server --daemonize yes\n` +
        `or  docker compose -f docker/compose.yml up -d redis\n` +
        `or point REDIS_URL at a running Redis, then run npm run demo again.\n\n`,
    );
    process.exit(1);
  }
  // DATABASE_MIGRATION_URL and DATABASE_URL set: the installation's own logins, used as they are.
  // Otherwise the database found (or DATABASE_URL) is the owner's: it migrates and seeds, and the
  // API and the worker get a login of their own that owns nothing, as in production.
  const given = env.DATABASE_MIGRATION_URL && env.DATABASE_URL ? { owner: env.DATABASE_MIGRATION_URL, app: env.DATABASE_URL } : null;
  const db = given
    ? { url: given.owner, source: 'DATABASE_MIGRATION_URL' as const, stop: undefined }
    : await resolveDatabase(env, log).catch((err: unknown) => {
        if (!(err instanceof DemoStop)) throw err;
        process.stderr.write(`\n${err.message}\n\n`);
        process.exit(1);
      });
  log(`Database: ${db.source}`);
  await ensureDatabase(db.url);
  const ran = await migrationRun(db.url);
  log(ran.length ? `Migrations run: ${ran.join(', ')}` : 'Schema is up to date.');
  const appUrl = given?.app ?? (await ensureAppLogin(db.url, secrets.dbPassword));
  env.DATABASE_MIGRATION_URL = db.url;
  env.DATABASE_URL = appUrl ?? db.url;
  if (!appUrl) log(`The database login may not create roles: the API and the worker run as the owner (see the README's security section).`);
  const config = loadConfig(env);
  const logins = await withDataSource(db.url, (ds) => seedDemo(ds, new DataCipher(config.encryptionKeys)));
  await withDataSource(db.url, (ds) => seedDemoProgramme(ds, new DataCipher(config.encryptionKeys)));

  // No demo e-mail leaves the machine: it goes to a mailbox of the demo's own (unless SMTP_URL says otherwise).
  const mailbox = env.SMTP_URL ? null : await startDemoMailbox(resolve('.data/mail'), log);
  if (mailbox) env.SMTP_URL = mailbox.url;

  // The demo's admin also runs the installation: the queue board is for operators only.
  const operator = logins.find((l) => l.role === 'admin')?.email;
  if (!env.BOARD_OPERATORS && operator) env.BOARD_OPERATORS = operator;
  const here = dirname(fileURLToPath(import.meta.url));
  const apiMain = join(here, '..', 'main.js');
  const workerMain = resolve('dist/apps/worker/apps/worker/src/main.js');
  const children: ChildProcess[] = [];
  const start = (name: string, file: string) => {
    const child = spawn(process.execPath, ['--enable-source-maps', file], { env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('exit', (code, signal) => {
      if (!stopping) {
        process.stderr.write(`${name} stopped (${signal ?? code}); stopping the demo.\n`);
        void stop(1);
      }
    });
    children.push(child);
  };
  let stopping = false;
  const stop = async (code = 0) => {
    if (stopping) return;
    stopping = true;
    await Promise.all(
      children.map((c) => (c.exitCode === null ? new Promise((r) => { c.once('exit', r); c.kill('SIGTERM'); }) : null)),
    );
    await mailbox?.close();
    await db.stop?.();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  start('api', apiMain);
  start('worker', workerMain);

  const base = `http://localhost:${config.port}`;
  for (let i = 0; i < 60; i++) {
    await new Promise((r) => setTimeout(r, 500));
    try {
      if ((await fetch(`${base}/health/ready`)).ok) break;
    } catch {
      /* not up yet */
    }
  }
  log('');
  log(`Startbaan runs at ${base}`);
  log(`  Portal (sign in with a demo login below): ${base}/app/`);
  log(`  API documentation: ${base}/docs`);
  log(`  Queue board (operators: ${env.BOARD_OPERATORS || 'none, see BOARD_OPERATORS'}): ${base}/admin/queues`);
  log(`Demo logins (password for all: ${DEMO_PASSWORD}):`);
  for (const l of logins) log(`  ${l.role.padEnd(9)} ${l.email.padEnd(42)} ${l.organisation}`);
  log(
    mailbox
      ? `E-mail (invitations, forgotten passwords, notices) is not sent: each message is shown here with its link and kept in ${mailbox.folder}.`
      : env.SMTP_URL
        ? `E-mail goes to ${env.SMTP_URL.replace(/\/\/[^@/]*@/, '//')}.`
        : 'E-mail is not sent (no SMTP_URL): it stays in the e-mail log in the database.',
  );
  log('Press Ctrl-C to stop.');
}
