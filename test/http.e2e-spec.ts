import { bearer, login, type RegionFixture, seedRegion, type Tokens } from './support/fixtures.js';
import { startSuite, type Suite } from './support/app.js';

describe('HTTP conventions', () => {
  let s: Suite;
  let r: RegionFixture;
  let wsp: Tokens;

  beforeAll(async () => {
    s = await startSuite();
    r = await seedRegion(s.db.url);
    wsp = await login(s.http, r.wsp.email);
  });
  afterAll(() => s.close());

  it('answers bad input with problem+json that names every field and what is allowed', async () => {
    const res = await s.http()
      .post('/invitations')
      .set(...bearer(wsp))
      .send({ email: 'not-an-email', role: 'boss', organisationId: '42', extra: true })
      .expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ type: '/problems/validation', title: 'Invalid input', status: 400, instance: '/invitations' });
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(new Set(fields)).toEqual(new Set(['extra', 'email', 'displayName', 'role', 'organisationId']));
    expect(res.body.errors).toContainEqual({ field: 'role', message: 'role must be one of coach, employer, wsp_staff, admin' });
    expect(res.body.errors).toContainEqual({ field: 'extra', message: 'is not an allowed field' });
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it('answers an unknown route with a 404 problem', async () => {
    const res = await s.http().get('/no/such/route').set(...bearer(wsp)).expect(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ type: '/problems/not-found', status: 404, detail: 'No route GET /no/such/route.' });
  });

  it('answers malformed JSON with a 400 problem, without a stack trace', async () => {
    const res = await s.http().post('/auth/login').set('Content-Type', 'application/json').send('{"email": ').expect(400);
    expect(res.body).toMatchObject({ type: '/problems/malformed-json', status: 400, detail: 'The request body is not valid JSON.' });
    expect(res.text).not.toMatch(/SyntaxError|node_modules/);
  });

  it('answers a body it cannot decode with a 415 problem in its own words, not the parser\'s', async () => {
    const charset = await s.http().post('/auth/login').set('Content-Type', 'application/json; charset=x-marker-7').send('{}').expect(415);
    expect(charset.body).toMatchObject({ type: '/problems/unsupported-media-type', status: 415, detail: 'The request body must be JSON in UTF-8.' });
    const encoding = await s.http().post('/auth/login').set('Content-Type', 'application/json').set('Content-Encoding', 'x-marker-8').send('{}').expect(415);
    expect(encoding.body).toMatchObject({ type: '/problems/unsupported-media-type', status: 415 });
    expect(charset.text + encoding.text).not.toMatch(/marker/i);
  });

  it('answers a malformed path id with a 400 naming the parameter', async () => {
    const res = await s.http().get('/organisations/123').set(...bearer(wsp)).expect(400);
    expect(res.body.errors).toEqual([{ field: 'id', message: 'must be a UUID' }]);
  });

  it('answers a domain rule with its own problem type and writes nothing', async () => {
    const res = await s.http()
      .post('/invitations')
      .set(...bearer(wsp))
      .send({ email: 'werkgever@startbaan.test', displayName: 'Werkgever', role: 'employer', organisationId: r.coachingOrgId })
      .expect(422);
    expect(res.body).toMatchObject({ type: '/problems/role-does-not-fit-organisation', status: 422, errors: [{ field: 'role', message: 'must be one that belongs to a coaching organisation' }] });
    const list = await s.http().get(`/organisations/${r.coachingOrgId}/users`).set(...bearer(wsp)).expect(200);
    expect(list.body.items.map((u: { email: string }) => u.email)).not.toContain('werkgever@startbaan.test');
  });

  it('gives every response a request id, and keeps one the client sent', async () => {
    const own = await s.http().get('/health/live').set('X-Request-Id', 'trace-123').expect(200);
    expect(own.headers['x-request-id']).toBe('trace-123');
    const made = await s.http().get('/health/live').expect(200);
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sets security headers and hides the framework', async () => {
    const res = await s.http().get('/health/live').expect(200);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('describes every route in OpenAPI, with bearer auth', async () => {
    const res = await s.http().get('/docs-json').expect(200);
    expect(res.body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    const paths = Object.keys(res.body.paths);
    for (const p of ['/auth/login', '/auth/refresh', '/auth/logout', '/me', '/organisations', '/organisations/{id}', '/organisations/{id}/users', '/invitations', '/invitations/accept', '/health/live', '/health/ready']) {
      expect(paths).toContain(p);
    }
    const login = res.body.paths['/auth/login'].post;
    expect(login.requestBody.content['application/json'].schema.$ref).toBe('#/components/schemas/LoginDto');
    expect(res.body.components.schemas.CreateInvitationDto.properties.role.enum).toEqual(['coach', 'employer', 'wsp_staff', 'admin']);
  });
});
