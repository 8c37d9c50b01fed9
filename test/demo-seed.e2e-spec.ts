import { DataCipher, parseDataKeys } from '@startbaan/platform';
import { DEMO_PASSWORD, seedDemo } from '../apps/api/src/cli/demo-seed.js';
import { startSuite, type Suite } from './support/app.js';
import { bearer, login, withDb } from './support/fixtures.js';

describe('demo data', () => {
  let s: Suite;
  beforeAll(async () => {
    s = await startSuite();
  });
  afterAll(() => s?.close());

  it('seeds accounts and three readable youths for the first coach, once', async () => {
    const cipher = new DataCipher(parseDataKeys(s.env.ENCRYPTION_KEYS!)!);
    await withDb(s.db.url, (ds) => seedDemo(ds, cipher));
    await withDb(s.db.url, (ds) => seedDemo(ds, cipher));
    const coach = await login(s.http, 'coach@debrug.startbaan.test', DEMO_PASSWORD);
    const res = await s.http().get('/youths').set(...bearer(coach)).expect(200);
    expect(res.body.items).toHaveLength(3);
    expect(res.body.items.map((y: { identity: { firstName: string } }) => y.identity.firstName).sort()).toEqual(['Daan', 'Milan', 'Yara']);
    expect(res.body.items.filter((y: { priority: boolean }) => y.priority)).toHaveLength(1);
    const wsp = await login(s.http, 'wsp@voorbeeld.startbaan.test', DEMO_PASSWORD);
    const seen = await s.http().get('/youths').set(...bearer(wsp)).expect(200);
    expect(seen.body.items).toHaveLength(3);
    const vacancies = await s.http().get('/vacancies').set(...bearer(coach)).expect(200);
    expect(vacancies.body.items).toHaveLength(3);
    // A list item carries the VOG's basis, summary and guidance route; the vacancy itself, the full guidance.
    for (const v of vacancies.body.items as { id: string; vog: { summary: string; guidance: string }; minimumLegalAge: number }[]) {
      expect(v.minimumLegalAge).toBeGreaterThanOrEqual(13);
      expect(v.vog).toMatchObject({ summary: expect.stringMatching(/\S/), guidance: `/vacancies/${v.id}/vog-guidance` });
      expect(v).not.toHaveProperty('vogGuidance');
      const one = await s.http().get(`/vacancies/${v.id}`).set(...bearer(coach)).expect(200);
      expect(one.body.vogGuidance.nl.sections.length).toBeGreaterThanOrEqual(6);
      expect((await s.http().get(v.vog.guidance).set(...bearer(coach)).expect(200)).body.guidance).toEqual(one.body.vogGuidance);
    }
    const other = await login(s.http, 'coach@nieuwekans.startbaan.test', DEMO_PASSWORD);
    expect((await s.http().get('/youths').set(...bearer(other)).expect(200)).body.items).toHaveLength(0);
  });
});
