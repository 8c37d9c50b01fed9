import type { INestApplicationContext } from '@nestjs/common';
import { SCHEDULED_JOBS } from '@startbaan/platform';
import { Queue } from 'bullmq';
import { DAY, ManualClock, monthsAfter, startSuite, startWorker, type Suite, waitFor } from './support/app.js';
import { login, query, seedRegion, type Tokens } from './support/fixtures.js';
import { consent, registerYouth, type Vocab, vocabulary } from './support/youth.js';

describe('retention: the daily purge on the maintenance queue', () => {
  let s: Suite;
  let worker: INestApplicationContext;
  let queue: Queue;
  let coach: Tokens;
  let vocab: Vocab;
  const start = new Date();
  const clock = new ManualClock(start);

  beforeAll(async () => {
    s = await startSuite({ RETENTION_MONTHS: '12' }, { clock });
    worker = await startWorker(s.env, { clock });
    queue = new Queue('maintenance', { connection: { url: s.env.REDIS_URL! }, prefix: `{${s.env.QUEUE_PREFIX}}` });
    const r = await seedRegion(s.db.url);
    coach = await login(s.http, r.coach.email);
    vocab = await vocabulary(s.http, coach);
  });
  afterAll(async () => {
    await queue?.close();
    await worker?.close();
    await s?.close();
  });

  it('is not scheduled by the worker of a test, which registers only the sweeps: the purge runs when the test says (its daily schedule: test/processes)', async () => {
    const schedulers = await waitFor(async () => {
      const list = await queue.getJobSchedulers();
      return list.length >= SCHEDULED_JOBS.filter((j) => j.sweep).length ? list : undefined;
    });
    expect(schedulers.map((j) => j.key).sort()).toEqual(SCHEDULED_JOBS.filter((j) => j.sweep).map((j) => j.name).sort());
  });

  it('erases youths inactive longer than RETENTION_MONTHS and keeps the others', async () => {
    // Both registered now; eleven months on, a consent is recorded for one of them (activity);
    // the purge runs twelve months and a day after the registration.
    const stale = await registerYouth(s.http, coach, vocab);
    const fresh = await registerYouth(s.http, coach, vocab);
    clock.set(monthsAfter(start, 11));
    await consent(s.http, coach, fresh.id);
    clock.set(new Date(monthsAfter(start, 12).getTime() + DAY));
    await queue.add('retention.purge', { eventId: 'manual', type: 'retention.purge', regionId: null, payload: {}, createdAt: new Date().toISOString() });
    await waitFor(async () => (await query<{ status: string }>(s.db.url, 'SELECT status FROM youth WHERE id = $1', [stale.id]))[0]!.status === 'erased', 15000, 'the purge');
    expect(await query(s.db.url, 'SELECT 1 FROM youth_identity WHERE youth_id = $1', [stale.id])).toEqual([]);
    expect((await query<{ status: string }>(s.db.url, 'SELECT status FROM youth WHERE id = $1', [fresh.id]))[0]!.status).toBe('active');
    const audit = await query<{ purpose: string; actor_user_id: string | null }>(s.db.url, `SELECT purpose, actor_user_id FROM audit_event WHERE subject_id = $1 AND action = 'youth.erased'`, [stale.id]);
    expect(audit).toEqual([{ purpose: 'retention: no activity for 12 months', actor_user_id: null }]);
  });
});
