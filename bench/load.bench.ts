/**
 * Under load: the API's routes that people open most, at 50 connections, each beside a bare
 * NestJS hello-world measured right before it in the same run; then how long a vacancy that
 * opens takes to reach the coaches' inboxes.
 *
 * Builds the API and the worker (`npm run build`; BENCH_BUILD=0 uses dist/ as it is) and the
 * hello-world app (bench/hello, same Express adapter), makes a fresh database with the region of
 * bench/load/seed.ts (2,100 youths in 3 coaching organisations, 500 vacancies, 2,000 proposals,
 * a summer programme), starts the API, the worker and the hello-world app as child processes
 * (the API and the worker as in production: NODE_ENV=production, LOG_LEVEL=info to /dev/null,
 * the application's own database login, the default pool and outbox poll), signs in as a coach,
 * an employer and WSP staff, and then, per route, runs autocannon (bench/load/cannon.mjs, a
 * process of its own) against hello-world and then against the route, alternating, for
 * BENCH_SECONDS each (default 12) at BENCH_CONNECTIONS (default 50), BENCH_ROUNDS times
 * (default 1; the figures are the medians over the rounds). Pages are 25 items. Prints one JSON
 * line per route: requests per second, p50/p99 latency, errors and non-2xx answers, and the
 * ratio to the hello-world figure of its round, the CPU time the API (and hello-world) spent per
 * request (from /proc: far less sensitive to what else runs on the machine than requests per
 * second), with the 1-minute load average when the route's run ended (this bench's own
 * processes included). Goals, reported and not asserted: every route
 * at least 25% of hello-world's requests per second, p99 at most 250 ms, no errors.
 *
 * Then the match alert end to end: WSP staff approve BENCH_ALERTS vacancies in review (default 5,
 * one at a time, through the API), each timed from the request until its alert run and the
 * coaches' digests are committed (one transaction), polled every 5 ms.
 *
 * BENCH_ROUTES (names, comma-separated) keeps to some routes; BENCH_API_NODE_ARGS passes flags to
 * the API process (`--cpu-prof --cpu-prof-dir=/tmp/prof` profiles it under load).
 *
 * Run with `npm run bench -- --testPathPatterns load` (about 5 minutes with one round).
 */
import { type ChildProcess, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { QUEUE_NAMES } from '@startbaan/platform';
import { Queue } from 'bullmq';
import pg from 'pg';
import { suiteEnv } from '../test/support/app.js';
import { createTestDatabase, type TestDatabase } from '../test/support/database.js';
import { BENCH_PASSWORD, type LoadRegion, seedLoadRegion } from './load/seed.js';
import { freePort, median, spawnNode, stop } from './support.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 12);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1);
const WARM_SECONDS = Number(process.env.BENCH_WARM_SECONDS ?? 3);
const ALERTS = Number(process.env.BENCH_ALERTS ?? 5);
const BUILD = process.env.BENCH_BUILD !== '0';
/** BENCH_ROUTES=health_live,me: only these routes (by name); BENCH_ALERTS=0 leaves out the alerts. */
const ONLY = process.env.BENCH_ROUTES?.split(',').filter(Boolean);
/** Extra Node flags for the API process, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`. */
const API_NODE_ARGS = (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean);
const GOAL = { ratio: 0.25, p99_ms: 250 };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const round1 = (x: number): number => Math.round(x * 10) / 10;
const round2 = (x: number): number => Math.round(x * 100) / 100;
const load1 = (): number => round2(loadavg()[0]!);

interface Cannon {
  requests: number;
  rps: number;
  p50_ms: number;
  p90_ms: number;
  p99_ms: number;
  max_ms: number;
  bytes_per_request: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statuses: Record<string, number>;
}

interface Route {
  name: string;
  /** Paths taken in turn, one per request. */
  paths: string[];
  token?: string;
}

async function login(base: string, email: string): Promise<string> {
  const res = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: BENCH_PASSWORD }) });
  const body = (await res.json()) as { accessToken?: string };
  if (res.status !== 200 || !body.accessToken) throw new Error(`login of ${email} answered ${res.status}: ${JSON.stringify(body)}`);
  return body.accessToken;
}

const TICKS_PER_SECOND = 100;

/**
 * CPU time a process has used so far, in ms, from /proc (Linux; NaN elsewhere): in all, and the
 * part in the kernel (system time: the sockets, where loopback TCP also does the receiving
 * side's work in the sender's time).
 */
function cpuMs(pid: number | undefined): { all: number; sys: number } {
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    const [user, sys] = [Number(fields[11]), Number(fields[12])].map((ticks) => (ticks * 1000) / TICKS_PER_SECOND) as [number, number];
    return { all: user + sys, sys };
  } catch {
    return { all: Number.NaN, sys: Number.NaN };
  }
}

/**
 * autocannon in its own process (bench/load/cannon.mjs) against the server with process id
 * `pid`; adds the CPU time that process spent per answered request, in µs: unlike requests per
 * second, it hardly depends on what else the machine is running.
 */
function cannon(base: string, route: Route, seconds: number, connections: number, pid?: number): Cannon & { cpu_us: number; sys_us: number } {
  const arg = JSON.stringify({ base, paths: route.paths, headers: route.token ? { authorization: `Bearer ${route.token}` } : {}, connections, seconds });
  const before = cpuMs(pid);
  const out = execFileSync(process.execPath, ['bench/load/cannon.mjs', arg], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], timeout: (seconds + 60) * 1000 });
  const result = JSON.parse(out.trim().split('\n').pop()!) as Cannon;
  const after = cpuMs(pid);
  const perRequest = (ms: number) => Math.round((ms * 1000) / Math.max(1, result.requests));
  return { ...result, cpu_us: perRequest(after.all - before.all), sys_us: perRequest(after.sys - before.sys) };
}

/**
 * What an answer of the route holds (the items of a page, the entries of a list, suggestions),
 * on average over its first 20 paths: a check that the route answers real data.
 */
async function sample(base: string, route: Route): Promise<number> {
  const counts: number[] = [];
  for (const path of route.paths.slice(0, 20)) {
    const res = await fetch(`${base}${path}`, { headers: route.token ? { authorization: `Bearer ${route.token}` } : {} });
    const body = (await res.json()) as unknown;
    if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}: ${JSON.stringify(body).slice(0, 500)}`);
    const b = body as { items?: unknown[]; suggestions?: unknown[]; vacanciesInReview?: { items: unknown[] } };
    counts.push(Array.isArray(body) ? body.length : (b.items?.length ?? b.suggestions?.length ?? b.vacanciesInReview?.items.length ?? 1));
  }
  return round1(counts.reduce((a, b) => a + b, 0) / counts.length);
}

interface AlertTiming {
  ms: number;
  matches: number;
  digests: number;
  /** Where the time went, from PostgreSQL's clock (the same machine's): request → outbox row's transaction → relay's → handler's → digests committed. */
  stages: { api: number; to_relay: number; to_handler: number; handler: number };
}

/** Approves a vacancy in review as WSP staff and times it until its alert run (and the digests, same transaction) is committed. */
async function alertLatency(base: string, wsp: string, db: pg.Client, vacancyId: string): Promise<AlertTiming> {
  const wall = Date.now();
  const t0 = performance.now();
  const res = await fetch(`${base}/vacancies/${vacancyId}/approve`, { method: 'POST', headers: { authorization: `Bearer ${wsp}`, 'content-type': 'application/json' }, body: '{}' });
  if (res.status !== 200) throw new Error(`approve answered ${res.status}: ${await res.text()}`);
  const until = Date.now() + 60_000;
  for (;;) {
    const { rows } = await db.query<{ matches: number }>(`SELECT matches FROM match_alert_run WHERE subject = 'vacancy' AND subject_id = $1`, [vacancyId]);
    if (rows[0]) {
      const ms = performance.now() - t0;
      const done = wall + ms;
      const { rows: d } = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM inbox_item WHERE kind = 'match_digest' AND data->'entries' @> jsonb_build_array(jsonb_build_object('vacancyId', $1::text))`,
        [vacancyId],
      );
      const { rows: t } = await db.query<{ created: number; dispatched: number; ran: number }>(
        `SELECT extract(epoch FROM o.created_at) * 1000 AS created, extract(epoch FROM o.dispatched_at) * 1000 AS dispatched, extract(epoch FROM r.ran_at) * 1000 AS ran
           FROM outbox_event o JOIN match_alert_run r ON r.subject = 'vacancy' AND r.subject_id = $1
          WHERE o.type = 'vacancy.opened' AND o.payload->>'vacancyId' = $1::text`,
        [vacancyId],
      );
      const at = { created: Number(t[0]!.created), dispatched: Number(t[0]!.dispatched), ran: Number(t[0]!.ran) };
      const stages = { api: at.created - wall, to_relay: at.dispatched - at.created, to_handler: at.ran - at.dispatched, handler: done - at.ran };
      return { ms, matches: rows[0].matches, digests: d[0]!.n, stages };
    }
    if (Date.now() > until) throw new Error(`no alert run for ${vacancyId} within 60 s`);
    await sleep(5);
  }
}

describe('under load', () => {
  it(`routes at ${CONNECTIONS} connections beside hello-world, and match alerts end to end`, async () => {
    const loadBefore = loadavg().map(round2);
    let db: TestDatabase | undefined;
    let api: ChildProcess | undefined;
    let worker: ChildProcess | undefined;
    let hello: ChildProcess | undefined;
    let prefix: string | undefined;
    let keys: string | undefined;
    const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
    try {
      if (BUILD) execFileSync('npm', ['run', 'build'], { stdio: 'ignore' });
      execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'bench/hello'], { stdio: 'inherit' });

      db = await createTestDatabase();
      const env = suiteEnv(db, {
        NODE_ENV: 'production',
        LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
        DB_POOL_SIZE: process.env.BENCH_DB_POOL_SIZE ?? '10',
        // BENCH_DB_PREPARED_STATEMENTS=0 runs every statement unnamed, to compare.
        ...(process.env.BENCH_DB_PREPARED_STATEMENTS ? { DB_PREPARED_STATEMENTS: process.env.BENCH_DB_PREPARED_STATEMENTS } : {}),
        OUTBOX_POLL_MS: process.env.BENCH_OUTBOX_POLL_MS ?? '500',
        JWT_ACCESS_TTL_SECONDS: '7200',
      });
      prefix = env.QUEUE_PREFIX;
      keys = env.ENCRYPTION_KEYS;
      const region: LoadRegion = await seedLoadRegion(db.url, env.ENCRYPTION_KEYS!);

      const apiPort = await freePort();
      const helloPort = await freePort();
      const base = `http://127.0.0.1:${apiPort}`;
      const helloBase = `http://127.0.0.1:${helloPort}`;
      [api, worker, hello] = await Promise.all([
        spawnNode('the API', 'dist/apps/api/apps/api/src/main.js', { ...env, HOST: '127.0.0.1', PORT: String(apiPort) }, `${base}/health/live`, API_NODE_ARGS),
        spawnNode('the worker', 'dist/apps/worker/apps/worker/src/main.js', env),
        spawnNode('hello-world', 'dist/bench-hello/main.js', { HOST: '127.0.0.1', PORT: String(helloPort) }, `${helloBase}/hello`),
      ]);

      const [coach, employer, wsp] = await Promise.all([login(base, region.coachEmail), login(base, region.employerEmail), login(base, region.wspEmail)]);
      const helloRoute: Route = { name: 'hello-world', paths: ['/hello'] };
      const routes: Route[] = [
        { name: 'health_live', paths: ['/health/live'] },
        // The cheapest signed-in read: the guards, the session check in Redis and one small query.
        { name: 'me', paths: ['/me'], token: coach },
        { name: 'coach_youths', paths: ['/youths?limit=25'], token: coach },
        { name: 'coach_suggestions', paths: region.coachYouthIds.slice(0, 200).map((id) => `/youths/${id}/suggestions?k=10`), token: coach },
        { name: 'employer_inbox', paths: ['/proposals?limit=25'], token: employer },
        { name: 'employer_vacancies', paths: ['/vacancies?limit=25'], token: employer },
        { name: 'wsp_network_summary', paths: ['/network/summary'], token: wsp },
        { name: 'wsp_vacancies_in_review', paths: ['/vacancies?status=submitted&limit=25'], token: wsp },
        { name: 'programme_entries', paths: [`/programmes/${region.programmeId}/entries?limit=25`], token: coach },
      ].filter((r) => !ONLY || ONLY.includes(r.name));
      const items: Record<string, number> = {};
      for (const r of routes) items[r.name] = await sample(base, r);
      process.stdout.write(
        `${JSON.stringify({
          bench: 'load',
          cpus: cpus().length,
          loadavg_before: loadBefore,
          seed_s: round1(region.seconds),
          ...region.counts,
          items_per_answer: items,
          connections: CONNECTIONS,
          seconds: SECONDS,
          rounds: ROUNDS,
        })}\n`,
      );

      // Warm-up: every route (and hello-world) at a few connections, so JIT and caches are not what the first run measures.
      cannon(helloBase, helloRoute, WARM_SECONDS, 10);
      for (const r of routes) cannon(base, r, WARM_SECONDS, 10);

      const runs = new Map<string, { hello: ReturnType<typeof cannon>; route: ReturnType<typeof cannon>; load: number }[]>(routes.map((r) => [r.name, []]));
      for (let round = 0; round < ROUNDS; round++) {
        for (const r of routes) {
          const h = cannon(helloBase, helloRoute, SECONDS, CONNECTIONS, hello.pid);
          const m = cannon(base, r, SECONDS, CONNECTIONS, api.pid);
          runs.get(r.name)!.push({ hello: h, route: m, load: load1() });
        }
      }
      for (const r of routes) {
        const rs = runs.get(r.name)!;
        const rps = median(rs.map((x) => x.route.rps));
        const helloRps = median(rs.map((x) => x.hello.rps));
        const ratio = median(rs.map((x) => x.route.rps / x.hello.rps));
        const p99 = median(rs.map((x) => x.route.p99_ms));
        const errors = rs.reduce((s, x) => s + x.route.errors + x.route.timeouts, 0);
        const non2xx = rs.reduce((s, x) => s + x.route.non2xx, 0);
        process.stdout.write(
          `${JSON.stringify({
            route: r.name,
            path: r.paths[0]!.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '{id}'),
            rps: Math.round(rps),
            p50_ms: median(rs.map((x) => x.route.p50_ms)),
            p99_ms: p99,
            errors,
            non2xx,
            hello_rps: Math.round(helloRps),
            hello_p99_ms: median(rs.map((x) => x.hello.p99_ms)),
            ratio: round2(ratio),
            api_cpu_us_per_request: median(rs.map((x) => x.route.cpu_us)),
            api_sys_us_per_request: median(rs.map((x) => x.route.sys_us)),
            kb_per_answer: round2(median(rs.map((x) => x.route.bytes_per_request)) / 1024),
            hello_cpu_us_per_request: median(rs.map((x) => x.hello.cpu_us)),
            hello_sys_us_per_request: median(rs.map((x) => x.hello.sys_us)),
            goals_met: ratio >= GOAL.ratio && p99 <= GOAL.p99_ms && errors === 0 && non2xx === 0,
            loadavg1: median(rs.map((x) => x.load)),
            ...(ROUNDS > 1 ? { rounds: rs.map((x) => ({ rps: Math.round(x.route.rps), p99_ms: x.route.p99_ms, hello_rps: Math.round(x.hello.rps), load: x.load })) } : {}),
            ...(non2xx ? { statuses: rs.map((x) => x.route.statuses) } : {}),
          })}\n`,
        );
      }

      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      try {
        if (ALERTS === 0) return;
        // The relay and the queues settle before the clock starts.
        await sleep(1000);
        const alerts: AlertTiming[] = [];
        for (const id of region.inReviewIds.slice(0, ALERTS)) {
          alerts.push(await alertLatency(base, wsp, client, id));
          await sleep(300);
        }
        process.stdout.write(
          `${JSON.stringify({
            alert: 'vacancy approved → coaches\' digests committed',
            outbox_poll_ms: Number(env.OUTBOX_POLL_MS),
            median_ms: round1(median(alerts.map((a) => a.ms))),
            max_ms: round1(Math.max(...alerts.map((a) => a.ms))),
            runs_ms: alerts.map((a) => round1(a.ms)),
            // Medians of each stage: the request until its transaction began, until the relay's began (the rest of the
            // request's transaction, the commit and the wake-up or poll), until the handler's began (the relay's
            // transaction, the queue, the worker picking it up), and the handler's own transaction until committed.
            stages_median_ms: Object.fromEntries((['api', 'to_relay', 'to_handler', 'handler'] as const).map((k) => [k, round1(median(alerts.map((a) => a.stages[k])))])),
            matches: alerts.map((a) => a.matches),
            digests: alerts.map((a) => a.digests),
            loadavg1: load1(),
          })}\n`,
        );
      } finally {
        await client.end();
      }
    } finally {
      await Promise.all([stop(api), stop(worker), stop(hello)]);
      if (prefix) {
        const queues = QUEUE_NAMES.map((q) => new Queue(q, { connection: { url: redisUrl }, prefix: `{${prefix}}` }));
        await Promise.all(queues.map((q) => q.obliterate({ force: true }).finally(() => q.close())));
      }
      // BENCH_KEEP_DB=1 keeps the database for EXPLAIN ANALYZE by hand (its name and key are printed).
      if (process.env.BENCH_KEEP_DB === '1' && db) process.stdout.write(`kept database ${db.name}, ENCRYPTION_KEYS=${keys}\n`);
      else await db?.drop();
    }
  }, 3_600_000);
});
