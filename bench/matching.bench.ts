/**
 * Matching at scale: suggestion latency over real HTTP, the core's raw throughput and the
 * match alerts end to end, on a generated region (bench/matching/generate.ts).
 *
 * For each variant (BENCH_VARIANT=small|large|both, default both): a fresh database, the
 * generated region, the API on a real port and a worker. The API and the worker run as Node
 * processes of their own from the build (`npm run build` runs first), as in production;
 * BENCH_API=jest runs both inside this Jest process instead, where the VM context makes the same
 * code slower. Sequential
 * requests with Node's fetch (50 warm-up, then 300 measured) give p50/p95/p99 of a coach's
 * `GET /youths/:id/suggestions?k=10`, WSP's `GET /vacancies/:id/suggestions?k=10` and
 * `GET /health/live` (the floor: HTTP and Nest in the same API process). Then the
 * core alone scores one youth against every vacancy (median of 20 runs), and BENCH_ALERTS (3)
 * `vacancy.opened` outbox rows, one after the other, are each timed until the alert run's row and
 * the coaches' inbox digests are committed (the median, and each).
 * Prints one JSON object per variant. BENCH_KEEP_DB=1 keeps the database (its name is
 * printed, with its encryption key) for EXPLAIN ANALYZE by hand; BENCH_NODE_ARGS passes flags to
 * the API process (`--prof` writes a V8 tick log to the working directory).
 *
 * Run with `BENCH_VARIANT=small npm run bench -- --testPathPatterns matching`.
 */
import { type ChildProcess, execFileSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { dataSourceOptions, EVENT_ROUTES, QUEUE_NAMES } from '@startbaan/platform';
import { Queue } from 'bullmq';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { alertableYouth, vacancyCandidates, type YouthCandidate } from '@startbaan/matching';
import { isFeasible, type MatchContext, type PlacementKind, score } from '@startbaan/matching/core';
import { startApi, startWorker, suiteEnv } from '../test/support/app.js';
import { createTestDatabase, type TestDatabase } from '../test/support/database.js';
import { BENCH_PASSWORD, generate, type GeneratedRegion, VARIANTS, type VariantName } from './matching/generate.js';
import { freePort, median, spawnNode, stop } from './support.js';

const WARM_UP = 50;
const MEASURED = 300;
const CORE_RUNS = 20;
/** Vacancies opened one after the other for the match alerts (BENCH_ALERTS); the median is reported. */
const ALERTS = Number(process.env.BENCH_ALERTS ?? 3);
const ALL_KINDS: PlacementKind[] = ['summer_job', 'job', 'internship', 'bbl_place', 'work_experience'];

const chosen = process.env.BENCH_VARIANT ?? 'both';
/** `process` (default): the API as its own Node process from the build, as in production. `jest`: inside this Jest process. */
const apiMode = process.env.BENCH_API ?? 'process';
if (!['process', 'jest'].includes(apiMode)) throw new Error(`BENCH_API must be process or jest, not "${apiMode}"`);
if (!['small', 'large', 'both'].includes(chosen)) throw new Error(`BENCH_VARIANT must be small, large or both, not "${chosen}"`);
const variants: VariantName[] = chosen === 'both' ? ['small', 'large'] : [chosen as VariantName];

interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
}

/** Nearest-rank percentiles, in ms to 0.1. */
function percentiles(ms: number[]): Percentiles {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p: number) => Math.round(s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)]! * 10) / 10;
  return { p50: at(50), p95: at(95), p99: at(99) };
}

const round1 = (x: number): number => Math.round(x * 10) / 10;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function get(url: string, token?: string): Promise<void> {
  const res = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const body = await res.text();
  if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}: ${body.slice(0, 500)}`);
}

async function login(base: string, email: string): Promise<string> {
  const res = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  });
  const body = (await res.json()) as { accessToken?: string };
  if (res.status !== 200 || !body.accessToken) throw new Error(`login of ${email} answered ${res.status}: ${JSON.stringify(body)}`);
  return body.accessToken;
}

/** Sequential requests: `warm` over the warm-up paths, then one timed request per measured path. */
async function measure(base: string, token: string | undefined, warm: string[], measured: string[]): Promise<number[]> {
  for (const path of warm) await get(`${base}${path}`, token);
  const out: number[] = [];
  for (const path of measured) {
    const t0 = performance.now();
    await get(`${base}${path}`, token);
    out.push(performance.now() - t0);
  }
  return out;
}

/** `n` ids spread evenly over the list, starting at `offset`. */
function spread(ids: string[], n: number, offset = 0): string[] {
  const step = Math.max(1, Math.floor(ids.length / n));
  return Array.from({ length: n }, (_, i) => ids[(offset + i * step) % ids.length]!);
}

/** The built API (`npm run build`) as a child process on a free port; resolves once /health/live answers. */
async function spawnApi(env: Record<string, string | undefined>): Promise<{ base: string; child: ChildProcess }> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // BENCH_NODE_ARGS: extra Node flags for the API process, e.g. `--prof` for a V8 tick log of the measured requests.
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = await spawnNode('the API', 'dist/apps/api/apps/api/src/main.js', { ...env, PORT: String(port), HOST: '127.0.0.1' }, `${base}/health/live`, nodeArgs);
  return { base, child };
}

async function coreAllPairs(url: string, region: GeneratedRegion): Promise<{ ms: number; pairs: number; feasible: number }> {
  const ds = new DataSource(dataSourceOptions(url, 2));
  await ds.initialize();
  try {
    let youth: YouthCandidate | undefined;
    for (const id of region.coachYouthIds) {
      youth = await alertableYouth(ds.manager, id);
      if (youth) break;
    }
    if (!youth) throw new Error('no youth of the coach with consent and alerts on');
    // Every open vacancy of the region in the core's shape: a circle far wider than the region.
    const vacancies = await vacancyCandidates(ds.manager, { regionId: region.regionId, lat: youth.position.lat, lon: youth.position.lon, radiusKm: 1000, kinds: ALL_KINDS });
    if (vacancies.length !== region.counts.vacancies) throw new Error(`loaded ${vacancies.length} of ${region.counts.vacancies} vacancies`);
    const rows: { code: string; sector: string }[] = await ds.query(`SELECT code, sector FROM vocabulary_term`);
    const ctx: MatchContext = { today: new Date().toISOString().slice(0, 10), sectorOf: new Map(rows.map((r) => [r.code, r.sector])) };
    const times: number[] = [];
    let feasible = 0;
    let sink = 0;
    for (let run = 0; run < CORE_RUNS; run++) {
      let f = 0;
      const t0 = performance.now();
      for (const v of vacancies) {
        // What the app does: the short-circuit feasibility check for every vacancy, a score for the feasible ones.
        if (!isFeasible(youth, v)) continue;
        f++;
        sink += score(youth, v, ctx, { side: 'coach' }).total;
      }
      times.push(performance.now() - t0);
      feasible = f;
    }
    if (Number.isNaN(sink)) throw new Error('a score was not a number');
    return { ms: median(times), pairs: vacancies.length, feasible };
  } finally {
    await ds.destroy();
  }
}

/** One vacancy.opened row in the outbox, timed until its alert run and the digests are committed. */
async function alertEndToEnd(url: string, regionId: string, nth: number): Promise<{ ms: number; digests: number; matches: number; entries: number }> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    // A vacancy that many youths fit: a summer job open from 15 without a VOG, near the middle.
    const { rows } = await db.query<{ id: string; version: number }>(
      `SELECT v.id, v.version FROM vacancy v
       WHERE v.region_id = $1 AND v.status = 'open' AND v.kind = 'summer_job' AND v.employer_min_age = 15 AND v.vog_basis = 'not_asked'
       ORDER BY v.position <-> (SELECT position FROM pc4_area WHERE pc4 = '3072'), v.id LIMIT 1 OFFSET $2`,
      [regionId, nth],
    );
    const v = rows[0];
    if (!v) throw new Error('no summer job to open');
    const t0 = performance.now();
    await db.query(`INSERT INTO outbox_event (type, queue, region_id, payload) VALUES ('vacancy.opened', $1, $2, $3)`, [
      EVENT_ROUTES['vacancy.opened'],
      regionId,
      JSON.stringify({ vacancyId: v.id, version: v.version }),
    ]);
    const until = Date.now() + 600_000;
    for (;;) {
      const run = await db.query<{ matches: number }>(`SELECT matches FROM match_alert_run WHERE subject = 'vacancy' AND subject_id = $1 AND version = $2`, [v.id, v.version]);
      if (run.rows[0]) {
        const ms = performance.now() - t0;
        const [d] = (
          await db.query<{ digests: number; entries: number }>(
            `SELECT count(*)::int AS digests, COALESCE(sum(jsonb_array_length(data->'entries')), 0)::int AS entries FROM inbox_item WHERE kind = 'match_digest'`,
          )
        ).rows;
        return { ms, digests: d!.digests, matches: run.rows[0].matches, entries: d!.entries };
      }
      if (Date.now() > until) throw new Error('the alert run did not appear within 10 minutes');
      await sleep(10);
    }
  } finally {
    await db.end();
  }
}

describe('matching at scale', () => {
  for (const name of variants) {
    it(`${name}: suggestions, core and alerts`, async () => {
      const variant = VARIANTS[name];
      let db: TestDatabase | undefined;
      let api: INestApplication | undefined;
      let apiProcess: ChildProcess | undefined;
      let workerProcess: ChildProcess | undefined;
      let worker: INestApplicationContext | undefined;
      let prefix: string | undefined;
      const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
      try {
        db = await createTestDatabase();
        const env = suiteEnv(db, { DB_POOL_SIZE: '10', LOG_LEVEL: 'silent', JWT_ACCESS_TTL_SECONDS: '3600' });
        prefix = env.QUEUE_PREFIX;
        const region = await generate(db.url, variant, env.ENCRYPTION_KEYS!);

        let base: string;
        if (apiMode === 'process') {
          execFileSync('npm', ['run', 'build'], { stdio: 'ignore' });
          const spawned = await spawnApi(env);
          apiProcess = spawned.child;
          base = spawned.base;
        } else {
          api = await startApi(env);
          await api.listen(0, '127.0.0.1');
          base = `http://127.0.0.1:${(api.getHttpServer().address() as AddressInfo).port}`;
        }
        const coach = await login(base, region.coachEmail);
        const wsp = await login(base, region.wspEmail);

        // Warm-up on other ids than the measured ones.
        const youthPaths = (ids: string[]) => ids.map((id) => `/youths/${id}/suggestions?k=10`);
        const vacancyPaths = (ids: string[]) => ids.map((id) => `/vacancies/${id}/suggestions?k=10`);
        const coachYouths = region.coachYouthIds;
        const youthMs = await measure(base, coach, youthPaths(coachYouths.slice(MEASURED, MEASURED + WARM_UP)), youthPaths(coachYouths.slice(0, MEASURED)));
        const vacancyMs = await measure(base, wsp, vacancyPaths(spread(region.vacancyIds, WARM_UP, 1)), vacancyPaths(spread(region.vacancyIds, MEASURED)));
        const health = Array.from({ length: MEASURED }, () => '/health/live');
        const healthMs = await measure(base, undefined, health.slice(0, WARM_UP), health);

        const core = await coreAllPairs(db.url, region);

        // The worker as the API runs: its own process from the build (BENCH_API=process), or inside this one.
        if (apiMode === 'process') workerProcess = await spawnNode('the worker', 'dist/apps/worker/apps/worker/src/main.js', { ...env, NODE_ENV: 'production' });
        else worker = await startWorker(env);
        // Let the worker's queues and relay settle before the clock starts.
        await sleep(1000);
        // ALERTS vacancies near one another open one after the other: the first meets a worker that
        // has run nothing yet (its code not yet optimised), the median is the steady state.
        const alerts: Awaited<ReturnType<typeof alertEndToEnd>>[] = [];
        for (let i = 0; i < ALERTS; i++) alerts.push(await alertEndToEnd(db.url, region.regionId, i));
        const alert = { ms: median(alerts.map((a) => a.ms)), digests: alerts[alerts.length - 1]!.digests, entries: alerts[alerts.length - 1]!.entries };

        const youth = percentiles(youthMs);
        const vacancy = percentiles(vacancyMs);
        const floor = percentiles(healthMs);
        const result = {
          variant: name,
          api: apiMode,
          youths: region.counts.youths,
          vacancies: region.counts.vacancies,
          employers: region.counts.employers,
          coaching_organisations: region.counts.coachingOrganisations,
          pc4_areas: region.counts.pc4,
          load_s: round1(region.seconds),
          suggestions_youth_ms: youth,
          suggestions_vacancy_ms: vacancy,
          health_live_ms: floor,
          ratio_p95_youth_to_health: round1(youth.p95 / floor.p95),
          ratio_p95_vacancy_to_health: round1(vacancy.p95 / floor.p95),
          core_all_pairs_ms: round1(core.ms),
          core_pairs: core.pairs,
          core_feasible: core.feasible,
          alert_end_to_end_ms: round1(alert.ms),
          alerts_ms: alerts.map((a) => round1(a.ms)),
          alert_matches: alerts.map((a) => a.matches),
          digests: alert.digests,
          digest_entries: alert.entries,
        };
        process.stdout.write(`${JSON.stringify(result)}\n`);
        // The key is needed to read the kept database's sealed records with the API again.
        if (process.env.BENCH_KEEP_DB === '1') process.stdout.write(`kept database ${db.name}, ENCRYPTION_KEYS=${env.ENCRYPTION_KEYS}\n`);
      } finally {
        await api?.close();
        await stop(apiProcess);
        await worker?.close();
        await stop(workerProcess);
        if (prefix) {
          const queues = QUEUE_NAMES.map((q) => new Queue(q, { connection: { url: redisUrl }, prefix: `{${prefix}}` }));
          await Promise.all(queues.map((q) => q.obliterate({ force: true }).finally(() => q.close())));
        }
        if (process.env.BENCH_KEEP_DB !== '1') await db?.drop();
      }
    }, 3_600_000);
  }
});
