/**
 * A whole allocation run on the programme-shaped instance in PostgreSQL: the matching bench's
 * small region (20,000 youths, 15% priority, 3,000 vacancies with 1–5 places; see
 * bench/matching/generate.ts) as one open programme with every vacancy enlisted and every youth
 * entered with 10 ranked choices (drawn near home, leaning to popular vacancies, from a seed).
 * A run is started as the API starts one (the run row and its outbox event in one transaction)
 * and the worker computes it from its queue: load from PostgreSQL, check every choice against the
 * hard filters and score it with the matching core, allocate (with and without the tier), check
 * stability, store the draft.
 *
 * Prints one JSON line: the sizes, end-to-end time (outbox row to draft stored, median of 3
 * runs), the run's own report (load, allocate, check, store and total ms; matched, priority
 * matched with and without the tier, blocking pairs, seed), the time to publish the last draft
 * through the API (in this Jest process) as proposals, and the peak resident memory of this
 * process (worker, API and Jest together).
 *
 * Run with `npm run bench -- --testPathPatterns allocation-run`; BENCH_KEEP_DB=1 keeps the database.
 */
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { QUEUE_NAMES } from '@startbaan/platform';
import { Queue } from 'bullmq';
import pg from 'pg';
import request from 'supertest';
import { seededUint32 } from '@startbaan/programmes/allocation';
import { startApi, startWorker, suiteEnv } from '../test/support/app.js';
import { createTestDatabase, type TestDatabase } from '../test/support/database.js';
import { BENCH_PASSWORD, generate, VARIANTS } from './matching/generate.js';
import { median } from './support.js';

const CHOICES = 10;
const RUNS = 3;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** 10 distinct choices per youth: from the 60 nearest vacancies, the more popular (lower index in a Zipf-like order) more often. */
function drawChoices(youths: { x: number; y: number }[], vacancies: { x: number; y: number }[], seed: number): number[][] {
  const next = seededUint32(seed);
  const unit = () => next() / 2 ** 32;
  // Bucket vacancies on a 5 km grid so that "near" needs no full scan.
  const cell = (x: number, y: number) => `${Math.floor(x / 5)}:${Math.floor(y / 5)}`;
  const grid = new Map<string, number[]>();
  vacancies.forEach((v, i) => {
    const k = cell(v.x, v.y);
    const list = grid.get(k);
    if (list) list.push(i);
    else grid.set(k, [i]);
  });
  const popularity = vacancies.map(() => unit() ** 2);
  return youths.map((p) => {
    const near: number[] = [];
    for (let ring = 1; near.length < 60 && ring < 40; ring++) {
      near.length = 0;
      const cx = Math.floor(p.x / 5);
      const cy = Math.floor(p.y / 5);
      for (let dx = -ring; dx <= ring; dx++) for (let dy = -ring; dy <= ring; dy++) near.push(...(grid.get(`${cx + dx}:${cy + dy}`) ?? []));
    }
    const picked: number[] = [];
    const pool = near.slice();
    while (picked.length < CHOICES && pool.length) {
      // Two draws, the less popular loses: choices lean to popular vacancies.
      const a = Math.floor(unit() * pool.length);
      const b = Math.floor(unit() * pool.length);
      const at = popularity[pool[a]!]! <= popularity[pool[b]!]! ? a : b;
      picked.push(pool[at]!);
      pool.splice(at, 1);
    }
    return picked;
  });
}

describe('allocation run', () => {
  it('programme 20k from PostgreSQL: load, allocate, check, store', async () => {
    let db: TestDatabase | undefined;
    let worker: INestApplicationContext | undefined;
    let api: INestApplication | undefined;
    const env = suiteEnv({ url: '', appUrl: '' }, { LOG_LEVEL: 'silent', DB_POOL_SIZE: '5' });
    try {
      db = await createTestDatabase();
      Object.assign(env, suiteEnv(db, { LOG_LEVEL: 'silent', DB_POOL_SIZE: '5', QUEUE_PREFIX: env.QUEUE_PREFIX!, JWT_SECRET: env.JWT_SECRET!, ENCRYPTION_KEYS: env.ENCRYPTION_KEYS! }));
      const region = await generate(db.url, VARIANTS.small, env.ENCRYPTION_KEYS!);
      const c = new pg.Client({ connectionString: db.url });
      await c.connect();
      try {
        const { rows: [programme] } = await c.query<{ id: string }>(
          `INSERT INTO programme (region_id, name, apply_from, apply_to, work_from, work_to, max_choices, summer_jobs_only, status)
           VALUES ($1, 'Zomerbanen bench', '2027-03-01', '2027-05-15', '2027-06-01', '2027-09-30', $2, false, 'open') RETURNING id`,
          [region.regionId, CHOICES],
        );
        const vacancies = (await c.query<{ id: string; x: number; y: number }>(`SELECT id, position[0] AS x, position[1] AS y FROM vacancy WHERE region_id = $1 AND status = 'open' ORDER BY id`, [region.regionId])).rows;
        await c.query(`INSERT INTO programme_vacancy (programme_id, vacancy_id, places) SELECT $1, id, places FROM vacancy WHERE id = ANY($2::uuid[])`, [programme!.id, vacancies.map((v) => v.id)]);
        const youths = (await c.query<{ id: string; x: number; y: number }>(`SELECT id, position[0] AS x, position[1] AS y FROM youth WHERE region_id = $1 AND status = 'active' AND position IS NOT NULL ORDER BY id`, [region.regionId])).rows;
        const choices = drawChoices(youths, vacancies, 2027);
        // Publishing needs each youth's consent to introductions (the generated region records consent to matching only).
        await c.query(
          `INSERT INTO youth_consent (youth_id, scope, given_by, given_at) SELECT id, 'introductions', 'youth', now() FROM unnest($1::uuid[]) AS t(id)`,
          [youths.map((y) => y.id)],
        );
        await c.query(
          `INSERT INTO programme_entry (programme_id, youth_id, source, choices)
           SELECT $1, y, 'coach', string_to_array(ch, ',')::uuid[] FROM unnest($2::uuid[], $3::text[]) AS t(y, ch)`,
          [programme!.id, youths.map((y) => y.id), choices.map((list) => list.map((i) => vacancies[i]!.id).join(','))],
        );

        worker = await startWorker(env);
        await sleep(1000);
        const endToEnd: number[] = [];
        let report: Record<string, unknown> | undefined;
        let status = '';
        let lastRunId = '';
        for (let run = 0; run < RUNS; run++) {
          const t0 = performance.now();
          await c.query('BEGIN');
          const { rows: [r] } = await c.query<{ id: string }>(`INSERT INTO allocation_run (programme_id, round, seed) VALUES ($1, 1, $2) RETURNING id`, [programme!.id, 20_270_701 + run]);
          await c.query(`INSERT INTO outbox_event (type, queue, region_id, payload) VALUES ('allocation.run', 'allocation', $1, $2)`, [region.regionId, JSON.stringify({ runId: r!.id })]);
          await c.query('COMMIT');
          for (;;) {
            const { rows: [done] } = await c.query<{ status: string; report: Record<string, unknown> }>(`SELECT status, report FROM allocation_run WHERE id = $1`, [r!.id]);
            if (done && ['draft', 'failed'].includes(done.status)) {
              endToEnd.push(performance.now() - t0);
              report = done.report;
              status = done.status;
              break;
            }
            await sleep(5);
          }
          if (status !== 'draft') throw new Error(`the run ended ${status}`);
          lastRunId = r!.id;
          if (run < RUNS - 1) await c.query(`UPDATE allocation_run SET status = 'superseded' WHERE id = $1`, [r!.id]);
        }

        // Publishing the last draft through the API: every match becomes a proposal with its history row and outbox event.
        api = await startApi(env);
        const http = () => request(api!.getHttpServer());
        const login = await http().post('/auth/login').send({ email: region.wspEmail, password: BENCH_PASSWORD }).expect(200);
        const auth = ['Authorization', `Bearer ${login.body.accessToken as string}`] as const;
        await http().post(`/programmes/${programme!.id}/status`).set(...auth).send({ status: 'allocating' }).expect(200);
        const p0 = performance.now();
        const published = await http().post(`/programmes/${programme!.id}/allocation-runs/${lastRunId}/publish`).set(...auth).expect(200);
        const publishMs = performance.now() - p0;
        const result = {
          instance: 'programme-20k-postgres',
          youths: youths.length,
          vacancies: vacancies.length,
          choices_per_youth: CHOICES,
          end_to_end_ms_median: Math.round(median(endToEnd)),
          end_to_end_ms: endToEnd.map((x) => Math.round(x)),
          target_ms: 3000,
          report,
          publish_ms: Math.round(publishMs),
          published_proposals: published.body.proposals,
          peak_rss_mb_worker_and_jest: Math.round(process.resourceUsage().maxRSS / 1024),
        };
        process.stdout.write(`${JSON.stringify(result)}\n`);
        expect((report as { blockingPairs: number }).blockingPairs).toBe(0);
      } finally {
        await c.end();
      }
    } finally {
      await api?.close();
      await worker?.close();
      const queues = QUEUE_NAMES.map((q) => new Queue(q, { connection: { url: env.REDIS_URL! }, prefix: env.QUEUE_PREFIX }));
      await Promise.all(queues.map((q) => q.obliterate({ force: true }).finally(() => q.close())));
      // BENCH_KEEP_DB=1 keeps the database for EXPLAIN ANALYZE by hand (its name is printed).
      if (process.env.BENCH_KEEP_DB === '1' && db) process.stdout.write(`kept database ${db.name}\n`);
      else await db?.drop();
    }
  }, 900_000);
});
