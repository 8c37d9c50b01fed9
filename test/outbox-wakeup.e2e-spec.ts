import type { INestApplicationContext } from '@nestjs/common';
import { OUTBOX_CHANNEL, OUTBOX_LISTENER_NAME, OutboxRelay } from '@startbaan/platform';
import pg from 'pg';
import { startWorker, startSuite, type Suite, waitFor } from './support/app.js';
import { bearer, login, query, type RegionFixture, seedRegion, type Tokens } from './support/fixtures.js';

/**
 * A committed outbox row wakes the relay (PostgreSQL NOTIFY from a trigger) instead of waiting
 * for its next poll; polling stays as the fallback. The workers here poll once a minute and each
 * wait below gives up after 20 seconds, so anything delivered at all was woken up: no test
 * measures how fast (on a busy machine that would fail for the wrong reason).
 */
describe('outbox wake-up on commit', () => {
  let s: Suite;
  let r: RegionFixture;
  let wsp: Tokens;
  let worker: INestApplicationContext | undefined;
  const SLOW_POLL = { OUTBOX_POLL_MS: '60000' };

  beforeAll(async () => {
    s = await startSuite();
    r = await seedRegion(s.db.url);
    wsp = await login(s.http, r.wsp.email);
  });
  afterEach(async () => {
    await worker?.close();
    worker = undefined;
  });
  afterAll(async () => {
    await s.close();
  });

  let invited = 0;
  const mails = async (): Promise<number> => Number((await query<{ n: string }>(s.db.url, 'SELECT count(*) AS n FROM email_message'))[0]!.n);
  /** Invites someone (an `invitation.created` event, whose handler writes one e-mail) and waits, less than a poll's interval, for the e-mail. */
  const inviteAndWait = async (): Promise<void> => {
    const before = await mails();
    await s.http()
      .post('/invitations')
      .set(...bearer(wsp))
      .send({ email: `wake${++invited}@startbaan.test`, displayName: `Wake ${invited}`, role: 'coach', organisationId: r.coachingOrgId })
      .expect(201);
    await waitFor(async () => (await mails()) > before, 20_000, 'the invitation e-mail');
  };
  const listeningRelay = async (w: INestApplicationContext): Promise<OutboxRelay> => {
    const relay = w.get(OutboxRelay);
    await waitFor(async () => relay.listening, 10_000, 'the relay to listen');
    // The first pass after listening has run; the next poll is a minute away.
    await new Promise((res) => setTimeout(res, 300));
    return relay;
  };

  it('relays and handles a committed event within seconds while the poll is a minute away', async () => {
    worker = await startWorker({ ...s.env, ...SLOW_POLL });
    await listeningRelay(worker);
    for (let i = 0; i < 3; i++) await inviteAndWait();
  });

  it('is woken by rows the application login and the employer role insert, on commit only', async () => {
    worker = await startWorker({ ...s.env, ...SLOW_POLL });
    await listeningRelay(worker);
    const listener = new pg.Client({ connectionString: s.db.appUrl });
    const app = new pg.Client({ connectionString: s.db.appUrl });
    await Promise.all([listener.connect(), app.connect()]);
    try {
      let notified = 0;
      listener.on('notification', (n) => {
        if (n.channel === OUTBOX_CHANNEL) notified++;
      });
      await listener.query(`LISTEN ${OUTBOX_CHANNEL}`);
      const insert = `INSERT INTO outbox_event (type, queue, region_id, payload) VALUES ('account.locked', 'notifications', $1, jsonb_build_object('userId', $2::text))`;
      for (const asEmployer of [false, true]) {
        const before = await mails();
        await app.query('BEGIN');
        if (asEmployer) {
          await app.query(`SELECT set_config('startbaan.organisation_id', $1, true), set_config('startbaan.user_id', $2, true), set_config('startbaan.region_id', $3, true)`, [r.employerOrgId, r.employer.id, r.regionId]);
          await app.query('SET LOCAL ROLE startbaan_employer');
        }
        // Two statements in one transaction: one notification, at commit.
        await app.query(insert, [r.regionId, r.employer.id]);
        await app.query(insert, [r.regionId, r.employer.id]);
        const notifiedBefore = notified;
        // A round trip on the listening connection: PostgreSQL hands it every notification sent so far first.
        await listener.query('SELECT 1');
        expect(notified).toBe(notifiedBefore);
        await app.query('COMMIT');
        await waitFor(async () => notified > notifiedBefore, 5_000, 'the notification');
        expect(notified).toBe(notifiedBefore + 1);
        // Both events handled (the account.locked notice to the employer), well before a poll.
        await waitFor(async () => (await mails()) >= before + 2, 20_000, 'two e-mails');
      }
    } finally {
      await Promise.all([listener.end(), app.end()]);
    }
  });

  it('listens again after its connection is lost, and catches up on what was committed meanwhile', async () => {
    worker = await startWorker({ ...s.env, ...SLOW_POLL });
    const relay = await listeningRelay(worker);
    const [killed] = await query<{ ok: boolean }>(
      s.db.url,
      `SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE application_name = $1 AND datname = $2`,
      [OUTBOX_LISTENER_NAME, s.db.name],
    );
    expect(killed?.ok).toBe(true);
    await waitFor(async () => !relay.listening, 5_000, 'the relay to notice');
    // Committed while nobody listens: delivered once the listener is back, not a minute later.
    await inviteAndWait();
    await waitFor(async () => relay.listening, 10_000, 'the relay to listen again');
    await inviteAndWait();
  });

  it('still relays by polling when it cannot listen', async () => {
    // A listener that can never connect (nothing answers on port 1); the poll is the fallback.
    worker = await startWorker({ ...s.env, OUTBOX_POLL_MS: '300', OUTBOX_LISTEN_URL: 'postgres://startbaan_api@127.0.0.1:1/nowhere' });
    const relay = worker.get(OutboxRelay);
    await new Promise((res) => setTimeout(res, 500));
    expect(relay.listening).toBe(false);
    await inviteAndWait();
  });
});
