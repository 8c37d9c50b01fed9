import { ConfigError, SchemaBehindError } from '@startbaan/platform';
import { createApiApp } from '../apps/api/src/bootstrap.js';
import { startApi, startWorker, suiteEnv, waitFor } from './support/app.js';
import { createEmptyDatabase, type TestDatabase } from './support/database.js';
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
