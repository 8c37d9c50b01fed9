import { randomUUID } from 'node:crypto';
import { RequestMethod, type Type } from '@nestjs/common';
import { GUARDS_METADATA, HTTP_CODE_METADATA, METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum.js';
import { PROBLEM_CONTENT_TYPE, ROLES } from '@startbaan/platform';
import { Ajv, type ValidateFunction } from 'ajv';
import formats from 'ajv-formats';
import type { Response } from 'supertest';
import { ApiModule } from '../apps/api/src/app.module.js';
import { previewDocument } from '../apps/api/src/openapi-document.js';
import { PROBLEM_SCHEMA, PROBLEM_SCHEMA_NAME, PROBLEM_SCHEMA_REF } from '../apps/api/src/responses.js';
import { startSuite, type Suite } from './support/app.js';
import { bearer, loginAll, type RegionFixture, seedRegion, type Tokens } from './support/fixtures.js';
import { acceptPledge, openVacancy, vacancyBody } from './support/vacancies.js';
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
      const ajv = new Ajv({ strict: false, allErrors: true });
      // A CommonJS module: its default export is the plugin, and so is module.exports.
      formats.default(ajv);
      ajv.addSchema({ $id: 'openapi', components: doc.components });
      validators = new Map();
      const validator = (schema: Schema): ValidateFunction => {
        const text = JSON.stringify(schema).replaceAll('"#/components/', '"openapi#/components/');
        if (!validators.has(text)) validators.set(text, ajv.compile(JSON.parse(text)));
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
        const valid = validator(documented!.content![type]!.schema!);
        expect([key, res.status, valid(res.body) ? [] : valid.errors]).toEqual([key, res.status, []]);
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
