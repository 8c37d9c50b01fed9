import { HttpException } from '@nestjs/common';
import { bearerChallenge } from '../auth/bearer-challenge.js';

/** One invalid input: `field` is a dotted path into the request (`availability[0].from`). */
export interface FieldError {
  field: string;
  message: string;
  /** The rule broken, for the text a person reads (problem-texts.ts); `invalid` when unset. */
  code?: string;
}

/** RFC 9457 problem details, as every error leaves the API. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/**
 * A domain error with a stable type slug. Services throw these; the filter turns them into
 * problem+json. `extensions` carries machine-readable facts (e.g. the allowed next states).
 */
export class Problem extends HttpException {
  /** A 401's WWW-Authenticate challenge; the filter sends the plain bearer one when unset. */
  challenge?: string;

  constructor(
    status: number,
    readonly slug: string,
    readonly title: string,
    readonly detail: string,
    readonly extensions: Record<string, unknown> = {},
    readonly errors?: FieldError[],
  ) {
    super(detail, status);
  }

  static badRequest(slug: string, detail: string, errors?: FieldError[]): Problem {
    return new Problem(400, slug, 'Bad request', detail, {}, errors);
  }
  static invalid(field: string, message: string, code?: string): Problem {
    return new Problem(400, 'validation', 'Invalid input', `${field}: ${message}`, {}, [{ field, message, ...(code ? { code } : {}) }]);
  }
  /** `invalidToken`: a token came and was not accepted (the challenge says so). */
  static unauthorized(detail = 'Authentication is required.', options: { invalidToken?: boolean } = {}): Problem {
    const problem = new Problem(401, 'unauthorized', 'Unauthorized', detail);
    problem.challenge = bearerChallenge(options.invalidToken ? 'invalid_token' : undefined);
    return problem;
  }
  static forbidden(detail = 'Your role may not do this.'): Problem {
    return new Problem(403, 'forbidden', 'Forbidden', detail);
  }
  static notFound(subject: string): Problem {
    return new Problem(404, 'not-found', 'Not found', `${subject} was not found.`);
  }
  static conflict(slug: string, detail: string, extensions: Record<string, unknown> = {}): Problem {
    return new Problem(409, slug, 'Conflict', detail, extensions);
  }
  static gone(slug: string, detail: string): Problem {
    return new Problem(410, slug, 'Gone', detail);
  }
}

export const problemType = (slug: string): string => `/problems/${slug}`;
