import fc from 'fast-check';
import type TestAgent from 'supertest/lib/agent.js';
import { type Operation, type OasDocument, type OasParameter, type OasSchema, type ResponseSeen } from './openapi.js';
import { flatten, type GenContext, type Mutation, mutations, typesOf, validValue } from './schema-arbitrary.js';

/** One request the fuzzer sends: its parts as generated, and what makes it invalid, if anything. */
export interface FuzzRequest {
  method: Operation['method'];
  path: Record<string, string>;
  query: [string, string][];
  headers: Record<string, string>;
  /** Absent: no body is sent. */
  body?: { value: unknown };
  /** Set on an invalid request: where and how it breaks the document's schemas. */
  mutation?: string;
}

/** Real rows for an operation's path parameters: each row fills all of them. */
export type PathRows = Record<string, string>[];

export interface RequestContext extends GenContext {
  /** Rows this caller can see (tried most), and all rows (others' and other organisations'). */
  pathRows: { visible: PathRows; all: PathRows };
  /**
   * Bodies the API accepts for this operation, where what the document states is too little to
   * write one (vocabulary codes, dates in order): the valid requests are mostly these with a
   * property or two regenerated from the schema.
   */
  examples?: unknown[];
}

const pathParams = (o: Operation): OasParameter[] => (o.op.parameters ?? []).filter((p) => p.in === 'path');
const paramsIn = (o: Operation, where: 'query' | 'header'): OasParameter[] => (o.op.parameters ?? []).filter((p) => p.in === where);
export const pathParamNames = (template: string): string[] => [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);

export function bodySchema(o: Operation): OasSchema | undefined {
  return o.op.requestBody?.content?.['application/json']?.schema;
}

/** A query parameter's value as text: numbers are written without an exponent by the generator. */
function asText(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'object' ? JSON.stringify(v) : String(v);
}

function queryPairs(name: string, v: unknown): [string, string][] {
  if (v === undefined) return [];
  return Array.isArray(v) ? v.map((x) => [name, asText(x)] as [string, string]) : [[name, asText(v)]];
}

/** Path values: real rows (visible ones first), a well-formed id of nothing, and now and then any value the schema allows. */
function pathArb(o: Operation, ctx: RequestContext): fc.Arbitrary<Record<string, string>> {
  const names = pathParamNames(o.path);
  if (names.length === 0) return fc.constant({});
  const random = fc.record(Object.fromEntries(names.map((n) => [n, fc.uuid({ version: 4 })]))) as fc.Arbitrary<Record<string, string>>;
  // A plain string may be anything that stays one path segment; a stated format or pattern is kept.
  const segment = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-_'), minLength: 1, maxLength: 40 });
  const anyAllowed = (p: OasParameter | undefined): fc.Arbitrary<string> => {
    const s = flatten(p?.schema ?? { type: 'string' }, ctx.doc);
    return s.format || s.pattern || s.enum ? validValue(s, { doc: ctx.doc }).map(String) : segment;
  };
  const loose = fc.record(Object.fromEntries(names.map((n) => [n, anyAllowed(pathParams(o).find((p) => p.name === n))]))) as fc.Arbitrary<Record<string, string>>;
  const arbs: fc.WeightedArbitrary<Record<string, string>>[] = [
    { weight: 1, arbitrary: random },
    { weight: 1, arbitrary: loose },
  ];
  if (ctx.pathRows.visible.length) arbs.push({ weight: 10, arbitrary: fc.constantFrom(...ctx.pathRows.visible) });
  if (ctx.pathRows.all.length) arbs.push({ weight: 4, arbitrary: fc.constantFrom(...ctx.pathRows.all) });
  return fc.oneof(...arbs);
}

/** Optional parameters come one time in three: most lists need no filter, and an opaque one such as `cursor` is only valid when left out. */
function paramsArb(params: OasParameter[], ctx: RequestContext, minimal: boolean): fc.Arbitrary<[string, unknown][]> {
  const used = params.filter((p) => p.required || !minimal);
  if (used.length === 0) return fc.constant([]);
  return fc.tuple(
    ...used.map((p) => {
      const v = validValue(p.schema ?? { type: 'string' }, ctx, p.name);
      return (p.required ? v : fc.oneof({ weight: 2, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: v })).map((x) => [p.name, x] as [string, unknown]);
    }),
  );
}

/** An example with up to two of its top-level properties regenerated from the schema (or left out, where optional). */
function nearExample(schema: OasSchema, examples: unknown[], ctx: RequestContext): fc.Arbitrary<unknown> {
  const s = flatten(schema, ctx.doc);
  const keys = Object.keys((s.properties ?? {}) as object);
  const required = new Set((s.required ?? []) as string[]);
  return fc.tuple(fc.constantFrom(...examples), validValue(schema, ctx), fc.subarray(keys, { maxLength: Math.min(2, keys.length) })).map(([example, generated, chosen]) => {
    if (!example || typeof example !== 'object' || !generated || typeof generated !== 'object') return example;
    const out: Record<string, unknown> = { ...(example as Record<string, unknown>) };
    const gen = generated as Record<string, unknown>;
    for (const k of chosen) {
      if (k in gen) out[k] = gen[k];
      else if (!required.has(k)) delete out[k];
    }
    return out;
  });
}

/**
 * Requests the document says are valid for the operation. `minimal`: only what is required, on
 * a row the caller can see, the request most likely to get past validation to the handler.
 */
export function validRequests(o: Operation, ctx: RequestContext, minimal = false): fc.Arbitrary<FuzzRequest> {
  const schema = bodySchema(o);
  const examples = ctx.examples?.length ? ctx.examples : undefined;
  let value: fc.Arbitrary<unknown> | undefined;
  if (schema && examples) value = minimal ? fc.constantFrom(...examples) : fc.oneof({ weight: 1, arbitrary: validValue(schema, ctx) }, { weight: 3, arbitrary: nearExample(schema, examples, ctx) });
  else if (schema) value = validValue(schema, ctx);
  const body: fc.Arbitrary<{ value: unknown } | undefined> = value
    ? o.op.requestBody?.required || minimal
      ? value.map((v) => ({ value: v }))
      : fc.option(value.map((v) => ({ value: v })), { nil: undefined })
    : fc.constant(undefined);
  return fc
    .record({
      path: minimal && ctx.pathRows.visible.length ? fc.constantFrom(...ctx.pathRows.visible) : pathArb(o, ctx),
      query: paramsArb(paramsIn(o, 'query'), ctx, minimal),
      headers: paramsArb(paramsIn(o, 'header'), { ...ctx, asciiOnly: true }, minimal),
      body,
    })
    .map(({ path, query, headers, body: b }) => ({
      method: o.method,
      path,
      query: query.flatMap(([n, v]) => queryPairs(n, v)),
      headers: Object.fromEntries(headers.filter(([, v]) => v !== undefined).map(([n, v]) => [n, asText(v)])),
      ...(b ? { body: b } : {}),
    }));
}

/** Values a parameter's schema refuses, as the text a URL or header carries. */
export function parameterMutations(p: OasParameter, doc: OasDocument): { what: string; value: string | undefined }[] {
  const s = flatten(p.schema ?? { type: 'string' }, doc);
  const types = typesOf(s, doc);
  const out: { what: string; value: string | undefined }[] = [];
  if (p.required) out.push({ what: 'missing required', value: undefined });
  if (types.has('number') || types.has('integer')) {
    out.push({ what: 'not a number', value: 'abc' });
    if (typeof s.maximum === 'number') out.push({ what: `above maximum ${s.maximum}`, value: String(s.maximum + 1) });
    if (typeof s.minimum === 'number') out.push({ what: `below minimum ${s.minimum}`, value: String(s.minimum - 1) });
    if (s.type === 'integer') out.push({ what: 'not an integer', value: '1.5' });
  }
  if (types.size === 1 && types.has('boolean')) out.push({ what: 'not a boolean', value: 'maybe' });
  if (Array.isArray(s.enum)) out.push({ what: 'not one of the enum', value: 'not_in_enum' });
  if (types.has('string') && !Array.isArray(s.enum)) {
    if (typeof s.maxLength === 'number') out.push({ what: `longer than ${s.maxLength}`, value: 'x'.repeat(s.maxLength + 1) });
    if (typeof s.minLength === 'number' && s.minLength > 0) out.push({ what: `shorter than ${s.minLength}`, value: 'x'.repeat(s.minLength - 1) });
    const malformed: Record<string, string> = { uuid: 'not-a-uuid', 'date-time': 'not-a-date-time', date: 'not-a-date', email: 'not-an-email' };
    if (typeof s.format === 'string' && malformed[s.format]) out.push({ what: `not a ${s.format}`, value: malformed[s.format] });
  }
  return out;
}

/** Every single-point mutation of a valid request: in its body, a query or header parameter, or a path parameter. */
export function requestMutations(o: Operation, req: FuzzRequest, doc: OasDocument): { mutation: string; request: FuzzRequest }[] {
  const out: { mutation: string; request: FuzzRequest }[] = [];
  const schema = bodySchema(o);
  // Without a body the validation pipe reads {}: certain to be refused only where {} is.
  if (schema && o.op.requestBody?.required && ((flatten(schema, doc).required ?? []) as string[]).length > 0) {
    out.push({ mutation: 'body: missing required body', request: { ...req, body: undefined } });
  }
  if (schema && req.body) {
    for (const m of mutations(schema, req.body.value, doc) as Mutation[]) out.push({ mutation: `${m.where}: ${m.what}`, request: { ...req, body: { value: m.value } } });
  }
  for (const p of paramsIn(o, 'query')) {
    for (const m of parameterMutations(p, doc)) {
      const rest = req.query.filter(([n]) => n !== p.name);
      out.push({ mutation: `query.${p.name}: ${m.what}`, request: { ...req, query: m.value === undefined ? rest : [...rest, [p.name, m.value]] } });
    }
  }
  for (const p of paramsIn(o, 'header')) {
    for (const m of parameterMutations(p, doc)) {
      const { [p.name]: _dropped, ...rest } = req.headers;
      out.push({ mutation: `header.${p.name}: ${m.what}`, request: { ...req, headers: m.value === undefined ? rest : { ...rest, [p.name]: m.value } } });
    }
  }
  for (const p of pathParams(o)) {
    for (const m of parameterMutations({ ...p, required: false }, doc)) {
      if (m.value !== undefined) out.push({ mutation: `path.${p.name}: ${m.what}`, request: { ...req, path: { ...req.path, [p.name]: m.value } } });
    }
  }
  return out;
}

/** Requests the document says are invalid, each broken in one place; none for an operation with nothing to break. */
export function invalidRequests(o: Operation, ctx: RequestContext): fc.Arbitrary<FuzzRequest | null> {
  return fc.tuple(validRequests(o, ctx), fc.nat()).map(([req, pick]) => {
    const all = requestMutations(o, req, ctx.doc);
    if (all.length === 0) return null;
    const chosen = all[pick % all.length]!;
    return { ...chosen.request, mutation: chosen.mutation };
  });
}

export function urlOf(o: Operation, req: FuzzRequest): string {
  const path = o.path.replace(/\{([^}]+)\}/g, (_m, name: string) => encodeURIComponent(req.path[name] ?? ''));
  const qs = new URLSearchParams(req.query).toString();
  return qs ? `${path}?${qs}` : path;
}

/** The request as a line to paste into a bug report. */
export function describeRequest(o: Operation, req: FuzzRequest): string {
  const body = req.body ? ` ${truncate(JSON.stringify(req.body.value) ?? 'undefined', 400)}` : '';
  const headers = Object.entries(req.headers).map(([k, v]) => ` -H '${k}: ${v}'`).join('');
  return `${o.method.toUpperCase()} ${urlOf(o, req)}${headers}${body}${req.mutation ? `  [invalid: ${req.mutation}]` : ''}`;
}

const truncate = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n)}…` : s);

/** Sends a request as the holder of `token` (none: signed out) and keeps the body as text, whatever its type. */
export async function send(http: () => TestAgent, o: Operation, req: FuzzRequest, token: string | undefined): Promise<ResponseSeen> {
  let r = http()[o.method](urlOf(o, req)).timeout(15_000);
  if (token) r = r.set('Authorization', `Bearer ${token}`);
  for (const [k, v] of Object.entries(req.headers)) r = r.set(k, v);
  if (req.body) r = r.set('Content-Type', 'application/json').send(JSON.stringify(req.body.value) ?? '');
  const res = await r.buffer(true).parse((stream, done) => {
    let data = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => (data += chunk));
    stream.on('end', () => done(null, data));
  });
  return { status: res.status, contentType: res.headers['content-type'] as string | undefined, text: typeof res.body === 'string' ? res.body : '' };
}

/** A stable number from text, to give every operation and role a seed of its own under the run's seed. */
export function seedFor(seed: number, ...parts: string[]): number {
  let h = seed >>> 0;
  for (const c of parts.join('\u0000')) h = (Math.imul(h ^ c.charCodeAt(0), 0x01000193) + 0x9e3779b9) >>> 0;
  return h | 0;
}
