import fc from 'fast-check';
import type { OasDocument, OasSchema } from './openapi.js';

/**
 * fast-check arbitraries from the OpenAPI document's own schemas: values a schema accepts, and
 * values it refuses for one named reason (a wrong type, a missing required property, a number
 * or length out of range, an unknown property, a malformed format, a value outside the enum).
 * The inputs stay within what a client can send as JSON in UTF-8 text: printable characters,
 * finite numbers written without an exponent, real calendar dates.
 */
export interface GenContext {
  doc: OasDocument;
  /** Real ids for a property or parameter of this name (`youthId`, `choices`), when there are any. */
  idsFor?: (name: string) => fc.Arbitrary<string> | undefined;
  /** Visible ASCII only, as in an HTTP header's value. */
  asciiOnly?: boolean;
}

const REF = '#/components/schemas/';
const MAX_DEPTH = 8;

export function resolve(schema: OasSchema, doc: OasDocument, seen = 0): OasSchema {
  if (typeof schema.$ref !== 'string') return schema;
  if (seen > 20) throw new Error(`$ref cycle at ${schema.$ref}`);
  const name = schema.$ref.slice(REF.length);
  const target = doc.components?.schemas?.[name];
  if (!schema.$ref.startsWith(REF) || !target) throw new Error(`cannot resolve ${schema.$ref}`);
  return resolve(target, doc, seen + 1);
}

/**
 * One schema from a schema and its `allOf` (resolved): properties and required lists joined,
 * other keywords of the outer schema winning. @nestjs/swagger writes a described or nullable
 * reference as `{ allOf: [{ $ref }], description, nullable }`.
 */
export function flatten(schema: OasSchema, doc: OasDocument): OasSchema {
  const s = resolve(schema, doc);
  if (!Array.isArray(s.allOf)) return s;
  const parts = (s.allOf as OasSchema[]).map((p) => flatten(p, doc));
  const { allOf: _allOf, ...own } = s;
  const merged: OasSchema = {};
  const properties: Record<string, OasSchema> = {};
  const required = new Set<string>();
  for (const p of [...parts, own]) {
    for (const [k, v] of Object.entries(p)) {
      if (k === 'properties') Object.assign(properties, v);
      else if (k === 'required') (v as string[]).forEach((r) => required.add(r));
      else if (v !== undefined) merged[k] = v;
    }
  }
  if (Object.keys(properties).length) merged.properties = properties;
  if (required.size) merged.required = [...required];
  if (!merged.type && merged.properties) merged.type = 'object';
  return merged;
}

type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

/** The JSON types a (flattened) schema admits; empty for "anything". */
export function typesOf(schema: OasSchema, doc: OasDocument): Set<JsonType> {
  const s = flatten(schema, doc);
  const out = new Set<JsonType>();
  const branches = (s.anyOf ?? s.oneOf) as OasSchema[] | undefined;
  if (branches) {
    for (const b of branches) {
      const t = typesOf(b, doc);
      if (t.size === 0) return new Set();
      t.forEach((x) => out.add(x));
    }
  } else if (Array.isArray(s.type)) (s.type as JsonType[]).forEach((t) => out.add(t));
  else if (typeof s.type === 'string') out.add(s.type as JsonType);
  else if (s.properties) out.add('object');
  else if (s.items) out.add('array');
  else if (Array.isArray(s.enum)) (s.enum as unknown[]).forEach((v) => out.add(jsonType(v)));
  if (out.has('integer')) out.add('number');
  if (s.nullable === true && out.size) out.add('null');
  return out;
}

export function jsonType(v: unknown): JsonType {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v as JsonType;
}

/** Printable text: ASCII most of the time, with the accented letters and signs Dutch text has. */
const textChar = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.constantFrom('é', 'ë', 'ï', 'ö', 'ü', 'ç', 'ñ', 'ø', 'ß', '€', '—', '’', 'ĳ', '中', '😀') },
);

const text = (minLength: number, maxLength: number, asciiOnly = false): fc.Arbitrary<string> =>
  asciiOnly ? fc.string({ unit: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)), minLength, maxLength }) : fc.string({ unit: textChar, minLength, maxLength });

const DAY = 86_400_000;
const isoDate = (d: Date): string => d.toISOString().slice(0, 10);
/** Real calendar dates, within `years` of `around`. */
const dateNear = (around: number, years: number): fc.Arbitrary<string> =>
  fc.integer({ min: -years * 365, max: years * 365 }).map((days) => isoDate(new Date(around + days * DAY)));
const dateTime = fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2035, 0, 1) }).map((ms) => new Date(ms).toISOString());

/** A number without an exponent in its JSON: an integer, or one with at most two decimals. */
function numberArb(s: OasSchema, integer: boolean): fc.Arbitrary<number> {
  const exMin = typeof s.exclusiveMinimum === 'number' ? s.exclusiveMinimum : s.exclusiveMinimum === true ? s.minimum : undefined;
  const exMax = typeof s.exclusiveMaximum === 'number' ? s.exclusiveMaximum : s.exclusiveMaximum === true ? s.maximum : undefined;
  const lo = typeof exMin === 'number' ? exMin : typeof s.minimum === 'number' ? s.minimum : undefined;
  const hi = typeof exMax === 'number' ? exMax : typeof s.maximum === 'number' ? s.maximum : undefined;
  const step = integer ? 1 : 0.01;
  const min = lo === undefined ? undefined : exMin !== undefined ? lo + step : lo;
  const max = hi === undefined ? undefined : exMax !== undefined ? hi - step : hi;
  const ints = (a: number, b: number) => fc.integer({ min: Math.ceil(a), max: Math.floor(b) });
  let whole: fc.Arbitrary<number>;
  if (min !== undefined && max !== undefined) whole = ints(min, max);
  else if (min !== undefined) whole = fc.oneof(ints(min, min + 100), ints(min, min + 1_000_000));
  else if (max !== undefined) whole = fc.oneof(ints(max - 100, max), ints(max - 1_000_000, max));
  else whole = fc.oneof({ weight: 3, arbitrary: ints(0, 100) }, { weight: 1, arbitrary: ints(-1_000_000, 1_000_000) });
  let arb = whole;
  if (!integer) {
    const lower = min ?? -Infinity;
    const upper = max ?? Infinity;
    const fractional = fc.tuple(whole, fc.integer({ min: 1, max: 99 })).map(([n, c]) => Math.round((n + c / 100) * 100) / 100).filter((n) => n >= lower && n <= upper);
    arb = fc.oneof({ weight: 3, arbitrary: whole }, { weight: 1, arbitrary: fractional });
  }
  const multipleOf = typeof s.multipleOf === 'number' ? s.multipleOf : undefined;
  return multipleOf ? arb.map((n) => Math.round(n / multipleOf) * multipleOf) : arb;
}

function stringArb(s: OasSchema, name: string | undefined, ctx: GenContext): fc.Arbitrary<string> {
  if (Array.isArray(s.enum)) return fc.constantFrom(...(s.enum as string[]).filter((v) => typeof v === 'string'));
  const minLength = typeof s.minLength === 'number' ? s.minLength : 0;
  const maxLength = typeof s.maxLength === 'number' ? s.maxLength : minLength + 40;
  const fits = (v: string) => v.length >= minLength && v.length <= maxLength;
  const real = name ? ctx.idsFor?.(name) : undefined;
  let base: fc.Arbitrary<string>;
  switch (s.format) {
    case 'uuid':
      base = fc.uuid({ version: 4 });
      break;
    case 'date-time':
      base = dateTime;
      break;
    case 'date':
      base = dateNear(Date.UTC(2027, 0, 1), 15);
      break;
    case 'email':
      base = fc.emailAddress().filter((e) => e.length <= Math.min(maxLength, 254));
      break;
    case 'uri':
    case 'url':
      base = fc.webUrl().filter(fits);
      break;
    default:
      base = typeof s.pattern === 'string' ? fc.stringMatching(new RegExp(s.pattern)).filter(fits) : text(minLength, Math.min(maxLength, minLength + 40), ctx.asciiOnly);
  }
  const like = typeof s.example === 'string' && fits(s.example) ? likeExample(s.example, fits) : undefined;
  const arbs: fc.WeightedArbitrary<string>[] = [{ weight: 1, arbitrary: base }];
  if (like) arbs.push({ weight: 5, arbitrary: like });
  if (real) arbs.push({ weight: 8, arbitrary: real });
  return arbs.length === 1 ? base : fc.oneof(...arbs);
}

/**
 * Strings shaped like the schema's example, since the document states formats such as dates,
 * times and postcodes as examples: the example itself, or one of its kind.
 */
function likeExample(example: string, fits: (v: string) => boolean): fc.Arbitrary<string> {
  const same = fc.constant(example);
  if (/^\d{4}-\d{2}-\d{2}$/.test(example)) return fc.oneof(same, dateNear(Date.parse(`${example}T00:00:00Z`), 2));
  if (/^\d{2}:\d{2}$/.test(example)) return fc.oneof(same, fc.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45)).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`));
  if (/^\d+$/.test(example)) return fc.oneof(same, fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: example.length, maxLength: example.length }));
  return fc.oneof(same, fc.constant(example.toLowerCase()).filter(fits));
}

/** Values the schema accepts. `name` is the property or parameter the value is for. */
export function validValue(schema: OasSchema, ctx: GenContext, name?: string, depth = 0): fc.Arbitrary<unknown> {
  const s = flatten(schema, ctx.doc);
  let arb = validNonNull(s, ctx, name, depth);
  if (s.nullable === true) arb = fc.oneof({ weight: 4, arbitrary: arb }, { weight: 1, arbitrary: fc.constant(null) });
  return arb;
}

function validNonNull(s: OasSchema, ctx: GenContext, name: string | undefined, depth: number): fc.Arbitrary<unknown> {
  if ('const' in s) return fc.constant(s.const);
  const branches = (s.anyOf ?? s.oneOf) as OasSchema[] | undefined;
  if (branches) return fc.oneof(...branches.map((b) => validValue(b, ctx, name, depth + 1)));
  if (Array.isArray(s.enum) && s.type !== 'string') return fc.constantFrom(...(s.enum as unknown[]));
  const type = Array.isArray(s.type) ? (s.type as string[]).filter((t) => t !== 'null') : s.type;
  if (Array.isArray(type)) return fc.oneof(...type.map((t) => validNonNull({ ...s, type: t }, ctx, name, depth)));
  switch (type ?? (s.properties ? 'object' : s.items ? 'array' : undefined)) {
    case 'string':
      return stringArb(s, name, ctx);
    case 'integer':
      return numberArb(s, true);
    case 'number':
      return numberArb(s, false);
    case 'boolean':
      return fc.boolean();
    case 'array': {
      const minLength = typeof s.minItems === 'number' ? s.minItems : 0;
      const maxLength = Math.min(typeof s.maxItems === 'number' ? s.maxItems : minLength + 3, minLength + 3);
      const items = s.items ? validValue(s.items as OasSchema, ctx, name, depth + 1) : scalar;
      const arb = s.uniqueItems ? fc.uniqueArray(items, { minLength, maxLength, selector: (v) => JSON.stringify(v) }) : fc.array(items, { minLength, maxLength });
      const example = Array.isArray(s.example) ? (s.example as unknown[]) : undefined;
      if (!example || example.length < minLength || example.length > (typeof s.maxItems === 'number' ? s.maxItems : Infinity)) return arb;
      return fc.oneof({ weight: 1, arbitrary: arb }, { weight: 2, arbitrary: fc.subarray(example, { minLength }) });
    }
    case 'object':
      return objectArb(s, ctx, depth);
    default:
      return scalar;
  }
}

const scalar: fc.Arbitrary<unknown> = fc.oneof(text(0, 12), fc.integer({ min: -1000, max: 1000 }), fc.boolean());

function objectArb(s: OasSchema, ctx: GenContext, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const properties = (s.properties ?? {}) as Record<string, OasSchema>;
  const required = new Set((s.required ?? []) as string[]);
  const keys = Object.keys(properties).filter((k) => required.has(k) || depth < MAX_DEPTH);
  if (keys.length === 0) {
    const extra = s.additionalProperties;
    if (extra && typeof extra === 'object') return fc.dictionary(text(1, 10), validValue(extra as OasSchema, ctx, undefined, depth + 1), { maxKeys: 3 });
    return fc.constant({});
  }
  const model = Object.fromEntries(keys.map((k) => [k, validValue(properties[k]!, ctx, k, depth + 1)]));
  return fc.record(model, { requiredKeys: keys.filter((k) => required.has(k)) }) as fc.Arbitrary<Record<string, unknown>>;
}

/** One way to make a valid value invalid, and the value it makes. */
export interface Mutation {
  /** `body.availability[0].from`, `query.limit` */
  where: string;
  /** `wrong type (string)`, `missing required`, `above maximum 100` */
  what: string;
  value: unknown;
}

/** A value of a JSON type the schema does not admit. */
function wrongTypeValues(allowed: Set<JsonType>): { type: JsonType; value: unknown }[] {
  const candidates: { type: JsonType; value: unknown }[] = [
    { type: 'string', value: 'not the right type' },
    { type: 'number', value: 12345 },
    { type: 'boolean', value: true },
    { type: 'object', value: { unexpected: 'object' } },
    { type: 'array', value: ['unexpected', 'array'] },
    // Null is refused where the document does not allow it, an optional property as much as a
    // required one: left out and null are not the same (Omittable).
    { type: 'null', value: null },
  ];
  return candidates.filter((c) => !allowed.has(c.type) && !(c.type === 'number' && allowed.has('integer')));
}

const setAt = (root: unknown, path: (string | number)[], value: unknown, remove = false): unknown => {
  if (path.length === 0) return value;
  const copy: unknown = Array.isArray(root) ? [...root] : { ...(root as Record<string, unknown>) };
  const [head, ...rest] = path;
  const container = copy as Record<string | number, unknown>;
  if (rest.length === 0 && remove) delete container[head!];
  else container[head!] = setAt(container[head!], rest, value, remove);
  return copy;
};

const pathText = (prefix: string, path: (string | number)[]): string =>
  path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : `${acc}.${p}`), prefix);

/**
 * Every single-point mutation of `value` (valid for `schema`) that the schema refuses, walking
 * into objects and arrays. Unknown properties count as refused: the API's validation pipe
 * refuses fields it does not know, and `closed` says the schema is read that way.
 */
export function mutations(schema: OasSchema, value: unknown, doc: OasDocument, prefix = 'body'): Mutation[] {
  const out: Mutation[] = [];
  const walk = (sch: OasSchema, v: unknown, path: (string | number)[], required: boolean, depth: number) => {
    if (depth > MAX_DEPTH) return;
    const s = flatten(sch, doc);
    const allowed = typesOf(s, doc);
    const where = pathText(prefix, path);
    const put = (what: string, nv: unknown) => out.push({ where, what, value: setAt(value, path, nv) });
    if (allowed.size > 0) for (const w of wrongTypeValues(allowed)) put(`wrong type (${w.type})`, w.value);
    // Inside a union only a wrong type is certain to be refused.
    if (s.anyOf || s.oneOf || v === null) return;
    if (Array.isArray(s.enum) && typeof v === 'string') put('not one of the enum', 'not_in_enum');
    if (typeof v === 'number') {
      if (typeof s.maximum === 'number') put(`above maximum ${s.maximum}`, s.maximum + 1);
      if (typeof s.minimum === 'number') put(`below minimum ${s.minimum}`, s.minimum - 1);
      if (s.type === 'integer') put('not an integer', Math.trunc(v) + 0.5);
    }
    if (typeof v === 'string' && !Array.isArray(s.enum)) {
      if (typeof s.maxLength === 'number') put(`longer than ${s.maxLength}`, 'x'.repeat(s.maxLength + 1));
      if (typeof s.minLength === 'number' && s.minLength > 0) put(`shorter than ${s.minLength}`, 'x'.repeat(s.minLength - 1));
      const malformed: Record<string, string> = { uuid: 'not-a-uuid', 'date-time': 'not a date-time', date: 'not a date', email: 'not an e-mail address', uri: 'not a uri' };
      if (typeof s.format === 'string' && malformed[s.format]) put(`not a ${s.format}`, malformed[s.format]);
    }
    if (Array.isArray(v)) {
      if (typeof s.maxItems === 'number' && v.length > 0) put(`more than ${s.maxItems} items`, Array.from({ length: s.maxItems + 1 }, (_, i) => v[i % v.length]));
      if (typeof s.minItems === 'number' && s.minItems > 0) put(`fewer than ${s.minItems} items`, v.slice(0, s.minItems - 1));
      if (s.items) v.forEach((item, i) => walk(s.items as OasSchema, item, [...path, i], true, depth + 1));
    }
    if (v && typeof v === 'object' && !Array.isArray(v) && (s.properties || s.type === 'object')) {
      const properties = (s.properties ?? {}) as Record<string, OasSchema>;
      const req = new Set((s.required ?? []) as string[]);
      for (const r of req) if (r in (v as object)) out.push({ where: pathText(prefix, [...path, r]), what: 'missing required', value: setAt(value, [...path, r], undefined, true) });
      if (s.properties && (s.additionalProperties === undefined || s.additionalProperties === false)) put('an unknown property', { ...(v as object), unexpectedProperty: 'x' });
      for (const [k, pv] of Object.entries(v as object)) if (properties[k]) walk(properties[k]!, pv, [...path, k], req.has(k), depth + 1);
    }
  };
  walk(schema, value, [], true, 0);
  return out;
}
