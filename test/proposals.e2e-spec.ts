import type { INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import { DAY, ManualClock, startSuite, startWorker, type Suite, waitFor } from './support/app.js';
import { bearer, login, loginAll, query, queryOne, type RegionFixture, seedEmployer, seedRegion, type Tokens } from './support/fixtures.js';
import { raceAtInsert } from './support/locks.js';
import { acceptPledge, openVacancy } from './support/vacancies.js';
import { birthDateForAge, consent, registerYouth, type Vocab, vocabulary } from './support/youth.js';

describe('proposals: coach proposes, the employer meets a candidate card', () => {
  let s: Suite;
  let worker: INestApplicationContext;
  let r: RegionFixture;
  let coach: Tokens, otherCoach: Tokens, wsp: Tokens, employer: Tokens, otherEmployer: Tokens;
  let vocab: Vocab;
  let vacancyId: string;
  const clock = new ManualClock(new Date(), { running: true });

  beforeAll(async () => {
    // Room for the eight simultaneous proposals below to stand at their INSERT at once.
    s = await startSuite({ DB_POOL_SIZE: '12' }, { clock });
    worker = await startWorker(s.env, { clock });
    r = await seedRegion(s.db.url);
    const other = await seedRegion(s.db.url);
    [coach, otherCoach, wsp, employer, otherEmployer] = await loginAll(s.http, [r.coach, r.otherCoach, r.wsp, r.employer, other.employer]);
    vocab = await vocabulary(s.http, coach);
    await acceptPledge(s.http, employer, r.employerOrgId);
    vacancyId = await openVacancy(s.http, employer, wsp);
  }, 60_000);
  afterAll(async () => {
    await worker?.close();
    await s?.close();
  });

  async function readyYouth(overrides: Record<string, unknown> = {}): Promise<string> {
    const { id } = await registerYouth(s.http, coach, vocab, overrides);
    await consent(s.http, coach, id, 'matching');
    await consent(s.http, coach, id, 'introductions');
    return id;
  }
  const propose = (body: Record<string, unknown>, key?: string) => {
    const req = s.http().post('/proposals').set(...bearer(coach));
    if (key) req.set('Idempotency-Key', key);
    return req.send(body);
  };
  /** Runs the hourly expiry now (at the clock's time) and waits until it has expired `proposalId`. */
  async function expireOverdue(proposalId: string): Promise<void> {
    const queue = new Queue('maintenance', { connection: { url: s.env.REDIS_URL! }, prefix: `{${s.env.QUEUE_PREFIX}}` });
    try {
      await queue.add('proposals.expire', { eventId: 'manual', type: 'proposals.expire', regionId: null, payload: {}, createdAt: new Date().toISOString() });
      await waitFor(async () => (await s.http().get(`/proposals/${proposalId}`).set(...bearer(coach)).expect(200)).body.state === 'expired', 15000, 'the expiry');
    } finally {
      await queue.close();
    }
  }

  it('needs consent to introductions and the hard filters, or says why', async () => {
    const { id } = await registerYouth(s.http, coach, vocab);
    const noConsent = await propose({ youthId: id, vacancyId, note: 'Gemotiveerd' }).expect(409);
    expect(noConsent.body.type).toBe('/problems/no-consent');
    const young = (await registerYouth(s.http, coach, vocab, { dateOfBirth: birthDateForAge(15), wishedKinds: ['job'] })).id;
    await s.http().post(`/youths/${young}/consents`).set(...bearer(coach)).send({ scope: 'introductions', givenBy: 'parent_guardian' }).expect(201);
    const res = await propose({ youthId: young, vacancyId, note: 'Te jong?' }).expect(422);
    expect(res.body.reasons.map((f: { code: string }) => f.code).sort()).toEqual(['kind_not_wished', 'too_young_employer', 'too_young_legal']);
    const tooLong = await propose({ youthId: young, vacancyId, note: 'x'.repeat(601) }).expect(400);
    expect(tooLong.body.errors[0].field).toBe('note');
  });

  it('honours the Idempotency-Key and keeps one open proposal per youth and vacancy', async () => {
    const youthId = await readyYouth();
    const first = await propose({ youthId, vacancyId, note: 'Op tijd en leergierig.' }, 'key-0000000001').expect(201);
    const again = await propose({ youthId, vacancyId, note: 'Op tijd en leergierig.' }, 'key-0000000001').expect(200);
    expect(again.body.id).toBe(first.body.id);
    const second = await propose({ youthId, vacancyId, note: 'nog een keer' }, 'key-0000000002').expect(409);
    expect(second.body).toMatchObject({ type: '/problems/proposal-exists', proposalId: first.body.id });
    const otherVacancy = await openVacancy(s.http, employer, wsp, { title: 'Tweede vacature' });
    await propose({ youthId, vacancyId: otherVacancy, note: 'x' }, 'key-0000000001').expect(409);
    await propose({ youthId, vacancyId, note: 'x' }, 'bad key!').expect(400);
    expect((await query(s.db.url, 'SELECT 1 FROM proposal WHERE youth_id = $1', [youthId])).length).toBe(1);
  });

  it('answers eight simultaneous proposals of one youth for one vacancy with one 201 and 409s, never a 500', async () => {
    const youthId = await readyYouth();
    const answers = await raceAtInsert(s.db.url, 'proposal', 8, () => Array.from({ length: 8 }, (_, i) => propose({ youthId, vacancyId, note: `gelijktijdig ${i}` })));
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
    const created = answers.find((a) => a.status === 201)!.body.id as string;
    for (const a of answers.filter((x) => x.status === 409)) {
      expect(a.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(a.body).toMatchObject({ type: '/problems/proposal-exists', proposalId: created });
    }
    expect(await query(s.db.url, 'SELECT 1 FROM proposal WHERE youth_id = $1', [youthId])).toHaveLength(1);
  });

  it('answers eight simultaneous proposals with one Idempotency-Key with one 201 and 200 replays of the same proposal', async () => {
    const youthId = await readyYouth();
    const answers = await raceAtInsert(s.db.url, 'proposal', 8, () => Array.from({ length: 8 }, () => propose({ youthId, vacancyId, note: 'met sleutel' }, 'race-key-00000001')));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    expect(await query(s.db.url, 'SELECT 1 FROM proposal WHERE youth_id = $1', [youthId])).toHaveLength(1);
  });

  it('shows the employer a candidate card in proposal order, marks it viewed, and lets it decline with a reason for the coach', async () => {
    const a = await readyYouth();
    const b = await readyYouth();
    // The later proposal is the priority youth's: proposal time still puts it second.
    await s.http().put(`/youths/${b}/sealed`).set(...bearer(coach)).send({ purpose: 'intake with the youth', priority: true, priorityReason: 'school_dropout', riskFactors: [], notes: '', vogConcern: { level: 'none' } }).expect(200);
    const pa = (await propose({ youthId: a, vacancyId, note: 'Eerste' }).expect(201)).body.id;
    const pb = (await propose({ youthId: b, vacancyId, note: 'Tweede' }).expect(201)).body.id;
    const inbox = await s.http().get('/proposals').query({ limit: 100 }).set(...bearer(employer)).expect(200);
    const ids = inbox.body.items.map((i: { id: string }) => i.id);
    expect(ids).toContain(pa);
    expect(ids).toContain(pb);
    expect(ids.indexOf(pa)).toBeLessThan(ids.indexOf(pb));
    // Page by page too: with one item a page, the earlier proposal comes on an earlier page.
    const pages: string[] = [];
    for (let cursor: string | null = null, n = 0; n < 50; n++) {
      const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await s.http().get('/proposals').query(cursor ? { limit: 1, cursor } : { limit: 1 }).set(...bearer(employer)).expect(200);
      pages.push(...page.body.items.map((i) => i.id));
      cursor = page.body.nextCursor;
      if (!cursor) break;
    }
    expect(pages.filter((id) => id === pa || id === pb)).toEqual([pa, pb]);
    const item = inbox.body.items.find((i: { id: string }) => i.id === pa);
    expect(Object.keys(item.candidate).sort()).toEqual(['ageYears', 'availability', 'distanceBand', 'educationLevel', 'interests', 'languages', 'motivation', 'pseudonym', 'skills']);
    expect(JSON.stringify(inbox.body)).not.toMatch(/Sami|de Boer|sami@example|priority|Jongerenwerk/);
    const viewed = await s.http().get(`/proposals/${pa}`).set(...bearer(employer)).expect(200);
    expect(viewed.body.state).toBe('viewed');
    const declined = await s.http().post(`/proposals/${pa}/decline`).set(...bearer(employer)).send({ reason: 'availability' }).expect(200);
    expect(declined.body).toMatchObject({ state: 'declined', declineReason: 'availability' });
    const again = await s.http().post(`/proposals/${pa}/decline`).set(...bearer(employer)).send({ reason: 'other' }).expect(409);
    expect(again.body).toMatchObject({ type: '/problems/invalid-transition', currentState: 'declined', allowed: [] });
    const early = await s.http().post(`/proposals/${pb}/decline`).set(...bearer(employer)).send({ reason: 'other' }).expect(409);
    expect(early.body).toMatchObject({ currentState: 'proposed', allowed: ['viewed', 'expired', 'withdrawn'] });
    await s.http().post(`/proposals/${pb}/decline`).set(...bearer(employer)).send({ reason: 'maybe' }).expect(400);
    const coachView = await s.http().get(`/proposals/${pa}`).set(...bearer(coach)).expect(200);
    expect(coachView.body.declineReason).toBe('availability');
    const note = await waitFor(async () => {
      const res = await s.http().get('/inbox').set(...bearer(coach)).expect(200);
      return res.body.items.find((i: { data: { entries: { proposalId: string; state: string }[] } }) => i.data.entries?.[0]?.proposalId === pa && i.data.entries[0]!.state === 'declined');
    }, 15000, "the coach's inbox item");
    expect(note.titleNl).toMatch(/afgewezen: de beschikbaarheid past niet/);
    const employerInbox = await s.http().get('/inbox').set(...bearer(employer)).expect(200);
    expect(employerInbox.body.items.some((i: { titleNl: string }) => /Nieuwe kandidaat/.test(i.titleNl))).toBe(true);
    expect(JSON.stringify(employerInbox.body)).not.toMatch(/Kandidaat [2-9A-Z]{4}|Sami/);
  });

  it('keeps proposals away from other organisations and employers', async () => {
    const youthId = await readyYouth();
    const p = (await propose({ youthId, vacancyId, note: 'x' }).expect(201)).body.id;
    await s.http().get(`/proposals/${p}`).set(...bearer(otherCoach)).expect(404);
    await s.http().get(`/proposals/${p}`).set(...bearer(otherEmployer)).expect(404);
    await s.http().post(`/proposals/${p}/decline`).set(...bearer(otherEmployer)).send({ reason: 'other' }).expect(404);
    expect((await s.http().get('/proposals').set(...bearer(otherEmployer)).expect(200)).body.items).toEqual([]);
    await s.http().post('/proposals').set(...bearer(employer)).send({ youthId, vacancyId, note: 'x' }).expect(403);
  });

  it("lists the region's proposals for WSP staff and admins, page by page, and only the own organisation's for a coach", async () => {
    const youthId = await readyYouth();
    const p = (await propose({ youthId, vacancyId, note: 'x' }).expect(201)).body.id as string;
    const admin = await login(s.http, r.admin.email);
    const ids = async (who: Tokens) => ((await s.http().get('/proposals').query({ limit: 100 }).set(...bearer(who)).expect(200)).body.items as { id: string }[]).map((i) => i.id);
    expect(await ids(coach)).toContain(p);
    expect(await ids(otherCoach)).not.toContain(p);
    const all = await ids(wsp);
    expect(all).toContain(p);
    expect(await ids(admin)).toEqual(all);
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page = (await s.http().get('/proposals').query({ limit: 2, ...(cursor ? { cursor } : {}) }).set(...bearer(wsp)).expect(200)).body as { items: { id: string }[]; nextCursor: string | null };
      paged.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(all);
  });

  it("expires a proposal the employer leaves unanswered beyond the region's working-day SLA, and tells the coach", async () => {
    const youthId = await readyYouth();
    const p = (await propose({ youthId, vacancyId, note: 'x' }).expect(201)).body.id;
    // Twenty days on (past ten working days), another proposal is made; the expiry runs then.
    clock.advance(20 * DAY);
    const fresh = (await propose({ youthId: await readyYouth(), vacancyId, note: 'y' }).expect(201)).body.id;
    await expireOverdue(p);
    expect((await s.http().get(`/proposals/${fresh}`).set(...bearer(coach)).expect(200)).body.state).toBe('proposed');
    await waitFor(async () => {
      const res = await s.http().get('/me/notifications').set(...bearer(coach)).expect(200);
      return res.body.items.some((i: { titleNl: string; data: { entries: { proposalId: string }[] } }) => i.data.entries?.[0]?.proposalId === p && /niet op tijd/.test(i.titleNl));
    }, 15000, 'the expiry notice');
  });

  it('lets the coach withdraw, and closes open proposals when consent is withdrawn', async () => {
    const y1 = await readyYouth();
    const p1 = (await propose({ youthId: y1, vacancyId, note: 'x' }).expect(201)).body.id;
    const w = await s.http().post(`/proposals/${p1}/withdraw`).set(...bearer(coach)).send({ reason: 'heeft al werk' }).expect(200);
    expect(w.body).toMatchObject({ state: 'withdrawn', withdrawReason: 'heeft al werk' });
    const inbox = await s.http().get('/proposals').query({ limit: 100 }).set(...bearer(employer)).expect(200);
    expect(inbox.body.items.map((i: { id: string }) => i.id)).not.toContain(p1);
    await s.http().get(`/proposals/${p1}`).set(...bearer(employer)).expect(404);

    const y2 = await readyYouth();
    const p2 = (await propose({ youthId: y2, vacancyId, note: 'x' }).expect(201)).body.id;
    const consents = (await s.http().get(`/youths/${y2}`).set(...bearer(coach)).expect(200)).body.consents as { id: string; scope: string }[];
    const intro = consents.find((c) => c.scope === 'introductions')!;
    await s.http().post(`/youths/${y2}/consents/${intro.id}/withdrawal`).set(...bearer(coach)).send({ reason: 'wil nu niet' }).expect(200);
    const closed = await waitFor(async () => {
      const res = await s.http().get(`/proposals/${p2}`).set(...bearer(coach)).expect(200);
      return res.body.state === 'withdrawn' ? res.body : undefined;
    }, 15000, 'the proposal to close');
    expect(closed.withdrawReason).toBe('consent to introductions withdrawn');
  });

  // A youth is proposed for a vacancy once (PROPOSE_AGAIN_AFTER); the declined case is in privacy/rounds.
  it('refuses a coach who proposes a youth again after withdrawing the proposal', async () => {
    const youthId = await readyYouth();
    const p = (await propose({ youthId, vacancyId, note: 'Eerste keer' }).expect(201)).body.id;
    await s.http().post(`/proposals/${p}/withdraw`).set(...bearer(coach)).send({ reason: 'toch niet' }).expect(200);
    const again = await propose({ youthId, vacancyId, note: 'Nog een keer?' }).expect(409);
    expect(again.body).toMatchObject({ type: '/problems/proposed-before', proposalId: p });
    // With a fresh Idempotency-Key too: a key replays a proposal, it does not reopen the pair.
    const keyed = await propose({ youthId, vacancyId, note: 'Nog een keer?' }, 'again-0000000001').expect(409);
    expect(keyed.body).toMatchObject({ type: '/problems/proposed-before', proposalId: p });
    expect(await query(s.db.url, 'SELECT state FROM proposal WHERE youth_id = $1', [youthId])).toEqual([{ state: 'withdrawn' }]);
  });

  it('lets a coach propose a youth again once the employer left the earlier proposal to expire, and only then', async () => {
    const youthId = await readyYouth();
    const p = (await propose({ youthId, vacancyId, note: 'Eerste keer' }).expect(201)).body.id;
    // Still open: the pair is taken until the employer answers or the SLA runs out.
    const open = await propose({ youthId, vacancyId, note: 'Te vroeg' }).expect(409);
    expect(open.body).toMatchObject({ type: '/problems/proposal-exists', proposalId: p });
    clock.advance(20 * DAY);
    await expireOverdue(p);
    const again = await propose({ youthId, vacancyId, note: 'Nog een keer' }).expect(201);
    expect(again.body.id).not.toBe(p);
    expect(again.body.state).toBe('proposed');
    // The new proposal holds the pair as any open one does.
    const third = await propose({ youthId, vacancyId, note: 'En nog een keer' }).expect(409);
    expect(third.body).toMatchObject({ type: '/problems/proposal-exists', proposalId: again.body.id });
    const rows = await query<{ state: string }>(s.db.url, 'SELECT state FROM proposal WHERE youth_id = $1 ORDER BY created_at', [youthId]);
    expect(rows.map((r) => r.state)).toEqual(['expired', 'proposed']);
  });
});

describe('from introduction to placement, and no overbooking', () => {
  let s: Suite;
  let r: RegionFixture;
  let coach: Tokens, wsp: Tokens, employer: Tokens;
  let vocab: Vocab;

  beforeAll(async () => {
    s = await startSuite();
    r = await seedRegion(s.db.url);
    [coach, wsp, employer] = await loginAll(s.http, [r.coach, r.wsp, r.employer]);
    vocab = await vocabulary(s.http, coach);
    await acceptPledge(s.http, employer, r.employerOrgId);
  }, 60_000);
  afterAll(() => s?.close());

  async function proposed(vacancyId: string, identity?: Record<string, unknown>): Promise<string> {
    const { id } = await registerYouth(s.http, coach, vocab, identity ? { identity } : {});
    await consent(s.http, coach, id, 'matching');
    await consent(s.http, coach, id, 'introductions');
    return (await s.http().post('/proposals').set(...bearer(coach)).send({ youthId: id, vacancyId, note: 'Graag kennismaken.' }).expect(201)).body.id;
  }

  async function toOffered(p: string): Promise<void> {
    const at = new Date(Date.now() + 7 * 86_400_000).toISOString();
    await s.http().get(`/proposals/${p}`).set(...bearer(employer)).expect(200);
    await s.http().post(`/proposals/${p}/invite`).set(...bearer(employer)).expect(200);
    await s.http().post(`/proposals/${p}/introduce`).set(...bearer(coach)).expect(200);
    await s.http().post(`/proposals/${p}/interview`).set(...bearer(employer)).send({ at, place: 'Bakkerij, achteringang' }).expect(200);
    await s.http().post(`/proposals/${p}/interview-outcome`).set(...bearer(coach)).send({ outcome: 'showed_up' }).expect(200);
    await s.http().post(`/proposals/${p}/offer`).set(...bearer(employer)).send({ startDate: '2027-07-05', hoursPerWeek: 24, hourlyWage: 8 }).expect(200);
  }

  it('refuses a placement that would give a 15-year-old more than 6 holiday weeks of work in a year', async () => {
    const vacancy = (title: string, startDate: string, endDate: string) => openVacancy(s.http, employer, wsp, { title, startDate, endDate, minimumAge: 15 });
    const summer = await vacancy('Zomer, vier weken', '2027-07-05', '2027-07-30');
    const autumn = await vacancy('Herfst, drie weken', '2027-10-18', '2027-11-05');
    const { id: youthId } = await registerYouth(s.http, coach, vocab, {
      dateOfBirth: '2011-11-01',
      availability: [
        { from: '2027-07-05', to: '2027-07-30', hoursPerWeek: 24, weekdays: ['mon', 'tue', 'wed', 'thu'], period: 'holiday' },
        { from: '2027-10-18', to: '2027-11-05', hoursPerWeek: 24, weekdays: ['mon', 'tue', 'wed', 'thu'], period: 'holiday' },
      ],
    });
    for (const scope of ['matching', 'introductions']) await s.http().post(`/youths/${youthId}/consents`).set(...bearer(coach)).send({ scope, givenBy: 'parent_guardian' }).expect(201);
    const take = async (vacancyId: string, startDate: string) => {
      const p = (await s.http().post('/proposals').set(...bearer(coach)).send({ youthId, vacancyId, note: 'Graag.' }).expect(201)).body.id;
      await s.http().get(`/proposals/${p}`).set(...bearer(employer)).expect(200);
      await s.http().post(`/proposals/${p}/invite`).set(...bearer(employer)).expect(200);
      await s.http().post(`/proposals/${p}/introduce`).set(...bearer(coach)).expect(200);
      await s.http().post(`/proposals/${p}/interview`).set(...bearer(employer)).send({ at: new Date(Date.now() + 86_400_000).toISOString(), place: 'Winkel' }).expect(200);
      await s.http().post(`/proposals/${p}/interview-outcome`).set(...bearer(coach)).send({ outcome: 'showed_up' }).expect(200);
      await s.http().post(`/proposals/${p}/offer`).set(...bearer(employer)).send({ startDate, hoursPerWeek: 24, hourlyWage: 8 }).expect(200);
      return s.http().post(`/proposals/${p}/accept`).set(...bearer(coach));
    };
    expect((await take(summer, '2027-07-05')).status).toBe(200);
    const second = await take(autumn, '2027-10-18');
    expect(second.status).toBe(422);
    expect(second.body).toMatchObject({ type: '/problems/holiday-weeks-per-year', reason: { en: '7 holiday weeks of work in 2027 (at 15, at most 6 a year)' } });
  });

  it('lets each employer know a youth by its own pseudonym, which the coach sees beside the proposal', async () => {
    const second = await seedEmployer(s.db.url, r.regionId);
    const otherEmployer = await login(s.http, second.employer.email);
    await acceptPledge(s.http, otherEmployer, second.employerOrgId);
    const [here, there] = [await openVacancy(s.http, employer, wsp, { title: 'Hier' }), await openVacancy(s.http, otherEmployer, wsp, { title: 'Daar' })];
    const { id: youthId, pseudonym } = await registerYouth(s.http, coach, vocab);
    await consent(s.http, coach, youthId, 'matching');
    await consent(s.http, coach, youthId, 'introductions');
    const seen: string[] = [];
    for (const [vacancyId, who] of [[here, employer], [there, otherEmployer]] as const) {
      const p = (await s.http().post('/proposals').set(...bearer(coach)).send({ youthId, vacancyId, note: 'Graag.' }).expect(201)).body;
      const card = (await s.http().get(`/proposals/${p.id}`).set(...bearer(who)).expect(200)).body.candidate;
      expect(card.pseudonym).toBe(p.pseudonymAtEmployer);
      const inbox = await s.http().get('/proposals').query({ limit: 100 }).set(...bearer(who)).expect(200);
      expect(inbox.body.items.find((i: { id: string }) => i.id === p.id).candidate.pseudonym).toBe(card.pseudonym);
      seen.push(card.pseudonym);
    }
    expect(seen[0]).not.toBe(seen[1]);
    expect(seen).not.toContain(pseudonym);
  });

  it("lets only the youth's contact person take the youth's steps: WSP staff get 403 on a coached youth's proposal", async () => {
    const vacancyId = await openVacancy(s.http, employer, wsp, { title: 'Alleen de coach' });
    const p = await proposed(vacancyId);
    await s.http().get(`/proposals/${p}`).set(...bearer(employer)).expect(200);
    await s.http().post(`/proposals/${p}/invite`).set(...bearer(employer)).expect(200);
    const refused = await s.http().post(`/proposals/${p}/introduce`).set(...bearer(wsp)).expect(403);
    expect(refused.body.detail).toMatch(/contact person/);
    await s.http().post(`/proposals/${p}/withdraw`).set(...bearer(wsp)).send({}).expect(403);
    await s.http().post(`/proposals/${p}/introduce`).set(...bearer(coach)).expect(200);
    await s.http().post(`/proposals/${p}/interview`).set(...bearer(wsp)).send({ at: new Date(Date.now() + 86_400_000).toISOString(), place: 'Winkel' }).expect(403);
    const history = await query<{ by_role: string }>(s.db.url, `SELECT by_role FROM proposal_transition WHERE proposal_id = $1 AND to_state = 'introduced'`, [p]);
    expect(history).toEqual([{ by_role: 'coach' }]);
  });

  it('reveals the first name and chosen contact only after the introduction, the full name only once agreed', async () => {
    const vacancyId = await openVacancy(s.http, employer, wsp);
    const p = await proposed(vacancyId, { firstName: 'Noor', lastName: 'Achternaam', email: 'noor@example.test', preferredContact: 'email' });
    const first = await s.http().get(`/proposals/${p}`).set(...bearer(employer)).expect(200);
    expect(JSON.stringify(first.body)).not.toMatch(/Noor|Achternaam|noor@example/);
    await s.http().post(`/proposals/${p}/invite`).set(...bearer(employer)).expect(200);
    expect(JSON.stringify((await s.http().get(`/proposals/${p}`).set(...bearer(employer)).expect(200)).body)).not.toMatch(/Noor/);
    await s.http().post(`/proposals/${p}/introduce`).set(...bearer(coach)).expect(200);
    const introduced = await s.http().get(`/proposals/${p}`).set(...bearer(employer)).expect(200);
    expect(introduced.body.introduction).toEqual({ firstName: 'Noor', contact: { channel: 'email', value: 'noor@example.test' }, messages: `/proposals/${p}/messages` });
    const at = new Date(Date.now() + 86_400_000).toISOString();
    await s.http().post(`/proposals/${p}/interview`).set(...bearer(employer)).send({ at }).expect(400);
    await s.http().post(`/proposals/${p}/interview`).set(...bearer(employer)).send({ at, videoLink: 'https://meet.example/abc' }).expect(200);
    const noShow = await s.http().post(`/proposals/${p}/interview-outcome`).set(...bearer(employer)).send({ outcome: 'no_show' }).expect(200);
    expect(noShow.body.state).toBe('interview_planned');
    await s.http().post(`/proposals/${p}/offer`).set(...bearer(employer)).send({ startDate: '2027-07-05', hoursPerWeek: 24, hourlyWage: 8 }).expect(409);
    await s.http().post(`/proposals/${p}/interview`).set(...bearer(coach)).send({ at, place: 'Bakkerij' }).expect(200);
    await s.http().post(`/proposals/${p}/interview-outcome`).set(...bearer(coach)).send({ outcome: 'showed_up' }).expect(200);
    const low = await s.http().post(`/proposals/${p}/offer`).set(...bearer(employer)).send({ startDate: '2027-07-05', hoursPerWeek: 24, hourlyWage: 3 }).expect(400);
    // 17 today and 17 in July: the 17-year-olds' minimum (39.5% of €14.71), not the 16- or 18-year-olds'.
    expect(low.body.errors[0]).toMatchObject({ field: 'hourlyWage', message: expect.stringMatching(/^must be at least €5\.81 an hour: the legal minimum for a candidate of 17 during this period \(/) });
    await s.http().post(`/proposals/${p}/offer`).set(...bearer(employer)).send({ startDate: '2027-07-05', hoursPerWeek: 24, hourlyWage: 8 }).expect(200);
    await s.http().post(`/proposals/${p}/accept`).set(...bearer(employer)).expect(403);
    const accepted = await s.http().post(`/proposals/${p}/accept`).set(...bearer(coach)).expect(200);
    expect(accepted.body).toMatchObject({ state: 'placed', placementId: expect.any(String) });
    const agreed = await s.http().get(`/proposals/${p}`).set(...bearer(employer)).expect(200);
    expect(agreed.body.introduction).toMatchObject({ firstName: 'Noor', lastName: 'Achternaam' });
    const shared = await query(s.db.url, `SELECT purpose FROM audit_event WHERE action = 'youth.identity.shared' ORDER BY id`);
    expect(shared.length).toBeGreaterThanOrEqual(2);
  });

  it("checks the employer's offer against the minimum wage of the card's age to the cent: 20 gets the 80% rate, 21 the adult one", async () => {
    const vacancyId = await openVacancy(s.http, employer, wsp, { title: 'Loongrens' });
    // From the table for 2027: adult €14.71 an hour; at 20, 80% of it is €11.768, €11.77 in cents.
    for (const [age, floor, below] of [[20, '11.77', 11.76], [21, '14.71', 14.70]] as const) {
      const { id } = await registerYouth(s.http, coach, vocab, { dateOfBirth: birthDateForAge(age) });
      await consent(s.http, coach, id, 'matching');
      await consent(s.http, coach, id, 'introductions');
      const p = (await s.http().post('/proposals').set(...bearer(coach)).send({ youthId: id, vacancyId, note: 'Graag kennismaken.' }).expect(201)).body.id as string;
      await s.http().get(`/proposals/${p}`).set(...bearer(employer)).expect(200);
      await s.http().post(`/proposals/${p}/invite`).set(...bearer(employer)).expect(200);
      await s.http().post(`/proposals/${p}/introduce`).set(...bearer(coach)).expect(200);
      await s.http().post(`/proposals/${p}/interview`).set(...bearer(employer)).send({ at: new Date(Date.now() + 86_400_000).toISOString(), place: 'Winkel' }).expect(200);
      await s.http().post(`/proposals/${p}/interview-outcome`).set(...bearer(coach)).send({ outcome: 'showed_up' }).expect(200);
      const offer = (hourlyWage: number) => s.http().post(`/proposals/${p}/offer`).set(...bearer(employer)).send({ startDate: '2027-07-05', hoursPerWeek: 24, hourlyWage });
      const low = await offer(below).expect(400);
      expect(low.body.errors).toEqual([{ field: 'hourlyWage', code: expect.any(String), text: expect.any(String), message: expect.stringMatching(new RegExp(`^must be at least €${floor.replace('.', '\\.')} an hour: the legal minimum for a candidate of ${age} during this period \\(`)) }]);
      await offer(Number(floor)).expect(200);
      expect((await s.http().get(`/proposals/${p}`).set(...bearer(employer)).expect(200)).body.offer).toMatchObject({ hourlyWage: Number(floor) });
    }
  });

  it('gives exactly 3 placements when 200 accepts race for a vacancy with 3 places', async () => {
    const vacancyId = await openVacancy(s.http, employer, wsp, { places: 3 });
    // 200 youths proposed and their proposals taken to offered, in parallel batches.
    const proposals: string[] = [];
    for (let i = 0; i < 200; i += 20) proposals.push(...(await Promise.all(Array.from({ length: 20 }, () => proposed(vacancyId)))));
    for (let i = 0; i < proposals.length; i += 20) await Promise.all(proposals.slice(i, i + 20).map(toOffered));
    const results = await Promise.all(proposals.map((p) => s.http().post(`/proposals/${p}/accept`).set(...bearer(coach))));
    const statuses = results.map((res) => res.status).sort();
    expect(statuses.filter((x) => x === 200)).toHaveLength(3);
    expect(statuses.filter((x) => x !== 200).every((x) => x === 409)).toBe(true);
    const { n } = await queryOne<{ n: number }>(s.db.url, 'SELECT count(*)::int AS n FROM placement WHERE vacancy_id = $1', [vacancyId]);
    expect(n).toBe(3);
    const { status } = await queryOne<{ status: string }>(s.db.url, 'SELECT status FROM vacancy WHERE id = $1', [vacancyId]);
    expect(status).toBe('filled');
    process.stdout.write(`concurrency: 200 accepts on 3 places → ${statuses.filter((x) => x === 200).length} placements, ${statuses.filter((x) => x === 409).length} × 409\n`);
  }, 240_000);
});
