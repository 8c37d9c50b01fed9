import { randomBytes } from 'node:crypto';
import { API_CSP, serializeCsp } from '@startbaan/platform';
import type { Response } from 'supertest';
import { BOARD_CSP } from '../apps/api/src/admin/board.js';
import { DOCS_CSP } from '../apps/api/src/docs.js';
import { bearer, login, loginAll, query, type RegionFixture, seedRegion, type Tokens } from './support/fixtures.js';
import { startSuite, type Suite } from './support/app.js';
import { allows, parsePolicy, type Reference, references, stylesheetUrls } from './support/csp.js';
import { registerYouth, vocabulary } from './support/youth.js';

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
    expect(res.body.errors).toContainEqual(expect.objectContaining({ field: 'role', message: 'role must be one of coach, employer, wsp_staff, admin', code: 'isIn' }));
    expect(res.body.errors).toContainEqual(expect.objectContaining({ field: 'extra', message: 'is not an allowed field', code: 'whitelistValidation' }));
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
    expect(res.body.errors).toMatchObject([{ field: 'id', message: 'must be a UUID' }]);
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

describe('headers on every response', () => {
  let s: Suite;
  let r: RegionFixture;
  let wsp: Tokens, coach: Tokens, admin: Tokens, employer: Tokens;
  const operatorEmail = `operator.${randomBytes(4).toString('hex')}@startbaan.test`;
  let youthId: string;

  beforeAll(async () => {
    s = await startSuite({ BOARD_OPERATORS: operatorEmail });
    r = await seedRegion(s.db.url);
    // The region's admin also runs the installation here: the board is for operators only.
    await query(s.db.url, 'UPDATE user_account SET email = $2 WHERE id = $1', [r.admin.id, operatorEmail]);
    [wsp, coach, admin, employer] = await loginAll(s.http, [r.wsp.email, r.coach.email, operatorEmail, r.employer.email]);
    youthId = (await registerYouth(s.http, coach, await vocabulary(s.http, coach))).id;
  });
  afterAll(() => s?.close());

  const API = serializeCsp(API_CSP);
  const DOCS = serializeCsp(DOCS_CSP);
  const BOARD = serializeCsp(BOARD_CSP);

  /** A file the board's page loads (its name carries a content hash). */
  async function boardScript(): Promise<string> {
    const page = await s.http().get('/admin/queues').set(...bearer(admin)).expect(200);
    return `/admin/queues/${/<script defer src="([^"]+)"/.exec(page.text)![1]}`;
  }

  interface HeaderCase {
    name: string;
    send: (id: string) => PromiseLike<Response>;
    status: number;
    /** The Content-Security-Policy; the API's unless said. */
    csp?: string;
    /** Cache-Control; no-store unless said. */
    cache?: string;
    /** WWW-Authenticate, which every 401 has and nothing else. */
    challenge?: string;
  }

  const CHALLENGE = 'Bearer realm="startbaan"';
  const INVALID_TOKEN = 'Bearer realm="startbaan", error="invalid_token"';

  const json = (path: string, body: string, id: string) => s.http().post(path).set('X-Request-Id', id).set('Content-Type', 'application/json').send(body);

  const cases: HeaderCase[] = [
    { name: 'a success', status: 200, send: (id) => s.http().get('/me').set('X-Request-Id', id).set(...bearer(coach)) },
    { name: 'a validation error', status: 400, send: (id) => s.http().post('/invitations').set('X-Request-Id', id).set(...bearer(wsp)).send({ email: 'no' }) },
    { name: 'malformed JSON, refused by the body parser', status: 400, send: (id) => json('/auth/login', '{"email": ', id) },
    { name: 'a body over 256 kB, refused by the body parser', status: 413, send: (id) => json('/auth/login', JSON.stringify({ email: 'a'.repeat(300_000) }), id) },
    { name: 'a charset the body parser does not read', status: 415, send: (id) => s.http().post('/auth/login').set('X-Request-Id', id).set('Content-Type', 'application/json; charset=latin9').send('{}') },
    { name: 'an unknown route', status: 404, send: (id) => s.http().get('/no/such/route').set('X-Request-Id', id).set(...bearer(coach)) },
    { name: 'no access token', status: 401, challenge: CHALLENGE, send: (id) => s.http().get('/me').set('X-Request-Id', id) },
    { name: 'an access token that is not valid', status: 401, challenge: INVALID_TOKEN, send: (id) => s.http().get('/me').set('X-Request-Id', id).set(...bearer('not.a.token')) },
    { name: 'a role that may not', status: 403, send: (id) => s.http().get('/vocabulary/risk-factors').set('X-Request-Id', id).set(...bearer(employer)) },
    { name: 'the AVG export of a youth', status: 200, send: (id) => s.http().get(`/youths/${youthId}/export`).set('X-Request-Id', id).set(...bearer(coach)) },
    { name: 'the OpenAPI document', status: 200, send: (id) => s.http().get('/docs-json').set('X-Request-Id', id) },
    { name: 'the API docs page', status: 200, csp: DOCS, cache: 'no-cache', send: (id) => s.http().get('/docs').set('X-Request-Id', id) },
    { name: 'a file of the API docs', status: 200, csp: DOCS, cache: 'no-cache', send: (id) => s.http().get('/docs/swagger-ui.css').set('X-Request-Id', id) },
    { name: 'the queue board', status: 200, csp: BOARD, send: (id) => s.http().get('/admin/queues').set('X-Request-Id', id).set(...bearer(admin)) },
    { name: 'a file of the queue board', status: 200, csp: BOARD, send: async (id) => s.http().get(await boardScript()).set('X-Request-Id', id).set(...bearer(admin)) },
    { name: "the queue board's API", status: 200, csp: BOARD, send: (id) => s.http().get('/admin/queues/api/queues').set('X-Request-Id', id).set(...bearer(admin)) },
    { name: "malformed JSON to the queue board's API", status: 400, csp: BOARD, send: (id) => json('/admin/queues/api/queues/matching/clean/failed', '{', id).set(...bearer(admin)) },
    { name: 'the queue board without sign-in', status: 401, csp: BOARD, challenge: CHALLENGE, send: (id) => s.http().get('/admin/queues').set('X-Request-Id', id) },
    { name: 'the queue board with an access token that is not valid', status: 401, csp: BOARD, challenge: INVALID_TOKEN, send: (id) => s.http().get('/admin/queues').set('X-Request-Id', id).set('Cookie', 'sb_board=not.a.token') },
    { name: 'a wrong password', status: 401, challenge: CHALLENGE, send: (id) => s.http().post('/auth/login').set('X-Request-Id', id).send({ email: r.coach.email, password: 'not-the-password' }) },
    { name: 'the queue board for a role that may not', status: 403, csp: BOARD, send: (id) => s.http().get('/admin/queues').set('X-Request-Id', id).set(...bearer(wsp)) },
  ];

  it.each(cases.map((c, i) => ({ ...c, id: `headers-${i}` })))('$name ($status): request id, security headers, CSP and Cache-Control', async (c) => {
    const res = await c.send(c.id);
    expect(res.status).toBe(c.status);
    expect(res.headers).toMatchObject({
      'x-request-id': c.id,
      'content-security-policy': c.csp ?? API,
      'cache-control': c.cache ?? 'no-store',
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'strict-transport-security': 'max-age=31536000; includeSubDomains',
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-resource-policy': 'same-origin',
    });
    expect(res.headers['www-authenticate']).toBe(c.challenge);
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['pragma']).toBeUndefined();
    if (res.status >= 400 && !c.csp) expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  /**
   * Loads a page as a browser would under the policy it came with: everything its HTML refers to
   * is allowed or listed as blocked on purpose, and what is allowed is there (stylesheets read
   * for what they load in turn).
   */
  async function load(path: string, auth: [string, string] | undefined): Promise<{ blocked: string[]; loaded: string[] }> {
    const get = (p: string) => (auth ? s.http().get(p).set(...auth) : s.http().get(p));
    const page = await get(path).expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const policy = parsePolicy(page.headers['content-security-policy']!);
    const origin = 'http://startbaan.test';
    const { refs } = references(page.text, origin + path);
    const blocked: string[] = [];
    const loaded: string[] = [];
    const visit = async (ref: Reference, from: string): Promise<void> => {
      if (!allows(policy, ref, from)) return void blocked.push(ref.kind === 'url' ? ref.url : ref.what);
      if (ref.kind !== 'url' || ref.directive === 'base-uri' || !ref.url.startsWith(origin)) return;
      const res = await get(ref.url.slice(origin.length));
      expect({ url: ref.url, status: res.status }).toEqual({ url: ref.url, status: 200 });
      loaded.push(ref.url.slice(origin.length));
      if (ref.directive === 'style-src') for (const inner of stylesheetUrls(res.text, ref.url)) await visit(inner, ref.url);
    };
    for (const ref of refs) await visit(ref, origin + path);
    return { blocked, loaded };
  }

  it('the API docs page loads under its policy: scripts from files, its inline styles by hash, no third party', async () => {
    const { blocked, loaded } = await load('/docs', undefined);
    expect(blocked).toEqual([]);
    expect(loaded).toEqual(expect.arrayContaining(['/docs/swagger-ui.css', '/docs/swagger-ui-bundle.js', '/docs/swagger-ui-standalone-preset.js', '/docs/swagger-ui-init.js']));
    const init = await s.http().get('/docs/swagger-ui-init.js').expect(200);
    // no badge from validator.swagger.io, which the policy would block anyway
    expect(init.text).toContain('"validatorUrl": null');
  });

  it('the queue board loads under its policy, all but Google Fonts', async () => {
    const { blocked, loaded } = await load('/admin/queues', bearer(admin));
    expect(blocked).toEqual([expect.stringMatching(/^https:\/\/fonts\.googleapis\.com\//)]);
    expect(loaded.filter((p) => p.endsWith('.js')).length).toBeGreaterThan(0);
    expect(loaded.filter((p) => p.endsWith('.css')).length).toBeGreaterThan(0);
  });
});

