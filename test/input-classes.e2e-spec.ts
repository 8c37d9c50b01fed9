import { randomUUID } from 'node:crypto';
import { decimalPlaces, MAX_JSON_DEPTH, NUL_MESSAGE } from '@startbaan/platform';
import pg from 'pg';
import type { Response } from 'supertest';
import { bearer, loginAll, query, type RegionFixture, seedRegion, type Tokens } from './support/fixtures.js';
import { startSuite, type Suite } from './support/app.js';
import { acceptPledge, vacancyBody } from './support/vacancies.js';

/*
 * Kinds of input that once answered 500 (or a problem that could not say which field), each
 * closed for every route at once: the routes and their fields come from the OpenAPI document,
 * so a new route or field is swept without touching this file. Each request changes one field
 * (the rest of the body left out), as a caller the route lets in; the validation must name it.
 */

interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  items?: Schema;
  properties?: Record<string, Schema>;
  allOf?: Schema[];
  minimum?: number;
  maximum?: number;
  multipleOf?: number;
  example?: unknown;
  nullable?: boolean;
  enum?: unknown[];
}
interface Parameter {
  in: string;
  name: string;
  schema?: Schema;
}
interface OpenApi {
  paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: Schema }> } }>>;
  components: { schemas: Record<string, Schema> };
}

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
/** One value the client sends: a path or query parameter, or a leaf of the JSON body (`availability[0].from`). */
interface Slot {
  where: 'path' | 'query' | 'body';
  field: string;
  schema: Schema;
}
interface Operation {
  method: Method;
  path: string;
  hasBody: boolean;
  slots: Slot[];
  /** The body's fields that may not be null (see nonNullableFields). */
  nullSlots: Slot[];
}

function bodyLeaves(doc: OpenApi, schema: Schema, field: string, seen: string[] = []): Slot[] {
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop()!;
    return seen.includes(name) ? [] : bodyLeaves(doc, doc.components.schemas[name]!, field, [...seen, name]);
  }
  if (schema.allOf) return schema.allOf.flatMap((s) => bodyLeaves(doc, s, field, seen));
  if (schema.type === 'array') return bodyLeaves(doc, { ...schema.items }, `${field}[0]`, seen);
  if (schema.properties) return Object.entries(schema.properties).flatMap(([k, s]) => bodyLeaves(doc, s, field ? `${field}.${k}` : k, seen));
  return schema.type === 'object' ? [] : [{ where: 'body', field, schema }];
}

function operations(doc: OpenApi): Operation[] {
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const slots: Slot[] = [];
      for (const p of op.parameters ?? []) {
        // A header cannot carry a NUL or the like: Node's HTTP parser refuses it before the app.
        if (p.in !== 'path' && p.in !== 'query') continue;
        const schema = p.schema ?? {};
        // A repeated query parameter (`?skill=a&skill=b`) arrives as its items, one by one.
        slots.push({ where: p.in, field: p.name, schema: schema.type === 'array' ? { ...schema.items } : schema });
      }
      const body = op.requestBody?.content['application/json']?.schema;
      if (body) slots.push(...bodyLeaves(doc, body, ''));
      ops.push({ method: method as Method, path, hasBody: !!body, slots, nullSlots: body ? nonNullableFields(doc, body, '') : [] });
    }
  }
  return ops;
}

/** Every field of a body at any depth, objects, lists and their items included, that the document does not let be null. */
function nonNullableFields(doc: OpenApi, schema: Schema, field: string, seen: string[] = []): Slot[] {
  const own = field ? [{ where: 'body' as const, field, schema }] : [];
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop()!;
    return seen.includes(name) ? own : nonNullableFields(doc, doc.components.schemas[name]!, field, [...seen, name]);
  }
  if (schema.nullable || schema.enum?.includes(null)) return [];
  if (schema.allOf) return schema.allOf.flatMap((s) => nonNullableFields(doc, s, field, seen));
  if (schema.type === 'array') return [...own, ...nonNullableFields(doc, { ...schema.items }, `${field}[0]`, seen)];
  if (schema.properties) return [...own, ...Object.entries(schema.properties).flatMap(([k, s]) => nonNullableFields(doc, s, field ? `${field}.${k}` : k, seen))];
  return own;
}

/** `availability[0].from` = v → `{ availability: [{ from: v }] }`. */
function bodyWith(field: string, value: unknown): unknown {
  const tokens = field.match(/\[\d+\]|[^.[\]]+/g)!;
  return tokens.reduceRight<unknown>((inner, t) => (t.startsWith('[') ? [inner] : { [t]: inner }), value);
}

const name = (op: Operation, slot?: Slot): string => `${op.method.toUpperCase()} ${op.path}${slot ? ` ${slot.where} ${slot.field}` : ''}`;

interface FieldError {
  field: string;
  message: string;
}

/** The error that names `field` (or the array it is an item of, as `each` rules do). */
function errorFor(res: Response, field: string): FieldError | undefined {
  const errors = (res.body as { errors?: FieldError[] }).errors ?? [];
  return errors.find((e) => e.field === field) ?? errors.find((e) => field.startsWith(`${e.field}[`));
}

describe('input classes that PostgreSQL, the parser or a Date cannot take are refused on every route, naming the field', () => {
  let s: Suite;
  let ops: Operation[];
  /** The callers to try, in order, until the route lets one in (its guards run before validation). */
  let callers: (Tokens | undefined)[];
  const callerOf = new Map<string, number>();
  let before: Record<string, string>;
  let r: RegionFixture;
  let vacancy: { id: string; version: number };

  /** A digest of every table, to show that no refused request wrote anything. */
  async function fingerprint(): Promise<Record<string, string>> {
    const client = new pg.Client({ connectionString: s.db.url });
    await client.connect();
    try {
      const { rows: tables } = await client.query<{ t: string }>(`SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
      const out: Record<string, string> = {};
      for (const { t } of tables) {
        const { rows } = await client.query<{ n: number; h: string }>(`SELECT count(*)::int AS n, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM "${t}" x`);
        out[t] = `${rows[0]!.n} ${rows[0]!.h}`;
      }
      return out;
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    // Hundreds of refused sign-ins and sign-ups from one address are the point here, not an attack.
    s = await startSuite({ LOGIN_RATE_LIMIT_PER_IP: '10000', LOGIN_RATE_LIMIT_PER_ACCOUNT: '10000', INTAKE_RATE_LIMIT_PER_IP: '10000', INTAKE_RATE_LIMIT_PER_CONTACT: '1000' });
    r = await seedRegion(s.db.url);
    const [admin, wsp, coach, employer] = await loginAll(s.http, [r.admin.email, r.wsp.email, r.coach.email, r.employer.email]);
    callers = [admin, wsp, coach, employer, undefined];
    await acceptPledge(s.http, employer!, r.employerOrgId);
    const posted = await s.http().post('/vacancies').set(...bearer(employer!)).send(vacancyBody()).expect(201);
    vacancy = { id: posted.body.id, version: posted.body.version };
    ops = operations((await s.http().get('/docs-json').expect(200)).body as OpenApi);
    before = await fingerprint();
  });
  afterAll(() => s?.close());

  function request(op: Operation, caller: Tokens | undefined, slot: Slot, value: unknown) {
    const path = op.path.replace(/\{(\w+)\}/g, (_m, p: string) => (slot.where === 'path' && slot.field === p ? encodeURIComponent(String(value)) : randomUUID()));
    let req = s.http()[op.method](path);
    if (caller) req = req.set(...bearer(caller));
    // The portal's session routes let in only the portal itself: its header and its own origin.
    if (op.path.startsWith('/auth/session')) req = req.set('X-Startbaan-Client', 'portal').set('Origin', 'http://startbaan.test');
    if (slot.where === 'query') req = req.query({ [slot.field]: String(value) });
    if (slot.where === 'body') return req.send(bodyWith(slot.field, value) as object);
    return op.hasBody ? req.send({}) : req;
  }

  /** Sends `value` in `slot` as the first caller the route lets in. */
  async function send(op: Operation, slot: Slot, value: unknown): Promise<Response> {
    const key = name(op);
    const known = callerOf.get(key);
    if (known !== undefined) return request(op, callers[known], slot, value);
    for (let i = 0; i < callers.length; i++) {
      const res = await request(op, callers[i], slot, value);
      if (res.status !== 401 && res.status !== 403) {
        callerOf.set(key, i);
        return res;
      }
    }
    throw new Error(`${key} lets no caller in`);
  }

  /** Every slot of `kind` on every route, with the failures of `check` listed together. */
  async function sweep(select: (slot: Slot) => boolean, values: unknown[], check: (res: Response, slot: Slot, value: unknown) => string | undefined): Promise<{ swept: number; failures: string[] }> {
    const failures: string[] = [];
    let swept = 0;
    for (const op of ops) {
      for (const slot of op.slots.filter(select)) {
        swept++;
        for (const value of values) {
          const res = await send(op, slot, value);
          const failure = res.status >= 500 ? 'a server error' : res.status >= 400 && !(res.headers['content-type'] ?? '').startsWith('application/problem+json') ? 'not problem+json' : check(res, slot, value);
          if (failure) failures.push(`${name(op, slot)} = ${JSON.stringify(value)}: ${failure} (${res.status} ${res.text.slice(0, 300)})`);
        }
      }
    }
    return { swept, failures };
  }

  const refusedNaming = (res: Response, slot: Slot, message: RegExp): string | undefined => {
    if (res.status !== 400) return 'not refused with 400';
    const e = errorFor(res, slot.field);
    if (!e) return 'the field is not named';
    return message.test(e.message) ? undefined : `the message does not say what is allowed: ${e.message}`;
  };

  const isNumber = (slot: Slot) => slot.schema.type === 'number' || slot.schema.type === 'integer';
  const isText = (slot: Slot) => slot.where !== 'body' || slot.schema.type === 'string';

  it('null where the document does not allow it, in any field of a body (left out is another matter), is a 400 naming the field', async () => {
    const failures: string[] = [];
    let swept = 0;
    for (const op of ops) {
      for (const slot of op.nullSlots) {
        swept++;
        const res = await send(op, slot, null);
        const failure = res.status >= 500 ? 'a server error' : refusedNaming(res, slot, /\S/);
        if (failure) failures.push(`${name(op, slot)} = null: ${failure} (${res.status} ${res.text.slice(0, 300)})`);
      }
    }
    expect(failures).toEqual([]);
    expect(swept).toBeGreaterThan(300);
  });

  it('a NUL character in any text, in a body, a query or a path, is a 400 naming the field', async () => {
    const { swept, failures } = await sweep(isText, ['A\u0000B', '\u0000'], (res, slot) => refusedNaming(res, slot, new RegExp(NUL_MESSAGE.replace(/[()+]/g, '\\$&'))));
    expect(failures).toEqual([]);
    expect(swept).toBeGreaterThan(200);
  });

  it('the cases that answered 500 or an unnamed problem, in otherwise valid requests, are 400s naming the field', async () => {
    const [admin, wsp, , employer] = callers;
    const wage = await s.http().patch(`/vacancies/${vacancy.id}`).set(...bearer(employer!)).send({ version: vacancy.version, hourlyWage: 1e-7 }).expect(400);
    expect(wage.body.errors).toMatchObject([{ field: 'hourlyWage', message: 'hourlyWage must be an amount in euros with at most 2 decimals (whole cents), such as 12.5 or 12.55' }]);
    const cents = await s.http().patch(`/vacancies/${vacancy.id}`).set(...bearer(employer!)).send({ version: vacancy.version, hourlyWage: 14.065 }).expect(400);
    expect(cents.body.errors).toMatchObject([expect.objectContaining({ field: 'hourlyWage' })]);
    const [row] = await query<{ hourly_wage: string; version: number }>(s.db.url, 'SELECT hourly_wage, version FROM vacancy WHERE id = $1', [vacancy.id]);
    expect(row).toEqual({ hourly_wage: '8.50', version: vacancy.version });

    const nul = await s.http().post('/organisations').set(...bearer(admin!)).send({ name: 'A\u0000B', kind: 'coaching' }).expect(400);
    expect(nul.body).toMatchObject({ type: '/problems/validation', errors: [{ field: 'name', message: NUL_MESSAGE }] });
    expect(await query(s.db.url, `SELECT 1 FROM organisation WHERE name LIKE 'A%B'`)).toEqual([]);

    const from = await s.http().get('/vacancies').query({ from: '2027-02-30' }).set(...bearer(wsp!)).expect(400);
    expect(from.body.errors).toMatchObject([{ field: 'from', message: 'from must be a calendar date as YYYY-MM-DD, such as 2027-07-05' }]);
    const programme = { name: 'Zomerbanen 2027', applyFrom: '2027-02-30', applyTo: '2027-05-15', workFrom: '2027-07-05', workTo: '2027-08-27' };
    const apply = await s.http().post('/programmes').set(...bearer(wsp!)).send(programme).expect(400);
    expect(apply.body.errors).toMatchObject([{ field: 'applyFrom', message: 'applyFrom must be a calendar date as YYYY-MM-DD, such as 2027-07-05' }]);
    expect(await query(s.db.url, 'SELECT 1 FROM programme WHERE region_id = $1', [r.regionId])).toEqual([]);

    // A valid amount in exponent notation is taken as the number it is: the one write of this file, so the digest starts again after it.
    const exp = await s.http().patch(`/vacancies/${vacancy.id}`).set(...bearer(employer!)).send({ version: vacancy.version, hourlyWage: 1.25e1 }).expect(200);
    expect(exp.body.hourlyWage).toBe(12.5);
    before = await fingerprint();
  });

  it('the NUL check names body, query and path fields as such, and lists the other problems too', async () => {
    const org = await s.http().post('/organisations').set(...bearer(callers[0]!)).send({ name: 'A\u0000B', kind: 'coaching' }).expect(400);
    expect(org.body).toMatchObject({ type: '/problems/validation', errors: [{ field: 'name', message: NUL_MESSAGE }] });
    const nested = await s.http().post('/vacancies').set(...bearer(callers[3]!)).send({ vog: { basis: 'not_asked\u0000' }, title: 'x' }).expect(400);
    expect(nested.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'vog.basis', message: NUL_MESSAGE }), expect.objectContaining({ field: 'title' }), expect.objectContaining({ field: 'description' })]));
    const key = await s.http().post('/organisations').set(...bearer(callers[0]!)).send({ name: 'Buurtwerk', kind: 'coaching', 'x\u0000': 1 }).expect(400);
    expect(key.body.errors).toMatchObject([{ field: 'x\u0000', message: NUL_MESSAGE }]);
    const q = await s.http().get('/vacancies').query({ sector: 'I\u0000' }).set(...bearer(callers[1]!)).expect(400);
    expect(q.body.errors).toMatchObject([{ field: 'sector', message: NUL_MESSAGE }]);
    const p = await s.http().get(`/organisations/${encodeURIComponent('\u0000')}`).set(...bearer(callers[0]!)).expect(400);
    expect(p.body.errors).toMatchObject([{ field: 'id', message: NUL_MESSAGE }]);
  });

  it('every number documents its bounds, and one in exponent notation is never a 5xx: out of bounds or too precise it is a 400 naming the field', async () => {
    const values = [1e-7, -1e-7, 1.5e-7, 5e-324, 1e21, -1e21, 1.5e300, 1e2];
    const { swept, failures } = await sweep(isNumber, values, (res, slot, value) => {
      const { minimum, maximum, multipleOf } = slot.schema;
      if (minimum === undefined || maximum === undefined) return 'the field documents no minimum or maximum';
      const v = value as number;
      const outside = v < minimum || v > maximum || (multipleOf !== undefined && decimalPlaces(v) > decimalPlaces(multipleOf));
      return outside ? refusedNaming(res, slot, /./) : undefined;
    });
    expect(failures).toEqual([]);
    expect(swept).toBeGreaterThan(40);
  });

  it('a number in a query left empty, blank or written other than in digits is a 400 naming the parameter, never read as 0', async () => {
    const inQuery = (slot: Slot) => slot.where === 'query' && isNumber(slot);
    const { swept, failures } = await sweep(inQuery, ['', ' ', '0x10', 'Infinity', '1,5'], (res, slot) =>
      res.status !== 400 ? 'not refused with 400' : (res.body.errors as { field: string; message: string }[]).some((e) => e.field === slot.field && /number/.test(e.message)) ? undefined : 'no error names the field and asks for a number',
    );
    expect(failures).toEqual([]);
    // limit on every list, k, maxKm, minHours, maxHours, legalAgeAtMost, minAge, maxAge.
    expect(swept).toBeGreaterThanOrEqual(15);
    // The search a form sends with its hours left empty finds nothing by a minimum of 0 hours.
    const empty = await s.http().get('/vacancies').query({ minHours: '' }).set(...bearer(callers[1]!)).expect(400);
    expect(empty.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'minHours', message: expect.stringMatching(/number/) })]));
    expect(new Set(empty.body.errors.map((e: { field: string }) => e.field))).toEqual(new Set(['minHours']));
  });

  it('money with less than a cent is a 400 naming the field and saying whole cents, wherever money is taken', async () => {
    const isMoney = (slot: Slot) => isNumber(slot) && slot.schema.multipleOf === 0.01;
    const { swept, failures } = await sweep(isMoney, [8.005, 1e-7, 12.001, 0.125], (res, slot) => refusedNaming(res, slot, /at most 2 decimals \(whole cents\)/));
    expect(failures).toEqual([]);
    // A new vacancy, a change to one, and an offer.
    expect(swept).toBeGreaterThanOrEqual(3);
  });

  it('a day that is not in the calendar, or a moment that is not a real one, is a 400 naming the field, for every date in a body or query', async () => {
    const days = await sweep((slot) => slot.schema.format === 'date', ['2027-02-30', '2027-02-29', '2027-04-31', '2027-13-01', '0000-01-01', '2027-7-5'], (res, slot) =>
      refusedNaming(res, slot, /must be a calendar date as YYYY-MM-DD/),
    );
    const moments = await sweep(
      (slot) => slot.schema.format === 'date-time',
      ['2027-02-30T10:00:00Z', '2027-W01-1', '2027-001', '2027-07-05T24:00:00Z', '2027-07-05T10:00:00', '2027-07-05T10:00:00+23:59', '0000-01-01T00:00:00Z'],
      (res, slot) => refusedNaming(res, slot, /must be a date and time with its offset/),
    );
    expect([...days.failures, ...moments.failures]).toEqual([]);
    expect(days.swept).toBeGreaterThan(15);
    expect(moments.swept).toBeGreaterThanOrEqual(2);
  });

  it('every field that takes a day or a moment says so in OpenAPI (format date or date-time), so the sweep above reaches it', () => {
    const looksLikeDate = (slot: Slot) => typeof slot.schema.example === 'string' && /^\d{4}-\d{2}-\d{2}/.test(slot.schema.example);
    const undeclared = ops.flatMap((op) => op.slots.filter((slot) => looksLikeDate(slot) && !['date', 'date-time'].includes(slot.schema.format ?? '')).map((slot) => name(op, slot)));
    expect(undeclared).toEqual([]);
  });

  it('a made-up cursor (an impossible moment, an id that is no UUID) is a 400 naming cursor on every list, for every caller', async () => {
    const forged = [
      { at: '2027-02-30 10:00:00+00', id: randomUUID() },
      { at: '2027-07-05 24:00:00+00', id: randomUUID() },
      { at: '2027-07-05 10:00:00+00', id: 'x' },
    ].map((v) => Buffer.from(JSON.stringify(v)).toString('base64url'));
    forged.push(Buffer.from('-'.repeat(36)).toString('base64url'));
    const failures: string[] = [];
    let lists = 0;
    for (const op of ops) {
      const slot = op.slots.find((sl) => sl.where === 'query' && sl.field === 'cursor');
      if (!slot) continue;
      lists++;
      for (const caller of callers.slice(0, 4)) {
        for (const cursor of forged) {
          const res = await request(op, caller, slot, cursor);
          // Behind a path id the lookup answers first (here 404: the ids are made up); otherwise the cursor is read.
          const ok = res.status === 401 || res.status === 403 || (res.status === 404 && op.path.includes('{')) || (res.status === 400 && errorFor(res, 'cursor'));
          if (!ok) failures.push(`${name(op)} cursor ${Buffer.from(cursor, 'base64url').toString()}: ${res.status} ${res.text.slice(0, 200)}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(lists).toBeGreaterThanOrEqual(6);
  });

  it(`JSON nested deeper than ${MAX_JSON_DEPTH} levels is a 400 on every route, before signing in is checked`, async () => {
    const deepArray = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const login = await s.http().post('/auth/login').set('Content-Type', 'application/json').send(deepArray).expect(400);
    expect(login.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(login.body).toMatchObject({ type: '/problems/too-deep', status: 400, maxDepth: MAX_JSON_DEPTH });
    expect(login.body.detail).toMatch(/at most 32 levels/);

    const deepField = `{"email":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)},"password":"x"}`;
    const named = await s.http().post('/auth/login').set('Content-Type', 'application/json').send(deepField).expect(400);
    expect(named.body.errors).toMatchObject([{ field: 'email', message: expect.stringMatching(/at most 32 levels/) }]);

    // Every route that takes a body, without a token: the depth is checked before anything else.
    const failures: string[] = [];
    for (const op of ops.filter((o) => o.hasBody)) {
      const path = op.path.replace(/\{\w+\}/g, () => randomUUID());
      const res = await s.http()[op.method](path).set('Content-Type', 'application/json').send(deepArray);
      if (res.status !== 400 || res.body.type !== '/problems/too-deep') failures.push(`${name(op)}: ${res.status} ${res.text.slice(0, 200)}`);
    }
    expect(failures).toEqual([]);

    // As deep as allowed is read as usual (here: a body of the wrong shape).
    const atLimit = `${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}`;
    const ok = await s.http().post('/auth/login').set('Content-Type', 'application/json').send(atLimit);
    expect(ok.body.type).not.toBe('/problems/too-deep');
    expect(ok.status).toBeLessThan(500);
  });

  it('a form body nested too deep is a 400 problem too', async () => {
    const res = await s.http().post('/auth/login').type('form').send(`${'a'}${'[b]'.repeat(40)}=1`);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('none of the refused requests wrote anything', async () => {
    expect(await fingerprint()).toEqual(before);
  });
});
