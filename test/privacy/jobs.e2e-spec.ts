import { createHash, randomBytes } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { DEFAULT_JOB_OPTIONS, EVENT_PAYLOADS, type EventType, payloadProblem, QUEUE_NAMES } from '@startbaan/platform';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { startSuite, startWorker, type Suite, waitFor } from '../support/app.js';
import { bearer, loginAll, query, type RegionFixture, seedRegion, type Tokens } from '../support/fixtures.js';
import { dayFromToday, insertOpenProgramme, signUpThroughIntake } from '../support/intake.js';
import { startLoopbackSmtp, type LoopbackSmtp } from '../support/smtp.js';
import { acceptPledge, openVacancy } from '../support/vacancies.js';
import { consent, registerYouth, type Vocab, vocabulary } from '../support/youth.js';
import { findCanaries } from './scanner.js';

/**
 * Queue jobs carry ids. A job is kept in Redis and shown on the queue board, so an invitee's
 * address, an invitation's link, an intake code, a name or a text someone wrote must never be
 * in one: handlers read what they need from PostgreSQL. And the board is for the installation's
 * operators, read-only unless allowed: a region's admin reads no job of any region there.
 */
describe('queues: jobs carry ids, and the board is for operators', () => {
  let s: Suite;
  let worker: INestApplicationContext;
  let smtp: LoopbackSmtp;
  let r: RegionFixture;
  let other: RegionFixture;
  let wsp: Tokens, coach: Tokens, employer: Tokens, admin: Tokens, operator: Tokens;
  let vocab: Vocab;
  const marker = randomBytes(4).toString('hex');
  const canaries: Record<string, string> = {};

  beforeAll(async () => {
    smtp = await startLoopbackSmtp();
    const ops = `operator.${marker}@startbaan.test`;
    s = await startSuite({ SMTP_URL: smtp.url, BOARD_OPERATORS: ` ${ops.toUpperCase()} , someone@else.test` });
    worker = await startWorker(s.env);
    r = await seedRegion(s.db.url);
    other = await seedRegion(s.db.url);
    await query(s.db.url, `UPDATE user_account SET email = $2 WHERE id = $1`, [other.admin.id, ops]);
    [wsp, coach, employer, admin, operator] = await loginAll(s.http, [r.wsp.email, r.coach.email, r.employer.email, r.admin.email, ops]);
    vocab = await vocabulary(s.http, coach);
  }, 60_000);
  afterAll(async () => {
    await worker?.close();
    await s?.close();
    await smtp?.close();
  });

  it('e-mails an invitation with a link made by the worker: not in the answer, not in a job, only its hash in the database', async () => {
    canaries['invitee.email'] = `invitee.${marker}@example.test`;
    canaries['invitee.name'] = `Naam${marker}`;
    const res = await s.http().post('/invitations').set(...bearer(wsp)).send({ email: canaries['invitee.email'], displayName: canaries['invitee.name'], role: 'employer', organisationId: r.employerOrgId }).expect(201);
    expect(res.body).toMatchObject({ delivery: 'email', inviteUrl: null });
    const mail = await waitFor(async () => smtp.mails.find((m) => m.to.includes(canaries['invitee.email']!)), 15_000, 'the invitation e-mail');
    const token = /#token=([A-Za-z0-9_-]+)/.exec(mail.text)![1]!;
    canaries['invitation.token'] = token;
    const [row] = await query<{ token_hash: string }>(s.db.url, `SELECT token_hash FROM invitation WHERE id = $1`, [res.body.id]);
    expect(row!.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    const logged = await query<{ body_text: string }>(s.db.url, `SELECT body_text FROM email_message WHERE kind = 'invitation' AND to_address = $1`, [canaries['invitee.email']]);
    expect(logged[0]!.body_text).not.toContain(token);
    await s.http().post('/invitations/accept').send({ token, password: 'a-long-enough-password' }).expect(201);
  });

  it("does not tell an inviter that an address has an account in another region: the address's holder is told instead", async () => {
    const res = await s.http().post('/invitations').set(...bearer(wsp)).send({ email: other.coach.email, displayName: 'Iemand', role: 'employer', organisationId: r.employerOrgId }).expect(201);
    expect(res.body).toMatchObject({ delivery: 'email', inviteUrl: null });
    const mail = await waitFor(async () => smtp.mails.find((m) => m.to.includes(other.coach.email)), 15_000, 'the e-mail to the account holder');
    expect(mail.text).toMatch(/al een account/);
    expect(mail.text).not.toMatch(/#token=/);
    // Within the own region the inviter sees the users anyway: there it is a conflict.
    const own = await s.http().post('/invitations').set(...bearer(wsp)).send({ email: r.coach.email, displayName: 'Iemand', role: 'coach', organisationId: r.coachingOrgId }).expect(409);
    expect(own.body.type).toBe('/problems/account-exists');
  });

  it('sends an intake code, a message notice and a check-in concern through jobs that hold ids only', async () => {
    const workFrom = dayFromToday(60);
    const workTo = dayFromToday(100);
    const programme = { id: await insertOpenProgramme(s.db.url, r.regionId, workFrom, workTo), workFrom, workTo };
    canaries['intake.firstName'] = `Voornaam${marker}`;
    const youth = await signUpThroughIntake(s, smtp, programme, canaries['intake.firstName'], vocab.interests.slice(0, 1));
    canaries['intake.email'] = youth.email;
    await acceptPledge(s.http, employer, r.employerOrgId);
    const vacancyId = await openVacancy(s.http, employer, wsp);
    const { id: youthId } = await registerYouth(s.http, coach, vocab, { identity: { firstName: `Sanne${marker}`, lastName: 'Bakker', preferredContact: 'via_coach' } });
    canaries['youth.firstName'] = `Sanne${marker}`;
    await consent(s.http, coach, youthId, 'matching');
    await consent(s.http, coach, youthId, 'introductions');
    const p = (await s.http().post('/proposals').set(...bearer(coach)).send({ youthId, vacancyId, note: 'Graag.' }).expect(201)).body.id;
    await s.http().get(`/proposals/${p}`).set(...bearer(employer)).expect(200);
    await s.http().post(`/proposals/${p}/invite`).set(...bearer(employer)).expect(200);
    await s.http().post(`/proposals/${p}/introduce`).set(...bearer(coach)).expect(200);
    canaries['message.body'] = `Bericht${marker}`;
    await s.http().post(`/proposals/${p}/messages`).set(...bearer(employer)).send({ body: `Wanneer? ${canaries['message.body']}` }).expect(201);
    await s.http().post(`/proposals/${p}/interview`).set(...bearer(employer)).send({ at: new Date(Date.now() + 3 * 86_400_000).toISOString(), place: 'Winkel' }).expect(200);
    await s.http().post(`/proposals/${p}/interview-outcome`).set(...bearer(coach)).send({ outcome: 'showed_up' }).expect(200);
    await s.http().post(`/proposals/${p}/offer`).set(...bearer(employer)).send({ startDate: '2027-07-05', hoursPerWeek: 24, hourlyWage: 9 }).expect(200);
    const placementId = (await s.http().post(`/proposals/${p}/accept`).set(...bearer(coach)).expect(200)).body.placementId;
    const checkIn = (await s.http().get(`/placements/${placementId}`).set(...bearer(coach)).expect(200)).body.checkIns[0].id;
    canaries['checkIn.note'] = `Notitie${marker}`;
    await s.http().put(`/placements/${placementId}/check-ins/${checkIn}`).set(...bearer(coach)).send({
      skills: { onTime: 'concern', callsInSick: 'good', reportsLateness: 'good', followsInstructions: 'good', asksForHelp: 'good' }, note: canaries['checkIn.note'],
    }).expect(200);
    // The concern's notice still names the skill: the handler read it from the check-in.
    await waitFor(async () => smtp.mails.find((m) => m.to.includes(r.coach.email) && /zorg bij op tijd komen/.test(m.subject)), 15_000, "the concern's e-mail");
  });

  it('keeps in Redis only jobs whose payload fits its shape, with no name, address, code, link or text in any of them', async () => {
    const outbox = await query<{ type: EventType; payload: Record<string, unknown> }>(s.db.url, `SELECT type, payload FROM outbox_event`);
    expect(outbox.filter((e) => payloadProblem(e.type, e.payload)).map((e) => `${e.type}: ${payloadProblem(e.type, e.payload)}`)).toEqual([]);
    for (const type of ['invitation.created', 'intake.code_requested', 'proposal.message', 'placement.changed', 'proposal.changed'] as const) {
      expect([type, outbox.some((e) => e.type === type)]).toEqual([type, true]);
    }
    // Every value under the suite's queue prefix, the jobs the board would show included.
    const redis = new Redis(s.env.REDIS_URL!);
    try {
      // BullMQ's keys of this suite: `{prefix}:queue:...` (the braces keep a queue's keys on one cluster slot).
      const keys = await redis.keys(`{${s.env.QUEUE_PREFIX}}:*`);
      const values: string[] = [];
      for (const key of keys) {
        const kind = await redis.type(key);
        if (kind === 'hash') values.push(JSON.stringify(await redis.hgetall(key)));
        else if (kind === 'string') values.push((await redis.get(key)) ?? '');
        else if (kind === 'list') values.push(JSON.stringify(await redis.lrange(key, 0, -1)));
      }
      const text = values.join('\n');
      expect(text.length).toBeGreaterThan(1000);
      expect(findCanaries(text, canaries).map((f) => f.label)).toEqual([]);
      // The intake code and the contact never travelled through a job either.
      const [code] = smtp.mails.filter((m) => m.to.includes(canaries['intake.email']!)).map((m) => /^ {4}(\d{6})$/m.exec(m.text)?.[1]);
      expect(code).toMatch(/^\d{6}$/);
      expect(text).not.toContain(`"${code}"`);
    } finally {
      redis.disconnect();
    }
    for (const name of QUEUE_NAMES) {
      const queue = new Queue(name, { connection: { url: s.env.REDIS_URL }, prefix: `{${s.env.QUEUE_PREFIX}}` });
      try {
        const jobs = await queue.getJobs(['completed', 'failed', 'waiting', 'delayed', 'active']);
        for (const job of jobs) {
          const data = job.data as { type?: EventType; payload?: Record<string, unknown> };
          if (data.type && data.payload && data.type in EVENT_PAYLOADS) expect([job.name, payloadProblem(data.type, data.payload)]).toEqual([job.name, null]);
        }
        // Finished jobs are kept briefly: what they did is in PostgreSQL.
        expect((await queue.getJobs(['completed'])).map((j) => j.opts.removeOnComplete).filter((o) => JSON.stringify(o) !== JSON.stringify(DEFAULT_JOB_OPTIONS.removeOnComplete))).toEqual([]);
      } finally {
        await queue.close();
      }
    }
  });

  it("opens the board to the installation's operators only, read-only; a region's admin gets 403", async () => {
    await s.http().get('/admin/queues').expect(401);
    for (const who of [admin, wsp, coach, employer]) {
      await s.http().get('/admin/queues').set(...bearer(who)).expect(403);
      await s.http().get('/admin/queues/api/queues').set(...bearer(who)).expect(403);
      await s.http().post('/auth/board-session').set(...bearer(who)).expect(403);
    }
    const page = await s.http().get('/admin/queues').set(...bearer(operator)).expect(200);
    expect(page.text).toMatch(/<html/i);
    const api = await s.http().get('/admin/queues/api/queues').set(...bearer(operator)).expect(200);
    expect(api.body.queues.map((q: { name: string }) => q.name).sort()).toEqual(['allocation', 'maintenance', 'matching', 'notifications']);
    // Read-only: no pausing a queue every region shares, no retrying, no removing.
    await s.http().put('/admin/queues/api/queues/notifications/pause').set(...bearer(operator)).expect(405);
    await s.http().put('/admin/queues/api/queues/notifications/clean/completed').set(...bearer(operator)).expect(405);
    const queue = new Queue('notifications', { connection: { url: s.env.REDIS_URL }, prefix: `{${s.env.QUEUE_PREFIX}}` });
    expect(await queue.isPaused()).toBe(false);
    await queue.close();
    // A browser gets there through a cookie limited to the board, Secure but on a developer's own machine.
    const session = await s.http().post('/auth/board-session').set(...bearer(operator)).expect(204);
    const cookie = session.headers['set-cookie']![0]!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Path=\/admin\/queues/);
    expect(cookie).toMatch(/; Secure/);
    await s.http().get('/admin/queues').set('Cookie', cookie.split(';')[0]!).expect(200);
  });
});
