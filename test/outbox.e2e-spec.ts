import type { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { OutboxRelay, QUEUES } from '@startbaan/platform';
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
    s = await startSuite();
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
});
