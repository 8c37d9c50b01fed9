import { startSuite, type Suite } from './support/app.js';
import { bearer, login, loginAll, query, queryOne, type RegionFixture, seedEmployer, seedRegion, type Tokens } from './support/fixtures.js';
import { acceptPledge, NO_TRAITS, openVacancy, vacancyBody } from './support/vacancies.js';
import { registerYouth, vocabulary } from './support/youth.js';

describe('employers, the pledge and vacancies', () => {
  let s: Suite;
  let r: RegionFixture;
  let wsp: Tokens, employer: Tokens, coach: Tokens, otherEmployer: Tokens;

  beforeAll(async () => {
    s = await startSuite();
    r = await seedRegion(s.db.url);
    const other = await seedRegion(s.db.url);
    [wsp, employer, coach, otherEmployer] = await loginAll(s.http, [r.wsp, r.employer, r.coach, other.employer]);
    await acceptPledge(s.http, employer, r.employerOrgId);
  });
  afterAll(() => s?.close());

  const employerBody = (o: Record<string, unknown> = {}) => ({
    name: `Fietsenmaker ${Math.random().toString(36).slice(2, 8)}`, kvk: String(10_000_000 + Math.floor(Math.random() * 89_999_999)),
    sector: 'G', locations: ['3011', '3072'], sizeClass: '1-9', contactName: 'Kees', ...o,
  });

  describe('the employer network (WSP)', () => {
    it('adds an employer with a dated status history and finds it by filters', async () => {
      const res = await s.http().post('/employers').set(...bearer(wsp)).send(employerBody({ accountManagerId: r.wsp.id, notes: 'wil graag meedoen' })).expect(201);
      expect(res.body).toMatchObject({ status: 'prospect', notes: 'wil graag meedoen', accountManager: { id: r.wsp.id }, pledge: { currentVersion: 1, acceptedVersion: null } });
      const changed = await s.http().post(`/employers/${res.body.id}/status`).set(...bearer(wsp)).send({ status: 'active', note: 'eerste gesprek gehad' }).expect(200);
      expect(changed.body.statusHistory.map((h: { status: string }) => h.status)).toEqual(['prospect', 'active']);
      expect(changed.body.statusHistory[1].changedAt).toEqual(expect.any(String));
      const found = await s.http().get('/employers').query({ status: 'active', sector: 'G', pc4: '3011', accountManagerId: r.wsp.id }).set(...bearer(wsp)).expect(200);
      expect(found.body.items.map((e: { id: string }) => e.id)).toEqual([res.body.id]);
      const none = await s.http().get('/employers').query({ status: 'active', hasOpenVacancies: 'true' }).set(...bearer(wsp)).expect(200);
      expect(none.body.items).toEqual([]);
    });

    it.each([
      ['a KvK number of 7 digits', { kvk: '1234567' }, 'kvk'],
      ['a vestigingsnummer of 11 digits', { vestigingsnummer: '12345678901' }, 'vestigingsnummer'],
      ['an unknown PC4', { locations: ['1000'] }, 'locations[0]'],
      ['an unknown sector', { sector: 'Z' }, 'sector'],
      ['an account manager who is not WSP staff', { accountManagerId: '00000000-0000-4000-8000-000000000000' }, 'accountManagerId'],
      ['an unknown field', { rating: 5 }, 'rating'],
    ])('refuses %s with a 400 naming the field', async (_w, o, field) => {
      const res = await s.http().post('/employers').set(...bearer(wsp)).send(employerBody(o)).expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    });

    it('refuses a second employer with the same KvK, a stale version, and non-WSP users', async () => {
      const body = employerBody();
      const first = await s.http().post('/employers').set(...bearer(wsp)).send(body).expect(201);
      await s.http().post('/employers').set(...bearer(wsp)).send({ ...body, name: `${body.name} 2` }).expect(409);
      await s.http().patch(`/employers/${first.body.id}`).set(...bearer(wsp)).send({ version: 1, sizeClass: '10-49' }).expect(200);
      const stale = await s.http().patch(`/employers/${first.body.id}`).set(...bearer(wsp)).send({ version: 1, sizeClass: '50-249' }).expect(409);
      expect(stale.body.currentVersion).toBe(2);
      await s.http().post('/employers').set(...bearer(employer)).send(employerBody()).expect(403);
      await s.http().get('/employers').set(...bearer(coach)).expect(403);
    });

    it('shows an employer user its own employer without the account manager notes, and 404 for others', async () => {
      const own = await s.http().get(`/employers/${r.employerOrgId}`).set(...bearer(employer)).expect(200);
      expect(own.body.notes).toBeUndefined();
      expect(own.body.pledge.acceptedVersion).toBe(1);
      await s.http().get(`/employers/${r.employerOrgId}`).set(...bearer(otherEmployer)).expect(404);
    });
  });

  describe('vacancies', () => {
    it('needs the accepted pledge to be submitted, then WSP review opens it', async () => {
      const other = await seedRegion(s.db.url);
      const [e2, w2] = await Promise.all([login(s.http, other.employer.email), login(s.http, other.wsp.email)]);
      const draft = await s.http().post('/vacancies').set(...bearer(e2)).send(vacancyBody()).expect(201);
      expect(draft.body.status).toBe('draft');
      const refused = await s.http().post(`/vacancies/${draft.body.id}/submit`).set(...bearer(e2)).expect(409);
      expect(refused.body.type).toBe('/problems/pledge-required');
      await acceptPledge(s.http, e2, other.employerOrgId);
      await s.http().post(`/vacancies/${draft.body.id}/submit`).set(...bearer(e2)).expect(200);
      const back = await s.http().post(`/vacancies/${draft.body.id}/send-back`).set(...bearer(w2)).send({ comment: 'Noem de werkbegeleider' }).expect(200);
      expect(back.body).toMatchObject({ status: 'draft', reviewComments: [{ action: 'sent_back', comment: 'Noem de werkbegeleider' }] });
      await s.http().post(`/vacancies/${draft.body.id}/approve`).set(...bearer(w2)).send({}).expect(409);
      await s.http().post(`/vacancies/${draft.body.id}/submit`).set(...bearer(e2)).expect(200);
      await s.http().post(`/vacancies/${draft.body.id}/approve`).set(...bearer(e2)).send({}).expect(403);
      const open = await s.http().post(`/vacancies/${draft.body.id}/approve`).set(...bearer(w2)).send({}).expect(200);
      expect(open.body.status).toBe('open');
    });

    it('answers an impossible transition with 409 naming the state and the allowed next ones', async () => {
      const res = await s.http().post('/vacancies').set(...bearer(employer)).send(vacancyBody()).expect(201);
      const bad = await s.http().post(`/vacancies/${res.body.id}/approve`).set(...bearer(wsp)).send({}).expect(409);
      expect(bad.body).toMatchObject({ type: '/problems/invalid-transition', currentStatus: 'draft', allowed: ['submitted', 'closed'] });
    });

    it('computes the minimum legal age and explains it', async () => {
      const late = await s.http().post('/vacancies').set(...bearer(employer)).send(vacancyBody({ schedule: { weekdays: ['fri', 'sat'], earliestStart: '16:00', latestEnd: '22:00', weekends: true }, hoursPerDay: 6, minimumAge: 16 })).expect(201);
      expect(late.body.minimumLegalAge).toBe(16);
      expect(JSON.stringify(late.body.minimumLegalAgeReasons)).toContain('22:00');
      // Four holiday weeks is the most a 15-year-old may work in a row; the six-week default needs 16.
      const young = await s.http().post('/vacancies').set(...bearer(employer)).send(vacancyBody({ minimumAge: 15, hourlyWage: 5, endDate: '2027-08-01' })).expect(201);
      expect(young.body.minimumLegalAge).toBe(15);
      expect(young.body.minimumLegalAgeReasons[0].text.en).toMatch(/weeks/);
    });

    it.each([
      ['an employer minimum age below the legal one', { schedule: { weekdays: ['fri'], earliestStart: '16:00', latestEnd: '22:00', weekends: false }, minimumAge: 15 }, 'minimumAge', /16/],
      ['hours beyond every legal band', { hoursPerDay: 13, hoursPerWeek: 40 }, 'hoursPerDay', /every legal band/],
      ['a wage below the legal minimum', { minimumAge: 21, hourlyWage: 12 }, 'hourlyWage', /14\.71/],
      // From 2025-12-31: €4.97 at 16 that day, €5.07 from the indexation of 1 January.
      ['a wage below the minimum of a later day of the period', { kind: 'job', startDate: '2025-12-31', endDate: '2026-01-09', minimumAge: 16, hourlyWage: 5 }, 'hourlyWage', /at least €5\.07 an hour: the legal minimum at age 16 from 2026-01-01/],
      ['reversed dates', { startDate: '2027-08-13', endDate: '2027-07-05' }, 'endDate', /on or after/],
      // Before the first row of the minimum-wage table no wage can be checked (it was a 500).
      ['work before the wage rules start', { kind: 'job', startDate: '2016-02-11', endDate: '2016-03-11', minimumAge: 16, hourlyWage: 9 }, 'startDate', /on or after 2025-07-01: the minimum-wage rules start there/],
      ['a BBL place without leerbedrijf-ID', { kind: 'bbl_place', minimumAge: 18, hourlyWage: 12, crebo: '25180', duringSchoolWeeks: true, hoursPerWeek: 32, endDate: '2028-06-30' }, 'leerbedrijfId', /erkend leerbedrijf/],
      ['a summer job of 13 weeks', { endDate: '2027-10-04' }, 'endDate', /12 weeks/],
      ['a wage on work experience', { kind: 'work_experience', hourlyWage: 9 }, 'hourlyWage', /unpaid/],
      ['an unknown PC4', { pc4: '1000' }, 'pc4', /not a known/],
      ['an unknown skill', { skills: ['sword_swallowing'] }, 'skills[0]', /vocabulary/],
      ['an unknown function aspect', { vog: { basis: 'employer_choice', functionAspects: [99], paidBy: 'employer' } }, 'vog.functionAspects[0]', /function aspect/],
      // A bakery claiming a legal duty: no rule supports it.
      ['a legal VOG no rule supports', { vog: { basis: 'legal_requirement', legalSector: 'education', functionAspects: [84], paidBy: 'employer' } }, 'vog.basis', /only where the law makes it one/],
      // Education (sector P), childcare (SBI 88.91 or task 86) and taxi (SBI 49.32): the law's, not the employer's, choice.
      ['an education vacancy that asks no VOG', { sector: 'P', title: 'Hulp bij het overblijven' }, 'vog.basis', /must be legal_requirement: the law requires a VOG for work in education/],
      ['a childcare vacancy that asks no VOG', { sector: 'Q', sbiCode: '88.91', title: 'Pedagogisch medewerker kinderopvang' }, 'vog.basis', /childcare/],
      ['the childcare task as the employer\'s own choice', { vog: { basis: 'employer_choice', functionAspects: [86], paidBy: 'employer' } }, 'vog.basis', /childcare/],
      ['a taxi company that asks no VOG', { kind: 'job', sector: 'H', sbiCode: '49.32', minimumAge: 18 }, 'vog.basis', /chauffeurskaart/],
      ['an SBI code outside the sector', { sbiCode: '88.91' }, 'sbiCode', /belongs to SBI section Q, not to the vacancy's sector I/],
      ['an SBI code of another shape', { sbiCode: '8891' }, 'sbiCode', /two digits, a dot/],
      ['an unknown field', { salaryBand: 'high' }, 'salaryBand', /not an allowed field/],
      ['a malformed time', { schedule: { weekdays: ['mon'], earliestStart: '9am', latestEnd: '17:00', weekends: false } }, 'schedule.earliestStart', /HH:MM/],
    ])('refuses %s with a 400 naming the field and the rule', async (_w, o, field, message) => {
      const before = (await query(s.db.url, 'SELECT 1 FROM vacancy')).length;
      const res = await s.http().post('/vacancies').set(...bearer(employer)).send(vacancyBody(o)).expect(400);
      const err = (res.body.errors as { field: string; message: string }[]).find((e) => e.field === field);
      expect(err?.message).toMatch(message);
      expect((await query(s.db.url, 'SELECT 1 FROM vacancy')).length).toBe(before);
    });

    it('lets WSP staff post for any employer of the region, naming it', async () => {
      const missing = await s.http().post('/vacancies').set(...bearer(wsp)).send(vacancyBody()).expect(400);
      expect(missing.body.errors[0].field).toBe('employerId');
      const posted = await s.http().post('/vacancies').set(...bearer(wsp)).send(vacancyBody({ employerId: r.employerOrgId })).expect(201);
      expect(posted.body.employerId).toBe(r.employerOrgId);
      const mine = await s.http().get('/vacancies').query({ limit: 100 }).set(...bearer(employer)).expect(200);
      expect(mine.body.items.map((v: { id: string }) => v.id)).toContain(posted.body.id);
      await s.http().post('/vacancies').set(...bearer(employer)).send(vacancyBody({ employerId: '00000000-0000-4000-8000-000000000000' })).expect(404);
      await s.http().post('/vacancies').set(...bearer(coach)).send(vacancyBody()).expect(403);
    });

    it("keeps another employer's vacancy a 404", async () => {
      const id = await openVacancy(s.http, employer, wsp);
      await s.http().get(`/vacancies/${id}`).set(...bearer(otherEmployer)).expect(404);
      await s.http().patch(`/vacancies/${id}`).set(...bearer(otherEmployer)).send({ version: 3, title: 'Overgenomen' }).expect(404);
      await s.http().post(`/vacancies/${id}/close`).set(...bearer(otherEmployer)).expect(404);
    });

    it('derives the legal VOG duty from what the vacancy is, and warns the WSP when only the words suggest one', async () => {
      const legal = { basis: 'legal_requirement', functionAspects: [86], paidBy: 'employer' };
      const childcare = await s.http().post('/vacancies').set(...bearer(employer)).send(vacancyBody({ sector: 'Q', sbiCode: '88.91', title: 'Hulp op de BSO', vog: legal })).expect(201);
      expect(childcare.body).toMatchObject({ sbiCode: '88.91', vog: { basis: 'legal_requirement', legalSector: 'childcare' } });
      const school = await s.http().post('/vacancies').set(...bearer(employer)).send(vacancyBody({ sector: 'P', title: 'Conciërge-assistent', vog: { ...legal, functionAspects: [84] } })).expect(201);
      expect(school.body.vog.legalSector).toBe('education');
      // A bakery that calls itself a daycare in its text: accepted as it is, with a warning for the review.
      const words = await s.http().post('/vacancies').set(...bearer(employer)).send(vacancyBody({ title: 'Hulp in de kinderopvang van de bakkerij' })).expect(201);
      expect(words.body.reviewWarnings).toBeUndefined();
      const review = await s.http().get(`/vacancies/${words.body.id}`).set(...bearer(wsp)).expect(200);
      expect(review.body.reviewWarnings).toEqual([{ code: 'vog_childcare_suggested', text: { nl: expect.stringContaining('kinderopvang'), en: expect.stringContaining('SBI') } }]);
      expect((await s.http().get(`/vacancies/${childcare.body.id}`).set(...bearer(wsp)).expect(200)).body.reviewWarnings).toEqual([]);
    });

    it("shows the WSP the wage against the legal minimum for the youngest youth the vacancy admits, and the employer not", async () => {
      const posted = await s.http().post('/vacancies').set(...bearer(employer)).send(vacancyBody({ minimumAge: 16 })).expect(201);
      expect(posted.body.wageCheck).toBeUndefined();
      const review = (await s.http().get(`/vacancies/${posted.body.id}`).set(...bearer(wsp)).expect(200)).body;
      expect(review.wageCheck).toEqual({
        youngestAge: Math.max(16, review.minimumLegalAge),
        hourlyWage: review.hourlyWage,
        minimum: expect.any(Number),
        from: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        source: expect.any(String),
        validFrom: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        ok: true,
      });
      expect(review.wageCheck.minimum).toBeLessThanOrEqual(review.hourlyWage);
      const listed = (await s.http().get('/vacancies').query({ limit: 100 }).set(...bearer(wsp)).expect(200)).body.items.find((v: { id: string }) => v.id === posted.body.id);
      expect(listed?.wageCheck ?? review.wageCheck).toEqual(review.wageCheck);
      // Unpaid work has no wage to check.
      const unpaid = await s.http().post('/vacancies').set(...bearer(employer)).send(vacancyBody({ kind: 'work_experience', hourlyWage: null })).expect(201);
      expect((await s.http().get(`/vacancies/${unpaid.body.id}`).set(...bearer(wsp)).expect(200)).body.wageCheck).toBeNull();
      expect((await s.http().get(`/vacancies/${posted.body.id}`).set(...bearer(employer)).expect(200)).body.wageCheck).toBeUndefined();
    });

    it('sends an open vacancy back to review when hours, age, wage or VOG change, not for a new title', async () => {
      const id = await openVacancy(s.http, employer, wsp);
      const titled = await s.http().patch(`/vacancies/${id}`).set(...bearer(employer)).send({ version: 3, title: 'Hulp in de bakkerij (zomer)' }).expect(200);
      expect(titled.body.status).toBe('open');
      const hours = await s.http().patch(`/vacancies/${id}`).set(...bearer(employer)).send({ version: 4, hoursPerWeek: 30 }).expect(200);
      expect(hours.body.status).toBe('submitted');
      const stale = await s.http().patch(`/vacancies/${id}`).set(...bearer(employer)).send({ version: 4, title: 'x x x' }).expect(409);
      expect(stale.body.currentVersion).toBe(5);
    });

    it('carries VOG guidance for every role; the nudge for employers; the indication for the coach only', async () => {
      const id = await openVacancy(s.http, employer, wsp, { vog: { basis: 'employer_choice', functionAspects: [21], paidBy: 'youth_reimbursed' } });
      const vocab = await vocabulary(s.http, coach);
      const youth = await registerYouth(s.http, coach, vocab);
      await s.http().put(`/youths/${youth.id}/sealed`).set(...bearer(coach)).send({
        purpose: 'intake with the youth', priority: false, riskFactors: [], notes: '', vogConcern: { level: 'possible', offenceCategory: 'property', lastOffenceDate: new Date(Date.now() - 200 * 86_400_000).toISOString().slice(0, 10) },
      }).expect(200);
      const asEmployer = await s.http().get(`/vacancies/${id}`).set(...bearer(employer)).expect(200);
      const asWsp = await s.http().get(`/vacancies/${id}`).set(...bearer(wsp)).expect(200);
      const asCoach = await s.http().get(`/vacancies/${id}`).query({ youthId: youth.id }).set(...bearer(coach)).expect(200);
      for (const res of [asEmployer, asWsp, asCoach]) {
        expect(res.body.vogGuidance).toMatchObject({ asked: true, nl: { summary: expect.any(String) }, en: { summary: expect.any(String) } });
        expect(res.body.vogGuidance.nl.sections.length).toBeGreaterThanOrEqual(6);
      }
      expect(asEmployer.body.vogNudge).toMatchObject({ nl: expect.any(String) });
      expect(asEmployer.body.vogIndicationForYouth).toBeUndefined();
      expect(asWsp.body.vogIndicationForYouth).toBeUndefined();
      expect(asCoach.body.vogIndicationForYouth.code).toBe('talk_it_through');
      await s.http().get(`/vacancies/${id}`).query({ youthId: youth.id }).set(...bearer(employer)).expect(400);
      const audit = await query(s.db.url, `SELECT purpose FROM audit_event WHERE subject_id = $1 AND action = 'youth.sealed.read'`, [youth.id]);
      expect(audit).toEqual([{ purpose: `VOG indication for vacancy ${id}` }]);
      const stats = await s.http().get(`/employers/${r.employerOrgId}`).set(...bearer(wsp)).expect(200);
      expect(stats.body.vacancies.vogAsked).toBeGreaterThanOrEqual(1);
    });

    it('lets coaches search open vacancies by kind, sector, distance, hours, dates, VOG and legal age, each bound included', async () => {
      const near = await openVacancy(s.http, employer, wsp, { title: 'Zoektest dichtbij', pc4: '3072' });
      const far = await openVacancy(s.http, employer, wsp, { title: 'Zoektest ver weg', pc4: '9401' });
      const ids = async (q: Record<string, unknown>) =>
        ((await s.http().get('/vacancies').query({ limit: 100, ...q }).set(...bearer(coach)).expect(200)).body.items as { id: string; status: string }[]).map((v) => v.id);
      const close = await ids({ nearPc4: '3011', maxKm: 10 });
      expect(close).toContain(near);
      expect(close).not.toContain(far);
      expect(await ids({ nearPc4: '9402', maxKm: 5 })).toEqual([far]);
      expect(await ids({ kind: 'internship' })).toEqual([]);
      expect((await ids({ vogAsked: 'false' })).length).toBeGreaterThan(0);
      expect(await ids({ legalAgeAtMost: 15 })).not.toContain(near);
      expect(await ids({ minHours: 30 })).not.toContain(near);
      expect(await ids({ from: '2028-01-01' })).toEqual([]);
      // Each filter also finds: a vacancy exactly at the bound is in, one step past it is out
      // (24 hours a week, 2027-07-05 to 2027-08-13, a summer job in sector I without VOG).
      const { min_legal_age: legalAge } = await queryOne<{ min_legal_age: number }>(s.db.url, 'SELECT min_legal_age FROM vacancy WHERE id = $1', [near]);
      const bounds: [Record<string, unknown>, Record<string, unknown>][] = [
        [{ minHours: 24 }, { minHours: 25 }],
        [{ maxHours: 24 }, { maxHours: 23 }],
        [{ from: '2027-08-13' }, { from: '2027-08-14' }],
        [{ to: '2027-07-05' }, { to: '2027-07-04' }],
        [{ legalAgeAtMost: legalAge }, { legalAgeAtMost: legalAge - 1 }],
        [{ kind: 'summer_job' }, { kind: 'job' }],
        [{ sector: 'I' }, { sector: 'G' }],
        [{ vogAsked: 'false' }, { vogAsked: 'true' }],
        [{ nearPc4: '3072', maxKm: 1 }, { nearPc4: '9402', maxKm: 5 }],
      ];
      for (const [at, past] of bounds) {
        expect([at, await ids(at)]).toEqual([at, expect.arrayContaining([near])]);
        expect([past, await ids(past)]).toEqual([past, expect.not.arrayContaining([near])]);
      }
      const draft = await s.http().post('/vacancies').set(...bearer(employer)).send(vacancyBody({ traits: { ...NO_TRAITS } })).expect(201);
      expect(await ids({})).not.toContain(draft.body.id);
      await s.http().get(`/vacancies/${draft.body.id}`).set(...bearer(coach)).expect(404);
      const bad = await s.http().get('/vacancies').query({ nearPc4: '0000', vogAsked: 'maybe' }).set(...bearer(coach)).expect(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['nearPc4', 'vogAsked']);
    });

    it("lists one employer's vacancies for WSP staff, in every status and page by page", async () => {
      const { employerOrgId: otherId, employer: account } = await seedEmployer(s.db.url, r.regionId);
      const other = await login(s.http, account.email);
      await acceptPledge(s.http, other, otherId);
      const open = await openVacancy(s.http, other, wsp, { title: 'Fietsen poetsen' });
      const draft = (await s.http().post('/vacancies').set(...bearer(other)).send(vacancyBody({ title: 'Banden plakken' })).expect(201)).body.id as string;
      const ids = (res: { body: { items: { id: string }[] } }) => res.body.items.map((v) => v.id);
      const page = (q: Record<string, unknown>, who = wsp) => s.http().get('/vacancies').query({ employerId: otherId, ...q }).set(...bearer(who)).expect(200);
      const first = await page({ limit: 1 });
      expect(ids(first)).toEqual([open]);
      const second = await page({ limit: 1, cursor: first.body.nextCursor });
      expect([ids(second), second.body.nextCursor]).toEqual([[draft], null]);
      expect(ids(await page({ status: 'draft' }))).toEqual([draft]);
      // The region's other employer has open vacancies too: none of them here.
      expect(ids(await page({ status: 'open', limit: 100 }))).toEqual([open]);
      // An employer gets only its own, whatever employerId says.
      expect(ids(await page({}, employer))).toEqual([]);
      const bad = await s.http().get('/vacancies').query({ employerId: 'de-bakker' }).set(...bearer(wsp)).expect(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['employerId']);
    });
  });
});
