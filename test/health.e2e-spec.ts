import pg from 'pg';
import request from 'supertest';
import { startApi, startSuite, type Suite, waitFor } from './support/app.js';

describe('health', () => {
  let s: Suite;

  beforeAll(async () => {
    s = await startSuite();
  });
  afterAll(() => s.close());

  it('is live and ready when PostgreSQL and Redis answer', async () => {
    await s.http().get('/health/live').expect(200, { status: 'ok' });
    const ready = await s.http().get('/health/ready').expect(200);
    expect(ready.body.details).toMatchObject({ database: { status: 'up' }, redis: { status: 'up' } });
  });

  it('is live but not ready (503) when Redis does not answer, and closes without leaving a timer behind', async () => {
    const handles = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout' || r === 'TCPSocketWrap').length;
    const before = handles();
    // nothing listens on port 1
    const api = await startApi({ ...s.env, REDIS_URL: 'redis://127.0.0.1:1' });
    try {
      await request(api.getHttpServer()).get('/health/live').expect(200);
      const res = await request(api.getHttpServer()).get('/health/ready').expect(503);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      expect(res.body).toMatchObject({
        type: '/problems/not-ready',
        status: 503,
        detail: 'Not ready: redis did not answer.',
        checks: { database: { status: 'up' }, redis: { status: 'down' } },
      });
    } finally {
      await api.close();
    }
    // Its Redis connections were waiting to reconnect: closing them must not leave a timer that keeps the process alive.
    await waitFor(async () => handles() <= before, 500, 'the closed API to leave no timer or socket');
  });

  it('answers 503 with Retry-After when a statement waits longer than DB_STATEMENT_TIMEOUT_MS, and serves again at once', async () => {
    const api = await startApi({ ...s.env, DB_STATEMENT_TIMEOUT_MS: '300' });
    // A lock held elsewhere (a long migration, a stuck transaction) that the public programme list waits for.
    const holder = new pg.Client({ connectionString: s.db.url });
    await holder.connect();
    try {
      await request(api.getHttpServer()).get('/intake/programmes').expect(200);
      await holder.query('BEGIN');
      await holder.query('LOCK TABLE programme IN ACCESS EXCLUSIVE MODE');
      const started = Date.now();
      const res = await request(api.getHttpServer()).get('/intake/programmes').expect(503);
      const took = Date.now() - started;
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      expect(res.headers['retry-after']).toBe('5');
      expect(res.body).toMatchObject({ type: '/problems/timeout', status: 503 });
      // Cancelled by the bound, not by anything else: not before it, and long before the test's own timeout.
      expect(took).toBeGreaterThanOrEqual(300);
      await holder.query('ROLLBACK');
      await request(api.getHttpServer()).get('/intake/programmes').expect(200);
    } finally {
      await holder.end();
      await api.close();
    }
  });
});
