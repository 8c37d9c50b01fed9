import type { IncomingMessage, ServerResponse } from 'node:http';
import { Problem } from '../errors/problem.js';
import { tooDeep } from './input-rules.js';

/**
 * How deep a request body may nest. Our deepest body is three levels (a vacancy's vog and its
 * function aspects); the limit leaves room and stays far below what the transformation and the
 * validation of a body (which recurse) can take.
 */
export const MAX_JSON_DEPTH = 32;

export function tooDeepProblem(field: string, max = MAX_JSON_DEPTH): Problem {
  const message = `nests deeper than ${max} levels; at most ${max} levels of objects and arrays are allowed`;
  return new Problem(
    400,
    'too-deep',
    'Invalid input',
    field ? `${field}: ${message}` : `The request body ${message}.`,
    { maxDepth: max },
    field ? [{ field, message, code: 'tooDeep' }] : undefined,
  );
}

/**
 * Refuses a parsed JSON body that nests deeper than `max`, right after the body parser (whose
 * JSON.parse does not recurse) and before authentication, guards or the validation pipe see it:
 * a body of ten thousand nested arrays would otherwise overflow the stack there, a 500.
 */
export const limitJsonDepth =
  (max = MAX_JSON_DEPTH) =>
  (req: IncomingMessage & { body?: unknown }, _res: ServerResponse, next: (err?: unknown) => void): void => {
    const deep = tooDeep(req.body, max);
    next(deep ? tooDeepProblem(deep.field, max) : undefined);
  };
