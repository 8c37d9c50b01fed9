import { randomBytes } from 'node:crypto';
import { DataCipher, parseDataKeys } from '@startbaan/platform';
import { openEmailSecret, sealEmailSecret } from '@startbaan/notifications';
import { CandidateCardReader } from '@startbaan/youth';
import { KEYED_COLUMNS, rotateKeys, rotationText } from '../apps/api/src/cli/key-rotation.js';
import pg from 'pg';
import request from 'supertest';
import { bearer, login, loginAll, query, type RegionFixture, seedEmployer, seedRegion, type Tokens, withDb } from './support/fixtures.js';
import { startApi, startSuite, type Suite } from './support/app.js';
import { acceptPledge, NO_TRAITS, openVacancy } from './support/vacancies.js';
import { birthDateForAge, consent, registerYouth, type Vocab, vocabulary, youthBody } from './support/youth.js';
import { bornFor, dayFromToday, insertOpenProgramme } from './support/intake.js';

describe('youth profiles, consent and the sealed record', () => {
  let s: Suite;
  let r: RegionFixture;
  let coach: Tokens, otherCoach: Tokens, wsp: Tokens, employer: Tokens, admin: Tokens;
  let vocab: Vocab;

  beforeAll(async () => {
    s = await startSuite();
    r = await seedRegion(s.db.url);
    [coach, otherCoach, wsp, employer, admin] = await loginAll(s.http, [r.coach, r.otherCoach, r.wsp, r.employer, r.admin]);
    vocab = await vocabulary(s.http, coach);
  });
  afterAll(() => s?.close());

  const youthCount = async () => Number((await query<{ n: string }>(s.db.url, 'SELECT count(*) n FROM youth'))[0]!.n);

  describe('registering', () => {
    it('gives a pseudonym and keeps name and contact only as ciphertext', async () => {
      const res = await s.http().post('/youths').set(...bearer(coach)).send(youthBody(vocab, { identity: { firstName: 'Zeynepcanary', lastName: 'Yildiz', preferredContact: 'via_coach' } }));
      expect(res.status).toBe(201);
      expect(res.body.pseudonym).toMatch(/^Kandidaat [2-9A-HJ-NP-Z]{4}$/);
      expect(res.body.identity).toEqual({ firstName: 'Zeynepcanary', lastName: 'Yildiz', preferredContact: 'via_coach' });
      expect(res.body.referringOrganisation.id).toBe(r.coachingOrgId);
      expect(res.body.version).toBe(1);
      const rows = await query<{ data: Buffer; key_id: string }>(s.db.url, 'SELECT data, key_id FROM youth_identity WHERE youth_id = $1', [res.body.id]);
      expect(rows[0]!.key_id).toBe('t1');
      expect(rows[0]!.data.toString('latin1')).not.toContain('Zeynepcanary');
      const dump = await query(s.db.url, 'SELECT * FROM youth WHERE id = $1', [res.body.id]);
      expect(JSON.stringify(dump)).not.toContain('Zeynepcanary');
    });

    it.each([
      ['an age outside the band', { dateOfBirth: birthDateForAge(14) }, 'dateOfBirth', /15 to 27/],
      ['an age above the band', { dateOfBirth: birthDateForAge(28) }, 'dateOfBirth', /15 to 27/],
      ['an unknown PC4', { pc4: '1000' }, 'pc4', /not a known/],
      ['a PC4 that is not 4 digits', { pc4: '30721' }, 'pc4', /4 digits/],
      ['an unknown skill', { skills: ['juggling_knives'] }, 'skills[0]', /vocabulary/],
      ['an interest given as skill list entry of the wrong kind', { interests: ['not_a_term'] }, 'interests[0]', /vocabulary/],
      ['a motivation over 600 characters', { motivation: 'x'.repeat(601) }, 'motivation', /600/],
      ['an unknown field', { favouriteColour: 'blue' }, 'favouriteColour', /not an allowed field/],
      ['a malformed date', { availability: [{ from: '2027-13-01', to: '2027-08-13', hoursPerWeek: 8, weekdays: ['mon'], period: 'holiday' }] }, 'availability[0].from', /YYYY-MM-DD/],
      ['availability ending before it starts', { availability: [{ from: '2027-08-13', to: '2027-07-01', hoursPerWeek: 8, weekdays: ['mon'], period: 'holiday' }] }, 'availability[0].to', /on or after/],
      ['an unknown placement kind', { wishedKinds: ['apprenticeship'] }, 'wishedKinds', /summer_job/],
      ['a crebo code for a non-mbo level', { education: { level: 'havo', status: 'enrolled', crebo: '25180' } }, 'education.crebo', /mbo/],
      ['other skills over 200 characters', { otherSkills: 'y'.repeat(201) }, 'otherSkills', /200/],
    ])('refuses %s with a 400 naming the field, writing nothing', async (_what, override, field, message) => {
      const before = await youthCount();
      const res = await s.http().post('/youths').set(...bearer(coach)).send(youthBody(vocab, override));
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      const err = (res.body.errors as { field: string; message: string }[]).find((e) => e.field === field);
      expect(err?.message).toMatch(message);
      expect(await youthCount()).toBe(before);
    });

    it('takes the age on the first day of work, as open intake does: 14 today and 15 when work starts is 15', async () => {
      const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
      // Turns 15 in 30 days.
      const now = new Date();
      const born = new Date(Date.UTC(now.getUTCFullYear() - 15, now.getUTCMonth(), now.getUTCDate() + 30)).toISOString().slice(0, 10);
      const window = (from: string) => [{ from, to: day(120), hoursPerWeek: 12, weekdays: ['mon'], period: 'holiday' }];
      const later = await s.http().post('/youths').set(...bearer(coach)).send(youthBody(vocab, { dateOfBirth: born, availability: window(day(60)) }));
      expect(later.status).toBe(201);
      const before = await youthCount();
      const now14 = await s.http().post('/youths').set(...bearer(coach)).send(youthBody(vocab, { dateOfBirth: born, availability: window(day(0)) })).expect(400);
      expect(now14.body.errors).toMatchObject([{ field: 'dateOfBirth', code: 'ageBand', message: expect.stringContaining(`on the first day of work (${day(0)})`) }]);
      expect(await youthCount()).toBe(before);
      // A new date of birth alone is held against the stored availability.
      const { body: y } = await s.http().get(`/youths/${later.body.id}`).set(...bearer(coach)).expect(200);
      const older = new Date(Date.UTC(now.getUTCFullYear() - 15, now.getUTCMonth(), now.getUTCDate() + 200)).toISOString().slice(0, 10);
      const patched = await s.http().patch(`/youths/${later.body.id}`).set(...bearer(coach)).send({ version: y.version, dateOfBirth: older }).expect(400);
      expect(patched.body.errors[0]).toMatchObject({ field: 'dateOfBirth', code: 'ageBand' });
    });

    it('is for coaches only', async () => {
      for (const who of [wsp, employer, admin]) {
        expect((await s.http().post('/youths').set(...bearer(who)).send(youthBody(vocab))).status).toBe(403);
      }
    });
  });

  describe('who sees what (ARCHITECTURE.md §1)', () => {
    let id: string;
    beforeAll(async () => {
      id = (await registerYouth(s.http, coach, vocab)).id;
      await s.http().put(`/youths/${id}/sealed`).set(...bearer(coach)).send({
        purpose: 'first intake talk', priority: true, priorityReason: 'risk_of_criminal_recruitment', riskFactors: vocab.riskFactors.slice(0, 2),
        notes: 'broer zit vast', vogConcern: { level: 'possible', offenceCategory: 'property', lastOffenceDate: '2025-02-01' },
      }).expect(200);
    });

    it('coach of the own organisation: identity, profile, PC4, priority, referrer and the sealed record', async () => {
      const res = await s.http().get(`/youths/${id}`).set(...bearer(coach)).expect(200);
      expect(res.body.identity.firstName).toBe('Sami');
      expect(res.body.pc4).toBe('3072');
      expect(res.body.priority).toBe(true);
      expect(res.body.referringOrganisation).toMatchObject({ id: r.coachingOrgId, kind: 'coaching' });
      const sealed = await s.http().get(`/youths/${id}/sealed`).query({ purpose: 'prepare coaching talk' }).set(...bearer(coach)).expect(200);
      expect(sealed.body).toMatchObject({ priority: true, priorityReason: 'risk_of_criminal_recruitment', notes: 'broer zit vast', version: 1 });
    });

    it('coach of another organisation: 404 on every youth route, and the youth is not in its list', async () => {
      const routes: [string, string, unknown?][] = [
        ['get', `/youths/${id}`], ['patch', `/youths/${id}`, { version: 1, maxTravelKm: 5 }], ['get', `/youths/${id}/sealed?purpose=just+looking`],
        ['put', `/youths/${id}/sealed`, { purpose: 'overwrite it', priority: false, riskFactors: [], notes: '', vogConcern: { level: 'none' } }],
        ['get', `/youths/${id}/export`], ['delete', `/youths/${id}`], ['post', `/youths/${id}/consents`, { scope: 'matching', givenBy: 'youth' }],
        ['get', `/youths/${id}/consents`],
      ];
      for (const [method, url, body] of routes) {
        const call = (s.http() as unknown as Record<string, (u: string) => request.Test>)[method]!(url).set(...bearer(otherCoach));
        const res = body ? await call.send(body as object) : await call;
        expect([method, url, res.status]).toEqual([method, url, 404]);
      }
      const list = await s.http().get('/youths').set(...bearer(otherCoach)).expect(200);
      expect(list.body.items.map((y: { id: string }) => y.id)).not.toContain(id);
    });

    it('WSP staff: nothing before consent to matching, then the profile and the priority boolean only', async () => {
      await s.http().get(`/youths/${id}`).set(...bearer(wsp)).expect(404);
      const consentId = await consent(s.http, coach, id);
      const res = await s.http().get(`/youths/${id}`).set(...bearer(wsp)).expect(200);
      expect(Object.keys(res.body).sort()).toEqual(
        ['age', 'availability', 'createdAt', 'education', 'id', 'interests', 'languages', 'maxTravelKm', 'motivation', 'otherSkills', 'pc4', 'priority', 'pseudonym', 'skills', 'wishedKinds'].sort(),
      );
      expect(res.body.priority).toBe(true);
      const text = JSON.stringify(res.body);
      for (const hidden of ['Sami', 'de Boer', 'risk_of_criminal_recruitment', 'broer zit vast', r.coachingOrgId, 'Jongerenwerk']) expect(text).not.toContain(hidden);
      await s.http().get(`/youths/${id}/sealed?purpose=curious+about+it`).set(...bearer(wsp)).expect(403);
      const list = await s.http().get('/youths').set(...bearer(wsp)).expect(200);
      expect(list.body.items.find((y: { id: string }) => y.id === id)).toMatchObject({ priority: true });
      expect(JSON.stringify(list.body)).not.toContain('broer zit vast');
      // Withdrawal stops sharing at once.
      await s.http().post(`/youths/${id}/consents/${consentId}/withdrawal`).set(...bearer(coach)).send({ reason: 'wil even niet' }).expect(200);
      await s.http().get(`/youths/${id}`).set(...bearer(wsp)).expect(404);
      await consent(s.http, coach, id);
    });

    it('WSP staff: suggestions rest on priority yes/no and the profile, never on the sealed risk factors or VOG concern', async () => {
      await acceptPledge(s.http, employer, r.employerOrgId);
      const cash = await openVacancy(s.http, employer, wsp, { title: 'Kassa in de bakkerij', traits: { ...NO_TRAITS, handlesCash: true } });
      const twin = async (riskFactors: string[], vogConcern: Record<string, unknown>): Promise<string> => {
        const y = (await registerYouth(s.http, coach, vocab, { dateOfBirth: birthDateForAge(17) })).id;
        await consent(s.http, coach, y, 'matching');
        await s.http().put(`/youths/${y}/sealed`).set(...bearer(coach)).send({ purpose: 'intake', priority: true, priorityReason: 'school_dropout', riskFactors, notes: '', vogConcern }).expect(200);
        return y;
      };
      const tied = await twin(['family_ties_organised_crime', 'problematic_youth_group'], { level: 'likely', offenceCategory: 'property', lastOffenceDate: '2025-06-01' });
      const plain = await twin([], { level: 'none' });
      // The coach's own ranking weighs the ties (so the data is there to leak)…
      const own = await s.http().get(`/youths/${tied}/suggestions`).set(...bearer(coach)).expect(200);
      const forCash = own.body.items.find((x: { vacancy: { id: string } }) => x.vacancy.id === cash);
      expect(forCash.components.map((c: { key: string }) => c.key)).toContain('recruitmentExposure');
      // …the WSP's does not: both youths get the same score and the same reasons.
      const wspView = await s.http().get(`/vacancies/${cash}/suggestions`).query({ k: 50 }).set(...bearer(wsp)).expect(200);
      const of = (y: string) => {
        const x = wspView.body.items.find((item: { youth: { id: string } }) => item.youth.id === y);
        return { score: x.score, components: x.components };
      };
      expect(of(tied)).toEqual(of(plain));
      expect(of(tied).components.map((c: { key: string }) => c.key)).not.toEqual(expect.arrayContaining(['recruitmentExposure']));
      expect(of(tied).components.map((c: { key: string }) => c.key)).not.toContain('vog');
    });

    it("WSP staff: a coached youth's withdrawal reasons are the coach's alone", async () => {
      const y = (await registerYouth(s.http, coach, vocab)).id;
      await consent(s.http, coach, y, 'matching');
      await consent(s.http, coach, y, 'introductions');
      const vacancy = await openVacancy(s.http, employer, wsp, { title: 'Vakkenvuller' });
      const p = (await s.http().post('/proposals').set(...bearer(coach)).send({ youthId: y, vacancyId: vacancy, note: 'Zin in.' }).expect(201)).body.id;
      await s.http().post(`/proposals/${p}/withdraw`).set(...bearer(coach)).send({ reason: 'moet eerst iets thuis regelen' }).expect(200);
      expect((await s.http().get(`/proposals/${p}`).set(...bearer(coach)).expect(200)).body.withdrawReason).toBe('moet eerst iets thuis regelen');
      const seen = await s.http().get(`/proposals/${p}`).set(...bearer(wsp)).expect(200);
      expect(seen.body).toMatchObject({ state: 'withdrawn', withdrawReason: null });
      expect(JSON.stringify(seen.body)).not.toContain('regelen');
      await s.http().get(`/youths/${y}/consents`).set(...bearer(wsp)).expect(404);
    });

    it('employers: 403 on every youth route', async () => {
      for (const url of ['/youths', `/youths/${id}`, `/youths/${id}/sealed?purpose=just+looking`, `/youths/${id}/export`, `/youths/${id}/consents`, '/vocabulary/risk-factors']) {
        expect([url, (await s.http().get(url).set(...bearer(employer))).status]).toEqual([url, 403]);
      }
    });

    it('admins: no sealed record and no profiles through the API', async () => {
      for (const url of [`/youths/${id}`, `/youths/${id}/sealed?purpose=administration`, `/youths/${id}/export`, `/youths/${id}/consents`]) {
        expect([url, (await s.http().get(url).set(...bearer(admin))).status]).toEqual([url, 403]);
      }
    });

    it('another region: 404 for its coaches', async () => {
      const other = await seedRegion(s.db.url);
      const foreignCoach = await login(s.http, other.coach.email);
      await s.http().get(`/youths/${id}`).set(...bearer(foreignCoach)).expect(404);
      const foreignWsp = await login(s.http, other.wsp.email);
      await s.http().get(`/youths/${id}`).set(...bearer(foreignWsp)).expect(404);
    });
  });

  describe('consent', () => {
    it('under 16 needs a parent or guardian', async () => {
      const { id } = await registerYouth(s.http, coach, vocab, { dateOfBirth: birthDateForAge(15) });
      const res = await s.http().post(`/youths/${id}/consents`).set(...bearer(coach)).send({ scope: 'matching', givenBy: 'youth' }).expect(400);
      expect(res.body.errors[0]).toMatchObject({ field: 'givenBy' });
      await s.http().post(`/youths/${id}/consents`).set(...bearer(coach)).send({ scope: 'matching', givenBy: 'parent_guardian' }).expect(201);
    });

    it('refuses a second active consent for one scope, a future date and an unknown scope', async () => {
      const { id } = await registerYouth(s.http, coach, vocab);
      await consent(s.http, coach, id, 'introductions');
      const dup = await s.http().post(`/youths/${id}/consents`).set(...bearer(coach)).send({ scope: 'introductions', givenBy: 'youth' }).expect(409);
      expect(dup.body.type).toBe('/problems/consent-exists');
      const future = await s.http().post(`/youths/${id}/consents`).set(...bearer(coach)).send({ scope: 'matching', givenBy: 'youth', givenAt: '2099-01-01T00:00:00Z' }).expect(400);
      expect(future.body.errors[0].field).toBe('givenAt');
      const scope = await s.http().post(`/youths/${id}/consents`).set(...bearer(coach)).send({ scope: 'everything', givenBy: 'youth' }).expect(400);
      expect(scope.body.errors[0].field).toBe('scope');
    });

    it('shows the withdrawal and its reason to the coach; a second withdrawal is a 409', async () => {
      const { id } = await registerYouth(s.http, coach, vocab);
      const cid = await consent(s.http, coach, id);
      await s.http().post(`/youths/${id}/consents/${cid}/withdrawal`).set(...bearer(coach)).send({ reason: 'ouders willen het niet' }).expect(200);
      const res = await s.http().get(`/youths/${id}`).set(...bearer(coach)).expect(200);
      expect(res.body.consents[0]).toMatchObject({ scope: 'matching', withdrawalReason: 'ouders willen het niet' });
      await s.http().post(`/youths/${id}/consents/${cid}/withdrawal`).set(...bearer(coach)).send({ reason: 'again' }).expect(409);
    });
  });

  describe('the sealed record', () => {
    it('audits every read and write with its purpose, and stores only ciphertext', async () => {
      const { id } = await registerYouth(s.http, coach, vocab);
      await s.http().put(`/youths/${id}/sealed`).set(...bearer(coach)).send({
        purpose: 'intake with the youth', priority: false, riskFactors: [], notes: 'notitie-geheim-123', vogConcern: { level: 'none' },
      }).expect(200);
      await s.http().get(`/youths/${id}/sealed`).query({ purpose: 'weekly coaching talk' }).set(...bearer(coach)).expect(200);
      const audit = await query<{ action: string; purpose: string; actor_user_id: string }>(
        s.db.url, `SELECT action, purpose, actor_user_id FROM audit_event WHERE subject_id = $1 AND action LIKE 'youth.sealed.%' ORDER BY id`, [id],
      );
      expect(audit).toEqual([
        { action: 'youth.sealed.written', purpose: 'intake with the youth', actor_user_id: r.coach.id },
        { action: 'youth.sealed.read', purpose: 'weekly coaching talk', actor_user_id: r.coach.id },
      ]);
      const raw = await query<{ data: Buffer }>(s.db.url, 'SELECT data FROM youth_sealed WHERE youth_id = $1', [id]);
      expect(raw[0]!.data.toString('latin1')).not.toContain('notitie-geheim');
    });

    it('refuses a read without a purpose, bad input and a stale version', async () => {
      const { id } = await registerYouth(s.http, coach, vocab);
      const noPurpose = await s.http().get(`/youths/${id}/sealed`).set(...bearer(coach)).expect(400);
      expect(noPurpose.body.errors[0].field).toBe('purpose');
      const base = { purpose: 'intake with the youth', priority: false, riskFactors: [], notes: '', vogConcern: { level: 'none' } };
      const cases: [Record<string, unknown>, string][] = [
        [{ priority: true }, 'priorityReason'],
        [{ riskFactors: ['made_up_factor'] }, 'riskFactors[0]'],
        [{ vogConcern: { level: 'sometimes' } }, 'vogConcern.level'],
        [{ vogConcern: { level: 'none', offenceCategory: 'property' } }, 'vogConcern.level'],
        [{ vogConcern: { level: 'likely', lastOffenceDate: '2099-01-01' } }, 'vogConcern.lastOffenceDate'],
        [{ notes: 'n'.repeat(4001) }, 'notes'],
      ];
      for (const [override, field] of cases) {
        const res = await s.http().put(`/youths/${id}/sealed`).set(...bearer(coach)).send({ ...base, ...override });
        expect([field, res.status, res.body.errors?.[0]?.field]).toEqual([field, 400, field]);
      }
      await s.http().put(`/youths/${id}/sealed`).set(...bearer(coach)).send(base).expect(200);
      const stale = await s.http().put(`/youths/${id}/sealed`).set(...bearer(coach)).send({ ...base, version: 0 }).expect(409);
      expect(stale.body.currentVersion).toBe(1);
      expect((await query(s.db.url, `SELECT 1 FROM audit_event WHERE subject_id = $1 AND action = 'youth.sealed.written'`, [id])).length).toBe(1);
    });
  });

  describe('editing', () => {
    it('uses optimistic locking: a stale version answers 409 with the current one', async () => {
      const { id } = await registerYouth(s.http, coach, vocab);
      const ok = await s.http().patch(`/youths/${id}`).set(...bearer(coach)).send({ version: 1, maxTravelKm: 15, identity: { phone: '+31687654321' } }).expect(200);
      expect(ok.body).toMatchObject({ version: 2, maxTravelKm: 15, identity: { firstName: 'Sami', phone: '+31687654321' } });
      const stale = await s.http().patch(`/youths/${id}`).set(...bearer(coach)).send({ version: 1, maxTravelKm: 20 }).expect(409);
      expect(stale.body).toMatchObject({ type: '/problems/version-conflict', currentVersion: 2 });
      const bad = await s.http().patch(`/youths/${id}`).set(...bearer(coach)).send({ version: 2, pc4: '0000' }).expect(400);
      expect(bad.body.errors[0].field).toBe('pc4');
    });

    it('removes a phone number, an e-mail address and the optional texts with null; what is left out stays', async () => {
      const { id } = await registerYouth(s.http, coach, vocab, { identity: { firstName: 'Sami', lastName: 'de Boer', phone: '+31612345678', email: 'sami@example.test', preferredContact: 'email' } });
      const ok = await s.http().patch(`/youths/${id}`).set(...bearer(coach)).send({ version: 1, identity: { phone: null, email: 'sami.nieuw@example.test' }, otherSkills: null, motivation: null }).expect(200);
      expect(ok.body).toMatchObject({ version: 2, otherSkills: null, motivation: null, maxTravelKm: 10, identity: { firstName: 'Sami', lastName: 'de Boer', email: 'sami.nieuw@example.test', preferredContact: 'email' } });
      expect(ok.body.identity).not.toHaveProperty('phone');
      const cleared = await s.http().patch(`/youths/${id}`).set(...bearer(coach)).send({ version: 2, identity: { email: null, preferredContact: 'via_coach' } }).expect(200);
      expect(cleared.body.identity).toEqual({ firstName: 'Sami', lastName: 'de Boer', preferredContact: 'via_coach' });
      // Only the contact may be removed: a name, a PC4 or the travel distance null is refused, each named.
      const bad = await s.http().patch(`/youths/${id}`).set(...bearer(coach)).send({ version: 3, identity: { firstName: null }, pc4: null, maxTravelKm: null }).expect(400);
      expect([...new Set(bad.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual(['identity.firstName', 'maxTravelKm', 'pc4']);
    });
  });

  describe('lists and search', () => {
    it('filters by kind, skill, age and availability, with stable cursor pages', async () => {
      const region = await seedRegion(s.db.url);
      const c = await login(s.http, region.coach.email);
      const v = vocab;
      const made: string[] = [];
      for (let i = 0; i < 7; i++) {
        made.push((await registerYouth(s.http, c, v, {
          dateOfBirth: birthDateForAge(16 + i),
          wishedKinds: i % 2 ? ['internship'] : ['summer_job'],
          skills: i < 3 ? [v.skills[5]!] : [v.skills[6]!],
          availability: [{ from: `2027-0${1 + i}-01`, to: `2027-0${1 + i}-20`, hoursPerWeek: 10, weekdays: ['sat'], period: 'school' }],
        })).id);
      }
      const ids = async (q: Record<string, unknown>) => {
        const res = await s.http().get('/youths').query(q).set(...bearer(c)).expect(200);
        return (res.body.items as { id: string }[]).map((y) => y.id);
      };
      expect(await ids({ kind: 'internship' })).toEqual([made[1], made[3], made[5]]);
      expect(await ids({ skill: v.skills[5] })).toEqual(made.slice(0, 3));
      expect(await ids({ minAge: 20, maxAge: 21 })).toEqual([made[4], made[5]]);
      expect(await ids({ availableFrom: '2027-03-10', availableTo: '2027-04-05' })).toEqual([made[2], made[3]]);
      const pages: string[] = [];
      let cursor: string | undefined;
      do {
        const res = await s.http().get('/youths').query({ limit: 3, ...(cursor ? { cursor } : {}) }).set(...bearer(c)).expect(200);
        pages.push(...(res.body.items as { id: string }[]).map((y) => y.id));
        cursor = res.body.nextCursor ?? undefined;
      } while (cursor);
      expect(pages).toEqual(made);
      // A page's items are the youths as GET /youths/{id} gives them, field for field: for the
      // coach with identity, consents (one withdrawn) and organisation, for WSP staff the profile.
      await consent(s.http, c, made[0]!, 'matching');
      await consent(s.http, c, made[0]!, 'introductions');
      await consent(s.http, c, made[1]!, 'matching');
      const withdrawn = (await s.http().get(`/youths/${made[0]}`).set(...bearer(c)).expect(200)).body.consents.find((x: { scope: string }) => x.scope === 'introductions').id;
      await s.http().post(`/youths/${made[0]}/consents/${withdrawn}/withdrawal`).set(...bearer(c)).send({ reason: 'wil eerst zelf zoeken' }).expect(200);
      const coachPage = (await s.http().get('/youths').query({ limit: 2 }).set(...bearer(c)).expect(200)).body.items as { id: string; consents: { withdrawnAt: string | null }[] }[];
      expect(coachPage[0]!.consents.map((x) => x.withdrawnAt === null)).toEqual([true, false]);
      for (const item of coachPage) expect(item).toEqual((await s.http().get(`/youths/${item.id}`).set(...bearer(c)).expect(200)).body);
      const regionWsp = await login(s.http, region.wsp.email);
      const wspPage = (await s.http().get('/youths').query({ kind: 'summer_job', limit: 100 }).set(...bearer(regionWsp)).expect(200)).body.items as { id: string }[];
      expect(wspPage.map((y) => y.id)).toEqual([made[0]]);
      for (const item of wspPage) expect(item).toEqual((await s.http().get(`/youths/${item.id}`).set(...bearer(regionWsp)).expect(200)).body);
      const bad = await s.http().get('/youths').query({ kind: 'holiday', minAge: 'old' }).set(...bearer(c)).expect(400);
      expect([...new Set((bad.body.errors as { field: string }[]).map((e) => e.field))].sort()).toEqual(['kind', 'minAge']);
    });
  });

  describe('AVG', () => {
    it('exports everything kept, audited', async () => {
      const { id } = await registerYouth(s.http, coach, vocab);
      await consent(s.http, coach, id);
      const res = await s.http().get(`/youths/${id}/export`).set(...bearer(coach)).expect(200);
      expect(res.body).toMatchObject({ identity: { firstName: 'Sami' }, sealedRecord: { version: 0 }, consents: [{ scope: 'matching' }] });
      expect(res.body.auditTrail.map((a: { action: string }) => a.action)).toEqual(['youth.registered', 'youth.consent.given']);
      expect((await query(s.db.url, `SELECT 1 FROM audit_event WHERE subject_id = $1 AND action = 'youth.exported'`, [id])).length).toBe(1);
    });

    it('erases identity and sealed record for good and anonymises the profile', async () => {
      const { id } = await registerYouth(s.http, coach, vocab);
      await s.http().put(`/youths/${id}/sealed`).set(...bearer(coach)).send({ purpose: 'intake with the youth', priority: false, riskFactors: [], notes: 'x', vogConcern: { level: 'none' } }).expect(200);
      await s.http().delete(`/youths/${id}`).set(...bearer(coach)).expect(204);
      expect(await query(s.db.url, 'SELECT 1 FROM youth_identity WHERE youth_id = $1', [id])).toEqual([]);
      expect(await query(s.db.url, 'SELECT 1 FROM youth_sealed WHERE youth_id = $1', [id])).toEqual([]);
      const [row] = await query<Record<string, unknown>>(s.db.url, 'SELECT status, date_of_birth, pc4, motivation, skills FROM youth WHERE id = $1', [id]);
      expect(row).toEqual({ status: 'erased', date_of_birth: null, pc4: null, motivation: null, skills: [] });
      await s.http().get(`/youths/${id}`).set(...bearer(coach)).expect(404);
    });
  });

  describe('below the application: the employer database role', () => {
    it('reads candidate cards through the view and nothing else, only of youths proposed to the employer', async () => {
      const { id } = await registerYouth(s.http, coach, vocab, { pc4: '3011' });
      const reader = s.api.get(CandidateCardReader, { strict: false });
      const employerOf = { regionId: r.regionId, employerId: r.employerOrgId };
      // No proposal to this employer yet: no card.
      expect(await reader.cards(employerOf, [id], '3072')).toEqual([]);
      await query(s.db.url, 'SELECT ensure_employer_pseudonym($1, $2)', [r.employerOrgId, id]);
      const cards = await reader.cards(employerOf, [id], '3072');
      expect(cards).toEqual([expect.objectContaining({ youthId: id, ageYears: 17, educationLevel: 'mbo_2', distanceBand: '0-5' })]);
      expect(Object.keys(cards[0]!).sort()).toEqual(['ageYears', 'availability', 'distanceBand', 'educationLevel', 'interests', 'languages', 'motivation', 'pseudonym', 'skills', 'youthId'].sort());
      const far = await reader.cards(employerOf, [id], '1012');
      expect(far[0]!.distanceBand).toBe('20+');
      // Other regions' youths never come back, whatever ids are asked for.
      expect(await reader.cards({ ...employerOf, regionId: randomUUIDLike() }, [id], null)).toEqual([]);
    });

    it('gives each employer its own pseudonym for a youth: stable for it, unlinkable across employers', async () => {
      const { id, pseudonym } = await registerYouth(s.http, coach, vocab);
      const second = await seedEmployer(s.db.url, r.regionId);
      const reader = s.api.get(CandidateCardReader, { strict: false });
      const names: string[] = [];
      for (const employerId of [r.employerOrgId, second.employerOrgId]) {
        await query(s.db.url, 'SELECT ensure_employer_pseudonym($1, $2)', [employerId, id]);
        await query(s.db.url, 'SELECT ensure_employer_pseudonym($1, $2)', [employerId, id]);
        const [card] = await reader.cards({ regionId: r.regionId, employerId }, [id], null);
        expect(card!.pseudonym).toMatch(/^Kandidaat [2-9A-HJ-NP-Z]{4}$/);
        names.push(card!.pseudonym);
      }
      const rows = await query<{ pseudonym: string }>(s.db.url, 'SELECT pseudonym FROM employer_pseudonym WHERE youth_id = $1 ORDER BY created_at', [id]);
      expect(rows.map((x) => x.pseudonym)).toEqual(names);
      expect(names).not.toContain(pseudonym);
      expect(new Set(names).size).toBe(2);
    });

    it.each([
      ['SELECT * FROM youth_identity'],
      ['SELECT * FROM youth_sealed'],
      ['SELECT priority FROM youth_sealed'],
      ['SELECT pc4 FROM youth'],
      ['SELECT * FROM youth_consent'],
      ['SELECT * FROM youth_contact_key'],
      ['SELECT * FROM employer_pseudonym'],
      ['SELECT * FROM audit_event'],
      ['SELECT * FROM outbox_event'],
      ['SELECT lat, lon FROM pc4_area'],
      ['SELECT coach_organisation_id FROM proposal'],
      ['SELECT proposed_by FROM proposal'],
      ['SELECT withdraw_reason FROM proposal'],
      ['SELECT author_id FROM proposal_message'],
      ['SELECT skills, note FROM placement_check_in'],
      ['SELECT password_hash FROM user_account'],
      ['SELECT * FROM programme_entry'],
      ['SELECT * FROM allocation_match'],
      ['SELECT * FROM monitoring_snapshot'],
      ["UPDATE proposal SET withdraw_reason = 'x'"],
      ["DELETE FROM vacancy"],
      ['CREATE TABLE employer_was_here (id int)'],
    ])('as the employer role, %s fails with permission denied', async (sql) => {
      const client = new pg.Client({ connectionString: s.db.url });
      await client.connect();
      try {
        await client.query('BEGIN');
        await client.query('SET LOCAL ROLE startbaan_employer');
        await expect(client.query(sql)).rejects.toThrow(/permission denied/);
      } finally {
        await client.query('ROLLBACK');
        await client.end();
      }
    });

    it("as the employer role, sees only its own organisation's rows, the region's WSP and none of a coaching organisation", async () => {
      const other = await seedEmployer(s.db.url, r.regionId);
      const client = new pg.Client({ connectionString: s.db.url });
      await client.connect();
      try {
        await client.query('BEGIN');
        await client.query(`SET LOCAL ROLE startbaan_employer`);
        await client.query(`SELECT set_config('startbaan.organisation_id', $1, true), set_config('startbaan.user_id', $2, true), set_config('startbaan.region_id', $3, true)`, [
          r.employerOrgId, r.employer.id, r.regionId,
        ]);
        const orgs = (await client.query<{ id: string }>('SELECT id FROM organisation')).rows.map((o) => o.id).sort();
        expect(orgs).toEqual([r.employerOrgId, r.wspOrgId].sort());
        const users = (await client.query<{ id: string }>('SELECT id FROM user_account')).rows.map((u) => u.id);
        expect(users).toEqual([r.employer.id]);
        expect((await client.query('SELECT id FROM employer')).rows).toEqual([{ id: r.employerOrgId }]);
        // Writing into another employer's rows changes nothing.
        expect((await client.query(`UPDATE employer SET contact_name = 'x' WHERE id = $1`, [other.employerOrgId])).rowCount).toBe(0);
      } finally {
        await client.query('ROLLBACK');
        await client.end();
      }
    });

    it('lets the application login read and write every table, change no schema, and never rewrite the audit trail', async () => {
      // A table a later migration forgets to grant shows up here.
      const missing = await query<{ relname: string }>(s.db.url, `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND NOT has_table_privilege('startbaan_app', c.oid, 'SELECT') ORDER BY 1`);
      expect(missing).toEqual([]);
      const client = new pg.Client({ connectionString: s.db.appUrl });
      await client.connect();
      try {
        await expect(client.query('CREATE TABLE app_was_here (id int)')).rejects.toThrow(/permission denied/);
        await expect(client.query('DELETE FROM audit_event')).rejects.toThrow(/permission denied/);
        await expect(client.query(`UPDATE audit_event SET purpose = 'x'`)).rejects.toThrow(/permission denied/);
        await expect(client.query('ALTER TABLE youth ADD COLUMN x int')).rejects.toThrow(/must be owner/);
        expect((await client.query('SELECT rolsuper FROM pg_roles WHERE rolname = current_user')).rows).toEqual([{ rolsuper: false }]);
      } finally {
        await client.end();
      }
    });

    it('the candidate view exposes exactly the card columns', async () => {
      const cols = await query<{ column_name: string }>(s.db.url, `SELECT column_name FROM information_schema.columns WHERE table_name = 'employer_candidate_card' ORDER BY column_name`);
      expect(cols.map((c) => c.column_name)).toEqual(['age_years', 'availability', 'education_level', 'employer_id', 'interests', 'languages', 'motivation', 'pseudonym', 'region_id', 'skills', 'youth_id']);
    });
  });

  describe('key rotation', () => {
    it('re-encrypts identities, sealed records and unsent e-mails under the new key; the API then reads with the new key alone', async () => {
      const { id } = await registerYouth(s.http, coach, vocab);
      await s.http().put(`/youths/${id}/sealed`).set(...bearer(coach)).send({ purpose: 'intake with the youth', priority: true, priorityReason: 'other', riskFactors: [], notes: 'geroteerd', vogConcern: { level: 'none' } }).expect(200);
      const oldKeys = s.env.ENCRYPTION_KEYS!;
      const fresh = `t2:${randomBytes(32).toString('base64')}`;
      const keys = parseDataKeys(`${fresh},${oldKeys}`)!;
      const oldCipher = new DataCipher(parseDataKeys(oldKeys)!);
      // An e-mail with a link waiting for its next try, sealed as the delivery seals it, and one already sent (no secret left).
      const mail = { eventId: '987654321', kind: 'password_reset', to: 'wacht.op.poging@example.test' };
      const sealed = sealEmailSecret(oldCipher, mail, 'Kies een nieuw wachtwoord: https://startbaan.test/app/reset-password#token=geheim');
      const [inserted] = await query<{ id: string }>(
        s.db.url,
        `INSERT INTO email_message (region_id, event_id, kind, to_address, subject, body_text, status, language, secret_key_id, secret_body, attempts, next_attempt_at)
         VALUES ($1, $2, $3, $4, 'Nieuw wachtwoord', 'Kies een nieuw wachtwoord: (link)', 'pending', 'nl', $5, $6, 2, now() + interval '2 hours') RETURNING id`,
        [r.regionId, mail.eventId, mail.kind, mail.to, sealed.keyId, sealed.data],
      );
      // A pending open-intake sign-up: it keeps its old key until its code expires.
      const workFrom = dayFromToday(60);
      const programmeId = await insertOpenProgramme(s.db.url, r.regionId, workFrom, dayFromToday(90));
      const signup = await s.http().post(`/intake/programmes/${programmeId}/signups`).send({
        firstName: 'Ilias', contact: `wacht.${randomBytes(3).toString('hex')}@example.test`, dateOfBirth: bornFor(17, workFrom), pc4: '3072',
        availability: [{ from: workFrom, to: dayFromToday(90), hoursPerWeek: 20, weekdays: ['mon', 'tue'], period: 'holiday' }],
        wishedKinds: ['summer_job'], interests: [], consent: { matching: true, introductions: true, givenBy: 'youth' },
      }).expect(202);

      const report = await withDb(s.db.url, (ds) => rotateKeys(ds, keys));
      expect(report.rotated.youth_identity).toBeGreaterThan(0);
      expect(report.rotated.youth_sealed).toBeGreaterThan(0);
      expect(report.rotated.email_message).toBe(1);
      expect(report.waiting).toEqual({ signups: 1, until: new Date(signup.body.expiresAt) });
      expect(rotationText('t2', report)).toContain(`the last at ${signup.body.expiresAt}`);
      expect(await query(s.db.url, `SELECT 1 FROM youth_identity WHERE key_id <> 't2' UNION ALL SELECT 1 FROM youth_sealed WHERE key_id <> 't2' UNION ALL SELECT 1 FROM email_message WHERE secret_key_id <> 't2'`)).toEqual([]);
      // The waiting e-mail opens with the new key alone, as the worker will open it at its next try.
      const [row] = await query<{ secret_key_id: string; secret_body: Buffer }>(s.db.url, 'SELECT secret_key_id, secret_body FROM email_message WHERE id = $1', [inserted!.id]);
      expect(openEmailSecret(new DataCipher(parseDataKeys(fresh)!), mail, { keyId: row!.secret_key_id, data: row!.secret_body })).toMatch(/#token=geheim$/);
      // A second run finds nothing more to do.
      expect((await withDb(s.db.url, (ds) => rotateKeys(ds, keys))).rotated).toMatchObject({ youth_identity: 0, youth_sealed: 0, email_message: 0 });
      const api2 = await startApi({ ...s.env, ENCRYPTION_KEYS: fresh });
      try {
        const res = await request(api2.getHttpServer()).get(`/youths/${id}/sealed`).query({ purpose: 'check after rotation' }).set(...bearer(coach)).expect(200);
        expect(res.body.notes).toBe('geroteerd');
      } finally {
        await api2.close();
      }
    });

    it('knows every column of the schema that names a key, and what a rotation does with it', async () => {
      const columns = await query<{ table_name: string; column_name: string }>(
        s.db.url,
        `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name ~ '(^|_)key_id$' ORDER BY 1, 2`,
      );
      const listed = KEYED_COLUMNS.map((c) => ({ table_name: c.table, column_name: c.column })).sort((a, b) => `${a.table_name}.${a.column_name}`.localeCompare(`${b.table_name}.${b.column_name}`));
      expect(columns).toEqual(listed);
    });
  });
});

function randomUUIDLike(): string {
  const h = randomBytes(16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
