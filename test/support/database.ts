import { createHash, randomBytes } from 'node:crypto';
import { EMPLOYER_MIGRATIONS } from '@startbaan/employers';
import { MATCHING_MIGRATIONS } from '@startbaan/matching';
import { NOTIFICATION_MIGRATIONS } from '@startbaan/notifications';
import { PLACEMENT_MIGRATIONS } from '@startbaan/placements';
import { dataSourceOptions, migrationRegistry, PLATFORM_MIGRATIONS } from '@startbaan/platform';
import { PROGRAMME_MIGRATIONS } from '@startbaan/programmes';
import { YOUTH_MIGRATIONS } from '@startbaan/youth';
import pg from 'pg';
import { DataSource } from 'typeorm';

/** The suites load every lib, as the API and the worker do: the migrations of all of them, in timestamp order. */
export const TEST_MIGRATIONS = migrationRegistry(
  PLATFORM_MIGRATIONS,
  NOTIFICATION_MIGRATIONS,
  YOUTH_MIGRATIONS,
  EMPLOYER_MIGRATIONS,
  MATCHING_MIGRATIONS,
  PLACEMENT_MIGRATIONS,
  PROGRAMME_MIGRATIONS,
);

/** The server the suites create their databases on. */
export const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** The login the API and the worker use in the suites: a member of startbaan_app that owns nothing, as in production. */
export const APP_LOGIN = 'startbaan_api';

const urlFor = (db: string, login?: string): string => {
  const u = new URL(ADMIN_URL);
  u.pathname = `/${db}`;
  if (login) {
    u.username = login;
    u.password = '';
  }
  return u.toString();
};

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** The template is named after the migrations it holds, so a changed migration gets a new one. */
function templateName(): string {
  const h = createHash('sha256');
  for (const m of TEST_MIGRATIONS) h.update(m.name).update((m.prototype as { up: () => void }).up.toString());
  return `startbaan_tpl_${h.digest('hex').slice(0, 12)}`;
}

const TEMPLATE_LOCK = 741_302_119;

/** Migrates the template database once (under an advisory lock, as suites run in parallel). */
async function ensureTemplate(): Promise<string> {
  const name = templateName();
  await admin(async (c) => {
    await c.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    try {
      const { rows } = await c.query<{ datistemplate: boolean }>(
        'SELECT datistemplate FROM pg_database WHERE datname = $1',
        [name],
      );
      const existing = rows[0];
      if (existing?.datistemplate) return ensureAppLogin(c);
      if (existing) await c.query(`DROP DATABASE "${name}" WITH (FORCE)`);
      await c.query(`CREATE DATABASE "${name}"`);
      const ds = new DataSource(dataSourceOptions(urlFor(name), 2, { migrations: TEST_MIGRATIONS }));
      await ds.initialize();
      try {
        await ds.runMigrations({ transaction: 'each' });
      } finally {
        await ds.destroy();
      }
      // Only a finished template is marked as one; a crash half-way leaves it to be rebuilt.
      await c.query(`ALTER DATABASE "${name}" IS_TEMPLATE true`);
      await ensureAppLogin(c);
    } finally {
      await c.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
    }
  });
  return name;
}

/** The suites' application login (the migrations made startbaan_app; this cluster's trust authentication needs no password). */
async function ensureAppLogin(c: pg.Client): Promise<void> {
  await c.query(`DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_LOGIN}') THEN CREATE ROLE ${APP_LOGIN} LOGIN; END IF; END $$`);
  await c.query(`GRANT startbaan_app TO ${APP_LOGIN}`);
}

export interface TestDatabase {
  name: string;
  /** The owner's (superuser's) URL: for set-up, looking, and migrations. */
  url: string;
  /** The application's URL: the login the API and the worker connect as. */
  appUrl: string;
  drop(): Promise<void>;
}

/** A fresh database for one test file, copied from the migrated template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const template = await ensureTemplate();
  const name = `startbaan_t_${randomBytes(6).toString('hex')}`;
  for (let attempt = 0; ; attempt++) {
    try {
      await admin((c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
      break;
    } catch (err) {
      // Two copies from one template at the same instant can collide; try again shortly.
      if (attempt >= 10 || !/being accessed by other users/.test((err as Error).message)) throw err;
      await new Promise((r) => setTimeout(r, 200 + Math.random() * 300));
    }
  }
  return {
    name,
    url: urlFor(name),
    appUrl: urlFor(name, APP_LOGIN),
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

/** An empty database, with no migrations run: for the schema-behind tests. */
export async function createEmptyDatabase(): Promise<TestDatabase> {
  const name = `startbaan_e_${randomBytes(6).toString('hex')}`;
  await admin(async (c) => {
    await c.query(`CREATE DATABASE "${name}"`);
    // The application login is made with the roles by the first template; here it may be the first.
    await c.query(`DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'startbaan_app') THEN CREATE ROLE startbaan_app NOLOGIN; END IF; END $$`);
    await ensureAppLogin(c);
  });
  return {
    name,
    url: urlFor(name),
    appUrl: urlFor(name, APP_LOGIN),
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}
