import fc from 'fast-check';
import { ajvFor, type OasDocument, type OasOperation, ResponseChecker, toJsonSchema } from '../support/openapi.js';
import { mutations, validValue } from '../support/schema-arbitrary.js';

/**
 * The fuzz suite's own parts, on a small document of their own: the checker must find what it is
 * there to find, and the generators must make what they say, or the fuzz suite passes by seeing
 * nothing. No app runs here.
 */
const doc: OasDocument = {
  openapi: '3.0.0',
  paths: {},
  components: {
    schemas: {
      Ref: { type: 'object', properties: { id: { type: 'string', format: 'uuid' } }, required: ['id'] },
      Thing: {
        type: 'object',
        properties: {
          name: { type: 'string', minLength: 2, maxLength: 8, example: 'Petra' },
          note: { type: 'string', nullable: true },
          kind: { type: 'string', enum: ['a', 'b'], nullable: true },
          ref: { nullable: true, allOf: [{ $ref: '#/components/schemas/Ref' }] },
          count: { type: 'integer', minimum: 0, exclusiveMaximum: true, maximum: 10 },
          share: { type: 'number', minimum: 0, maximum: 1 },
          at: { type: 'string', format: 'date-time' },
          day: { type: 'string', example: '2027-07-05' },
          tags: { type: 'array', items: { type: 'string', enum: ['x', 'y', 'z'] }, maxItems: 2, uniqueItems: true },
          flags: { type: 'object', additionalProperties: { type: 'boolean' } },
        },
        required: ['name', 'count', 'tags'],
      },
    },
  },
};

/** Numbers JSON would write with an exponent, and texts with control characters, anywhere in a value. */
function odd(v: unknown): unknown[] {
  if (typeof v === 'number') return /e/i.test(JSON.stringify(v)) ? [v] : [];
  if (typeof v === 'string') return [...v].some((c) => c.charCodeAt(0) < 0x20) ? [v] : [];
  if (Array.isArray(v)) return v.flatMap(odd);
  if (v && typeof v === 'object') return [...Object.keys(v), ...Object.values(v)].flatMap(odd);
  return [];
}

const problem = { type: 'object', properties: { status: { type: 'number' } }, required: ['status'] };
const op = (responses: OasOperation['responses']): OasOperation => ({ responses });
const json = (body: unknown) => ({ contentType: 'application/json; charset=utf-8', text: JSON.stringify(body) });

describe('the OpenAPI support of the fuzz suite', () => {
  const checker = new ResponseChecker(doc);
  const thing = { name: 'Petra', note: null, kind: null, ref: null, count: 3, tags: ['x'] };
  const ok = op({ '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } } });

  it('reads nullable (also around allOf and enum), references and exclusive bounds as OpenAPI 3.0 means them', () => {
    expect(checker.check(ok, { status: 200, ...json(thing) })).toEqual([]);
    expect(checker.check(ok, { status: 200, ...json({ ...thing, note: 'x', kind: 'a', ref: { id: '0b9a4a5e-5d3e-4f8a-9d0e-2b8f3c1e7a61' } }) })).toEqual([]);
    const kinds = (body: unknown) => checker.check(ok, { status: 200, ...json(body) }).map((v) => v.kind);
    const list = op({ '200': { content: { 'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/Thing' } } } } } });
    expect(checker.check(list, { status: 200, ...json([{ ...thing, note: 7 }, { ...thing, note: 8 }, { ...thing, name: 'x' }]) })).toEqual([
      { kind: 'schema', message: '200 application/json: /*/note is number, not string or null; /*/name must NOT have fewer than 2 characters' },
    ]);
    expect(kinds({ ...thing, kind: 'c' })).toEqual(['schema']);
    expect(kinds({ ...thing, ref: { id: 'not-a-uuid' } })).toEqual(['schema']);
    expect(kinds({ ...thing, count: 10 })).toEqual(['schema']);
    expect(kinds({ ...thing, name: undefined })).toEqual(['schema']);
    expect(kinds({ ...thing, at: 'yesterday' })).toEqual(['schema']);
    // A response may carry more than its schema names; a request may not (the validation pipe refuses unknown fields).
    expect(kinds({ ...thing, extra: 1 })).toEqual([]);
    const { ajv, requestRef } = ajvFor(doc);
    expect(ajv.validate(toJsonSchema({ $ref: '#/components/schemas/Thing' }, { closed: true, ref: requestRef }), { ...thing, extra: 1 })).toBe(false);
  });

  it('finds a status the operation does not declare, and takes a range and default for what they are', () => {
    const only200 = op({ '200': { content: { 'application/json': { schema: problem } } } });
    expect(checker.check(only200, { status: 404, ...json({ status: 404 }) })).toEqual([{ kind: 'undeclared', message: expect.stringContaining('status 404 is not declared') }]);
    const ranged = op({ '200': {}, '4XX': { content: { 'application/problem+json': { schema: problem } } } });
    expect(checker.check(ranged, { status: 409, contentType: 'application/problem+json', text: '{"status":409}' })).toEqual([]);
    const withDefault = op({ '200': {}, default: { content: { 'application/problem+json': { schema: problem } } } });
    expect(checker.check(withDefault, { status: 422, contentType: 'application/problem+json', text: '{"status":422}' })).toEqual([]);
    expect(checker.check(withDefault, { status: 422, contentType: 'application/problem+json', text: '{"title":"no status"}' }).map((v) => v.kind)).toEqual(['schema']);
  });

  it('finds a 5xx, a media type or body the status does not declare, an empty body where one is declared, and a body that is not JSON', () => {
    const declared = op({ '200': { content: { 'application/json': { schema: problem } } }, '204': {}, '500': { content: { 'application/json': { schema: problem } } } });
    expect(checker.check(declared, { status: 500, ...json({ status: 500 }) }).map((v) => v.kind)).toEqual(['server-error']);
    expect(checker.check(declared, { status: 503, ...json({ status: 503 }) }).map((v) => v.kind)).toEqual(['server-error', 'undeclared']);
    expect(checker.check(declared, { status: 200, contentType: 'application/problem+json', text: '{"status":200}' })).toEqual([
      { kind: 'undeclared', message: expect.stringContaining('media type application/problem+json is not declared for 200') },
    ]);
    expect(checker.check(declared, { status: 204, ...json({}) }).map((v) => v.kind)).toEqual(['undeclared']);
    expect(checker.check(declared, { status: 204, contentType: undefined, text: '' })).toEqual([]);
    expect(checker.check(declared, { status: 200, contentType: 'application/json', text: '' }).map((v) => v.kind)).toEqual(['schema']);
    expect(checker.check(declared, { status: 200, contentType: 'application/json', text: '{"status":' }).map((v) => v.kind)).toEqual(['schema']);
    const csv = op({ '200': { content: { 'text/csv': { schema: { type: 'string' } } } } });
    expect(checker.check(csv, { status: 200, contentType: 'text/csv; charset=utf-8', text: 'a,b\r\n1,2\r\n' })).toEqual([]);
  });

  it('generates values the schema accepts, and single mutations of them that it refuses', () => {
    const { ajv, requestRef } = ajvFor(doc);
    const validate = ajv.compile(toJsonSchema({ $ref: '#/components/schemas/Thing' }, { closed: true, ref: requestRef }));
    const schema = { $ref: '#/components/schemas/Thing' };
    fc.assert(
      fc.property(validValue(schema, { doc }), fc.nat(), (value, pick) => {
        expect(validate(value)).toBe(true);
        // No number written with an exponent, no NUL or other control character: other suites' inputs.
        expect(odd(value)).toEqual([]);
        const all = mutations(schema, value, doc);
        expect(all.length).toBeGreaterThan(0);
        const m = all[pick % all.length]!;
        expect(validate(m.value)).toBe(false);
      }),
      { numRuns: 300, seed: 42 },
    );
    const kinds = new Set(mutations(schema, { ...thing, kind: 'a', tags: ['x', 'y'] }, doc).map((m) => m.what.replace(/ \(.*$| -?[\d.]+.*$/, '')));
    expect([...kinds].sort()).toEqual(
      ['above maximum', 'an unknown property', 'below minimum', 'longer than', 'missing required', 'more than', 'not an integer', 'not one of the enum', 'shorter than', 'wrong type'].sort(),
    );
  });
});
