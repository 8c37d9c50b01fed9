import { Vacancy } from '@startbaan/employers';
import { jsonEntity, rowsAsJson } from '@startbaan/platform';
import { Youth } from '@startbaan/youth';
import { DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { bearer, login, seedRegion, type Tokens } from './support/fixtures.js';
import { startSuite, type Suite } from './support/app.js';
import { acceptPledge, openVacancy, vacancyBody } from './support/vacancies.js';
import { consent, registerYouth, vocabulary } from './support/youth.js';

/**
 * Pages read as one JSON array (`rowsAsJson` with `jsonEntity`) must give the entities TypeORM
 * gives: every column, times as Dates, numerics through their transformers, nulls, arrays and
 * jsonb. Held here on real rows of the entities read that way, made through the API.
 */
describe('entities read back from JSON rows', () => {
  let s: Suite;
  let ds: DataSource;
  const readers: Record<'coach' | 'employer' | 'wsp_staff', Tokens> = {} as never;

  beforeAll(async () => {
    s = await startSuite();
    ds = s.api.get(DataSource);
    const r = await seedRegion(s.db.url);
    const coach = (readers.coach = await login(s.http, r.coach.email));
    const employer = (readers.employer = await login(s.http, r.employer.email));
    const wsp = (readers.wsp_staff = await login(s.http, r.wsp.email));
    const vocab = await vocabulary(s.http, coach);
    const first = await registerYouth(s.http, coach, vocab, { motivation: 'Ik wil graag buiten werken.' });
    await consent(s.http, coach, first.id, 'matching');
    await registerYouth(s.http, coach, vocab, { skills: vocab.skills.slice(0, 3), motivation: undefined });
    await acceptPledge(s.http, employer, r.employerOrgId);
    await openVacancy(s.http, employer, wsp, { title: 'Kassahulp', hoursPerWeek: 12.5, hourlyWage: 9.87 });
    // A draft: never opened, never submitted (null times).
    await s.http().post('/vacancies').set(...bearer(employer)).send(vacancyBody({ title: 'Concept', mentorName: undefined, firstWeek: undefined })).expect(201);
  });
  afterAll(() => s?.close());

  async function compare<E extends ObjectLiteral & { id: string }>(target: EntityTarget<E>, table: string): Promise<E[]> {
    const metadata = ds.getMetadata(target);
    const json = jsonEntity<E>(metadata, 't');
    const byTypeOrm = await ds.getRepository(target).find({ order: { id: 'ASC' } as never });
    const byJson = (await rowsAsJson<Record<string, unknown>>(ds.manager, `SELECT ${json.columns} FROM ${table} t ORDER BY t.id`, [])).map((row) => json.hydrate(row));
    expect(byTypeOrm.length).toBeGreaterThanOrEqual(2);
    expect(byJson).toEqual(byTypeOrm);
    // toEqual looks at fields; the class and the Dates must be the real thing too.
    for (const e of byJson) {
      expect(e).toBeInstanceOf(metadata.target as new () => E);
      for (const c of metadata.columns.filter((x) => x.isSelect)) {
        const value = c.getEntityValue(e);
        const want = c.getEntityValue(byTypeOrm.find((x) => x.id === e.id)!);
        expect({ column: c.propertyName, type: value instanceof Date ? 'Date' : typeof value }).toEqual({ column: c.propertyName, type: want instanceof Date ? 'Date' : typeof want });
      }
    }
    return byJson;
  }

  it('gives the youths TypeORM gives', async () => {
    const youths = await compare(Youth, 'youth');
    expect(youths.some((y) => y.motivation === null) && youths.some((y) => y.motivation !== null)).toBe(true);
  });

  it('gives the vacancies TypeORM gives, numerics as numbers and times not set as null', async () => {
    const vacancies = await compare(Vacancy, 'vacancy');
    expect(vacancies.map((v) => v.hoursPerWeek)).toContain(12.5);
    expect(vacancies.map((v) => v.hourlyWage)).toContain(9.87);
    expect(vacancies.map((v) => v.mentorName)).toContain(null);
    expect(vacancies.map((v) => v.openedAt === null)).toEqual(expect.arrayContaining([true, false]));
  });

  it("gives in a page of vacancies what GET /vacancies/{id} gives, but the full guidance, to every reader", async () => {
    for (const [who, tokens] of Object.entries(readers)) {
      const items = (await s.http().get('/vacancies').set(...bearer(tokens)).expect(200)).body.items as { id: string }[];
      expect({ who, seen: items.length > 0 }).toEqual({ who, seen: true });
      for (const item of items) {
        const { vogGuidance, ...single } = (await s.http().get(`/vacancies/${item.id}`).set(...bearer(tokens)).expect(200)).body;
        expect(vogGuidance).toBeDefined();
        expect(item).toEqual(single);
      }
    }
  });

  it('refuses an entity with a column that has no JSON form to read back', () => {
    const metadata = ds.getMetadata(Youth);
    const withPoint = Object.create(metadata) as typeof metadata;
    Object.defineProperty(withPoint, 'columns', { value: metadata.columns.map((c) => (c.propertyName === 'position' ? Object.assign(Object.create(c), { isSelect: true }) : c)) });
    expect(() => jsonEntity(withPoint, 'y')).toThrow('Youth.position: a point column has no JSON form to read back');
  });
});
