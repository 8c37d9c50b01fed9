import type { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { jobIdOf, OUTBOX_REDRIVE_LIMIT, OutboxRedrive, OutboxRelay, QUEUES } from '@startbaan/platform';
import type { Queue } from 'bullmq';
import { startWorker, startSuite, type Suite, waitFor } from './support/app.js';
import { bearer, login, query, type RegionFixture, seedRegion, type Tokens } from './support/fixtures.js';

/**
 * The outbox promise: an event committed with its change reaches its handler exactly once,
 * even when Redis is away for a while and even when the relay sends a row twice.
 */
describe('transactional outbox', () => {
  let s: Suite;
  let r: RegionFixture;
  let wsp: Tokens;
  let worker: INestApplicationContext | undefined;

  beforeAll(async () => {
    // Relayed events unhandled for a second are looked at again (production: two minutes).
    // The tests sweep themselves: the worker's own sweep (SWEEP_SECONDS) would race them.
    s = await startSuite({ OUTBOX_REDRIVE_SECONDS: '1', SWEEP_SECONDS: '3600' });
    r = await seedRegion(s.db.url);
    wsp = await login(s.http, r.wsp.email);
  });
  afterAll(async () => {
    await worker?.close();
    await s.close();
  });

  const inviteMany = async (n: number, tag: string): Promise<string[]> => {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const res = await s.http()
        .post('/invitations')
        .set(...bearer(wsp))
        .send({ email: `${tag}${i}@startbaan.test`, displayName: `${tag} ${i}`, role: 'coach', organisationId: r.coachingOrgId })
        .expect(201);
      ids.push(res.body.id);
    }
    return ids;
  };
  const counts = async () => {
    const [row] = await query<{ events: string; pending: string; mails: string; processed: string }>(
      s.db.url,
      `SELECT (SELECT count(*) FROM outbox_event) AS events,
              (SELECT count(*) FROM outbox_event WHERE dispatched_at IS NULL) AS pending,
              (SELECT count(*) FROM email_message) AS mails,
              (SELECT count(*) FROM processed_event) AS processed`,
    );
    return { events: Number(row!.events), pending: Number(row!.pending), mails: Number(row!.mails), processed: Number(row!.processed) };
  };

  it('keeps events while Redis is unreachable and delivers each exactly once when it is back', async () => {
    // A worker whose Redis is a dead port: the relay tries, fails and leaves the rows alone.
    const deadWorker = await startWorker({ ...s.env, REDIS_URL: 'redis://127.0.0.1:1' });
    try {
      await inviteMany(5, 'outage');
      // A relay pass of its own, to its end: it fails on Redis and leaves the rows as they were.
      await expect(deadWorker.get(OutboxRelay).relayOnce()).rejects.toThrow();
      expect(await counts()).toEqual({ events: 5, pending: 5, mails: 0, processed: 0 });
    } finally {
      await deadWorker.close();
    }
    worker = await startWorker(s.env);
    await waitFor(async () => (await counts()).mails === 5, 20000, 'five e-mails');
    expect(await counts()).toEqual({ events: 5, pending: 0, mails: 5, processed: 5 });
    const mails = await query<{ to_address: string; status: string; body_text: string }>(s.db.url, 'SELECT to_address, status, body_text FROM email_message ORDER BY to_address');
    expect(mails.map((m) => m.to_address)).toEqual(['outage0@startbaan.test', 'outage1@startbaan.test', 'outage2@startbaan.test', 'outage3@startbaan.test', 'outage4@startbaan.test']);
    expect(mails.every((m) => m.status === 'not_sent' && m.body_text.includes('[invitation link]') && !m.body_text.includes('#token='))).toBe(true);
  });

  it('delivers once even when the relay sends the same rows again (crash between add and stamp)', async () => {
    const relay = worker!.get(OutboxRelay);
    await relay.pause();
    await inviteMany(3, 'again');
    await relay.relayOnce();
    await waitFor(async () => (await counts()).mails === 8, 20000, 'eight e-mails');
    // as if the relay died after adding the jobs but before stamping the rows
    await query(s.db.url, 'UPDATE outbox_event SET dispatched_at = NULL');
    relay.start();
    await waitFor(async () => (await counts()).pending === 0, 20000, 'rows stamped again');
    // a job that slips past the job-id check (another id, same event) is absorbed by the handler
    const queue = worker!.get<Queue>(getQueueToken(QUEUES.notifications), { strict: false });
    const [row] = await query<{ id: string; type: string; payload: unknown; created_at: Date }>(s.db.url, 'SELECT id, type, payload, created_at FROM outbox_event ORDER BY id LIMIT 1');
    const dup = await queue.add(row!.type, { eventId: String(row!.id), type: row!.type, regionId: r.regionId, payload: row!.payload, createdAt: new Date(row!.created_at).toISOString() }, { jobId: 'duplicate-delivery' });
    await waitFor(async () => ((await dup.isCompleted()) ? true : undefined), 20000, 'the duplicate job');
    expect(await counts()).toEqual({ events: 8, pending: 0, mails: 8, processed: 8 });
  });

  it('puts back an event whose job Redis lost, and tries again one whose job used all its tries, each handled once', async () => {
    const relay = worker!.get(OutboxRelay);
    const redrive = worker!.get(OutboxRedrive);
    const queue = worker!.get<Queue>(getQueueToken(QUEUES.notifications), { strict: false });
    await relay.pause();
    await queue.pause();
    try {
      const lost = await inviteMany(2, 'lost');
      const failing = await inviteMany(1, 'failing');
      await relay.relayOnce();
      const rows = await query<{ id: string; email: string }>(s.db.url,
        `SELECT e.id, i.email FROM outbox_event e JOIN invitation i ON i.id = (e.payload->>'invitationId')::uuid WHERE i.id = ANY($1::uuid[]) ORDER BY i.email`, [[...lost, ...failing]]);
      expect(rows.map((r) => r.email)).toEqual(['failing0@startbaan.test', 'lost0@startbaan.test', 'lost1@startbaan.test']);
      // Redis restarted without its data: the jobs of two relayed events are gone.
      for (const row of rows) await (await queue.getJob(jobIdOf(row.id)))!.remove();
      // The third event's job runs while PostgreSQL refuses its writes, with one try only (as if
      // all six had been used during a long outage): it ends failed, its e-mail never written.
      const failingId = rows[0]!.id;
      const [event] = await query<{ type: string; payload: unknown; created_at: Date }>(s.db.url, 'SELECT type, payload, created_at FROM outbox_event WHERE id = $1', [failingId]);
      await query(s.db.url, 'REVOKE INSERT ON email_message FROM startbaan_app');
      try {
        const job = await queue.add(event!.type, { eventId: failingId, type: event!.type, regionId: r.regionId, payload: event!.payload, createdAt: new Date(event!.created_at).toISOString() }, { jobId: jobIdOf(failingId), attempts: 1 });
        await queue.resume();
        await waitFor(async () => ((await job.isFailed()) ? true : undefined), 20000, 'the job out of tries');
      } finally {
        await query(s.db.url, 'GRANT INSERT ON email_message TO startbaan_app');
      }
      const before = await counts();
      const swept = await waitFor(async () => {
        const result = await redrive.sweep();
        return result.lost + result.failed > 0 ? result : undefined;
      }, 10000, 'the sweep to find the three rows');
      expect(swept).toEqual({ lost: 2, failed: 1, finished: 0, pending: 0 });
      await waitFor(async () => ((await counts()).mails === before.mails + 3 ? true : undefined), 20000, 'three e-mails');
      const mails = await query<{ to_address: string }>(s.db.url, `SELECT to_address FROM email_message WHERE to_address LIKE 'lost%' OR to_address LIKE 'failing%' ORDER BY to_address`);
      expect(mails.map((m) => m.to_address)).toEqual(['failing0@startbaan.test', 'lost0@startbaan.test', 'lost1@startbaan.test']);
      const after = await query<{ handled: boolean; dispatch_attempts: number; last_error: string }>(s.db.url,
        'SELECT handled_at IS NOT NULL AS handled, dispatch_attempts, last_error FROM outbox_event WHERE id = ANY($1::bigint[]) ORDER BY id', [rows.map((r) => r.id)]);
      expect(after.every((a) => a.handled && a.dispatch_attempts === 2)).toBe(true);
      expect(after.map((a) => a.last_error).sort()).toEqual(['re-driven: its job had used all its tries', 're-driven: its job was no longer in the queue', 're-driven: its job was no longer in the queue']);
      // Handled rows are left alone by later sweeps; nothing is sent twice.
      await new Promise((done) => setTimeout(done, 1100));
      expect(await redrive.sweep()).toEqual({ lost: 0, failed: 0, finished: 0, pending: 0 });
      expect((await counts()).mails).toBe(before.mails + 3);
    } finally {
      await queue.resume();
      relay.start();
    }
  });

  it('stamps a row whose job finished but was not stamped, and leaves a row re-driven OUTBOX_REDRIVE_LIMIT times to an operator', async () => {
    const relay = worker!.get(OutboxRelay);
    const redrive = worker!.get(OutboxRedrive);
    const [done] = await inviteMany(1, 'unstamped');
    const [givenUp] = await inviteMany(1, 'given-up');
    await waitFor(async () => ((await counts()).pending === 0 ? true : undefined), 20000, 'both relayed');
    const ids = await query<{ id: string }>(s.db.url, `SELECT e.id FROM outbox_event e WHERE (e.payload->>'invitationId')::uuid = ANY($1::uuid[]) ORDER BY e.id`, [[done, givenUp]]);
    await waitFor(async () => ((await query(s.db.url, 'SELECT 1 FROM outbox_event WHERE id = ANY($1::bigint[]) AND handled_at IS NOT NULL', [ids.map((i) => i.id)])).length === 2 ? true : undefined), 20000, 'both handled');
    await relay.pause();
    try {
      // As if the worker stopped between the job's end and the stamp; and a row re-driven to the limit.
      await query(s.db.url, 'UPDATE outbox_event SET handled_at = NULL WHERE id = $1', [ids[0]!.id]);
      await query(s.db.url, 'UPDATE outbox_event SET handled_at = NULL, dispatch_attempts = $2 WHERE id = $1', [ids[1]!.id, OUTBOX_REDRIVE_LIMIT + 1]);
      const swept = await waitFor(async () => {
        const result = await redrive.sweep();
        return result.finished > 0 ? result : undefined;
      }, 10000, 'the sweep to find the unstamped row');
      expect(swept).toEqual({ lost: 0, failed: 0, finished: 1, pending: 0 });
      const rows = await query<{ handled: boolean }>(s.db.url, 'SELECT handled_at IS NOT NULL AS handled FROM outbox_event WHERE id = ANY($1::bigint[]) ORDER BY id', [ids.map((i) => i.id)]);
      expect(rows).toEqual([{ handled: true }, { handled: false }]);
    } finally {
      relay.start();
    }
  });
});
