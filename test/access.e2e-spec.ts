import { bearer, login, type RegionFixture, seedRegion, type Tokens } from './support/fixtures.js';
import { startSuite, type Suite } from './support/app.js';

describe('roles and region isolation', () => {
  let s: Suite;
  let a: RegionFixture;
  let b: RegionFixture;
  const t: Record<string, Tokens> = {};

  beforeAll(async () => {
    s = await startSuite();
    a = await seedRegion(s.db.url, 'a');
    b = await seedRegion(s.db.url, 'b');
    for (const [k, acc] of Object.entries({ wsp: a.wsp, admin: a.admin, coach: a.coach, employer: a.employer, wspB: b.wsp })) {
      t[k] = await login(s.http, acc.email);
    }
  });
  afterAll(() => s.close());

  it('needs a token on every route that is not public', async () => {
    const res = await s.http().get('/organisations').expect(401);
    expect(res.body).toMatchObject({ type: '/problems/unauthorized', status: 401 });
    await s.http().get('/organisations').set('Authorization', 'Bearer not.a.jwt').expect(401);
  });

  it('refuses a role that may not call the route with 403', async () => {
    const res = await s.http().post('/organisations').set(...bearer(t.coach!)).send({ kind: 'employer', name: 'Nope BV' }).expect(403);
    expect(res.body.detail).toMatch(/wsp_staff, admin; you are signed in as coach/);
    await s.http().post('/invitations').set(...bearer(t.employer!)).send({ email: 'x@startbaan.test', displayName: 'X', role: 'employer', organisationId: a.employerOrgId }).expect(403);
  });

  it('lets WSP staff create organisations in their own region only', async () => {
    const res = await s.http().post('/organisations').set(...bearer(t.wsp!)).send({ kind: 'employer', name: 'Garage Vooruit' }).expect(201);
    const inB = await s.http().get(`/organisations/${res.body.id}`).set(...bearer(t.wspB!)).expect(404);
    expect(inB.body.type).toBe('/problems/not-found');
    await s.http().post('/organisations').set(...bearer(t.wsp!)).send({ kind: 'employer', name: 'Garage Vooruit' }).expect(409);
  });

  it('answers 404, not 403, for another region\'s organisation and its users', async () => {
    await s.http().get(`/organisations/${b.coachingOrgId}`).set(...bearer(t.wsp!)).expect(404);
    await s.http().get(`/organisations/${b.coachingOrgId}/users`).set(...bearer(t.admin!)).expect(404);
    const list = await s.http().get('/organisations?limit=100').set(...bearer(t.wsp!)).expect(200);
    const ids = list.body.items.map((o: { id: string }) => o.id);
    expect(ids).toContain(a.coachingOrgId);
    expect(ids).not.toContain(b.coachingOrgId);
    expect(ids).not.toContain(b.wspOrgId);
  });

  it('shows a coach their own organisation and hides the others of the region as 404', async () => {
    await s.http().get(`/organisations/${a.coachingOrgId}`).set(...bearer(t.coach!)).expect(200);
    await s.http().get(`/organisations/${a.otherCoachingOrgId}`).set(...bearer(t.coach!)).expect(404);
    await s.http().get(`/organisations/${a.otherCoachingOrgId}/users`).set(...bearer(t.coach!)).expect(404);
    const list = await s.http().get('/organisations').set(...bearer(t.coach!)).expect(200);
    expect(list.body.items.map((o: { id: string }) => o.id)).toEqual([a.coachingOrgId]);
  });

  it('pages through a list with a cursor and refuses a page size above the maximum', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { items: { id: string }[]; nextCursor: string | null } } = await s.http().get('/organisations').query({ limit: 2, ...(cursor ? { cursor } : {}) }).set(...bearer(t.wsp!)).expect(200);
      seen.push(...res.body.items.map((o: { id: string }) => o.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(5);
    const tooBig = await s.http().get('/organisations?limit=101').set(...bearer(t.wsp!)).expect(400);
    expect(tooBig.body.errors).toMatchObject([{ field: 'limit', message: 'limit must not be greater than 100' }]);
    const badCursor = await s.http().get('/organisations?cursor=abc').set(...bearer(t.wsp!)).expect(400);
    expect(badCursor.body.errors[0].field).toBe('cursor');
  });
});
