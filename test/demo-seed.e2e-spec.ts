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
    expect(vacancies.body.items.every((v: { vogGuidance: unknown; minimumLegalAge: number }) => v.vogGuidance && v.minimumLegalAge >= 13)).toBe(true);
    const other = await login(s.http, 'coach@nieuwekans.startbaan.test', DEMO_PASSWORD);
    expect((await s.http().get('/youths').set(...bearer(other)).expect(200)).body.items).toHaveLength(0);
  });
});
