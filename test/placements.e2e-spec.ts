import { writeFileSync } from 'node:fs';
import type { INestApplicationContext } from '@nestjs/common';
import { Queue, QueueEvents } from 'bullmq';
import type { Response } from 'supertest';
import { ManualClock, startSuite, startWorker, type Suite, waitFor } from './support/app.js';
import { bearer, loginAll, query, type RegionFixture, seedRegion, type Tokens } from './support/fixtures.js';
import { dayFromToday, insertOpenProgramme, signUpThroughIntake } from './support/intake.js';
import { type LoopbackSmtp, startLoopbackSmtp } from './support/smtp.js';
import { acceptPledge, openVacancy } from './support/vacancies.js';
import { consent, registerYouth, type Vocab, vocabulary } from './support/youth.js';

describe('from proposal to completed placement: reminders, check-ins, ending, e-mail', () => {
  let s: Suite;
  let worker: INestApplicationContext;
  let smtp: LoopbackSmtp;
  let r: RegionFixture;
  let coach: Tokens, wsp: Tokens, employer: Tokens;
  let vocab: Vocab;
  let maintenance: Queue, notifications: Queue;
  let maintenanceEvents: QueueEvents, notificationEvents: QueueEvents;
  const clock = new ManualClock(new Date());
  const transcript: string[] = [];

  beforeAll(async () => {
    smtp = await startLoopbackSmtp();
    s = await startSuite({ SMTP_URL: smtp.url, MAIL_FROM: 'Startbaan <no-reply@startbaan.test>' });
    worker = await startWorker(s.env, { clock });
    r = await seedRegion(s.db.url);
    [coach, wsp, employer] = await loginAll(s.http, [r.coach, r.wsp, r.employer]);
    vocab = await vocabulary(s.http, coach);
    await acceptPledge(s.http, employer, r.employerOrgId);
    const connection = { url: s.env.REDIS_URL! };
    maintenance = new Queue('maintenance', { connection, prefix: `{${s.env.QUEUE_PREFIX}}` });
    notifications = new Queue('notifications', { connection, prefix: `{${s.env.QUEUE_PREFIX}}` });
    maintenanceEvents = new QueueEvents('maintenance', { connection, prefix: `{${s.env.QUEUE_PREFIX}}` });
    notificationEvents = new QueueEvents('notifications', { connection, prefix: `{${s.env.QUEUE_PREFIX}}` });
    await Promise.all([maintenanceEvents.waitUntilReady(), notificationEvents.waitUntilReady()]);
  }, 60_000);

  afterAll(async () => {
    if (process.env.PLACEMENT_TRANSCRIPT) writeFileSync(process.env.PLACEMENT_TRANSCRIPT, transcript.join('\n'));
    await Promise.all([maintenanceEvents, notificationEvents, maintenance, notifications].map((q) => q?.close()));
    await worker?.close();
    await s?.close();
    await smtp?.close();
  });

  /** One request as one role, kept (trimmed) for the transcript. */
  async function as(who: 'coach' | 'employer' | 'wsp', method: 'get' | 'post' | 'put', path: string, body?: object, status = 200): Promise<Response> {
    const token = { coach, employer, wsp }[who];
    const req = s.http()[method](path).set(...bearer(token));
    const res = await (body ? req.send(body) : req);
    transcript.push(`${who.padEnd(8)} ${method.toUpperCase()} ${path}${body ? ` ${JSON.stringify(body)}` : ''}\n         → ${res.status} ${JSON.stringify(res.body ?? null)}`);
    expect({ path, status: res.status }).toEqual({ path, status });
    return res;
  }

  /** Runs the minute's reminder sweep at the clock's time and waits for it to finish. */
  async function sweepAt(at: Date): Promise<void> {
    clock.set(at);
    const job = await maintenance.add('reminders.due', { eventId: `sweep-${at.getTime()}`, type: 'reminders.due', regionId: null, payload: {}, createdAt: at.toISOString() });
    await job.waitUntilFinished(maintenanceEvents, 15_000);
  }

  const mailsTo = (address: string) => smtp.mails.filter((m) => m.to.includes(address));

  it('walks one youth from proposal to a completed placement, each role seeing what it should', async () => {
    await as('employer', 'put', '/me/language', { language: 'en' }, 204);
    const vacancyId = await openVacancy(s.http, employer, wsp, { title: 'Zomerhulp bakkerij' });
    const { id: youthId } = await registerYouth(s.http, coach, vocab, {
      identity: { firstName: 'Sanne', lastName: 'Visser', email: 'sanne@example.test', phone: '+31611112222', preferredContact: 'email' },
    });
    await consent(s.http, coach, youthId, 'matching');
    await consent(s.http, coach, youthId, 'introductions');

    // Propose; the employer gets a card, and an English e-mail that says nothing about the youth.
    const proposal = (await as('coach', 'post', '/proposals', { youthId, vacancyId, note: 'Sanne is altijd op tijd en wil graag leren bakken.' }, 201)).body;
    const p = proposal.id as string;
    await waitFor(async () => mailsTo(r.employer.email).length > 0, 15_000, 'the e-mail to the employer');
    expect(mailsTo(r.employer.email)[0]).toMatchObject({ subject: 'Startbaan: A new candidate was proposed for "Zomerhulp bakkerij"' });
    expect(JSON.stringify(mailsTo(r.employer.email))).not.toMatch(/Sanne|Visser|Kandidaat|sanne@/);
    const inbox = await as('employer', 'get', '/proposals');
    expect(inbox.body.items[0].candidate).not.toHaveProperty('firstName');
    await as('employer', 'get', `/proposals/${p}`);
    await as('employer', 'post', `/proposals/${p}/invite`);
    await as('coach', 'post', `/proposals/${p}/introduce`);
    const introduced = await as('employer', 'get', `/proposals/${p}`);
    expect(introduced.body.introduction).toEqual({ firstName: 'Sanne', contact: { channel: 'email', value: 'sanne@example.test' }, messages: `/proposals/${p}/messages` });

    // The interview, with reminders for the coach and (the coach opts in) for Sanne herself.
    const slot = new Date(Math.ceil((Date.now() + 3 * 86_400_000) / 3_600_000) * 3_600_000);
    const bad = await as('employer', 'post', `/proposals/${p}/interview`, { at: slot.toISOString(), place: 'Bakkerij', remindYouth: true }, 400);
    expect(bad.body.errors[0].field).toBe('remindYouth');
    await as('coach', 'post', `/proposals/${p}/interview`, { at: slot.toISOString(), place: 'Bakkerij de Korenaar, Hoofdstraat 1', remindYouth: true });
    await sweepAt(new Date(slot.getTime() - 25 * 3_600_000));
    expect(await query(s.db.url, `SELECT 1 FROM interview_reminder WHERE proposal_id = $1 AND sent_at IS NOT NULL`, [p])).toHaveLength(0);
    await sweepAt(new Date(slot.getTime() - 24 * 3_600_000 + 60_000));
    await waitFor(async () => mailsTo('sanne@example.test').length === 1 && mailsTo(r.coach.email).some((m) => /Herinnering/.test(m.subject)), 15_000, 'the day-before reminders');
    const coachReminder = mailsTo(r.coach.email).find((m) => /Herinnering/.test(m.subject))!;
    expect(coachReminder.subject).toMatch(/^Startbaan: Herinnering: Kandidaat \S+ heeft morgen een gesprek bij /);
    expect(coachReminder.text).toMatch(/De jongere krijgt deze herinnering ook per e-mail/);
    // The coach knows Sanne by name: the reminder as sent names her; its subject and the e-mail log keep the pseudonym.
    expect(coachReminder.text).toMatch(/Herinnering: Sanne heeft morgen een gesprek bij /);
    expect(coachReminder.text).not.toMatch(/Kandidaat/);
    const logged = await query<{ body_text: string }>(s.db.url, `SELECT body_text FROM email_message WHERE to_address = $1 AND subject = $2`, [r.coach.email, coachReminder.subject]);
    expect(logged.map((l) => [/Herinnering: Kandidaat \S+ heeft morgen/.test(l.body_text), l.body_text.includes('Sanne')])).toEqual([[true, false]]);
    expect(mailsTo('sanne@example.test')[0]!.text).toMatch(/Hoi Sanne,[\s\S]*morgen[\s\S]*Bakkerij de Korenaar/);
    // The full VOG guidance for the kind of work is one tap away, on a page she can open without an account.
    expect(mailsTo('sanne@example.test')[0]!.text).toMatch(/Meer uitleg: http\S+\/app\/join\/vog\/summer_job\n/);
    // Sanne has a coach: the reminder sends her there.
    expect(mailsTo('sanne@example.test')[0]!.text).toMatch(/Laat het je coach weten\.[\s\S]*Let your coach know\./);
    await sweepAt(new Date(slot.getTime() - 2 * 3_600_000));
    const coachReminders = () => mailsTo(r.coach.email).filter((m) => /Herinnering/.test(m.subject)).length;
    await waitFor(async () => mailsTo('sanne@example.test').length === 2 && coachReminders() === 2, 15_000, 'the two-hour reminders');
    expect(mailsTo('sanne@example.test')[1]!.text).toMatch(/over twee uur/);
    await sweepAt(new Date(slot.getTime() - 3_600_000));
    const reminders = await query<{ kind: string; sent_at: Date }>(s.db.url, `SELECT kind, sent_at FROM interview_reminder WHERE proposal_id = $1 ORDER BY due_at`, [p]);
    expect(reminders.map((x) => [x.kind, new Date(x.sent_at).toISOString()])).toEqual([
      ['day_before', new Date(slot.getTime() - 24 * 3_600_000 + 60_000).toISOString()],
      ['two_hours', new Date(slot.getTime() - 2 * 3_600_000).toISOString()],
    ]);
    const reminderMails = smtp.mails.filter((m) => /Herinnering/.test(m.subject));
    expect(reminderMails.map((m) => m.to[0]).sort()).toEqual([r.coach.email, r.coach.email, 'sanne@example.test', 'sanne@example.test'].sort());
    transcript.push(`(clock) reminders: ${reminders.map((x) => `${x.kind} sent at ${new Date(x.sent_at).toISOString()}`).join(', ')}; e-mails: ${reminderMails.map((m) => `${m.to[0]} "${m.subject}"`).join('; ')}`);

    // After the slot: offer, acceptance, the placement with its check-ins.
    await as('coach', 'post', `/proposals/${p}/interview-outcome`, { outcome: 'showed_up' });
    await as('employer', 'post', `/proposals/${p}/offer`, { startDate: '2027-07-05', endDate: '2027-08-13', hoursPerWeek: 24, hourlyWage: 8.5 });
    const accepted = await as('coach', 'post', `/proposals/${p}/accept`);
    const placementId = accepted.body.placementId as string;
    const agreed = await as('employer', 'get', `/proposals/${p}`);
    expect(agreed.body).toMatchObject({ introduction: { firstName: 'Sanne', lastName: 'Visser' }, placementId });
    const placement = (await as('coach', 'get', `/placements/${placementId}`)).body;
    expect(placement.checkIns.map((c: { week: number; dueOn: string; label: string }) => [c.label, c.week, c.dueOn])).toEqual([
      ['week', 1, '2027-07-11'],
      ['week', 2, '2027-07-18'],
      ['week', 4, '2027-08-01'],
      ['last_week', 6, '2027-08-13'],
    ]);
    const tasks = (await as('coach', 'get', '/me/tasks')).body.items as { kind: string; dueOn: string; id: string }[];
    expect(tasks.filter((t) => t.kind === 'check_in').map((t) => t.dueOn)).toEqual(['2027-07-11', '2027-07-18', '2027-08-01', '2027-08-13']);

    // Week 1: the mentor's note (employer) and the coach's ratings, one of them a concern.
    const week1 = placement.checkIns[0].id as string;
    await as('employer', 'put', `/placements/${placementId}/check-ins/${week1}/mentor-note`, { note: 'Goede eerste week, leert snel.' });
    await as('employer', 'put', `/placements/${placementId}/check-ins/${week1}`, { skills: {} }, 403);
    const badRating = await as('coach', 'put', `/placements/${placementId}/check-ins/${week1}`, { skills: { onTime: 'bad', callsInSick: 'good', reportsLateness: 'good', followsInstructions: 'good', asksForHelp: 'good' } }, 400);
    expect(badRating.body.errors[0].field).toBe('skills.onTime');
    const skills = { onTime: 'concern', callsInSick: 'good', reportsLateness: 'working_on_it', followsInstructions: 'good', asksForHelp: 'good' };
    const recorded = await as('coach', 'put', `/placements/${placementId}/check-ins/${week1}`, { skills, note: 'Twee keer te laat; wekker besproken.' });
    expect(recorded.body.checkIns[0]).toMatchObject({ skills, mentorNote: 'Goede eerste week, leert snel.' });
    const employerView = await as('employer', 'get', `/placements/${placementId}`);
    expect(employerView.body.checkIns[0]).toEqual({ id: week1, label: 'week', week: 1, dueOn: '2027-07-11', mentorNote: 'Goede eerste week, leert snel.', mentorNoteAt: expect.any(String) });
    expect(JSON.stringify(employerView.body)).not.toMatch(/concern|wekker|working_on_it/);
    const afterCheckIn = (await as('coach', 'get', '/me/tasks')).body.items as { kind: string; titleNl: string }[];
    expect(afterCheckIn.filter((t) => t.kind === 'check_in')).toHaveLength(3);
    expect(afterCheckIn.find((t) => t.kind === 'check_in_concern')?.titleNl).toMatch(/op tijd komen/);
    await waitFor(async () => mailsTo(r.coach.email).some((m) => /zorg bij op tijd komen/.test(m.subject)), 15_000, "the concern's e-mail");

    // The ending: completed, what Sanne goes on to, follow-ups, reference and the WSP as referee.
    await as('coach', 'put', `/placements/${placementId}/follow-ups`, { moment: 'three_months', status: 'other_job' }, 409);
    const reasonNotAllowed = await as('employer', 'post', `/placements/${placementId}/end`, { outcome: 'completed', reason: 'mutual' }, 400);
    expect(reasonNotAllowed.body.errors[0].field).toBe('reason');
    const reasonNeeded = await as('employer', 'post', `/placements/${placementId}/end`, { outcome: 'ended_early' }, 400);
    expect(reasonNeeded.body.errors[0].field).toBe('reason');
    // What the youth goes on to is the contact person's to record, not the employer's.
    const notTheirs = await as('employer', 'post', `/placements/${placementId}/end`, { outcome: 'completed', status: 'other_job' }, 400);
    expect(notTheirs.body.errors[0].field).toBe('status');
    const ended = await as('coach', 'post', `/placements/${placementId}/end`, { outcome: 'completed', status: 'still_working_there', endedOn: '2027-08-13' });
    expect(ended.body).toMatchObject({ state: 'completed', endedOn: '2027-08-13', outcomes: [{ moment: 'end', status: 'still_working_there' }] });
    const again = await as('employer', 'post', `/placements/${placementId}/end`, { outcome: 'ended_early', reason: 'mutual' }, 409);
    expect(again.body).toMatchObject({ currentState: 'completed', allowed: [] });
    expect((await as('coach', 'get', `/proposals/${p}`)).body.state).toBe('completed');
    const followUps = await waitFor(async () => {
      const found = ((await as('coach', 'get', '/me/tasks')).body.items as { kind: string; dueOn: string }[]).filter((t) => t.kind === 'follow_up');
      return found.length >= 2 ? found : undefined;
    }, 15_000, 'the follow-up tasks');
    expect(followUps.map((t) => t.dueOn)).toEqual(['2027-11-13', '2028-02-13']);
    await as('coach', 'put', `/placements/${placementId}/follow-ups`, { moment: 'three_months', status: 'still_working_there' });
    await as('employer', 'put', `/placements/${placementId}/reference`, { text: 'Sanne was betrouwbaar, leerde snel en hielp collega’s.' });
    await as('employer', 'put', `/placements/${placementId}/referee`, undefined, 403);
    await as('wsp', 'put', `/placements/${placementId}/referee`);
    const final = await as('coach', 'get', `/placements/${placementId}`);
    expect(final.body).toMatchObject({
      state: 'completed',
      referenceText: expect.stringMatching(/^Sanne was betrouwbaar/),
      referee: { name: expect.any(String), email: r.wsp.email },
      outcomes: expect.arrayContaining([{ moment: 'three_months', status: 'still_working_there', recordedAt: expect.any(String) }]),
    });
    await waitFor(async () => mailsTo(r.coach.email).some((m) => /referentie/.test(m.subject)), 15_000, "the reference's e-mail");

    // Every e-mail to the employer: English, about the vacancy only.
    const employerMails = mailsTo(r.employer.email);
    expect(employerMails.length).toBeGreaterThanOrEqual(3);
    expect(employerMails.every((m) => m.subject.startsWith('Startbaan: ') && /See it in Startbaan/.test(m.text))).toBe(true);
    expect(JSON.stringify(employerMails)).not.toMatch(/Sanne|Visser|Kandidaat|sanne@|priority|prioriteit/i);
  }, 120_000);

  it('sends one e-mail when a notification job is delivered twice', async () => {
    const [event] = await query<{ id: string; type: string; region_id: string; payload: unknown; created_at: Date }>(
      s.db.url,
      `SELECT id, type, region_id, payload, created_at FROM outbox_event WHERE type = 'interview.reminder' ORDER BY id LIMIT 1`,
    );
    expect(event).toBeDefined();
    const messageIds = (id: string) => smtp.mails.filter((m) => m.messageId?.startsWith(`<${id}.`)).length;
    const sent = messageIds(event!.id);
    expect(sent).toBe(2);
    // The same event again, as a redelivery would bring it (a new job, the same event id).
    const job = await notifications.add(event!.type, { eventId: String(event!.id), type: event!.type, regionId: event!.region_id, payload: event!.payload, createdAt: new Date(event!.created_at).toISOString() }, { jobId: `redelivery-${event!.id}` });
    await job.waitUntilFinished(notificationEvents, 15_000);
    expect(messageIds(event!.id)).toBe(2);
    // A pending row left by a crash between commit and send is sent once on redelivery, and only that one.
    await query(s.db.url, `UPDATE email_message SET status = 'pending' WHERE id = (SELECT id FROM email_message WHERE event_id = $1 ORDER BY id LIMIT 1)`, [event!.id]);
    const again = await notifications.add(event!.type, { eventId: String(event!.id), type: event!.type, regionId: event!.region_id, payload: event!.payload, createdAt: new Date(event!.created_at).toISOString() }, { jobId: `redelivery-2-${event!.id}` });
    await again.waitUntilFinished(notificationEvents, 15_000);
    expect(messageIds(event!.id)).toBe(3);
    const statuses = await query<{ status: string }>(s.db.url, `SELECT status FROM email_message WHERE event_id = $1`, [event!.id]);
    expect(statuses.map((x) => x.status)).toEqual(['sent', 'sent']);
  });

  it('reminds a youth from open intake of the interview without sending it to a coach it does not have', async () => {
    // Back to today: the worker sends no sign-up code the clock says has expired.
    clock.set(new Date());
    const workFrom = dayFromToday(60);
    const workTo = dayFromToday(100);
    const programme = { id: await insertOpenProgramme(s.db.url, r.regionId, workFrom, workTo), workFrom, workTo };
    const youth = await signUpThroughIntake(s, smtp, programme, 'Isa', vocab.interests.slice(0, 1));
    const vacancyId = await openVacancy(s.http, employer, wsp, { title: 'Hulp in de winkel' });
    // A programme's proposal of an intake youth, as publishing makes it: the WSP is the youth's contact.
    const [row] = await query<{ id: string }>(
      s.db.url,
      `INSERT INTO proposal (region_id, vacancy_id, employer_id, youth_id, coach_organisation_id, proposed_by, note, programme_id)
       VALUES ($1, $2, $3, $4, $5, $6, 'Aangemeld via de zomerbanen', $7) RETURNING id`,
      [r.regionId, vacancyId, r.employerOrgId, youth.id, r.wspOrgId, r.wsp.id, programme.id],
    );
    const p = row!.id;
    await query(s.db.url, `INSERT INTO proposal_transition (proposal_id, from_state, to_state, by_role) VALUES ($1, NULL, 'proposed', 'system')`, [p]);
    await as('employer', 'get', `/proposals/${p}`);
    await as('employer', 'post', `/proposals/${p}/invite`);
    await as('wsp', 'post', `/proposals/${p}/introduce`);
    const slot = new Date(Math.ceil((Date.now() + 5 * 86_400_000) / 3_600_000) * 3_600_000);
    await as('wsp', 'post', `/proposals/${p}/interview`, { at: slot.toISOString(), place: 'Winkel, Marktplein 2', remindYouth: true });
    await sweepAt(new Date(slot.getTime() - 24 * 3_600_000 + 60_000));
    const reminder = await waitFor(async () => mailsTo(youth.email).find((m) => /Herinnering/.test(m.subject)), 15_000, "Isa's reminder");
    expect(reminder.text).toMatch(/Hoi Isa,[\s\S]*morgen[\s\S]*Winkel, Marktplein 2/);
    expect(reminder.text).toMatch(/Laat het je contactpersoon bij het Werkgeversservicepunt weten\.[\s\S]*Let your contact person at the WSP \(employer service point\) know\./);
    expect(`${reminder.subject}\n${reminder.text}`).not.toMatch(/coach/i);
  }, 60_000);

  it('lets the WSP set the check-in weeks and the proposal SLA, and names the field it refuses', async () => {
    expect((await as('coach', 'get', '/region/settings')).body).toEqual({ proposalSlaWorkingDays: 10, checkInWeeks: [1, 2, 4] });
    await as('coach', 'put', '/region/settings', { checkInWeeks: [1] }, 403);
    const bad = await as('wsp', 'put', '/region/settings', { checkInWeeks: [0, 3] }, 400);
    expect(bad.body.errors[0]).toMatchObject({ field: 'checkInWeeks', message: 'checkInWeeks must hold weeks from 1 to 52' });
    const sla = await as('wsp', 'put', '/region/settings', { proposalSlaWorkingDays: 61 }, 400);
    expect(sla.body.errors[0].field).toBe('proposalSlaWorkingDays');
    expect((await as('wsp', 'put', '/region/settings', { checkInWeeks: [3, 1, 3], proposalSlaWorkingDays: 5 })).body).toEqual({ proposalSlaWorkingDays: 5, checkInWeeks: [1, 3] });
  });

  it('keeps another coach, another employer and bad ids out', async () => {
    const [placement] = await query<{ id: string }>(s.db.url, `SELECT id FROM placement LIMIT 1`);
    const other = await seedRegion(s.db.url);
    const [otherCoach, otherEmployer] = await loginAll(s.http, [other.coach, other.employer]);
    await s.http().get(`/placements/${placement!.id}`).set(...bearer(otherCoach)).expect(404);
    await s.http().get(`/placements/${placement!.id}`).set(...bearer(otherEmployer)).expect(404);
    const bad = await s.http().get('/placements/not-a-uuid').set(...bearer(coach)).expect(400);
    expect(bad.body.errors[0].field).toBe('id');
    await s.http().post('/me/tasks/00000000-0000-4000-8000-000000000000/done').set(...bearer(coach)).expect(404);
    const lang = await s.http().put('/me/language').set(...bearer(coach)).send({ language: 'fr' }).expect(400);
    expect(lang.body.errors[0]).toMatchObject({ field: 'language', message: 'language must be one of nl, en' });
  });
});
