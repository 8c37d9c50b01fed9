import { randomBytes } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { ConfigError, SchemaBehindError } from '@startbaan/platform';
import { createApiApp } from '../apps/api/src/bootstrap.js';
import { startApi, startWorker, suiteEnv, waitFor } from './support/app.js';
import { ADMIN_URL, APP_LOGIN, createEmptyDatabase, createTestDatabase, type TestDatabase } from './support/database.js';
import { query } from './support/fixtures.js';

describe('start-up checks', () => {
  let db: TestDatabase;

  beforeEach(async () => {
    db = await createEmptyDatabase();
  });
  afterEach(() => db.drop());

  it('stops on bad configuration with one message listing every problem', async () => {
    const env = { ...suiteEnv(db), PORT: 'http', REDIS_URL: 'localhost:6379', JWT_SECRET: 'too-short' };
    const err = await createApiApp(env).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).problems.map((p) => p.name).sort()).toEqual(['JWT_SECRET', 'PORT', 'REDIS_URL']);
    expect((err as Error).message).toMatch(/REDIS_URL: expected a redis:\/\/ or rediss:\/\/ URL, got "localhost:6379"/);
  });

  it('refuses to start the API and the worker on a schema that is behind, naming the command to run, and leaves no connection open', async () => {
    const env = suiteEnv(db);
    const sockets = () => process.getActiveResourcesInfo().filter((r) => r === 'TCPSocketWrap').length;
    const before = sockets();
    const api = await startApi(env).catch((e: unknown) => e);
    expect(api).toBeInstanceOf(SchemaBehindError);
    expect((api as Error).message).toMatch(/Run `npm run migration:run` first, or start with DB_MIGRATE_ON_START=true/);
    const worker = await startWorker(env).catch((e: unknown) => e);
    expect(worker).toBeInstanceOf(SchemaBehindError);
    // Their Redis and queue connections were closed: left open, they kept the test run from ending.
    await waitFor(async () => sockets() <= before, 5000, 'the refused starts to close their connections');
  });

  it("warns in production when the API's login is a superuser or owns the tables, and not on the least-privilege login", async () => {
    const migrated = await createTestDatabase();
    // A login that owns the tables without being a superuser: as one that ran the migrations itself would.
    const owner = `startbaan_owner_${randomBytes(4).toString('hex')}`;
    const ownerUrl = new URL(migrated.appUrl);
    ownerUrl.username = owner;
    /** What the API logs while it starts with NODE_ENV=production on `databaseUrl`, at every level. */
    const startLog = async (databaseUrl: string) => {
      const lines: { level: number; msg: string; context?: string }[] = [];
      const sink = new PassThrough();
      sink.on('data', (chunk: Buffer) => lines.push(...chunk.toString('utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l))));
      const api = await startApi({ ...suiteEnv(migrated), NODE_ENV: 'production', LOG_LEVEL: 'trace', DATABASE_URL: databaseUrl }, { logDestination: sink });
      await api.close();
      return lines.filter((l) => /superuser|owner of the schema/.test(l.msg)).map((l) => ({ level: l.level, context: l.context, msg: l.msg.replace(/:.*/, '') }));
    };
    try {
      await query(ADMIN_URL, `CREATE ROLE ${owner} LOGIN IN ROLE startbaan_app`);
      await query(migrated.url, `DO $$ DECLARE t text; BEGIN FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' LOOP EXECUTE format('ALTER TABLE %I OWNER TO ${owner}', t); END LOOP; END $$`);
      const superuser = new URL(migrated.url).username;
      expect(await startLog(migrated.url)).toEqual([{ level: 40, context: 'database', msg: `The database login "${superuser}" is a superuser` }]);
      expect(await startLog(ownerUrl.toString())).toEqual([{ level: 40, context: 'database', msg: `The database login "${owner}" is the owner of the schema` }]);
      // The suites' login: a member of startbaan_app that owns nothing. Not a word about it, at any level.
      expect(new URL(migrated.appUrl).username).toBe(APP_LOGIN);
      expect(await startLog(migrated.appUrl)).toEqual([]);
    } finally {
      await migrated.drop();
      await query(ADMIN_URL, `DROP ROLE IF EXISTS ${owner}`);
    }
  });

  it('migrates at start when DB_MIGRATE_ON_START=true, and two replicas do not race', async () => {
    const env = suiteEnv(db, { DB_MIGRATE_ON_START: 'true' });
    const [a, b] = await Promise.all([startApi(env), startApi(env)]);
    try {
      const rows = await query(db.url, 'SELECT name FROM typeorm_migrations');
      expect(rows.length).toBeGreaterThan(0);
      expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
