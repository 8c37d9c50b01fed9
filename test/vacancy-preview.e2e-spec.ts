import { startSuite, type Suite } from './support/app.js';
import { bearer, login, query, type RegionFixture, seedRegion, type Tokens } from './support/fixtures.js';
import { NO_TRAITS, vacancyBody } from './support/vacancies.js';

describe('vacancy preview: what the rules make of a vacancy while it is typed', () => {
  let s: Suite;
  let r: RegionFixture;
  let employer: Tokens, wsp: Tokens, coach: Tokens;

  beforeAll(async () => {
    s = await startSuite();
    r = await seedRegion(s.db.url);
    [employer, wsp, coach] = await Promise.all([login(s.http, r.employer.email), login(s.http, r.wsp.email), login(s.http, r.coach.email)]);
  });
  afterAll(() => s.close());

  const preview = (body: Record<string, unknown>, t: Tokens = employer) => s.http().post('/vacancies/preview').set(...bearer(t)).send(body);
  const { title: _t, description: _d, pc4: _p, places: _pl, skills: _s, languages: _l, ...workload } = vacancyBody();

  it('gives the legal age, the minimum wage per age and the VOG guidance the vacancy will carry, and saves nothing', async () => {
    const before = await query<{ n: number }>(s.db.url, "SELECT count(*)::int AS n FROM vacancy");
    const res = await preview(workload).expect(200);
    expect(res.body.problems).toEqual([]);
    expect(res.body.minimumLegalAge).toBe(16);
    expect(res.body.minimumLegalAgeReasons.length).toBeGreaterThan(0);
    expect(res.body.youngestAge).toBe(16);
    expect(res.body.minimumWages.map((w: { age: number }) => w.age)).toEqual([16, 17, 18, 19, 20, 21]);
    expect(res.body.minimumWages[5]).toMatchObject({ age: 21, hourly: 14.71 });
    expect(res.body.wageCheck).toMatchObject({ youngestAge: 16, ok: true });
    expect(res.body.vog).toMatchObject({ basis: 'not_asked', legalDuty: null });
    // The same guidance a posted vacancy carries (GET /vacancies/{id}).
    const posted = await s.http().post('/vacancies').set(...bearer(employer)).send(vacancyBody()).expect(201);
    expect(res.body.vogGuidance).toEqual(posted.body.vogGuidance);
    expect(res.body.vog.summary).toBe(posted.body.vog.summary);
    expect(res.body.minimumLegalAgeReasons).toEqual(posted.body.minimumLegalAgeReasons);
    const after = await query<{ n: number }>(s.db.url, "SELECT count(*)::int AS n FROM vacancy");
    expect(after[0]!.n).toBe(before[0]!.n + 1);
  });

  it('lists every rule saving would refuse, each with its field, where posting refuses the first', async () => {
    const bad = { ...workload, kind: 'internship', minimumAge: 14, hourlyWage: 2, traits: { ...NO_TRAITS, machines: true } };
    const res = await preview(bad).expect(200);
    const fields = res.body.problems.map((p: { field: string }) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['leerbedrijfId', 'crebo', 'minimumAge', 'hourlyWage']));
    expect(res.body.minimumLegalAge).toBe(16);
    expect(res.body.wageCheck).toMatchObject({ youngestAge: 16, ok: false });
    const posted = await s.http().post('/vacancies').set(...bearer(employer)).send({ ...vacancyBody(), ...bad }).expect(400);
    expect(posted.body.errors.map((e: { field: string }) => e.field)).toEqual(['leerbedrijfId', 'crebo']);
  });

  it('derives a legal VOG duty from what the vacancy is (childcare) and says so in both languages', async () => {
    const res = await preview({ ...workload, sector: 'Q', sbiCode: '88.91', vog: { basis: 'not_asked', functionAspects: [], paidBy: 'employer' } }).expect(200);
    expect(res.body.vog.legalDuty).toMatchObject({ field: 'childcare' });
    expect(res.body.problems.map((p: { field: string }) => p.field)).toContain('vog.basis');
    const legal = await preview({ ...workload, sector: 'Q', sbiCode: '88.91', vog: { basis: 'legal_requirement', functionAspects: [84, 86], paidBy: 'employer' } }).expect(200);
    expect(legal.body.problems).toEqual([]);
    expect(legal.body.vogGuidance.asked).toBe(true);
    expect(legal.body.vogGuidance.nl.sections.length).toBeGreaterThan(0);
  });

  it('has no wage table for unpaid work, and says when the hours are beyond every band', async () => {
    const unpaid = await preview({ ...workload, kind: 'work_experience', hourlyWage: undefined }).expect(200);
    expect(unpaid.body.minimumWages).toEqual([]);
    expect(unpaid.body.wageCheck).toBeNull();
    const tooMuch = await preview({ ...workload, hoursPerWeek: 70, hoursPerDay: 14 }).expect(200);
    expect(tooMuch.body.minimumLegalAge).toBeNull();
    expect(tooMuch.body.problems.map((p: { field: string }) => p.field)).toContain('hoursPerDay');
  });

  it('is for employers only, and refuses malformed input with a 400 naming the field', async () => {
    await preview(workload, wsp).expect(403);
    await preview(workload, coach).expect(403);
    await s.http().post('/vacancies/preview').send(workload).expect(401);
    const bad = await preview({ ...workload, startDate: '5 juli' }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toContain('startDate');
  });

  it('is documented in OpenAPI with its response schema', async () => {
    const doc = (await s.http().get('/docs-json').expect(200)).body;
    const op = doc.paths['/vacancies/preview'].post;
    expect(op['x-roles']).toEqual(['employer']);
    expect(op.responses['200'].content['application/json'].schema.$ref).toBe('#/components/schemas/VacancyPreviewDto');
    expect(Object.keys(doc.components.schemas.VacancyPreviewDto.properties)).toEqual(
      expect.arrayContaining(['problems', 'minimumLegalAge', 'minimumLegalAgeReasons', 'minimumWages', 'wageCheck', 'vog', 'vogGuidance']),
    );
  });
});
