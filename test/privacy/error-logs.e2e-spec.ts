import { PassThrough } from 'node:stream';
import { type INestApplication, type INestApplicationContext, Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import request from 'supertest';
import { startApi, startWorker, suiteEnv, waitFor } from '../support/app.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { bearer, loginAll, query, type RegionFixture, seedRegion, type Tokens } from '../support/fixtures.js';
import { raceAtInsert, waitForLockWaiters, withLockHeld } from '../support/locks.js';
import { acceptPledge, openVacancy } from '../support/vacancies.js';
import { consent, registerYouth, type Vocab, vocabulary, youthBody } from '../support/youth.js';
import { type Canaries, findCanaries, makeCanaries } from './scanner.js';

/**
 * A failed statement carries the request with it: TypeORM's error holds the parameters,
 * PostgreSQL's detail repeats key values and whole rows, its message quotes the input. Each
 * failure PostgreSQL can raise on a write is forced here through ordinary requests (test-only
 * constraints, a table lock, the suite database's isolation level, the API's statement timeout), with
 * a marker in every field the request carries. The answers are problems, never a 500 for what
 * the database refuses on purpose, and no log line of the API or the worker holds a marker.
 */
describe('failed statements: a problem for the client, nothing of the request in the logs', () => {
  let db: TestDatabase;
  let env: Record<string, string | undefined>;
  let api: INestApplication;
  let worker: INestApplicationContext;
  let r: RegionFixture;
  let coach: Tokens, wsp: Tokens, employer: Tokens;
  let vocab: Vocab;
  let vacancyId: string;
  const logLines: string[] = [];
  const canary = makeCanaries();
  const canaries: Canaries = {};
  const http = () => request(api.getHttpServer());

  /** A marker for `label`, remembered for the scan of the logs. */
  const mark = (label: string): string => (canaries[label] = canary(label));

  /**
   * Whatever bypasses pino (a library's console logger, a stray console.log, a direct write to
   * standard output or error) is a log line too: it is captured beside the sinks while the suite runs.
   */
  const restoreConsole: (() => void)[] = [];
  function captureConsole(): void {
    for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
      const original = console[method];
      console[method] = (...args: unknown[]) => {
        logLines.push(JSON.stringify({ console: method, args: args.map((a) => (a instanceof Error ? `${a.stack} ${JSON.stringify(a)}` : typeof a === 'string' ? a : JSON.stringify(a))) }));
      };
      restoreConsole.push(() => (console[method] = original));
    }
    for (const stream of [process.stdout, process.stderr]) {
      const original = stream.write.bind(stream);
      stream.write = ((chunk: unknown, ...rest: unknown[]) => {
        logLines.push(JSON.stringify({ stream: String(chunk) }));
        return (original as (...a: unknown[]) => boolean)(chunk, ...rest);
      }) as typeof stream.write;
      restoreConsole.push(() => (stream.write = original));
    }
  }

  function logSink(): PassThrough {
    const sink = new PassThrough();
    sink.on('data', (chunk: Buffer) => logLines.push(...chunk.toString('utf8').split('\n').filter(Boolean)));
    return sink;
  }

  /** The API again, on connections that take the database's new settings (`ALTER DATABASE … <setting>`) and with `overrides` to its environment. */
  async function restartApi(settings: string[], overrides: Record<string, string> = {}): Promise<void> {
    await api.close();
    for (const setting of settings) await query(db.url, `ALTER DATABASE "${db.name}" ${setting}`);
    api = await startApi({ ...env, ...overrides }, { logDestination: logSink() });
  }

  async function readyYouth(): Promise<string> {
    const { id } = await registerYouth(http, coach, vocab);
    await consent(http, coach, id, 'matching');
    await consent(http, coach, id, 'introductions');
    return id;
  }

  /** A proposal with markers in the note, the Idempotency-Key and the query string. */
  function propose(label: string, body: { youthId: string; vacancyId?: string; note?: string }, key = true) {
    const req = http().post(`/proposals?ref=${mark(`${label}.query`)}`).set(...bearer(coach));
    if (key) req.set('Idempotency-Key', mark(`${label}.key`));
    return req.send({ vacancyId, note: mark(`${label}.note`), ...body });
  }

  const expectProblem = (res: request.Response, status: number, type: string) => {
    expect({ status: res.status, type: res.body.type }).toEqual({ status, type: `/problems/${type}` });
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(findCanaries(JSON.stringify(res.body), canaries)).toEqual([]);
    expect(res.text).not.toMatch(/Key \(|Failing row|INSERT|UPDATE|SELECT|violates/);
  };

  beforeAll(async () => {
    captureConsole();
    db = await createTestDatabase();
    // The most verbose level there is (LOG_LEVEL accepts trace): no line, whatever its level, may hold a marker.
    env = suiteEnv(db, { LOG_LEVEL: 'trace', DB_POOL_SIZE: '12' });
    api = await startApi(env, { logDestination: logSink() });
    worker = await startWorker(env, { logDestination: logSink() });
    r = await seedRegion(db.url);
    [coach, wsp, employer] = await loginAll(http, [r.coach, r.wsp, r.employer]);
    vocab = await vocabulary(http, coach);
    await acceptPledge(http, employer, r.employerOrgId);
    vacancyId = await openVacancy(http, employer, wsp);
  }, 60_000);

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await db?.drop();
    for (const restore of restoreConsole) restore();
  });

  it("answers a check violation on a youth's profile 422 naming the rule, and logs none of its fields", async () => {
    await query(db.url, `ALTER TABLE youth ADD CONSTRAINT test_no_marker CHECK (motivation NOT LIKE 'CANARY-%')`);
    const body = youthBody(vocab, {
      otherSkills: mark('youth.otherSkills'),
      motivation: mark('youth.motivation'),
      education: { level: 'mbo_2', status: 'enrolled', school: mark('youth.school'), track: mark('youth.track') },
      identity: { firstName: mark('identity.firstName'), lastName: mark('identity.lastName'), email: `${mark('identity.email').toLowerCase()}@example.test`, phone: '0699117733', preferredContact: 'email' },
    });
    canaries['identity.phone'] = '0699117733';
    const res = await http().post('/youths').set(...bearer(coach)).send(body);
    expectProblem(res, 422, 'rule-violated');
    expect(res.body.detail).toBe('The youth breaks a rule (test no marker): a value is not allowed.');
    expect(await query(db.url, `SELECT 1 FROM youth WHERE motivation LIKE 'CANARY-%'`)).toEqual([]);
  });

  it("answers a unique violation 409, without the key values PostgreSQL's detail repeats", async () => {
    await query(db.url, `CREATE UNIQUE INDEX test_note_once ON proposal (note) WHERE note LIKE 'CANARY-uniquenote%'`);
    const note = mark('unique.note');
    await propose('unique.first', { youthId: await readyYouth(), note }).expect(201);
    const res = await propose('unique.second', { youthId: await readyYouth(), note });
    expectProblem(res, 409, 'conflict');
    expect(res.body.detail).toBe('A proposal like this already exists.');
  });

  it('answers eight simultaneous proposals of one youth with one 201 and 409s; the losing INSERTs are logged without their notes', async () => {
    const youthId = await readyYouth();
    const answers = await raceAtInsert(db.url, 'proposal', 8, () => Array.from({ length: 8 }, (_, i) => propose(`race.${i}`, { youthId })));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
    for (const a of answers.filter((x) => x.status === 409)) expectProblem(a, 409, 'proposal-exists');
  });

  it('answers a value PostgreSQL cannot read 400; the log keeps its message without the value it quotes', async () => {
    await query(db.url, `ALTER TABLE proposal ADD CONSTRAINT test_cast CHECK (CASE WHEN note LIKE 'CANARY-castnote%' THEN note::int > 0 ELSE true END)`);
    expectProblem(await propose('cast', { youthId: await readyYouth() }), 400, 'invalid-input');
  });

  it('answers a text longer than its column 422', async () => {
    await query(db.url, `ALTER TABLE proposal ALTER COLUMN note TYPE varchar(60)`);
    try {
      const youthId = await readyYouth();
      expectProblem(await propose('long', { youthId, note: `${mark('long.note')} ${'lang verhaal '.repeat(8)}` }), 422, 'value-too-long');
    } finally {
      await query(db.url, `ALTER TABLE proposal ALTER COLUMN note TYPE varchar(600)`);
    }
  });

  it('answers a fault of ours 500 saying nothing, and logs the error without its parameters', async () => {
    await query(db.url, `ALTER TABLE proposal ADD CONSTRAINT test_crash CHECK (CASE WHEN note LIKE 'CANARY-crashnote%' THEN length(note) / 0 > 0 ELSE true END)`);
    const res = await propose('crash', { youthId: await readyYouth() });
    expect(res.status).toBe(500);
    expect(res.body.detail).toBe('Something went wrong on our side. The error has been logged.');
    expect(findCanaries(res.text, canaries)).toEqual([]);
    const line = await waitFor(async () => logLines.map((l) => JSON.parse(l) as Record<string, any>).find((l) => l.msg === 'unhandled error' && l.err?.code === '22012'), 5000, 'the logged 500');
    expect(line.err).toMatchObject({ name: 'QueryFailedError', message: 'division by zero', statement: 'INSERT' });
    expect(line.err).not.toHaveProperty('parameters');
    expect(line.err).not.toHaveProperty('driverError');
  });

  it('keeps no value in the log or in what BullMQ keeps for the board when a job fails in the worker', async () => {
    const marked = await openVacancy(http, employer, wsp, {
      title: mark('vacancy.title'), description: `Werk in de winkel. ${mark('vacancy.description')}`, mentorName: mark('vacancy.mentor'), firstWeek: mark('vacancy.firstWeek'),
    });
    // First a delivery that goes well: its e-mail's subject holds the vacancy's title.
    await propose('worker.first', { youthId: await readyYouth(), vacancyId: marked }).expect(201);
    await waitFor(async () => (await query(db.url, `SELECT 1 FROM email_message WHERE subject LIKE '%CANARY-vacancytitle%' AND status <> 'pending'`)).length > 0, 15000, "the employer's e-mail");
    // Then a cast of the title that fails: PostgreSQL's message quotes the title, marker and all.
    await query(db.url, `ALTER TABLE inbox_item ADD CONSTRAINT test_inbox_title CHECK (CASE WHEN title_nl LIKE '%CANARY-%' THEN title_nl::int > 0 ELSE true END) NOT VALID`);
    await propose('worker.second', { youthId: await readyYouth(), vacancyId: marked }).expect(201);
    const queue = new Queue('notifications', { connection: { url: env.REDIS_URL! }, prefix: `{${env.QUEUE_PREFIX}}` });
    try {
      const failed = await waitFor(async () => {
        const jobs = await queue.getJobs(['delayed', 'failed', 'wait', 'active']);
        return jobs.find((j) => j.attemptsMade > 0 && j.failedReason);
      }, 20000, 'a notification job to fail');
      expect(failed.failedReason).toBe('invalid input syntax for type integer: [redacted]');
      expect(findCanaries(`${failed.failedReason}\n${(failed.stacktrace ?? []).join('\n')}`, canaries)).toEqual([]);
    } finally {
      await queue.close();
    }
    await waitFor(async () => logLines.some((l) => /"msg":"job proposal\.changed \S+ failed/.test(l)), 5000, "the worker's log of the failed job");
  });

  it('answers the loser of two simultaneous changes under REPEATABLE READ 409 with Retry-After, and the winner 200', async () => {
    const p = (await propose('serial.setup', { youthId: await readyYouth() }).expect(201)).body.id as string;
    await restartApi([`SET default_transaction_isolation = 'repeatable read'`]);
    const answers = await withLockHeld(db.url, [{ sql: 'SELECT 1 FROM proposal WHERE id = $1 FOR UPDATE', params: [p] }], async (lock) => {
      const pending = Promise.all(
        [0, 1].map((i) => http().post(`/proposals/${p}/withdraw?ref=${mark(`serial.${i}.query`)}`).set(...bearer(coach)).send({ reason: mark(`serial.${i}.reason`) })),
      );
      await waitForLockWaiters(lock, 2, `locktype IN ('transactionid', 'tuple')`, 'withdrawals waiting for the proposal');
      await lock.release();
      return pending;
    });
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const loser = answers.find((a) => a.status === 409)!;
    expectProblem(loser, 409, 'try-again');
    expect(loser.headers['retry-after']).toBe('1');
  });

  it('answers a statement that runs out of time 503 with Retry-After', async () => {
    const youthId = await readyYouth();
    // The API sets statement_timeout on each connection (DB_STATEMENT_TIMEOUT_MS), over the database's own setting.
    await restartApi(['RESET default_transaction_isolation'], { DB_STATEMENT_TIMEOUT_MS: '1500' });
    const res = await withLockHeld(db.url, [{ sql: 'LOCK TABLE proposal IN SHARE MODE' }], () => propose('timeout', { youthId }).then((x) => x));
    expectProblem(res, 503, 'timeout');
    expect(res.headers['retry-after']).toBe('5');
  });

  it('finds no marker in any log line of the API or the worker, and every failure above in them', async () => {
    // Lines of every level reach the sinks: a trace line (Nest's verbose) is written too.
    new Logger('error-logs').verbose('trace level probe');
    await waitFor(async () => logLines.some((l) => /"level":10\b.*"msg":"trace level probe"/.test(l)), 2000, 'the trace line');
    const found = logLines.flatMap((line) => findCanaries(line, canaries).map((f) => `${f.label} in ${line.slice(0, 300)}`));
    expect(found).toEqual([]);
    const failedQueries = logLines.map((l) => JSON.parse(l) as { msg?: string; query?: { code?: string } }).filter((l) => l.msg === 'query failed');
    expect(logLines.filter((l) => /"(console|stream)":/.test(l))).toEqual([]);
    const codes = new Set(failedQueries.map((l) => l.query?.code));
    for (const code of ['23514', '23505', '22P02', '22001', '22012', '40001', '57014']) expect([code, codes.has(code)]).toEqual([code, true]);
    expect(Object.keys(canaries).length).toBeGreaterThan(40);
  });
});
