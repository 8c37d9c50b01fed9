import { randomBytes } from 'node:crypto';
import { SCHEDULED_JOBS } from '@startbaan/platform';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { suiteEnv, waitFor } from '../support/app.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { bearer, login, PASSWORD, query, type RegionFixture, seedRegion, type Tokens } from '../support/fixtures.js';
import { eventIds } from '../support/jobs.js';
import { acceptPledge, openVacancy, vacancyBody } from '../support/vacancies.js';
import { consent, registerYouth, type Vocab, vocabulary } from '../support/youth.js';
import { API_MAIN, ensureBuilt, type FaultProxy, faultProxy, type FaultSmtp, faultSmtp, Proc, WORKER_MAIN } from './cluster.js';

/**
 * Two APIs and two workers, each a Node process started from the build, on one private
 * database and one Redis database index, with PostgreSQL and Redis behind proxies the suite
 * cuts, and a mail server it makes refuse or hang. Each fault's figures (requests, statuses,
 * events, duplicates, time to recover) are printed at the end.
 */
const REDIS_DB = 3;
const ENV = {
  LOG_LEVEL: process.env.TEST_LOG_LEVEL === 'silent' || !process.env.TEST_LOG_LEVEL ? 'warn' : process.env.TEST_LOG_LEVEL,
  OUTBOX_POLL_MS: '100',
  SWEEP_SECONDS: '1',
  ALLOCATION_LEASE_SECONDS: '3',
  EMAIL_MAX_ATTEMPTS: '3',
  EMAIL_RETRY_SECONDS: '1',
  SHUTDOWN_GRACE_MS: '3000',
  SHUTDOWN_DRAIN_DELAY_MS: '1000',
  DB_CONNECT_TIMEOUT_MS: '1000',
  DB_POOL_SIZE: '4',
};

interface Figures {
  fault: string;
  requests: number;
  statuses: Record<string, number>;
  produced: number;
  delivered: number;
  duplicates: number;
  recoverMs: number | null;
}
const figures: Figures[] = [];
const tally = (statuses: (number | string)[]) => statuses.reduce<Record<string, number>>((t, s) => ({ ...t, [String(s)]: (t[String(s)] ?? 0) + 1 }), {});

describe('many processes: two APIs and two workers stay correct while parts fail', () => {
  let db: TestDatabase;
  let pgProxy: FaultProxy;
  let redisProxy: FaultProxy;
  let smtp: FaultSmtp;
  let env: NodeJS.ProcessEnv;
  let apiA: Proc, apiB: Proc, w1: Proc, w2: Proc;
  let portA: number, portB: number;
  let notifications: Queue, maintenance: Queue, matching: Queue;
  let r: RegionFixture;
  let coach: Tokens, otherCoach: Tokens, wsp: Tokens, employer: Tokens;
  let vocab: Vocab;
  const A = () => request(`http://127.0.0.1:${portA}`);
  const B = () => request(`http://127.0.0.1:${portB}`);
  const procs = () => [apiA, apiB, w1, w2].filter(Boolean);

  const freePort = async () => {
    const p = await faultProxy(1);
    const port = p.port;
    await p.close();
    return port;
  };
  const workersOn = async (queue: Queue) => (await queue.getWorkers()).length;
  const startWorkerProc = async (w: Proc, expected: number, ms = 30_000) => {
    w.start();
    await waitFor(async () => (await workersOn(notifications)) >= expected && (await workersOn(maintenance)) >= expected, ms, `${w.name} to take jobs`);
  };
  const apiReady = (http: () => TestAgent, ms = 30_000) => waitFor(async () => (await http().get('/health/ready').catch(() => ({ status: 0 }))).status === 200, ms, 'the API to be ready');

  beforeAll(async () => {
    ensureBuilt();
    db = await createTestDatabase();
    [pgProxy, redisProxy, smtp, portA, portB] = await Promise.all([faultProxy(5432), faultProxy(6379), faultSmtp(), freePort(), freePort()]);
    const appUrl = new URL(db.appUrl);
    appUrl.port = String(pgProxy.port);
    env = {
      ...process.env,
      ...suiteEnv(db, ENV),
      DATABASE_URL: appUrl.toString(),
      REDIS_URL: `redis://127.0.0.1:${redisProxy.port}/${REDIS_DB}`,
      SMTP_URL: smtp.url,
      QUEUE_PREFIX: `p-${randomBytes(4).toString('hex')}`,
      HOST: '127.0.0.1',
    } as NodeJS.ProcessEnv;
    const direct = { connection: { url: `redis://127.0.0.1:6379/${REDIS_DB}` }, prefix: `{${env.QUEUE_PREFIX}}` };
    notifications = new Queue('notifications', direct);
    maintenance = new Queue('maintenance', direct);
    matching = new Queue('matching', direct);
    apiA = new Proc('api A', API_MAIN, { ...env, PORT: String(portA) }).start();
    apiB = new Proc('api B', API_MAIN, { ...env, PORT: String(portB) }).start();
    // Each worker's database sessions carry its name (pg_stat_activity.application_name, which the
    // connection string sets over the pool's own), so the test can tell which process holds a job.
    const named = (name: string) => {
      const url = new URL(env.DATABASE_URL!);
      url.searchParams.set('application_name', name);
      return url.toString();
    };
    w1 = new Proc('worker 1', WORKER_MAIN, { ...env, DATABASE_URL: named('startbaan-worker-1') });
    w2 = new Proc('worker 2', WORKER_MAIN, { ...env, DATABASE_URL: named('startbaan-worker-2') });
    w1.start();
    // Four processes loading at once share the machine's cores with whatever else runs there: on a
    // busy one that alone takes more than the 30 s a single start gets below. Should one not come
    // up, what each process said (and whether it is still there) says why.
    await Promise.all([apiReady(A, 120_000), apiReady(B, 120_000), startWorkerProc(w2, 2, 120_000)]).catch((err: Error) => {
      const said = (p: Proc) => `${p.name} (${p.running ? 'running' : `exited ${p.child?.exitCode ?? p.child?.signalCode}`}):\n${p.output.slice(-10).join('\n')}`;
      throw new Error(`${err.message}\n${procs().map(said).join('\n')}`);
    });
    r = await seedRegion(db.url);
    [coach, otherCoach, wsp, employer] = await Promise.all([login(A, r.coach.email), login(B, r.otherCoach.email), login(B, r.wsp.email), login(A, r.employer.email)]);
    vocab = await vocabulary(A, coach);
    await acceptPledge(A, employer, r.employerOrgId);
  }, 300_000);

  afterAll(async () => {
    for (const p of procs()) p.kill('SIGKILL');
    await Promise.all(procs().map((p) => p.exited(5000).catch(() => null)));
    await Promise.all([notifications?.close(), maintenance?.close(), matching?.close()]);
    // The suite's keys in the shared Redis.
    const client = new Redis(`redis://127.0.0.1:6379/${REDIS_DB}`);
    const keys = await client.keys(`*${env?.QUEUE_PREFIX}*`);
    if (keys.length) await client.del(...keys);
    client.disconnect();
    await Promise.all([pgProxy?.close(), redisProxy?.close(), smtp?.close()]);
    await db?.drop();
    if (figures.length) {
      const lines = figures.map((f) => `| ${f.fault} | ${f.requests} | ${Object.entries(f.statuses).map(([k, v]) => `${k}×${v}`).join(' ')} | ${f.produced} | ${f.delivered} | ${f.duplicates} | ${f.recoverMs ?? '–'} |`);
      process.stdout.write(`\n| fault | requests | statuses | events produced | delivered | duplicates | recovered in ms |\n| --- | --- | --- | --- | --- | --- | --- |\n${lines.join('\n')}\n`);
    }
  }, 60_000);

  const invite = (http: () => TestAgent, label: string) =>
    http().post('/invitations').set(...bearer(wsp)).send({ email: `${label}@startbaan.test`, displayName: label, role: 'coach', organisationId: r.coachingOrgId });
  const mailsTo = (address: string) => smtp.mails.filter((m) => m.to.includes(address));
  async function readyYouth(http: () => TestAgent): Promise<{ id: string; matchingConsent: string }> {
    const { id } = await registerYouth(http, coach, vocab);
    const matchingConsent = await consent(http, coach, id, 'matching');
    await consent(http, coach, id, 'introductions');
    return { id, matchingConsent };
  }

  /**
   * Every outbox event after `after` on `queues` handled (stamped handled_at): none of their jobs is
   * waiting or in flight. (A job whose worker was killed comes back only once BullMQ finds it
   * stalled, up to a minute later: the allocation test leaves one, on a queue not looked at here.)
   */
  const allHandled = (after = '0', queues = ['matching', 'notifications']) =>
    waitFor(
      async () => (await query<{ n: number }>(db.url, `SELECT count(*)::int AS n FROM outbox_event WHERE id > $1::bigint AND queue = ANY($2) AND handled_at IS NULL`, [after, queues]))[0]!.n === 0,
      30_000,
      `every outbox event on ${queues.join(' and ')} to be handled`,
    );
  const lastEventId = async () => (await query<{ id: string }>(db.url, `SELECT COALESCE(max(id), 0)::text AS id FROM outbox_event`))[0]!.id;

  /**
   * Youths far from every other test's vacancies (Assen; the rest are in Rotterdam): two of the
   * coach's, one of the other organisation's coach. Only the match-alert runs of the vacancies
   * opened there reach them, so what those runs must write is known: one digest entry per youth,
   * in one digest per coach.
   */
  const FAR_PC4 = '9401';
  let far: Promise<{ coach: string[]; otherCoach: string[] }> | undefined;
  const farYouths = () =>
    (far ??= (async () => {
      const youth = async (who: Tokens) => {
        const { id } = await registerYouth(A, who, vocab, { pc4: FAR_PC4, skills: vocab.skills.slice(0, 2) });
        await consent(B, who, id, 'matching');
        return id;
      };
      return { coach: [await youth(coach), await youth(coach)].sort(), otherCoach: [await youth(otherCoach)] };
    })());

  /** What the match-alert run of a vacancy left: its runs (one per version of the vacancy) and, per coach, the digests holding its entries and whose entries they are. */
  async function alertsOf(vacancy: string) {
    const runs = await query<{ matches: number }>(db.url, `SELECT matches FROM match_alert_run WHERE subject = 'vacancy' AND subject_id = $1`, [vacancy]);
    const digests = await query<{ user_id: string; digests: number; youths: string[] }>(
      db.url,
      `SELECT i.user_id::text AS user_id, count(DISTINCT i.id)::int AS digests, array_agg(e->>'youthId' ORDER BY e->>'youthId') AS youths
         FROM inbox_item i CROSS JOIN LATERAL jsonb_array_elements(i.data->'entries') AS e
        WHERE i.kind = 'match_digest' AND e->>'vacancyId' = $1 GROUP BY i.user_id ORDER BY i.user_id`,
      [vacancy],
    );
    return { runs, digests };
  }
  /** The one run, and for each coach one digest holding each of the coach's far youths once. */
  const alertedOnce = (youths: { coach: string[]; otherCoach: string[] }) => ({
    runs: [{ matches: 3 }],
    digests: [
      { user_id: r.coach.id, digests: 1, youths: youths.coach },
      { user_id: r.otherCoach.id, digests: 1, youths: youths.otherCoach },
    ].sort((a, b) => a.user_id.localeCompare(b.user_id)),
  });

  interface HeldRun {
    vacancy: string;
    /** The job of the run's outbox event, on the matching queue. */
    jobId: string;
    /** The worker whose session waits at the digests with the run's claim taken. */
    holder: Proc;
    /** Ends the test's transaction: the run goes on (if anyone is left to run it). */
    release(): Promise<void>;
  }

  /**
   * Opens a vacancy in Assen and holds its match-alert run at its last step, the coaches'
   * digests, as the allocation test holds its run: the test's own transaction locks inbox_item
   * in SHARE mode (reads go on, writes wait). Every event before on the queues that write the inbox
   * is handled first, so nothing else waits there; the holder is the worker whose session waits on inbox_item while holding
   * the run's claim (a row of match_alert_run, not yet committed).
   */
  async function holdAlertRun(title: string): Promise<HeldRun> {
    await farYouths();
    await allHandled();
    const blocker = new pg.Client({ connectionString: db.url });
    blocker.on('error', () => undefined);
    await blocker.connect();
    const release = async () => {
      await blocker.query('ROLLBACK').catch(() => undefined);
      await blocker.end().catch(() => undefined);
    };
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE inbox_item IN SHARE MODE');
      const vacancy = await openVacancy(B, employer, wsp, { title, pc4: FAR_PC4, skills: vocab.skills.slice(0, 2) });
      const [eventId] = await eventIds(db.url, 'vacancy.opened', 'vacancyId', vacancy);
      // pg_stat_activity is read from a session of its own: within a transaction it is a snapshot.
      const name = await waitFor(async () => {
        const [held] = await query<{ name: string }>(
          db.url,
          `SELECT a.application_name AS name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.relation = 'inbox_item'::regclass AND NOT l.granted
              AND EXISTS (SELECT 1 FROM pg_locks c WHERE c.pid = l.pid AND c.relation = 'match_alert_run'::regclass AND c.granted)`,
        );
        return held?.name;
      }, 20_000, 'a worker to hold the match-alert run at the digests');
      const holder = [w1, w2].find((w) => new URL(w.env.DATABASE_URL!).searchParams.get('application_name') === name);
      if (!holder) throw new Error(`the run is held by a session named ${name}, not by a worker of the suite`);
      return { vacancy, jobId: `event-${eventId}`, holder, release };
    } catch (err) {
      await release();
      throw err;
    }
  }

  /**
   * BullMQ gives a dead worker's job to another once its lock has run out (30 s, renewed every
   * 15 s while the worker lived) and two stalled checks (one every 30 s across the workers) have
   * seen it: up to a minute. The test moves that time on instead of waiting it out: the lock gone, the job marked
   * by a check, the next check due. The next check (a worker starting makes one at once) moves
   * the job back to waiting, as it would have.
   */
  async function lockRunsOut(queue: Queue, jobId: string): Promise<void> {
    const redis = new Redis(`redis://127.0.0.1:6379/${REDIS_DB}`);
    try {
      await redis.multi().del(queue.toKey(`${jobId}:lock`)).sadd(queue.keys.stalled!, jobId).del(queue.keys['stalled-check']!).exec();
    } finally {
      redis.disconnect();
    }
  }

  /** Waits for a job to complete; a failed one fails the test (the run went wrong, not slow). */
  const completed = (queue: Queue, jobId: string, what: string) =>
    waitFor(async () => {
      const job = await queue.getJob(jobId);
      if (!job) return undefined;
      if (await job.isFailed()) throw new Error(`${what}: job ${jobId} failed: ${job.failedReason}`);
      return (await job.isCompleted()) ? job : undefined;
    }, 30_000, what);

  it('runs each scheduled job once per period across both workers, not once per worker', async () => {
    // The sweeps run every SWEEP_SECONDS (1 s here): over 6 s, both workers together make about six of each.
    const since = Date.now();
    await new Promise((res) => setTimeout(res, 6000));
    const done = (await maintenance.getJobs(['completed', 'active', 'failed'], 0, 2000)).filter((j) => j.name === 'email.retry' && (j.processedOn ?? 0) >= since);
    figures.push({ fault: 'none: a 1 s schedule for 6 s, two workers', requests: 0, statuses: {}, produced: done.length, delivered: done.length, duplicates: Math.max(0, done.length - 7), recoverMs: null });
    expect(done.length).toBeGreaterThanOrEqual(4);
    expect(done.length).toBeLessThanOrEqual(7);
    expect(new Set(done.map((j) => j.id)).size).toBe(done.length);
  });

  it('reads on one API what was just written on the other, suggestions included', async () => {
    const statuses: number[] = [];
    let stale = 0;
    const vacancy = await openVacancy(A, employer, wsp);
    for (let i = 0; i < 6; i++) {
      const [write, read] = i % 2 === 0 ? [A, B] : [B, A];
      const youth = await readyYouth(write);
      // The reading API's pool is warm: it has seen the youth.
      const before = await read().get(`/vacancies/${vacancy}/suggestions`).query({ k: 50 }).set(...bearer(wsp));
      statuses.push(before.status);
      if (!before.body.items.some((it: { youth: { id: string } }) => it.youth.id === youth.id)) stale++;
      const withdrawn = await write().post(`/youths/${youth.id}/consents/${youth.matchingConsent}/withdrawal`).set(...bearer(coach)).send({ reason: 'wil even niet' });
      statuses.push(withdrawn.status);
      // The very next read on the other API, and reads racing it, leave the youth out.
      const after = await Promise.all([0, 1, 2].map(() => read().get(`/vacancies/${vacancy}/suggestions`).query({ k: 50 }).set(...bearer(wsp))));
      for (const res of after) {
        statuses.push(res.status);
        if (res.body.items.some((it: { youth: { id: string } }) => it.youth.id === youth.id)) stale++;
      }
    }
    figures.push({ fault: 'none: write on one API, read on the other', requests: statuses.length, statuses: tally(statuses), produced: 0, delivered: 0, duplicates: stale, recoverMs: null });
    expect(stale).toBe(0);
    expect(statuses.every((s) => s === 200)).toBe(true);
  });

  it('suggests a vacancy opened on one API in the very next suggestions for a youth on the other', async () => {
    const statuses: number[] = [];
    let stale = 0;
    const youth = await readyYouth(A);
    const suggests = (res: { body: { items?: { vacancy: { id: string } }[] } }, id: string) => (res.body.items ?? []).some((it) => it.vacancy.id === id);
    for (let i = 0; i < 4; i++) {
      const [write, read] = i % 2 === 0 ? [A, B] : [B, A];
      // Posted and submitted, not open yet: the reading API's open-vacancy index is loaded without it.
      const posted = await write().post('/vacancies').set(...bearer(employer)).send(vacancyBody({ title: `Net geopend ${i}` }));
      expect(posted.status).toBe(201);
      const id = posted.body.id as string;
      await write().post(`/vacancies/${id}/submit`).set(...bearer(employer)).expect(200);
      const before = await read().get(`/youths/${youth.id}/suggestions`).query({ k: 50 }).set(...bearer(coach));
      statuses.push(before.status);
      if (suggests(before, id)) stale++;
      const approved = await write().post(`/vacancies/${id}/approve`).set(...bearer(wsp)).send({});
      statuses.push(approved.status);
      // The very next read on the other API, and reads racing it, suggest it.
      const after = await Promise.all([0, 1, 2].map(() => read().get(`/youths/${youth.id}/suggestions`).query({ k: 50 }).set(...bearer(coach))));
      for (const res of after) {
        statuses.push(res.status);
        if (!suggests(res, id)) stale++;
      }
    }
    figures.push({ fault: 'none: vacancy opened on one API, youth suggestions on the other', requests: statuses.length, statuses: tally(statuses), produced: 0, delivered: 0, duplicates: stale, recoverMs: null });
    expect(stale).toBe(0);
    expect(statuses.every((s) => s === 200)).toBe(true);
  });

  it('ranks a youth for WSP staff on one API by the sealed priority just written on the other', async () => {
    const statuses: number[] = [];
    let stale = 0;
    // A named mentor and no working alone: a priority youth gets the priorityMentor points on the WSP's
    // side, and the flag itself is shown. Both come from each API's in-memory youth pool.
    const vacancy = await openVacancy(A, employer, wsp, { title: 'Met een vaste begeleider' });
    const youth = await readyYouth(B);
    const shows = (res: { body: { items?: { youth: { id: string; priority?: boolean }; components: { key: string }[] }[] } }, priority: boolean) => {
      const item = (res.body.items ?? []).find((it) => it.youth.id === youth.id);
      return !!item && item.youth.priority === priority && item.components.some((c) => c.key === 'priorityMentor') === priority;
    };
    let version = 0;
    for (let i = 0; i < 4; i++) {
      const [write, read] = i % 2 === 0 ? [A, B] : [B, A];
      const priority = i % 2 === 0;
      // The reading API's pool is warm: it holds the youth with the flag as it was.
      const before = await read().get(`/vacancies/${vacancy}/suggestions`).query({ k: 50 }).set(...bearer(wsp));
      statuses.push(before.status);
      if (!shows(before, !priority)) stale++;
      const sealed = await write().put(`/youths/${youth.id}/sealed`).set(...bearer(coach)).send({
        purpose: 'intake met de jongere', version, priority, priorityReason: priority ? 'school_dropout' : null, riskFactors: [], notes: '', vogConcern: { level: 'none' },
      });
      statuses.push(sealed.status);
      version = sealed.body.version;
      const after = await Promise.all([0, 1, 2].map(() => read().get(`/vacancies/${vacancy}/suggestions`).query({ k: 50 }).set(...bearer(wsp))));
      for (const res of after) {
        statuses.push(res.status);
        if (!shows(res, priority)) stale++;
      }
    }
    figures.push({ fault: 'none: sealed priority written on one API, WSP suggestions on the other', requests: statuses.length, statuses: tally(statuses), produced: 0, delivered: 0, duplicates: stale, recoverMs: null });
    expect(stale).toBe(0);
    expect(statuses.every((s) => s === 200)).toBe(true);
  });

  it('handles every outbox event once across both workers: one e-mail each, under one Message-ID', async () => {
    const labels = Array.from({ length: 16 }, (_, i) => `eenmaal-${i}-${randomBytes(2).toString('hex')}`);
    const statuses = (await Promise.all(labels.map((l, i) => invite(i % 2 ? B : A, l)))).map((res) => res.status);
    await waitFor(async () => labels.every((l) => mailsTo(`${l}@startbaan.test`).length >= 1), 20_000, 'every invitation e-mail');
    await new Promise((res) => setTimeout(res, 500));
    const duplicates = labels.reduce((n, l) => n + mailsTo(`${l}@startbaan.test`).length - 1, 0);
    const rows = await query<{ status: string; n: number }>(db.url, `SELECT status, count(*)::int AS n FROM email_message WHERE kind = 'invitation' AND to_address LIKE 'eenmaal-%' GROUP BY status`);
    const handled = await query<{ n: number; distinct: number }>(
      db.url,
      `SELECT count(*)::int AS n, count(DISTINCT event_id)::int AS distinct FROM processed_event WHERE handler = 'notifications.invitation-email'`,
    );
    figures.push({ fault: 'none: 16 invitations through both APIs and workers', requests: statuses.length, statuses: tally(statuses), produced: labels.length, delivered: labels.length, duplicates, recoverMs: null });
    expect(statuses.every((s) => s === 201)).toBe(true);
    expect(duplicates).toBe(0);
    expect(rows).toEqual([{ status: 'sent', n: 16 }]);
    expect(handled[0]!.n).toBe(handled[0]!.distinct);
  });

  it('handles every proposal change and match alert once across both workers: one inbox item and e-mail per change and recipient, each match once in one digest', async () => {
    const statuses: number[] = [];
    const since = await lastEventId();
    const vacancy = await openVacancy(A, employer, wsp, { title: 'Eenmaal per wijziging' });
    // Each youth's consent makes a match-alert run (the vacancy above fits them all).
    const youths: string[] = [];
    for (let i = 0; i < 8; i++) youths.push((await readyYouth(i % 2 ? B : A)).id);
    const via = (i: number) => (i % 2 ? B : A);
    // Through both APIs: proposed (the employer hears), viewed (the coach hears), every other one declined (the coach hears).
    const proposed = await Promise.all(youths.map((y, i) => via(i)().post('/proposals').set(...bearer(coach)).send({ youthId: y, vacancyId: vacancy, note: 'Graag kennismaken.' })));
    const proposals = proposed.map((res) => res.body.id as string);
    const viewed = await Promise.all(proposals.map((p, i) => via(i + 1)().get(`/proposals/${p}`).set(...bearer(employer))));
    const declined = await Promise.all(proposals.filter((_, i) => i % 2 === 0).map((p, i) => via(i)().post(`/proposals/${p}/decline`).set(...bearer(employer)).send({ reason: 'availability' })));
    statuses.push(...[...proposed, ...viewed, ...declined].map((res) => res.status));
    await allHandled(since);
    // An e-mail is sent after its event's commit: once every one is sent, and none was claimed for a
    // second try (attempts 1), no other copy can still be on its way.
    const mails = await waitFor(async () => {
      const rows = await query<{ message_id: string; status: string; attempts: number }>(db.url, `SELECT message_id, status, attempts FROM email_message WHERE event_id > $1::bigint`, [since]);
      return rows.every((m) => m.status === 'sent') ? rows : undefined;
    }, 20_000, 'every e-mail of the changes to be sent');

    const changes = await query<{ proposal: string; state: string; users: string[]; mails: string[] }>(
      db.url,
      `SELECT e.payload->>'proposalId' AS proposal, e.payload->>'to' AS state,
              ARRAY(SELECT i.user_id::text FROM inbox_item i WHERE i.digest_key LIKE 'event:' || e.id || ':%' ORDER BY i.user_id) AS users,
              ARRAY(SELECT m.message_id FROM email_message m WHERE m.event_id = e.id ORDER BY m.id) AS mails
         FROM outbox_event e WHERE e.type = 'proposal.changed' AND e.payload->>'proposalId' = ANY($1::text[])`,
      [proposals],
    );
    const expected = proposals.flatMap((p, i) => [`${p} proposed ${r.employer.id}`, `${p} viewed ${r.coach.id}`, ...(i % 2 === 0 ? [`${p} declined ${r.coach.id}`] : [])]).sort();
    const messageIds = changes.flatMap((c) => c.mails);
    const received = smtp.mails.filter((m) => messageIds.includes(m.messageId!));
    // Each youth's run: claimed once for its version, and each match it found once, in the coach's one digest of the day.
    const alerts = await query<{ youth: string; runs: number; matches: number; entries: number; keys: number; digests: number; vacancy: boolean }>(
      db.url,
      `WITH entry AS (SELECT i.id AS digest, e->>'youthId' AS youth, e->>'vacancyId' AS vacancy, e->>'key' AS key
                        FROM inbox_item i CROSS JOIN LATERAL jsonb_array_elements(i.data->'entries') AS e WHERE i.kind = 'match_digest')
       SELECT y.id::text AS youth,
              (SELECT count(*)::int FROM match_alert_run a WHERE a.subject = 'youth' AND a.subject_id = y.id) AS runs,
              (SELECT COALESCE(sum(a.matches), 0)::int FROM match_alert_run a WHERE a.subject = 'youth' AND a.subject_id = y.id) AS matches,
              (SELECT count(*)::int FROM entry WHERE entry.youth = y.id::text) AS entries,
              (SELECT count(DISTINCT key)::int FROM entry WHERE entry.youth = y.id::text) AS keys,
              (SELECT count(DISTINCT digest)::int FROM entry WHERE entry.youth = y.id::text) AS digests,
              EXISTS (SELECT 1 FROM entry WHERE entry.youth = y.id::text AND entry.vacancy = $2) AS vacancy
         FROM youth y WHERE y.id = ANY($1::uuid[]) ORDER BY y.id`,
      [youths, vacancy],
    );
    const duplicates = received.length - new Set(received.map((m) => m.messageId)).size + alerts.reduce((n, a) => n + a.entries - a.keys, 0);
    figures.push({ fault: 'none: 20 proposal changes and 8 match-alert runs through both APIs and workers', requests: statuses.length, statuses: tally(statuses), produced: expected.length + youths.length, delivered: changes.filter((c) => c.users.length).length + alerts.filter((a) => a.runs).length, duplicates, recoverMs: null });
    expect(statuses).toEqual([...proposals.map(() => 201), ...proposals.map(() => 200), ...declined.map(() => 200)]);
    // One event per change, one inbox item per change and recipient.
    expect(changes.map((c) => `${c.proposal} ${c.state} ${c.users.join(',')}`).sort()).toEqual(expected);
    // One e-mail per inbox item, tried once and received once under its Message-ID.
    expect(changes.every((c) => c.mails.length === c.users.length)).toBe(true);
    expect(mails.map((m) => m.attempts)).toEqual(mails.map(() => 1));
    expect(received.map((m) => m.messageId).sort()).toEqual([...messageIds].sort());
    // Every match of the run is in the digest (the vacancy above among them), none twice, all in one digest.
    expect(alerts.map((a) => ({ runs: a.runs, missing: a.matches - a.keys, twice: a.entries - a.keys, digests: a.digests, vacancy: a.vacancy }))).toEqual(
      youths.map(() => ({ runs: 1, missing: 0, twice: 0, digests: 1, vacancy: true })),
    );
  });

  let programmeId: string;
  it('makes an allocation run once, and finishes it after the worker computing it is killed', async () => {
    const p = await A().post('/programmes').set(...bearer(wsp)).send({ name: 'Zomer 2027 processen', applyFrom: '2027-03-01', applyTo: '2027-05-15', workFrom: '2027-07-05', workTo: '2027-08-27', maxChoices: 3 });
    expect(p.status).toBe(201);
    programmeId = p.body.id;
    await A().post(`/programmes/${programmeId}/status`).set(...bearer(wsp)).send({ status: 'open' }).expect(200);
    const vacancy = await openVacancy(A, employer, wsp, { title: 'Bakkerij processen' });
    await B().put(`/programmes/${programmeId}/vacancies/${vacancy}`).set(...bearer(employer)).send({ places: 2 }).expect(200);
    const youths: string[] = [];
    for (let i = 0; i < 3; i++) youths.push((await readyYouth(i % 2 ? B : A)).id);
    for (const y of youths) await A().put(`/programmes/${programmeId}/entries/${y}`).set(...bearer(coach)).send({ choices: [vacancy] }).expect(200);

    // The run is held at its last step: the test locks the table its matches go into.
    const blocker = new pg.Client({ connectionString: db.url });
    blocker.on('error', () => undefined);
    await blocker.connect();
    let victim: Proc | undefined;
    let runId: string;
    let killedAt: number;
    let started: { status: number };
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE allocation_match IN ACCESS EXCLUSIVE MODE');
      const res = await B().post(`/programmes/${programmeId}/allocation-runs`).set(...bearer(wsp)).send({ seed: 11 });
      started = res;
      expect(res.status).toBe(202);
      runId = res.body.id;
      const holder = await waitFor(async () => {
        const [run] = await query<{ claimed_by: string | null; waiting: boolean }>(
          db.url,
          `SELECT claimed_by, EXISTS (SELECT 1 FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
                                       WHERE c.relname = 'allocation_match' AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) AND NOT l.granted) AS waiting
             FROM allocation_run WHERE id = $1`,
          [runId],
        );
        return run?.claimed_by && run.waiting ? run.claimed_by : undefined;
      }, 20_000, 'a worker to hold the run at its last step');
      victim = [w1, w2].find((w) => holder.includes(`:${w.pid}:`));
      expect(victim).toBeDefined();
      victim!.kill('SIGKILL');
      killedAt = Date.now();
      await victim!.exited();
    } finally {
      await blocker.query('ROLLBACK').catch(() => undefined);
      await blocker.end().catch(() => undefined);
    }
    // The other worker takes the run over once the lease has run out; meanwhile a second start is refused, not lost.
    const refused = await A().post(`/programmes/${programmeId}/allocation-runs`).set(...bearer(wsp)).send({ seed: 12 });
    const done = await waitFor(async () => {
      const res = await A().get(`/programmes/${programmeId}/allocation-runs/${runId}`).set(...bearer(wsp));
      return res.body.status === 'draft' ? res.body : undefined;
    }, 30_000, 'the run to be finished by the other worker');
    const recoverMs = Date.now() - killedAt!;
    await startWorkerProc(victim!, 2);
    // Both workers see the run's job again (a repeated delivery): nothing changes.
    await query(db.url, `INSERT INTO outbox_event (type, queue, region_id, payload) VALUES ('allocation.run', 'allocation', $1, $2)`, [r.regionId, { runId }]);
    await new Promise((res) => setTimeout(res, 1500));
    const [run] = await query<{ status: string; attempts: number; finished_at: Date; matches: number }>(
      db.url,
      `SELECT status, attempts, finished_at, (SELECT count(*)::int FROM allocation_match m WHERE m.run_id = r.id) AS matches FROM allocation_run r WHERE id = $1`,
      [runId],
    );
    figures.push({ fault: 'worker SIGKILL during an allocation run', requests: 2, statuses: tally([started!.status, refused.status]), produced: 1, delivered: 1, duplicates: run!.attempts - 2, recoverMs });
    expect(refused.status).toBe(409);
    expect(run).toMatchObject({ status: 'draft', attempts: 2, matches: 3 });
    expect(new Date(run!.finished_at).toISOString()).toBe(new Date(done.finishedAt).toISOString());
    expect(done.report).toMatchObject({ youths: 3, matched: 2, places: 2 });
    // The next run is not blocked, and the draft before stays until the next one is a draft.
    const next = await B().post(`/programmes/${programmeId}/allocation-runs`).set(...bearer(wsp)).send({ seed: 13 }).expect(202);
    expect((await query<{ status: string }>(db.url, `SELECT status FROM allocation_run WHERE id = $1`, [runId]))[0]!.status).toBe('draft');
    await waitFor(async () => (await query<{ status: string }>(db.url, `SELECT status FROM allocation_run WHERE id = $1`, [next.body.id]))[0]!.status === 'draft', 20_000, 'the next run');
    expect((await query<{ status: string }>(db.url, `SELECT status FROM allocation_run WHERE id = $1`, [runId]))[0]!.status).toBe('superseded');
  });

  it('finishes a match-alert run once after the worker running it is killed mid-way and restarted: one run, one digest entry per coach and youth', async () => {
    const youths = await farYouths();
    const held = await holdAlertRun('Vakkenvuller, gestopt');
    let killedAt: number;
    try {
      held.holder.kill('SIGKILL');
      killedAt = Date.now();
      await held.holder.exited();
    } finally {
      // The killed worker's session goes on to its insert and finds no one there: its transaction, the run's claim with it, is rolled back.
      await held.release();
    }
    await lockRunsOut(matching, held.jobId);
    await startWorkerProc(held.holder, 2);
    const job = await completed(matching, held.jobId, 'the match-alert run after the restart');
    const recoverMs = Date.now() - killedAt!;
    const alerts = await alertsOf(held.vacancy);
    const duplicates = alerts.runs.length - 1 + alerts.digests.reduce((n, d) => n + d.youths.length - new Set(d.youths).size, 0);
    figures.push({ fault: 'worker SIGKILL during a match-alert run (at its digests), restarted', requests: 0, statuses: {}, produced: 1, delivered: alerts.runs.length, duplicates, recoverMs });
    expect(alerts).toEqual(alertedOnce(youths));
    // Given back once, as stalled, and run to the end once.
    expect({ stalled: job.stalledCounter, attempts: job.attemptsMade }).toEqual({ stalled: 1, attempts: 1 });
  }, 60_000);

  it('finishes a job in flight on SIGTERM before it exits, within its grace', async () => {
    const youths = await farYouths();
    const held = await holdAlertRun('Vakkenvuller, netjes gestopt');
    const grace = Number(ENV.SHUTDOWN_GRACE_MS);
    let termAt: number;
    let inFlight: { running: boolean; waiting: boolean };
    try {
      held.holder.kill('SIGTERM');
      termAt = Date.now();
      // Its queue workers are closing (they leave Redis): what is left is waiting for the run in flight.
      await waitFor(async () => (await workersOn(maintenance)) === 1 && (await workersOn(notifications)) === 1, grace, `${held.holder.name} to close its queue workers`);
      const waiting = await query(db.url, `SELECT 1 FROM pg_locks WHERE relation = 'inbox_item'::regclass AND NOT granted`);
      inFlight = { running: held.holder.running, waiting: waiting.length === 1 };
    } finally {
      await held.release();
    }
    const code = await held.holder.exited(grace + 5000);
    const exitedAt = held.holder.exitedAt!;
    const exitMs = exitedAt - termAt!;
    const job = await completed(matching, held.jobId, 'the match-alert run');
    const alerts = await alertsOf(held.vacancy);
    figures.push({ fault: 'SIGTERM to a worker with a match-alert run in flight (ms to its exit)', requests: 0, statuses: {}, produced: 1, delivered: alerts.runs.length, duplicates: Math.max(0, alerts.runs.length - 1), recoverMs: exitMs });
    await startWorkerProc(held.holder, 2);
    // Still there, its run still waiting, when the test let the run go.
    expect(inFlight!).toEqual({ running: true, waiting: true });
    // It finished the run itself, then exited cleanly: code 0 is not the hard stop at the grace plus 2 s (main.ts).
    expect(code).toBe(0);
    expect(exitMs).toBeLessThan(grace + 2000);
    expect(job.finishedOn!).toBeLessThanOrEqual(exitedAt);
    expect({ stalled: job.stalledCounter, attempts: job.attemptsMade }).toEqual({ stalled: 0, attempts: 1 });
    expect(alerts).toEqual(alertedOnce(youths));
  }, 60_000);

  it('sends an e-mail once more, under the same Message-ID, when its worker is killed between the send and the commit', async () => {
    smtp.mode = 'hold';
    const label = `gestopt-${randomBytes(3).toString('hex')}`;
    const res = await invite(A, label);
    expect(res.status).toBe(201);
    await waitFor(async () => mailsTo(`${label}@startbaan.test`).length === 1, 20_000, 'the e-mail to reach the server');
    // Which worker sends it is not known: both go, as a machine would.
    for (const w of [w1, w2]) w.kill('SIGKILL');
    const killedAt = Date.now();
    await Promise.all([w1.exited(), w2.exited()]);
    smtp.mode = 'accept';
    await startWorkerProc(w1, 1);
    await startWorkerProc(w2, 2);
    const [row] = await waitFor(async () => {
      const rows = await query<{ status: string; attempts: number; message_id: string }>(db.url, `SELECT status, attempts, message_id FROM email_message WHERE to_address = $1`, [`${label}@startbaan.test`]);
      return rows[0]?.status === 'sent' ? rows : undefined;
    }, 30_000, 'the e-mail to be sent again');
    const recoverMs = Date.now() - killedAt;
    const received = mailsTo(`${label}@startbaan.test`);
    figures.push({ fault: 'both workers SIGKILL between SMTP send and commit', requests: 1, statuses: tally([res.status]), produced: 1, delivered: received.length, duplicates: new Set(received.map((m) => m.messageId)).size - 1, recoverMs });
    expect(row!.attempts).toBe(2);
    // Two copies reached the server, one message: the receiver drops the repeat by its Message-ID.
    expect(received.length).toBe(2);
    expect(new Set(received.map((m) => m.messageId))).toEqual(new Set([row!.message_id]));
  });

  it('answers 503 with Retry-After while PostgreSQL is away, goes not-ready and back, and delivers what was written after', async () => {
    const statuses: (number | string)[] = [];
    const slow: number[] = [];
    pgProxy.cut();
    const cutAt = Date.now();
    const ready: number[] = [];
    while (Date.now() - cutAt < 4000) {
      const t0 = Date.now();
      const answers = await Promise.all([
        A().get('/me').set(...bearer(coach)),
        B().get('/programmes').set(...bearer(wsp)),
        A().post('/youths').set(...bearer(coach)).send({}),
        B().get('/health/ready'),
      ].map((p) => p.then((res) => res, (err: Error) => ({ status: `error ${err.message}`, headers: {}, body: {} }))));
      slow.push(Date.now() - t0);
      for (const [i, a] of answers.entries()) {
        if (i === 3) ready.push(a.status as number);
        statuses.push(a.status);
        if (a.status === 503 && i !== 3) {
          expect((a.headers as Record<string, string>)['retry-after']).toBe('5');
          expect(a.body).toMatchObject({ type: '/problems/unavailable', status: 503 });
          expect(JSON.stringify(a.body)).not.toMatch(/ECONN|stack|at \w+ \(/);
        }
      }
    }
    pgProxy.restore();
    const restoredAt = Date.now();
    await apiReady(A);
    await apiReady(B);
    const label = `na-pg-${randomBytes(3).toString('hex')}`;
    const after = await invite(B, label);
    await waitFor(async () => mailsTo(`${label}@startbaan.test`).length === 1, 20_000, 'the e-mail written after the outage');
    const recoverMs = Date.now() - restoredAt;
    figures.push({ fault: 'PostgreSQL cut for 4 s', requests: statuses.length + 1, statuses: tally([...statuses, after.status]), produced: 1, delivered: mailsTo(`${label}@startbaan.test`).length, duplicates: 0, recoverMs });
    expect(statuses.filter((s) => s !== 503 && s !== 400)).toEqual([]);
    expect(ready.every((s) => s === 503)).toBe(true);
    expect(Math.max(...slow)).toBeLessThan(4000);
    expect(after.status).toBe(201);
  });

  it('keeps serving while Redis is away, refuses sign-in with 503, holds events, and schedules again when Redis lost its jobs', async () => {
    const statuses: (number | string)[] = [];
    redisProxy.cut();
    const cutAt = Date.now();
    // Redis came back empty: the repeatable jobs are gone.
    for (const s of await maintenance.getJobSchedulers()) await maintenance.removeJobScheduler(s.key!);
    const labels: string[] = [];
    let signIn = 0;
    while (Date.now() - cutAt < 4000) {
      const label = `tijdens-redis-${labels.length}-${randomBytes(2).toString('hex')}`;
      labels.push(label);
      const answers = await Promise.all([
        invite(labels.length % 2 ? A : B, label),
        B().get('/programmes').set(...bearer(wsp)),
        A().post('/auth/login').send({ email: r.coach.email, password: PASSWORD }),
      ]);
      signIn = answers[2].status;
      statuses.push(...answers.map((a) => a.status));
      await new Promise((res) => setTimeout(res, 300));
    }
    expect(mailsTo(`${labels[0]}@startbaan.test`)).toHaveLength(0);
    redisProxy.restore();
    const restoredAt = Date.now();
    await waitFor(async () => labels.every((l) => mailsTo(`${l}@startbaan.test`).length >= 1), 30_000, 'the events held during the outage');
    const recoverMs = Date.now() - restoredAt;
    const schedulers = await waitFor(async () => {
      const list = await maintenance.getJobSchedulers();
      return list.length >= SCHEDULED_JOBS.length ? list : undefined;
    }, 20_000, 'the repeatable jobs to be registered again');
    await new Promise((res) => setTimeout(res, 500));
    const duplicates = labels.reduce((n, l) => n + mailsTo(`${l}@startbaan.test`).length - 1, 0);
    figures.push({ fault: 'Redis cut for 4 s (and its schedules lost)', requests: statuses.length, statuses: tally(statuses), produced: labels.length, delivered: labels.filter((l) => mailsTo(`${l}@startbaan.test`).length).length, duplicates, recoverMs });
    expect(signIn).toBe(503);
    expect(statuses.filter((s) => s !== 201 && s !== 200 && s !== 503)).toEqual([]);
    expect(duplicates).toBe(0);
    // Every scheduled job once, the wall-clock ones at their pattern in UTC (the hourly expiry at
    // five past, the nightly purges, the weekly snapshot on Mondays at 06:00), the sweeps every SWEEP_SECONDS.
    expect(schedulers.map((s) => [s.key, s.pattern ?? `every ${s.every}`, s.tz ?? null]).sort()).toEqual(
      SCHEDULED_JOBS.map((j) => [j.name, j.pattern ?? 'every 1000', j.pattern ? 'UTC' : null]).sort(),
    );
    expect(SCHEDULED_JOBS.find((j) => j.name === 'monitoring.weekly')?.pattern).toBe('0 6 * * 1');
    await A().post('/auth/login').send({ email: r.coach.email, password: PASSWORD }).expect(200);
  });

  it('tries a refused e-mail again with back-off and ends it failed with a task for WSP staff, without holding up the rest', async () => {
    smtp.mode = 'refuse';
    const refusedBefore = smtp.refused;
    const label = `geweigerd-${randomBytes(3).toString('hex')}`;
    const res = await invite(B, label);
    const t0 = Date.now();
    const [row] = await waitFor(async () => {
      const rows = await query<{ id: string; status: string; attempts: number }>(db.url, `SELECT id, status, attempts FROM email_message WHERE to_address = $1`, [`${label}@startbaan.test`]);
      return rows[0]?.status === 'failed' ? rows : undefined;
    }, 30_000, 'the e-mail to fail');
    const failedMs = Date.now() - t0;
    smtp.mode = 'accept';
    // Meanwhile, and after, the queue moves on.
    const next = `daarna-${randomBytes(3).toString('hex')}`;
    await invite(A, next).expect(201);
    await waitFor(async () => mailsTo(`${next}@startbaan.test`).length === 1, 20_000, 'the next e-mail');
    const tasks = await query<{ user_id: string; kind: string }>(db.url, `SELECT user_id, kind FROM task WHERE key LIKE $1`, [`email-failed:${row!.id}:%`]);
    figures.push({ fault: 'SMTP refusing (451)', requests: 2, statuses: tally([res.status, 201]), produced: 2, delivered: 1, duplicates: 0, recoverMs: failedMs });
    expect(res.status).toBe(201);
    expect(row!.attempts).toBe(3);
    expect(smtp.refused - refusedBefore).toBe(3);
    expect(tasks).toEqual([{ user_id: expect.any(String), kind: 'email_failed' }]);
    expect(await query(db.url, `SELECT 1 FROM email_message WHERE status = 'pending' AND attempts >= 3`)).toEqual([]);
  });

  it('drains on SIGTERM: the API answers every request it had accepted and stops accepting, the worker exits within its grace', async () => {
    const outcomes: { startedBeforeTerm: boolean; outcome: number | string }[] = [];
    let termAt = Infinity;
    // Requests that take a while (a suggestion read re-ranks the region), 10 ms apart, SIGTERM in the middle.
    const vacancy = (await query<{ id: string }>(db.url, `SELECT id FROM vacancy WHERE status = 'open' LIMIT 1`))[0]!.id;
    const burst = Array.from({ length: 40 }, (_, i) =>
      new Promise((res) => setTimeout(res, i * 10)).then(() => {
        const startedBeforeTerm = Date.now() < termAt;
        return B().get(`/vacancies/${vacancy}/suggestions`).query({ k: 50 }).set(...bearer(wsp)).then(
          (x) => outcomes.push({ startedBeforeTerm, outcome: x.status }),
          (err: NodeJS.ErrnoException) => outcomes.push({ startedBeforeTerm, outcome: err.code ?? err.message }),
        );
      }),
    );
    await new Promise((res) => setTimeout(res, 150));
    termAt = Date.now();
    apiB.kill('SIGTERM');
    w2.kill('SIGTERM');
    await Promise.all(burst);
    const [apiCode, workerCode] = await Promise.all([apiB.exited(10_000), w2.exited(10_000)]);
    const apiMs = apiB.exitedAt! - termAt;
    const workerMs = w2.exitedAt! - termAt;
    const before = outcomes.filter((o) => o.startedBeforeTerm).map((o) => o.outcome);
    const after = outcomes.filter((o) => !o.startedBeforeTerm).map((o) => o.outcome);
    figures.push({ fault: 'SIGTERM to API B and worker 2 under a burst (sent before SIGTERM)', requests: before.length, statuses: tally(before), produced: 0, delivered: 0, duplicates: 0, recoverMs: apiMs });
    figures.push({ fault: 'SIGTERM to API B and worker 2 under a burst (sent after SIGTERM, in the drain delay)', requests: after.length, statuses: tally(after), produced: 0, delivered: 0, duplicates: 0, recoverMs: workerMs });
    // Every request, sent before SIGTERM or in the drain delay after it, is answered; none is reset. Never a 5xx.
    expect(before.length).toBeGreaterThan(5);
    expect(outcomes.filter((o) => o.outcome !== 200)).toEqual([]);
    expect(apiCode).toBe(0);
    expect(workerCode).toBe(0);
    expect(workerMs).toBeLessThan(6000);
    // Worker 1 still delivers on its own.
    const label = `alleen-${randomBytes(3).toString('hex')}`;
    await invite(A, label).expect(201);
    await waitFor(async () => mailsTo(`${label}@startbaan.test`).length === 1, 20_000, 'the e-mail through the one worker left');
  });
});
