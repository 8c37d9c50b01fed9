import { randomUUID } from 'node:crypto';
import { RequestMethod, type Type } from '@nestjs/common';
import { GUARDS_METADATA, HTTP_CODE_METADATA, METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum.js';
import { PROBLEM_CONTENT_TYPE, ROLES } from '@startbaan/platform';
import type { ValidateFunction } from 'ajv';
import type { Response } from 'supertest';
import { ApiModule } from '../apps/api/src/app.module.js';
import { previewDocument } from '../apps/api/src/openapi-document.js';
import { PROBLEM_SCHEMA, PROBLEM_SCHEMA_NAME, PROBLEM_SCHEMA_REF } from '../apps/api/src/responses.js';
import { startSuite, type Suite } from './support/app.js';
import { bearer, loginAll, type RegionFixture, seedRegion, type Tokens } from './support/fixtures.js';
import { acceptPledge, openVacancy, vacancyBody } from './support/vacancies.js';
import { ajvFor, describeErrors, type OasDocument, toJsonSchema } from './support/openapi.js';
import { consent, registerYouth, type Vocab, vocabulary, youthBody } from './support/youth.js';

type Schema = Record<string, unknown>;
interface Parameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  schema?: Schema;
}
interface ResponseDoc {
  description?: string;
  content?: Record<string, { schema?: Schema }>;
  headers?: Record<string, unknown>;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: unknown;
  responses: Record<string, ResponseDoc>;
  'x-public'?: boolean;
  'x-roles'?: string[];
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

/** A route as Nest serves it, from the controllers' own metadata. */
interface Route {
  key: string;
  /** What Nest answers on success: @HttpCode, or 201 for POST and 200 otherwise. */
  status: number;
  /** The handler takes the response object, so it may set another status itself. */
  setsStatus: boolean;
  guards: string[];
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
/** The only routes that answer without asking PostgreSQL anything. */
const WITHOUT_DATABASE = ['GET /health/live', 'GET /employers/sectors'];

/**
 * Where a success body may still hold an object the document does not describe, with why: keyed
 * `<METHOD> <path> <status> <place in the body>` (as the test below reports it), the reason as
 * the value. A client gets no types there and the contract suite cannot tell a wrong value, so
 * the list only shrinks: a new route describes its body with a DTO, and an entry that no longer
 * applies fails the test until it is taken out. Empty: every success body is described.
 */
const FREE_FORM_ALLOWED: Record<string, string> = {};

const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const joinPath = (...parts: string[]): string =>
  `/${parts.join('/')}`
    .replace(/\/+/g, '/')
    .replace(/\/$/, '')
    .replace(/:(\w+)/g, '{$1}') || '/';

function routesOf(controllers: Type[]): Route[] {
  const routes: Route[] = [];
  for (const controller of controllers) {
    for (const base of list<string>(Reflect.getMetadata(PATH_METADATA, controller))) {
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = controller.prototype[name] as object;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (name === 'constructor' || method === undefined) continue;
        const args = Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) as Record<string, unknown> | undefined;
        const guards = [...list(Reflect.getMetadata(GUARDS_METADATA, controller)), ...list(Reflect.getMetadata(GUARDS_METADATA, handler))] as Type[];
        for (const path of list<string>(Reflect.getMetadata(PATH_METADATA, handler))) {
          routes.push({
            key: `${RequestMethod[method]} ${joinPath(base, path)}`,
            status: (Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined) ?? (method === RequestMethod.POST ? 201 : 200),
            setsStatus: Object.keys(args ?? {}).some((k) => k.startsWith(`${RouteParamtypes.RESPONSE}:`)),
            guards: guards.map((g) => g.name),
          });
        }
      }
    }
  }
  return routes;
}

function operationsOf(doc: Document): { key: string; op: Operation }[] {
  return Object.entries(doc.paths).flatMap(([path, item]) => METHODS.filter((m) => item[m]).map((m) => ({ key: `${m.toUpperCase()} ${path}`, op: item[m]! })));
}

const successes = (op: Operation): number[] => Object.keys(op.responses).filter((s) => /^2\d\d$/.test(s)).map(Number).sort();
const errors = (op: Operation): string[] => Object.keys(op.responses).filter((s) => /^[45]\d\d$/.test(s));

/** Every schema object in the document, with where it is. */
function* schemasIn(value: unknown, at: string, inSchema = false): Generator<[string, Schema]> {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* schemasIn(v, `${at}[${i}]`, inSchema);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const o = value as Schema;
  if (inSchema) yield [at, o];
  for (const [k, v] of Object.entries(o)) {
    if (k === 'example' || k === 'examples') continue;
    const child = inSchema ? ['properties', 'additionalProperties', 'items', 'allOf', 'anyOf', 'oneOf', 'not'].includes(k) : k === 'schema';
    if (inSchema && k === 'properties') {
      for (const [p, s] of Object.entries(v as Schema)) yield* schemasIn(s, `${at}.properties.${p}`, true);
    } else if (child && typeof v === 'object') {
      yield* schemasIn(v, `${at}.${k}`, true);
    } else if (!inSchema) {
      yield* schemasIn(v, `${at}.${k}`, false);
    }
  }
}

/**
 * Every place in a schema where an object is free-form: no properties and no schema for the
 * others, or additionalProperties: true beside its properties. References are followed (once on
 * each path, for recursive schemas); a map whose values have a schema of their own is not free.
 */
function* freeFormIn(schema: Schema, at: string, components: Record<string, Schema>, seen: ReadonlySet<string> = new Set()): Generator<string> {
  const ref = schema.$ref as string | undefined;
  if (ref) {
    const name = ref.replace('#/components/schemas/', '');
    if (!seen.has(name)) yield* freeFormIn(components[name]!, at, components, new Set([...seen, name]));
    return;
  }
  for (const k of ['allOf', 'anyOf', 'oneOf']) for (const branch of (schema[k] as Schema[] | undefined) ?? []) yield* freeFormIn(branch, at, components, seen);
  for (const [name, property] of Object.entries((schema.properties as Record<string, Schema> | undefined) ?? {})) yield* freeFormIn(property, `${at}.${name}`, components, seen);
  if (schema.items) yield* freeFormIn(schema.items as Schema, `${at}[]`, components, seen);
  const extra = schema.additionalProperties;
  if (extra && typeof extra === 'object') yield* freeFormIn(extra as Schema, `${at}{}`, components, seen);
  const composed = 'allOf' in schema || 'anyOf' in schema || 'oneOf' in schema;
  const object = schema.type === 'object' || (schema.type === undefined && ('properties' in schema || extra !== undefined));
  if (object && !composed && (extra === true || (!schema.properties && extra === undefined))) yield at;
}

describe('the OpenAPI document: every response documented', () => {
  let s: Suite;
  let doc: Document;
  let operations: { key: string; op: Operation }[];
  let routes: Route[];

  beforeAll(async () => {
    s = await startSuite();
    doc = (await s.http().get('/docs-json').expect(200)).body as Document;
    operations = operationsOf(doc);
    routes = routesOf(ApiModule.forRoot(s.env).controllers as Type[]);
  }, 60_000);
  afterAll(async () => {
    await s?.close();
  });

  const operation = (key: string): Operation => {
    const found = operations.find((o) => o.key === key);
    if (!found) throw new Error(`${key} is not in the document`);
    return found.op;
  };

  it('is the document the linter checks, which is built without a database', async () => {
    expect(JSON.parse(JSON.stringify(await previewDocument()))).toEqual(doc);
  });

  it('documents exactly the routes the controllers declare', () => {
    expect(operations.map((o) => o.key).sort()).toEqual(routes.map((r) => r.key).sort());
  });

  it('declares every error as application/problem+json with the one shared Problem schema', () => {
    expect(doc.components.schemas[PROBLEM_SCHEMA_NAME]).toEqual(PROBLEM_SCHEMA);
    expect(Object.keys(doc.components.schemas).filter((n) => /problem|error/i.test(n))).toEqual([PROBLEM_SCHEMA_NAME]);
    const wrong = operations.flatMap(({ key, op }) =>
      errors(op)
        .filter((status) => JSON.stringify(op.responses[status]!.content) !== JSON.stringify({ [PROBLEM_CONTENT_TYPE]: { schema: { $ref: PROBLEM_SCHEMA_REF } } }))
        .map((status) => `${key} ${status}: ${JSON.stringify(op.responses[status]!.content)}`),
    );
    expect(wrong).toEqual([]);
    const undescribed = operations.flatMap(({ key, op }) => Object.entries(op.responses).filter(([, r]) => !r.description).map(([status]) => `${key} ${status}`));
    expect(undescribed).toEqual([]);
  });

  it('declares 400 where a route takes input, 401 where it needs a token, 403 where roles restrict it, 404 where its path has ids, 413 and 415 where it takes a body', () => {
    const missing: string[] = [];
    for (const { key, op } of operations) {
      const params = op.parameters ?? [];
      const roles = op['x-roles'];
      const expected: [number, boolean][] = [
        [400, !!op.requestBody || params.length > 0],
        [401, !op['x-public']],
        [403, !!roles && !ROLES.every((r) => roles.includes(r))],
        [404, params.some((p) => p.in === 'path')],
        [413, !!op.requestBody],
        [415, !!op.requestBody],
      ];
      for (const [status, applies] of expected) if (applies && !op.responses[status]) missing.push(`${key} ${status}`);
    }
    expect(missing).toEqual([]);
  });

  it('declares 429 where a rate-limit guard runs, and 503 wherever the database is asked', () => {
    const limited = routes.filter((r) => r.guards.some((g) => g.endsWith('RateLimitGuard')));
    expect(limited.map((r) => r.key).sort()).toEqual(['POST /auth/login', 'POST /auth/password-reset', 'POST /auth/session', 'POST /intake/programmes/{id}/signups', 'POST /intake/signups/{id}/verify']);
    expect(limited.filter((r) => !operation(r.key).responses['429']).map((r) => r.key)).toEqual([]);
    expect(operations.filter(({ op }) => !op.responses['503']).map((o) => o.key)).toEqual(WITHOUT_DATABASE);
    for (const { op } of operations.filter((o) => o.op.responses['503'] || o.op.responses['429'])) {
      for (const status of ['429', '503']) if (op.responses[status]) expect(op.responses[status]!.headers).toHaveProperty('Retry-After');
    }
  });

  it('documents the success status each route answers', () => {
    const wrong = routes.flatMap((r) => {
      const documented = successes(operation(r.key));
      const fine = r.setsStatus ? documented.includes(r.status) : documented.length === 1 && documented[0] === r.status;
      return fine ? [] : [`${r.key}: answers ${r.status}${r.setsStatus ? ' (or sets its own)' : ''}, documents ${documented.join(', ') || 'nothing'}`];
    });
    expect(wrong).toEqual([]);
  });

  it('declares text/csv on every route that can answer CSV', () => {
    const csv = operations.filter(({ op }) => (op.parameters ?? []).some((p) => p.name === 'format' && list(p.schema?.enum as string[]).includes('csv')));
    expect(csv.map((o) => o.key).sort()).toEqual(['GET /programmes/{id}/monitoring', 'GET /programmes/{id}/monitoring/{snapshotId}']);
    for (const { op } of csv) expect(Object.keys(op.responses['200']!.content ?? {}).sort()).toEqual(['application/json', 'text/csv']);
  });

  it('gives every nullable value its type (null among its enum values), and says what an object holds', () => {
    const vague = [...Object.entries(doc.components.schemas).flatMap(([name, sc]) => [...schemasIn(sc, `components.schemas.${name}`, true)]), ...schemasIn(doc.paths, 'paths')]
      .filter(([, sc]) => {
        const composed = '$ref' in sc || 'allOf' in sc || 'anyOf' in sc || 'oneOf' in sc;
        if (composed) return false;
        if (sc.nullable && !sc.type) return true;
        // OpenAPI 3.0: an enum is the whole list of values, so a nullable one must list null.
        if (sc.nullable && Array.isArray(sc.enum) && !sc.enum.includes(null)) return true;
        return sc.type === 'object' && !sc.properties && sc.additionalProperties === undefined;
      })
      .map(([at, sc]) => `${at}: ${JSON.stringify(sc)}`);
    expect(vague).toEqual([]);
  });

  it('describes every success body: no 2xx JSON answer holds a free-form object, beyond the commented allow-list', () => {
    const found = operations.flatMap(({ key, op }) =>
      successes(op).flatMap((status) => {
        const schema = op.responses[status]!.content?.['application/json']?.schema;
        return schema ? [...freeFormIn(schema, '', doc.components.schemas)].map((at) => `${key} ${status} ${at || '(body)'}`) : [];
      }),
    );
    expect(found.filter((f) => !(f in FREE_FORM_ALLOWED))).toEqual([]);
    // An entry that no longer applies goes: the list says what is left to do.
    expect(Object.keys(FREE_FORM_ALLOWED).filter((a) => !found.includes(a))).toEqual([]);
  });

  describe('against real answers', () => {
    let r: RegionFixture;
    let wsp: Tokens, coach: Tokens, employer: Tokens;
    let vocab: Vocab;
    let validators: Map<string, ValidateFunction>;
    /** Asserts that the answer's status, media type and body are the ones documented for the route. */
    let check: (key: string, res: Response) => Response;

    beforeAll(async () => {
      r = await seedRegion(s.db.url);
      [wsp, coach, employer] = await loginAll(s.http, [r.wsp, r.coach, r.employer]);
      vocab = await vocabulary(s.http, coach);
      // The document's schemas as JSON Schema (nullable, references), as the contract suite reads
      // them; a success body is checked closed too: it may not carry a field its schema does not
      // name, so one role's view cannot gain another's fields unnoticed.
      const { ajv, requestRef } = ajvFor(doc as unknown as OasDocument);
      validators = new Map();
      const validator = (schema: Schema, closed: boolean): ValidateFunction => {
        const text = `${closed} ${JSON.stringify(schema)}`;
        if (!validators.has(text)) validators.set(text, ajv.compile(toJsonSchema(schema, closed ? { closed: true, ref: requestRef } : {})));
        return validators.get(text)!;
      };
      check = (key, res) => {
        const op = operation(key);
        const documented = op.responses[String(res.status)];
        expect([key, res.status, documented ? 'documented' : 'not documented']).toEqual([key, res.status, 'documented']);
        const type = String(res.headers['content-type'] ?? '').split(';')[0]!;
        if (res.status === 204) return res;
        expect([key, type, Object.keys(documented!.content ?? {})]).toEqual([key, type, expect.arrayContaining([type])]);
        if (type === 'text/csv') return res;
        const valid = validator(documented!.content![type]!.schema!, res.status < 300);
        expect([key, res.status, valid(res.body) ? '' : describeErrors(valid)]).toEqual([key, res.status, '']);
        return res;
      };
    }, 60_000);

    it('creates with the documented status (201, or 202 and 200 where documented) and the documented body', async () => {
      const youth = check('POST /youths', await s.http().post('/youths').set(...bearer(coach)).send(youthBody(vocab, { otherSkills: undefined, motivation: undefined })));
      expect(youth.status).toBe(201);
      expect(youth.body).toMatchObject({ otherSkills: null, motivation: null });
      check('POST /youths/{id}/consents', await s.http().post(`/youths/${youth.body.id}/consents`).set(...bearer(coach)).send({ scope: 'matching', givenBy: 'youth' }).expect(201));
      await consent(s.http, coach, youth.body.id, 'introductions');
      check('GET /youths', await s.http().get('/youths').set(...bearer(coach)).expect(200));
      check('GET /youths', await s.http().get('/youths').set(...bearer(wsp)).expect(200));
      check('GET /youths/{id}', await s.http().get(`/youths/${youth.body.id}`).set(...bearer(coach)).expect(200));
      check('GET /youths/{id}', await s.http().get(`/youths/${youth.body.id}`).set(...bearer(wsp)).expect(200));
      check('GET /youths/{id}/sealed', await s.http().get(`/youths/${youth.body.id}/sealed`).query({ purpose: 'check the documented answer' }).set(...bearer(coach)).expect(200));

      check('POST /organisations', await s.http().post('/organisations').set(...bearer(wsp)).send({ kind: 'coaching', name: `Buurtwerk ${randomUUID().slice(0, 8)}` }).expect(201));
      const invitation = check(
        'POST /invitations',
        await s.http().post('/invitations').set(...bearer(wsp)).send({ email: `nieuw.${randomUUID().slice(0, 8)}@startbaan.test`, displayName: 'Nieuw', role: 'coach', organisationId: r.coachingOrgId }).expect(201),
      );
      const token = new URL(invitation.body.inviteUrl as string).hash.replace(/^#token=/, '');
      check('POST /invitations/accept', await s.http().post('/invitations/accept').send({ token, password: 'een-lang-genoeg-wachtwoord-1' }).expect(201));

      check(
        'POST /employers',
        await s.http().post('/employers').set(...bearer(wsp)).send({ name: `Fietsenmaker ${randomUUID().slice(0, 8)}`, kvk: String(10_000_000 + Math.floor(Math.random() * 89_999_999)), sector: 'G', locations: ['3072'], sizeClass: '1-9', contactName: 'Ahmed' }).expect(201),
      );
      check('POST /vacancies', await s.http().post('/vacancies').set(...bearer(employer)).send(vacancyBody()).expect(201));
      const programme = check(
        'POST /programmes',
        await s.http().post('/programmes').set(...bearer(wsp)).send({ name: `Zomerbanen ${randomUUID().slice(0, 8)}`, applyFrom: '2027-03-01', applyTo: '2027-05-15', workFrom: '2027-07-05', workTo: '2027-08-27' }).expect(201),
      );
      check('GET /programmes/{id}/monitoring', await s.http().get(`/programmes/${programme.body.id}/monitoring`).set(...bearer(wsp)).expect(200));
      const csv = check('GET /programmes/{id}/monitoring', await s.http().get(`/programmes/${programme.body.id}/monitoring`).query({ format: 'csv' }).set(...bearer(wsp)).expect(200));
      expect(csv.headers['content-type']).toMatch(/^text\/csv/);

      await acceptPledge(s.http, employer, r.employerOrgId);
      const vacancyId = await openVacancy(s.http, employer, wsp);
      const propose = () => s.http().post('/proposals').set(...bearer(coach)).set('Idempotency-Key', `openapi-${youth.body.id}`).send({ youthId: youth.body.id, vacancyId, note: 'Komt op tijd.' });
      const proposal = check('POST /proposals', await propose().expect(201));
      check('POST /proposals', await propose().expect(200));
      check('GET /proposals/{id}', await s.http().get(`/proposals/${proposal.body.id}`).set(...bearer(employer)).expect(200));
      check('POST /proposals/{id}/invite', await s.http().post(`/proposals/${proposal.body.id}/invite`).set(...bearer(employer)).expect(200));
      check('POST /proposals/{id}/introduce', await s.http().post(`/proposals/${proposal.body.id}/introduce`).set(...bearer(coach)).expect(200));
      check('POST /proposals/{id}/messages', await s.http().post(`/proposals/${proposal.body.id}/messages`).set(...bearer(employer)).send({ body: 'Wanneer kan de kandidaat langskomen?' }).expect(201));
      check('GET /proposals/{id}/messages', await s.http().get(`/proposals/${proposal.body.id}/messages`).set(...bearer(coach)).expect(200));
    });

    it("answers each step from proposal to ended placement as documented, the employer's view and the youth's side's each their own", async () => {
      /** Sends, expects the status, and checks the answer against the document (closed for a success). */
      const call = async (tokens: Tokens, method: 'get' | 'post' | 'put' | 'patch', path: string, key: string, body?: object, status = 200): Promise<Response> => {
        const req = s.http()[method](path).set(...bearer(tokens));
        return check(key, await (body === undefined ? req : req.send(body)).expect(status));
      };
      await acceptPledge(s.http, employer, r.employerOrgId);
      const vacancyId = await openVacancy(s.http, employer, wsp, { title: `Hulp in de winkel ${randomUUID().slice(0, 8)}`, places: 3 });
      const youths: string[] = [];
      for (let i = 0; i < 3; i++) {
        const { id } = await registerYouth(s.http, coach, vocab);
        await consent(s.http, coach, id, 'matching');
        await consent(s.http, coach, id, 'introductions');
        youths.push(id);
      }
      const [placed, declined, withdrawn] = youths as [string, string, string];

      // The vacancy and its employer, as each role reads them.
      for (const tokens of [employer, wsp, coach]) {
        await call(tokens, 'get', `/vacancies/${vacancyId}`, 'GET /vacancies/{id}');
        await call(tokens, 'get', '/vacancies', 'GET /vacancies');
      }
      await call(coach, 'get', `/vacancies/${vacancyId}?youthId=${placed}`, 'GET /vacancies/{id}');
      const vacancy = await call(employer, 'get', `/vacancies/${vacancyId}`, 'GET /vacancies/{id}');
      await call(employer, 'patch', `/vacancies/${vacancyId}`, 'PATCH /vacancies/{id}', { version: vacancy.body.version, firstWeek: 'Je loopt de eerste dag mee.' });
      await call(employer, 'get', `/employers/${r.employerOrgId}`, 'GET /employers/{id}');
      await call(wsp, 'get', `/employers/${r.employerOrgId}`, 'GET /employers/{id}');
      await call(wsp, 'get', '/employers', 'GET /employers');
      await call(wsp, 'get', '/network/employers', 'GET /network/employers');
      await call(coach, 'get', `/youths/${placed}/suggestions`, 'GET /youths/{id}/suggestions');
      await call(coach, 'get', `/vacancies/${vacancyId}/suggestions`, 'GET /vacancies/{id}/suggestions');
      await call(wsp, 'get', `/vacancies/${vacancyId}/suggestions`, 'GET /vacancies/{id}/suggestions');

      // Three proposals: one declined, one withdrawn, one all the way to an ended placement.
      const propose = async (youthId: string) => (await call(coach, 'post', '/proposals', 'POST /proposals', { youthId, vacancyId, note: 'Komt op tijd.' }, 201)).body.id as string;
      const [p, d, w] = [await propose(placed), await propose(declined), await propose(withdrawn)];
      for (const tokens of [employer, coach, wsp]) await call(tokens, 'get', '/proposals', 'GET /proposals');
      await call(wsp, 'get', '/network/summary', 'GET /network/summary');
      await call(employer, 'get', `/proposals/${d}`, 'GET /proposals/{id}');
      await call(employer, 'post', `/proposals/${d}/decline`, 'POST /proposals/{id}/decline', { reason: 'availability' });
      await call(coach, 'post', `/proposals/${w}/withdraw`, 'POST /proposals/{id}/withdraw', { reason: 'heeft al werk' });
      await call(employer, 'get', `/proposals/${p}`, 'GET /proposals/{id}');
      await call(employer, 'post', `/proposals/${p}/invite`, 'POST /proposals/{id}/invite');
      await call(coach, 'post', `/proposals/${p}/introduce`, 'POST /proposals/{id}/introduce');
      await call(employer, 'post', `/proposals/${p}/interview`, 'POST /proposals/{id}/interview', { at: new Date(Date.now() + 7 * 86_400_000).toISOString(), place: 'In de winkel' });
      await call(coach, 'post', `/proposals/${p}/interview-outcome`, 'POST /proposals/{id}/interview-outcome', { outcome: 'showed_up' });
      await call(employer, 'post', `/proposals/${p}/offer`, 'POST /proposals/{id}/offer', { startDate: '2027-07-05', hoursPerWeek: 24, hourlyWage: 16 });
      const introduced = await call(employer, 'get', `/proposals/${p}`, 'GET /proposals/{id}');
      expect(introduced.body).toMatchObject({ introduction: { firstName: 'Sami' }, interview: { outcome: 'showed_up' }, offer: { endDate: '2027-08-13' } });
      await call(coach, 'get', `/proposals/${p}`, 'GET /proposals/{id}');
      const accepted = await call(coach, 'post', `/proposals/${p}/accept`, 'POST /proposals/{id}/accept');

      // The placement, as the employer and the youth's side see it, through its ending.
      const placementId = accepted.body.placementId as string;
      for (const tokens of [employer, coach, wsp]) await call(tokens, 'get', `/placements/${placementId}`, 'GET /placements/{id}');
      const checkIn = (await call(coach, 'get', `/placements/${placementId}`, 'GET /placements/{id}')).body.checkIns[0].id as string;
      await call(employer, 'put', `/placements/${placementId}/check-ins/${checkIn}/mentor-note`, 'PUT /placements/{id}/check-ins/{checkInId}/mentor-note', { note: 'Leert snel.' });
      const skills = { onTime: 'good', callsInSick: 'good', reportsLateness: 'working_on_it', followsInstructions: 'good', asksForHelp: 'good' };
      await call(coach, 'put', `/placements/${placementId}/check-ins/${checkIn}`, 'PUT /placements/{id}/check-ins/{checkInId}', { skills, note: 'Gaat goed.' });
      await call(wsp, 'put', `/placements/${placementId}/referee`, 'PUT /placements/{id}/referee');
      await call(employer, 'put', `/placements/${placementId}/reference`, 'PUT /placements/{id}/reference', { text: 'Betrouwbaar en vriendelijk.' });
      await call(employer, 'post', `/placements/${placementId}/end`, 'POST /placements/{id}/end', { outcome: 'completed', endedOn: '2027-08-13' });
      await call(coach, 'put', `/placements/${placementId}/follow-ups`, 'PUT /placements/{id}/follow-ups', { moment: 'end', status: 'other_job' });
      await call(coach, 'get', `/placements/${placementId}`, 'GET /placements/{id}');
      await call(coach, 'get', '/me/tasks', 'GET /me/tasks');
      await call(coach, 'get', '/inbox', 'GET /inbox');
      await call(coach, 'get', `/youths/${placed}/export`, 'GET /youths/{id}/export');

      // A programme with the vacancy and a youth, and a run queued for it.
      const programme = await call(wsp, 'post', '/programmes', 'POST /programmes', { name: `Zomerbanen ${randomUUID().slice(0, 8)}`, applyFrom: new Date().toISOString().slice(0, 10), applyTo: '2027-05-15', workFrom: '2027-07-05', workTo: '2027-08-27' }, 201);
      const programmeId = programme.body.id as string;
      await call(wsp, 'post', `/programmes/${programmeId}/status`, 'POST /programmes/{id}/status', { status: 'open' });
      await call(employer, 'put', `/programmes/${programmeId}/vacancies/${vacancyId}`, 'PUT /programmes/{id}/vacancies/{vacancyId}', { places: 1 });
      await call(coach, 'put', `/programmes/${programmeId}/entries/${declined}`, 'PUT /programmes/{id}/entries/{youthId}', { choices: [vacancyId] });
      for (const tokens of [employer, coach, wsp]) {
        await call(tokens, 'get', '/programmes', 'GET /programmes');
        await call(tokens, 'get', `/programmes/${programmeId}/vacancies`, 'GET /programmes/{id}/vacancies');
      }
      await call(coach, 'get', `/programmes/${programmeId}/entries`, 'GET /programmes/{id}/entries');
      await call(wsp, 'post', `/programmes/${programmeId}/status`, 'POST /programmes/{id}/status', { status: 'allocating' });
      const run = await call(wsp, 'post', `/programmes/${programmeId}/allocation-runs`, 'POST /programmes/{id}/allocation-runs', { seed: 7 }, 202);
      await call(wsp, 'get', `/programmes/${programmeId}/allocation-runs`, 'GET /programmes/{id}/allocation-runs');
      await call(wsp, 'get', `/programmes/${programmeId}/allocation-runs/${run.body.id}`, 'GET /programmes/{id}/allocation-runs/{runId}');
      await call(wsp, 'get', `/programmes/${programmeId}/monitoring`, 'GET /programmes/{id}/monitoring');
      await call(coach, 'get', `/programmes/${programmeId}/monitoring`, 'GET /programmes/{id}/monitoring');
    });

    it('answers errors with a documented status and a body that fits the Problem schema', async () => {
      const { id, version } = await registerYouth(s.http, coach, vocab);
      const longBody = { note: 'x'.repeat(300 * 1024) };
      const answers: [string, Response][] = [
        ['GET /me', await s.http().get('/me')],
        ['GET /me', await s.http().get('/me').set('Authorization', 'Bearer not-a-token')],
        ['POST /youths', await s.http().post('/youths').set(...bearer(coach)).send({ ...youthBody(vocab), pc4: 'abcd', extra: 1 })],
        ['POST /youths', await s.http().post('/youths').set(...bearer(wsp)).send(youthBody(vocab))],
        ['POST /youths', await s.http().post('/youths').set(...bearer(coach)).set('Content-Type', 'application/json').send('{"pc4": ')],
        ['POST /youths', await s.http().post('/youths').set(...bearer(coach)).send(longBody)],
        ['POST /youths', await s.http().post('/youths').set(...bearer(coach)).set('Content-Type', 'application/json; charset=latin1').send('{}')],
        ['GET /youths/{id}', await s.http().get(`/youths/${randomUUID()}`).set(...bearer(coach))],
        ['GET /youths/{id}', await s.http().get('/youths/not-a-uuid').set(...bearer(coach))],
        ['PATCH /youths/{id}', await s.http().patch(`/youths/${id}`).set(...bearer(coach)).send({ version: version + 5, maxTravelKm: 12 })],
        ['POST /invitations/accept', await s.http().post('/invitations/accept').send({ token: 'a'.repeat(43), password: 'een-lang-genoeg-wachtwoord-1' })],
      ];
      expect(answers.map(([, res]) => res.status)).toEqual([401, 401, 400, 403, 400, 413, 415, 404, 400, 409, 404]);
      for (const [key, res] of answers) {
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        check(key, res);
      }
      expect(answers[2]![1].body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'pc4' })]));
      expect(answers[9]![1].body.currentVersion).toBe(version);
    });
  });
});
