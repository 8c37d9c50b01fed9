import type { INestApplicationContext } from '@nestjs/common';
import { Organisation, type Role, ensureAccount } from '@startbaan/platform';
import { Queue, QueueEvents } from 'bullmq';
import type { Response } from 'supertest';
import { startSuite, startWorker, type Suite, waitFor } from './support/app.js';
import { bearer, loginAll, PASSWORD, query, type RegionFixture, seedRegion, type Tokens, withDb } from './support/fixtures.js';
import { dayFromToday, insertOpenProgramme, signUpThroughIntake } from './support/intake.js';
import { type LoopbackSmtp, startLoopbackSmtp } from './support/smtp.js';
import { acceptPledge, openVacancy } from './support/vacancies.js';
import { consent, registerYouth, type Vocab, vocabulary } from './support/youth.js';

/**
 * After the introduction the employer writes to "the contact person" in Startbaan, never to a
 * coach: the thread of a proposal, both ways, what each side is told, who may read it, and
 * that nothing the employer receives names the coach, the coach's address or organisation.
 */
describe("a proposal's message thread: the employer writes to the youth's contact person", () => {
  let s: Suite;
  let worker: INestApplicationContext;
  let smtp: LoopbackSmtp;
  let r: RegionFixture;
  let vocab: Vocab;
  let label: string;
  let coach: Tokens, colleague: Tokens, bystander: Tokens, otherCoach: Tokens, wsp: Tokens, admin: Tokens;
  let employer: Tokens, employerColleague: Tokens, otherEmployer: Tokens, foreignEmployer: Tokens;
  let vacancyId: string;
  let notifications: Queue, notificationEvents: QueueEvents;
  /** What the coaching side is called and reached at: none of it may reach the employer. */
  const coachSide: Record<string, string> = {};
  const employerAddresses: string[] = [];
  /** Every response body an employer user received in this suite. */
  const employerSaw: string[] = [];

  beforeAll(async () => {
    smtp = await startLoopbackSmtp();
    s = await startSuite({ SMTP_URL: smtp.url, MAIL_FROM: 'Startbaan <no-reply@startbaan.test>', INTAKE_RATE_LIMIT_PER_IP: '1000' });
    worker = await startWorker(s.env);
    r = await seedRegion(s.db.url);
    label = r.code.slice(2);
    // A justice-oriented coaching organisation: its name and e-mail domain alone would say "at risk".
    const domain = `jeugdreclassering-${label}.test`;
    Object.assign(coachSide, {
      coachName: 'Marieke Coachvrouw',
      coachEmail: `marieke.${label}@${domain}`,
      colleagueName: 'Joost Collegacoach',
      colleagueEmail: `joost.${label}@${domain}`,
      bystanderName: 'Ilse Omstander',
      domain,
      organisation: `Stichting Jeugdreclassering ${label}`,
    });
    await query(s.db.url, `UPDATE user_account SET display_name = $2, email = $3 WHERE id = $1`, [r.coach.id, coachSide.coachName, coachSide.coachEmail]);
    await query(s.db.url, `UPDATE organisation SET name = $2 WHERE id = $1`, [r.coachingOrgId, coachSide.organisation]);
    const extra = await withDb(s.db.url, (ds) =>
      ds.transaction(async (m) => {
        const org = (id: string) => m.getRepository(Organisation).findOneByOrFail({ id });
        const make = async (orgId: string, email: string, displayName: string, role: Role) => (await ensureAccount(m, await org(orgId), { email, displayName, role, password: PASSWORD })).email;
        const [employerOrg] = await m.query(`INSERT INTO organisation (region_id, kind, name) VALUES ($1, 'employer', $2) RETURNING id`, [r.regionId, `Slagerij ${label}`]);
        return {
          colleague: await make(r.coachingOrgId, coachSide.colleagueEmail!, coachSide.colleagueName!, 'coach'),
          bystander: await make(r.coachingOrgId, `ilse.${label}@${domain}`, coachSide.bystanderName!, 'coach'),
          employerColleague: await make(r.employerOrgId, `kees.${label}@bakkerij.test`, 'Kees Bakker', 'employer'),
          otherEmployer: await make(employerOrg.id, `slager.${label}@slagerij.test`, 'Slager', 'employer'),
        };
      }),
    );
    const foreign = await seedRegion(s.db.url);
    employerAddresses.push(r.employer.email, extra.employerColleague);
    [coach, colleague, bystander, otherCoach, wsp, admin, employer, employerColleague, otherEmployer, foreignEmployer] = await loginAll(
      s.http,
      [coachSide.coachEmail!, extra.colleague, extra.bystander, r.otherCoach.email, r.wsp.email, r.admin.email, r.employer.email, extra.employerColleague, extra.otherEmployer, foreign.employer.email],
    );
    vocab = await vocabulary(s.http, coach);
    await acceptPledge(s.http, employer, r.employerOrgId);
    vacancyId = await openVacancy(s.http, employer, wsp, { title: 'Zomerhulp in de bakkerij' });
    await s.http().put('/me/language').set(...bearer(employer)).send({ language: 'en' }).expect(204);
    const connection = { url: s.env.REDIS_URL! };
    notifications = new Queue('notifications', { connection, prefix: `{${s.env.QUEUE_PREFIX}}` });
    notificationEvents = new QueueEvents('notifications', { connection, prefix: `{${s.env.QUEUE_PREFIX}}` });
    await notificationEvents.waitUntilReady();
  }, 90_000);

  afterAll(async () => {
    await Promise.all([notificationEvents, notifications].map((q) => q?.close()));
    await worker?.close();
    await s?.close();
    await smtp?.close();
  });

  /** One request; what an employer user gets back is kept for the privacy check. */
  async function call(who: Tokens, method: 'get' | 'post', path: string, body?: unknown, status = 200): Promise<Response> {
    const req = s.http()[method](path).set(...bearer(who));
    const res = await (body === undefined ? req : req.send(body as object));
    if ([employer, employerColleague].includes(who)) employerSaw.push(`${JSON.stringify(res.headers)}\n${res.text}`);
    expect({ path, status: res.status, body: res.status === status ? undefined : res.body }).toEqual({ path, status, body: undefined });
    return res;
  }

  const mailsTo = (address: string) => smtp.mails.filter((m) => m.to.includes(address.toLowerCase()));

  /** A youth who wants to be reached through the contact person, proposed for the vacancy. */
  async function proposed(firstName: string): Promise<{ youthId: string; proposalId: string }> {
    const { id: youthId } = await registerYouth(s.http, coach, vocab, { identity: { firstName, lastName: 'Bakker', phone: '+31687654321', preferredContact: 'via_coach' } });
    await consent(s.http, coach, youthId, 'matching');
    await consent(s.http, coach, youthId, 'introductions');
    const proposalId = (await call(coach, 'post', '/proposals', { youthId, vacancyId, note: 'Komt graag kennismaken.' }, 201)).body.id as string;
    return { youthId, proposalId };
  }

  async function introduced(firstName: string): Promise<{ youthId: string; proposalId: string }> {
    const p = await proposed(firstName);
    await call(employer, 'get', `/proposals/${p.proposalId}`);
    await call(employer, 'post', `/proposals/${p.proposalId}/invite`);
    await call(coach, 'post', `/proposals/${p.proposalId}/introduce`);
    return p;
  }

  let thread: string;

  it('has no thread before the introduction (409), and shows no thread to whoever may not see the proposal (404) or is not its contact person (403)', async () => {
    const { proposalId: p } = await proposed('Fenna');
    thread = p;
    const early = await call(employer, 'get', `/proposals/${p}/messages`, undefined, 409);
    expect(early.body).toMatchObject({ type: '/problems/no-thread', state: 'proposed' });
    expect(early.headers['content-type']).toMatch(/^application\/problem\+json/);
    await call(coach, 'get', `/proposals/${p}/messages`, undefined, 409);
    await call(employer, 'post', `/proposals/${p}/messages`, { body: 'Mag ik al iets vragen?' }, 409);
    await call(employer, 'get', `/proposals/${p}`);
    await call(employer, 'post', `/proposals/${p}/invite`);
    await call(coach, 'post', `/proposals/${p}/messages`, { body: 'Nog niet voorgesteld.' }, 409);
    await call(coach, 'post', `/proposals/${p}/introduce`);

    for (const outsider of [otherEmployer, foreignEmployer, otherCoach]) {
      const res = await call(outsider, 'get', `/proposals/${p}/messages`, undefined, 404);
      expect(res.body).toMatchObject({ type: '/problems/not-found', status: 404 });
      await call(outsider, 'post', `/proposals/${p}/messages`, { body: 'Hallo?' }, 404);
    }
    // WSP staff see the proposal of a coached youth, not its correspondence; admins are nobody's contact.
    await call(wsp, 'get', `/proposals/${p}/messages`, undefined, 403);
    await call(wsp, 'post', `/proposals/${p}/messages`, { body: 'Hallo?' }, 403);
    await call(admin, 'get', `/proposals/${p}/messages`, undefined, 403);
    await call(employer, 'get', `/proposals/00000000-0000-4000-8000-000000000000/messages`, undefined, 404);
  });

  it("points the employer to the thread when the youth did not choose an own contact, and never to the coach", async () => {
    const view = await call(employer, 'get', `/proposals/${thread}`);
    expect(view.body.introduction).toEqual({
      firstName: 'Fenna',
      contact: { channel: 'messages', value: `/proposals/${thread}/messages` },
      messages: `/proposals/${thread}/messages`,
    });
    expect(view.body.unreadMessages).toBe(0);
  });

  it('carries the conversation both ways: the employer writes, the coaches read and answer, the employer reads "Contactpersoon van Fenna"', async () => {
    const question = 'Kan Fenna dinsdag om 10 uur langskomen voor een gesprek?';
    const sent = await call(employer, 'post', `/proposals/${thread}/messages`, { body: question }, 201);
    expect(sent.body).toEqual({ id: expect.any(String), side: 'employer', from: { nl: `employer (Bakkerij ${label})`, en: `employer (Bakkerij ${label})` }, body: question, sentAt: expect.any(String), readAt: null });

    // The proposing coach is told: the employer and the vacancy, not the text.
    const toCoach = await waitFor(async () => mailsTo(coachSide.coachEmail!).find((m) => /nieuw bericht/.test(m.subject)), 15_000, "the coach's e-mail");
    expect(toCoach.subject).toMatch(new RegExp(`^Startbaan: Kandidaat \\S+ – "Zomerhulp in de bakkerij": nieuw bericht van Bakkerij ${label}$`));
    expect(toCoach.text).toMatch(/Lees en beantwoord het in Startbaan/);
    expect(toCoach.text).not.toContain('dinsdag');
    const coachInbox = (await call(coach, 'get', '/me/notifications')).body.items as { kind: string; titleNl: string; data: { entries: Record<string, unknown>[] } }[];
    const item = coachInbox.find((i) => i.kind === 'proposal_message')!;
    expect(item.titleNl).toBe(toCoach.subject.replace(/^Startbaan: /, ''));
    expect(item.data.entries[0]).toMatchObject({ proposalId: thread, vacancyTitle: 'Zomerhulp in de bakkerij', employerName: `Bakkerij ${label}`, messages: `/proposals/${thread}/messages` });
    expect(JSON.stringify(item)).not.toContain('dinsdag');

    const listed = (await call(coach, 'get', '/proposals')).body.items as { id: string; unreadMessages?: number }[];
    expect(listed.find((x) => x.id === thread)?.unreadMessages).toBe(1);

    // Any coach of the organisation reads and answers; reading marks the employer's message read.
    const seen = await call(colleague, 'get', `/proposals/${thread}/messages`);
    expect(seen.body).toMatchObject({ proposalId: thread, yourSide: 'contact', with: { nl: `Bakkerij ${label}` }, writable: true, unread: 0, nextCursor: null });
    expect(seen.body.items).toEqual([{ ...sent.body, readAt: expect.any(String) }]);
    expect((await call(coach, 'get', '/proposals')).body.items.find((x: { id: string }) => x.id === thread).unreadMessages).toBe(0);
    const answer = 'Ja, dat past. Fenna komt dinsdag om 10 uur.';
    const answered = await call(colleague, 'post', `/proposals/${thread}/messages`, { body: answer }, 201);
    expect(answered.body).toMatchObject({ side: 'contact', from: { nl: coachSide.colleagueName, en: coachSide.colleagueName }, body: answer });

    // Every employer user is told there is a message from the contact person, in their own language, nothing more.
    const [en, nl] = await waitFor(
      async () => {
        const a = mailsTo(r.employer.email).find((m) => /New message/.test(m.subject));
        const b = employerAddresses[1] && mailsTo(employerAddresses[1]).find((m) => /Nieuw bericht/.test(m.subject));
        return a && b ? [a, b] : undefined;
      },
      15_000,
      "the employers' e-mails",
    );
    expect(en!.subject).toBe('Startbaan: New message from the contact person about "Zomerhulp in de bakkerij"');
    expect(en!.text).toMatch(/Read and answer it in Startbaan with the candidate for "Zomerhulp in de bakkerij", under Messages\./);
    expect(nl!.subject).toBe('Startbaan: Nieuw bericht van de contactpersoon over "Zomerhulp in de bakkerij"');
    for (const mail of [en!, nl!]) expect(mail.text).not.toMatch(/dinsdag|Fenna|Kandidaat/);
    const employerInbox = (await call(employer, 'get', '/me/notifications')).body.items as { kind: string; titleEn: string; data: { entries: Record<string, unknown>[] } }[];
    const notice = employerInbox.find((i) => i.kind === 'proposal_message')!;
    expect(notice.titleEn).toBe('New message from the contact person about "Zomerhulp in de bakkerij"');
    expect(notice.data.entries).toEqual([{ key: 'change', proposalId: thread, vacancyTitle: 'Zomerhulp in de bakkerij', messages: `/proposals/${thread}/messages` }]);

    // The employer sees one unread message, then reads the contact person signed with Fenna's first name only.
    const inbox = (await call(employer, 'get', '/proposals')).body.items as { id: string; unreadMessages: number }[];
    expect(inbox.find((x) => x.id === thread)?.unreadMessages).toBe(1);
    const read = await call(employerColleague, 'get', `/proposals/${thread}/messages`);
    expect(read.body).toEqual({
      proposalId: thread,
      yourSide: 'employer',
      with: { nl: 'Contactpersoon van Fenna', en: 'Contact person of Fenna' },
      writable: true,
      unread: 0,
      items: [
        { ...sent.body, readAt: expect.any(String) },
        { id: answered.body.id, side: 'contact', from: { nl: 'Contactpersoon van Fenna', en: 'Contact person of Fenna' }, body: answer, sentAt: answered.body.sentAt, readAt: expect.any(String) },
      ],
      nextCursor: null,
    });
    expect((await call(employer, 'get', `/proposals/${thread}`)).body.unreadMessages).toBe(0);

    // The employer's next message goes to the coaches on the thread (who proposed, who answered), not to every coach.
    await call(employer, 'post', `/proposals/${thread}/messages`, { body: 'Top, tot dinsdag!' }, 201);
    await waitFor(async () => mailsTo(coachSide.coachEmail!).filter((m) => /nieuw bericht/.test(m.subject)).length === 2 && mailsTo(coachSide.colleagueEmail!).some((m) => /nieuw bericht/.test(m.subject)), 15_000, 'the e-mails to the coaches on the thread');
    expect(smtp.mails.filter((m) => m.to.some((t) => t.startsWith('ilse.')))).toEqual([]);
    expect(((await call(bystander, 'get', '/me/notifications')).body.items as { kind: string }[]).filter((i) => i.kind === 'proposal_message')).toEqual([]);
    // She is a coach of the organisation all the same: she may read and answer.
    expect((await call(bystander, 'get', `/proposals/${thread}/messages`)).body).toMatchObject({ yourSide: 'contact', writable: true });

    // Pages, oldest first.
    const first = await call(coach, 'get', `/proposals/${thread}/messages?limit=2`);
    expect(first.body.items.map((x: { body: string }) => x.body)).toEqual([question, answer]);
    const second = await call(coach, 'get', `/proposals/${thread}/messages?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body).toMatchObject({ items: [{ body: 'Top, tot dinsdag!', side: 'employer' }], nextCursor: null });
    const badCursor = await call(coach, 'get', `/proposals/${thread}/messages?cursor=${Buffer.from(JSON.stringify({ at: '2027-01-01 00:00:00+00', id: 'x' })).toString('base64url')}`, undefined, 400);
    expect(badCursor.body.errors[0].field).toBe('cursor');
  }, 90_000);

  it('refuses an empty, blank, too long or extra-field message with a 400 problem naming the field, and writes nothing', async () => {
    const before = await query(s.db.url, `SELECT id FROM proposal_message WHERE proposal_id = $1`, [thread]);
    const cases: [unknown, string][] = [
      [{ body: '' }, 'body'],
      [{ body: '  \n ' }, 'body'],
      [{ body: 'x'.repeat(2001) }, 'body'],
      [{}, 'body'],
      [{ body: 42 }, 'body'],
      [{ body: 'Hallo', to: 'marieke' }, 'to'],
    ];
    for (const [body, field] of cases) {
      const res = await call(employer, 'post', `/proposals/${thread}/messages`, body, 400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ type: '/problems/validation', status: 400 });
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    await call(coach, 'post', `/proposals/${thread}/messages`, { body: 'x'.repeat(2000) }, 201);
    expect(await query(s.db.url, `SELECT id FROM proposal_message WHERE proposal_id = $1`, [thread])).toHaveLength(before.length + 1);
  });

  it('keeps the thread readable but closed once the proposal closes; the employer loses a withdrawn one with the proposal', async () => {
    // Declined after the interview: both sides still read, neither writes.
    const { proposalId: declined } = await introduced('Yara');
    await call(coach, 'post', `/proposals/${declined}/messages`, { body: 'Yara heeft er zin in.' }, 201);
    await call(employer, 'post', `/proposals/${declined}/interview`, { at: new Date(Date.now() + 2 * 86_400_000).toISOString(), place: 'Bakkerij' });
    await call(employer, 'post', `/proposals/${declined}/interview-outcome`, { outcome: 'showed_up' });
    await call(employer, 'post', `/proposals/${declined}/decline`, { reason: 'no_fit_skills' });
    for (const who of [employer, coach]) {
      const res = await call(who, 'get', `/proposals/${declined}/messages`);
      expect(res.body).toMatchObject({ writable: false, items: [{ body: 'Yara heeft er zin in.' }] });
      const closed = await call(who, 'post', `/proposals/${declined}/messages`, { body: 'Nog één ding.' }, 409);
      expect(closed.body).toMatchObject({ type: '/problems/thread-closed', state: 'declined' });
    }

    // Withdrawn after the introduction: the contact side keeps the record, the employer no longer sees it.
    const { youthId, proposalId: withdrawn } = await introduced('Ruben');
    await call(employer, 'post', `/proposals/${withdrawn}/messages`, { body: 'Wanneer kan Ruben beginnen?' }, 201);
    await call(coach, 'post', `/proposals/${withdrawn}/withdraw`, { reason: 'Ruben heeft iets anders gevonden' });
    expect((await call(coach, 'get', `/proposals/${withdrawn}/messages`)).body).toMatchObject({ writable: false, items: [{ side: 'employer' }] });
    await call(coach, 'post', `/proposals/${withdrawn}/messages`, { body: 'Helaas.' }, 409);
    await call(employer, 'get', `/proposals/${withdrawn}/messages`, undefined, 404);
    await call(employer, 'post', `/proposals/${withdrawn}/messages`, { body: 'Jammer!' }, 404);

    // The youth's export holds the thread; erasure removes it for good.
    const exported = await call(coach, 'get', `/youths/${youthId}/export`);
    expect(exported.body.messages).toEqual([{ proposalId: withdrawn, vacancyTitle: 'Zomerhulp in de bakkerij', side: 'employer', body: 'Wanneer kan Ruben beginnen?', sentAt: expect.any(String) }]);
    await s.http().delete(`/youths/${youthId}`).set(...bearer(coach)).expect(204);
    expect(await query(s.db.url, `SELECT id FROM proposal_message WHERE proposal_id = $1`, [withdrawn])).toEqual([]);
  }, 60_000);

  it("makes the region's WSP staff the contact person of a youth from open intake", async () => {
    const workFrom = dayFromToday(60);
    const workTo = dayFromToday(100);
    const programme = { id: await insertOpenProgramme(s.db.url, r.regionId, workFrom, workTo), workFrom, workTo };
    const youth = await signUpThroughIntake(s, smtp, programme, 'Isa', vocab.interests.slice(0, 1));
    // A programme's proposal of an intake youth, as publishing makes it (the WSP proposes for the youth)…
    const [row] = await query<{ id: string }>(
      s.db.url,
      `INSERT INTO proposal (region_id, vacancy_id, employer_id, youth_id, coach_organisation_id, proposed_by, note, programme_id)
       VALUES ($1, $2, $3, $4, $5, $6, 'Aangemeld via de zomerbanen', $7) RETURNING id`,
      [r.regionId, vacancyId, r.employerOrgId, youth.id, r.wspOrgId, r.wsp.id, programme.id],
    );
    const p = row!.id;
    await query(s.db.url, `INSERT INTO proposal_transition (proposal_id, from_state, to_state, by_role) VALUES ($1, NULL, 'proposed', 'system')`, [p]);
    // …which the employer invites, and the WSP, the youth's contact person, introduces once the youth agreed.
    await call(employer, 'get', `/proposals/${p}`);
    await call(employer, 'post', `/proposals/${p}/invite`);
    await call(otherCoach, 'post', `/proposals/${p}/introduce`, undefined, 404);
    await call(wsp, 'post', `/proposals/${p}/introduce`);

    await call(employer, 'post', `/proposals/${p}/messages`, { body: 'Wanneer kan Isa langskomen?' }, 201);
    await waitFor(async () => mailsTo(r.wsp.email).some((m) => /nieuw bericht van Bakkerij/.test(m.subject)), 15_000, 'the e-mail to the WSP');
    const seen = await call(wsp, 'get', `/proposals/${p}/messages`);
    expect(seen.body).toMatchObject({ yourSide: 'contact', writable: true, items: [{ side: 'employer', body: 'Wanneer kan Isa langskomen?' }] });
    await call(wsp, 'post', `/proposals/${p}/messages`, { body: 'Isa kan maandag.' }, 201);
    const read = await call(employer, 'get', `/proposals/${p}/messages`);
    expect(read.body.items[1]).toMatchObject({ side: 'contact', from: { nl: 'Contactpersoon van Isa', en: 'Contact person of Isa' }, body: 'Isa kan maandag.' });
    expect(JSON.stringify(read.body)).not.toMatch(/wsp|WSP/);
    for (const outsider of [coach, otherCoach]) await call(outsider, 'get', `/proposals/${p}/messages`, undefined, 404);
    await call(admin, 'get', `/proposals/${p}/messages`, undefined, 403);
  }, 60_000);

  it('tells the other side once when the notice job is delivered twice', async () => {
    const [event] = await query<{ id: string; type: string; region_id: string; payload: unknown; created_at: Date }>(
      s.db.url,
      `SELECT id, type, region_id, payload, created_at FROM outbox_event WHERE type = 'proposal.message' AND payload->>'side' = 'contact' ORDER BY id LIMIT 1`,
    );
    const sent = () => smtp.mails.filter((m) => m.messageId?.startsWith(`<${event!.id}.`)).length;
    await waitFor(async () => sent() === 2, 15_000, 'the first delivery');
    const items = () => query(s.db.url, `SELECT id FROM inbox_item WHERE digest_key LIKE $1`, [`event:${event!.id}:%`]);
    expect(await items()).toHaveLength(2);
    const job = await notifications.add(event!.type, { eventId: String(event!.id), type: event!.type, regionId: event!.region_id, payload: event!.payload, createdAt: new Date(event!.created_at).toISOString() }, { jobId: `again-${event!.id}` });
    await job.waitUntilFinished(notificationEvents, 15_000);
    expect(sent()).toBe(2);
    expect(await items()).toHaveLength(2);
  });

  it("never lets the employer learn the coach's name, e-mail address, e-mail domain or organisation: not in a response, an e-mail or an inbox item", async () => {
    for (const who of [employer, employerColleague]) {
      await call(who, 'get', '/proposals');
      await call(who, 'get', `/proposals/${thread}`);
      await call(who, 'get', `/proposals/${thread}/messages`);
      await call(who, 'get', '/me/notifications');
    }
    const mails = await query<{ to_address: string; subject: string; body_text: string }>(s.db.url, `SELECT to_address, subject, body_text FROM email_message WHERE to_address = ANY($1)`, [employerAddresses]);
    expect(mails.length).toBeGreaterThanOrEqual(4);
    const received = [...employerSaw, ...mails.map((m) => `${m.subject}\n${m.body_text}`), ...employerAddresses.flatMap((a) => mailsTo(a).map((m) => `${m.subject}\n${m.text}`))];
    const leaks = Object.entries(coachSide).flatMap(([what, value]) =>
      [value, ...value.split(' ').filter((w) => w.length > 4 && !w.includes(label))].flatMap((needle) =>
        received.flatMap((text) => {
          const at = text.toLowerCase().indexOf(needle.toLowerCase());
          return at < 0 ? [] : [`${what} (${needle}) in …${text.slice(Math.max(0, at - 80), at + 80)}…`];
        }),
      ),
    );
    expect(leaks).toEqual([]);
    expect(received.join('\n')).not.toMatch(/via_coach|jeugdreclassering/i);
  });
});
