/**
 * What the signed-out-session check costs a request (README, Security: sessions).
 *
 * The API on a real port inside this Jest process (so that the check can be switched off on the
 * running API: `SessionRevocations.isRevoked` answers false at once), a fresh database, one
 * coach. Each run sends `GET /me` (a typical authenticated read: the guard, one small query)
 * over one keep-alive connection, one request at a time (WARM_UP, then MEASURED), and then
 * CONCURRENT requests at a time for THROUGHPUT_MS; runs alternate with and without the check,
 * RUNS of each, and the medians of the runs' figures are printed. Then the Redis round trip
 * alone: EXISTS on the same kind of connection, sequentially; and, for the other way of
 * ending sessions sooner (a shorter access-token lifetime, so more refreshes), what one
 * `POST /auth/refresh` costs, sequentially along one rotating chain.
 *
 * Run with `npm run bench -- --testPathPatterns session-check`.
 */
import { Agent, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, createFastFailRedis, SessionRevocations } from '@startbaan/platform';
import { startApi, suiteEnv } from '../test/support/app.js';
import { createTestDatabase, type TestDatabase } from '../test/support/database.js';
import { PASSWORD, seedRegion } from '../test/support/fixtures.js';
import { median } from './support.js';

const WARM_UP = Number(process.env.BENCH_WARM_UP ?? 300);
const MEASURED = Number(process.env.BENCH_REQUESTS ?? 3000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CONCURRENT = Number(process.env.BENCH_CONCURRENT ?? 8);
const THROUGHPUT_MS = Number(process.env.BENCH_THROUGHPUT_MS ?? 3000);
const REDIS_ROUND_TRIPS = 5000;
const REFRESHES = 300;

/** Nearest rank, in ms. */
function percentile(sorted: number[], p: number): number {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

describe('signed-out session check', () => {
  let db: TestDatabase;
  let api: INestApplication;
  let port: number;
  let token: string;
  let refreshToken: string;
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENT });

  beforeAll(async () => {
    db = await createTestDatabase();
    const env = suiteEnv(db, { LOG_LEVEL: 'silent' });
    api = await startApi(env);
    await api.listen(0, '127.0.0.1');
    port = (api.getHttpServer().address() as AddressInfo).port;
    const region = await seedRegion(db.url);
    const res = await fetch(`http://127.0.0.1:${port}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: region.coach.email, password: PASSWORD }),
    });
    ({ accessToken: token, refreshToken } = (await res.json()) as { accessToken: string; refreshToken: string });
  }, 120_000);

  afterAll(async () => {
    agent.destroy();
    await api?.close();
    await db?.drop();
  });

  /** One GET /me; resolves with its time in ms. */
  function me(): Promise<number> {
    const started = process.hrtime.bigint();
    return new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/me', agent, headers: { authorization: `Bearer ${token}` } }, (res) => {
        res.resume();
        res.on('end', () => (res.statusCode === 200 ? resolve(Number(process.hrtime.bigint() - started) / 1e6) : reject(new Error(`GET /me answered ${res.statusCode}`))));
      });
      req.on('error', reject);
      req.end();
    });
  }

  async function latency(): Promise<{ p50: number; p99: number }> {
    for (let i = 0; i < WARM_UP; i++) await me();
    const ms: number[] = [];
    for (let i = 0; i < MEASURED; i++) ms.push(await me());
    ms.sort((a, b) => a - b);
    return { p50: percentile(ms, 50), p99: percentile(ms, 99) };
  }

  async function throughput(): Promise<number> {
    let done = 0;
    const until = Date.now() + THROUGHPUT_MS;
    const started = process.hrtime.bigint();
    await Promise.all(
      Array.from({ length: CONCURRENT }, async () => {
        while (Date.now() < until) {
          await me();
          done++;
        }
      }),
    );
    return done / (Number(process.hrtime.bigint() - started) / 1e9);
  }

  it(`GET /me with and without the check (${RUNS} alternating runs each)`, async () => {
    const revocations = api.get(SessionRevocations);
    const check = revocations.isRevoked.bind(revocations);
    const off = async (): Promise<boolean> => false;
    const runs = { with: [] as { p50: number; p99: number; rps: number }[], without: [] as { p50: number; p99: number; rps: number }[] };
    for (let run = 0; run < RUNS; run++) {
      for (const variant of ['with', 'without'] as const) {
        revocations.isRevoked = variant === 'with' ? check : off;
        const { p50, p99 } = await latency();
        runs[variant].push({ p50, p99, rps: await throughput() });
      }
    }
    revocations.isRevoked = check;

    const redis = createFastFailRedis(api.get<AppConfig>(APP_CONFIG).redisUrl);
    await new Promise((r) => setTimeout(r, 200));
    const rtt: number[] = [];
    try {
      for (let i = 0; i < 500; i++) await redis.exists('bench:revoked-session:warm-up');
      for (let i = 0; i < REDIS_ROUND_TRIPS; i++) {
        const started = process.hrtime.bigint();
        await redis.exists(`bench:revoked-session:${i}`);
        rtt.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
    } finally {
      redis.disconnect();
    }
    rtt.sort((a, b) => a - b);

    const refreshMs: number[] = [];
    for (let i = 0; i < REFRESHES; i++) {
      const started = process.hrtime.bigint();
      const res = await fetch(`http://127.0.0.1:${port}/auth/refresh`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ refreshToken }) });
      if (res.status !== 200) throw new Error(`POST /auth/refresh answered ${res.status}`);
      ({ refreshToken } = (await res.json()) as { refreshToken: string });
      refreshMs.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    refreshMs.sort((a, b) => a - b);

    const summary = (v: 'with' | 'without') => ({
      p50_ms: round3(median(runs[v].map((r) => r.p50))),
      p99_ms: round3(median(runs[v].map((r) => r.p99))),
      rps: Math.round(median(runs[v].map((r) => r.rps))),
      runs: runs[v].map((r) => ({ p50: round3(r.p50), p99: round3(r.p99), rps: Math.round(r.rps) })),
    });
    const withCheck = summary('with');
    const without = summary('without');
    const result = {
      route: 'GET /me',
      api: 'jest',
      requests_per_run: MEASURED,
      concurrent: CONCURRENT,
      runs: RUNS,
      with_check: withCheck,
      without_check: without,
      added_p50_ms: round3(withCheck.p50_ms - without.p50_ms),
      added_p99_ms: round3(withCheck.p99_ms - without.p99_ms),
      throughput_ratio: Math.round((withCheck.rps / without.rps) * 1000) / 1000,
      redis_exists_ms: { p50: round3(percentile(rtt, 50)), p99: round3(percentile(rtt, 99)) },
      refresh_ms: { p50: round3(percentile(refreshMs, 50)), p99: round3(percentile(refreshMs, 99)) },
    };
    process.stdout.write(`\n${JSON.stringify(result)}\n`);
  }, 900_000);
});
