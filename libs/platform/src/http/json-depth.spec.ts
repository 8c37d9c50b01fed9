import type { IncomingMessage, ServerResponse } from 'node:http';
import { Problem } from '../errors/problem.js';
import { limitJsonDepth, MAX_JSON_DEPTH } from './json-depth.js';

function run(body: unknown, max?: number): unknown {
  let passed: unknown = 'not called';
  limitJsonDepth(max)({ body } as IncomingMessage & { body?: unknown }, {} as ServerResponse, (err) => (passed = err));
  return passed;
}

describe('the JSON depth limit', () => {
  const nest = (levels: number): unknown => {
    let v: unknown = 1;
    for (let i = 0; i < levels; i++) v = [v];
    return v;
  };

  it('lets a body as deep as the limit through, and one with no body', () => {
    expect(run(nest(MAX_JSON_DEPTH))).toBeUndefined();
    expect(run(undefined)).toBeUndefined();
    expect(run({ email: 'a@b.nl' })).toBeUndefined();
  });

  it('refuses a deeper one with a 400 problem that says the limit, naming the field when there is one', () => {
    const bare = run(nest(10_000)) as Problem;
    expect(bare).toBeInstanceOf(Problem);
    expect(bare.getStatus()).toBe(400);
    expect(bare).toMatchObject({ slug: 'too-deep', extensions: { maxDepth: 32 }, errors: undefined });
    expect(bare.detail).toBe('The request body nests deeper than 32 levels; at most 32 levels of objects and arrays are allowed.');
    const field = run({ email: nest(40) }) as Problem;
    expect(field.errors).toEqual([{ field: 'email', message: 'nests deeper than 32 levels; at most 32 levels of objects and arrays are allowed', code: 'tooDeep' }]);
    expect((run({ a: nest(3) }, 3) as Problem).errors).toEqual([{ field: 'a', message: expect.stringContaining('at most 3 levels'), code: 'tooDeep' }]);
  });
});
