import { STATUS_CODES } from 'node:http';
import { applyDecorators, type CanActivate, type Type, UseGuards } from '@nestjs/common';
import {
  ApiExtension,
  ApiResponse,
  type HeadersObject,
  type OpenAPIObject,
  type OperationObject,
  type ParameterObject,
  type ResponseObject,
  type SchemaObject,
} from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE, ROLES } from '@startbaan/platform';

/** The JSON body parser's limit; a larger body is a 413 problem. */
export const JSON_BODY_LIMIT = '256kb';

export const PROBLEM_SCHEMA_NAME = 'Problem';
export const PROBLEM_SCHEMA_REF = `#/components/schemas/${PROBLEM_SCHEMA_NAME}`;

/**
 * RFC 9457 problem details as the problem filter (libs/platform/src/errors/problem.filter.ts)
 * writes them: the five standard members, the field errors of a 400 (and of a 422 for a
 * missing value), and the extension members a service adds to say what the client can do next.
 * Which extension a route sends is in that route's response description.
 */
export const PROBLEM_SCHEMA: SchemaObject = {
  type: 'object',
  description:
    'RFC 9457 problem details, the body of every error (application/problem+json). A client acts on type (a stable slug) and status; title, detail and each error\'s field and message stay in English for programs and logs. ' +
    'What a person reads is text (the problem) and each error\'s text, in language: the signed-in user\'s language, or Accept-Language (nl or en, Dutch by default) on public routes; the Content-Language header says the same. ' +
    'Other members than those listed may be added; ignore the ones you do not know.',
  required: ['type', 'title', 'status', 'detail', 'instance', 'language', 'text'],
  properties: {
    type: {
      type: 'string',
      format: 'uri-reference',
      description: 'What went wrong, as a stable reference: /problems/<slug> (validation, not-found, version-conflict, …), or about:blank for a plain HTTP error.',
      example: '/problems/validation',
    },
    title: { type: 'string', description: 'A short summary of the type.', example: 'Invalid input' },
    status: { type: 'integer', minimum: 400, maximum: 599, description: 'The HTTP status code, repeated.', example: 400 },
    detail: { type: 'string', description: 'What went wrong this time, in words; never a stored value of someone else.', example: 'email: email must be an e-mail address' },
    instance: { type: 'string', format: 'uri-reference', description: 'The path of the request, without its query.', example: '/auth/login' },
    language: { type: 'string', enum: ['nl', 'en'], description: 'The language of text and of each error\'s text.', example: 'nl' },
    text: { type: 'string', description: 'What went wrong, for a person, in plain words in language (one text per type).', example: 'Niet alles is goed ingevuld. Kijk bij de velden wat er mis is.' },
    errors: {
      type: 'array',
      description: 'Invalid input (400 validation, 422 missing-value and role-does-not-fit-organisation): one entry per failed rule, naming the field.',
      items: {
        type: 'object',
        required: ['field', 'message', 'code', 'text'],
        properties: {
          field: { type: 'string', description: 'A dotted path into the body, a query or path parameter, or a header: availability[0].from, cursor, Idempotency-Key.', example: 'email' },
          message: { type: 'string', description: 'The rule the value broke, for programs and logs (English).', example: 'email must be an e-mail address' },
          code: { type: 'string', description: 'The rule broken, stable: a validation rule (isEmail, maxLength, …) or a domain code (ageBand, contactFormat, …); invalid when none more precise.', example: 'isEmail' },
          text: { type: 'string', description: 'The same for a person, in plain words in language.', example: 'Vul een geldig e-mailadres in.' },
        },
      },
    },
    retryAfterSeconds: {
      type: 'integer',
      minimum: 0,
      description: 'When a try again may succeed (429 rate-limited, 409 try-again, 503): the same as the Retry-After header.',
      example: 5,
    },
    currentVersion: { type: 'integer', description: '409 version-conflict: the version now stored; read it again and apply your change to it.' },
    currentStatus: { type: 'string', description: "409 on a vacancy: the vacancy's status now." },
    currentState: { type: 'string', description: "409 on a programme or proposal: the state it is in now." },
    allowed: { type: 'array', items: { type: 'string' }, description: '409 invalid-transition: the states it can move to from here.' },
    state: { type: 'string', description: "409 on a placement or a proposal's messages: its state now." },
    attemptsLeft: { type: 'integer', minimum: 0, description: 'Open intake code check: wrong codes still allowed before the sign-up locks.' },
    reasons: {
      type: 'array',
      description: '422 not-feasible: each hard filter the proposal fails.',
      items: {
        type: 'object',
        required: ['code', 'text'],
        properties: {
          code: { type: 'string', example: 'too_young_legal' },
          text: { type: 'object', required: ['nl', 'en'], properties: { nl: { type: 'string' }, en: { type: 'string' } } },
        },
      },
    },
    reason: {
      type: 'object',
      required: ['nl', 'en'],
      properties: { nl: { type: 'string' }, en: { type: 'string' } },
      description: '422 holiday-weeks-per-year: the holiday weeks the youth would have, against the limit, in Dutch and English.',
    },
    minimumHourlyWage: { type: 'number', description: '422 offer-below-minimum-wage: the legal minimum in euros an hour this youth is owed.' },
    from: { type: 'string', format: 'date', description: '422 offer-below-minimum-wage: the day from which that minimum applies.' },
    proposalId: { type: 'string', format: 'uuid', description: '409 proposal-exists, proposed-before: the earlier proposal.' },
    runId: { type: 'string', format: 'uuid', description: '409 allocation-running: the run still going.' },
    latestRunId: { type: 'string', format: 'uuid', nullable: true, description: "409 not-latest-draft: the programme's latest run." },
    latestStatus: { type: 'string', nullable: true, description: '409 not-latest-draft: the status of the latest run.' },
    places: { type: 'integer', description: "409 vacancy-full: the vacancy's places." },
    applyFrom: { type: 'string', format: 'date', description: "409 programme-not-open: the programme's first day of sign-up." },
    applyTo: { type: 'string', format: 'date', description: "409 programme-not-open: the programme's last day of sign-up." },
    checks: { type: 'object', additionalProperties: true, description: '503 not-ready: each dependency with its status.' },
  },
};

const problemContent = { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: PROBLEM_SCHEMA_REF } } };

/** Headers that come with a problem of this status (the problem filter sets them). */
function problemHeaders(status: number): HeadersObject | undefined {
  if (status === 401) {
    return { 'WWW-Authenticate': { description: 'Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750).', schema: { type: 'string' } } };
  }
  if (status === 429 || status === 503) {
    return { 'Retry-After': { description: 'Seconds to wait before trying again.', schema: { type: 'integer', minimum: 0 } } };
  }
  return undefined;
}

function problemResponse(status: number, description: string): ResponseObject {
  const headers = problemHeaders(status);
  return { description, content: problemContent, ...(headers ? { headers } : {}) };
}

/**
 * An error this route answers beyond the common ones (see `completeResponses`), or the common
 * one said more precisely: the statuses its service throws for its own reasons. The body is
 * always the shared problem schema.
 */
export function ApiProblem(status: number, description: string): MethodDecorator & ClassDecorator {
  return ApiResponse({ status, ...problemResponse(status, description) });
}

/** Rate-limited by these guards (Redis counters): 429 with Retry-After beyond the limit. */
export function RateLimited(...guards: Type<CanActivate>[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    UseGuards(...guards),
    ApiProblem(429, 'Too many requests from this address or for this account or contact in a short time: Retry-After (and retryAfterSeconds) says when to try again.'),
  );
}

const NO_DATABASE = 'x-without-database';

/** The route answers without the database, so it never answers 503 for it. */
export const ApiWithoutDatabase = (): MethodDecorator & ClassDecorator => ApiExtension(NO_DATABASE, true);

/** What the common statuses mean, where a route does not say it more precisely. */
const COMMON: Record<number, string> = {
  400:
    'Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json).',
  401: 'No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again.',
  403: 'Your role may not do this (x-roles lists the roles that may).',
  404: 'Nothing with this id that you may see: records of another organisation or region answer 404 too.',
  413: `The body is larger than ${JSON_BODY_LIMIT.replace('kb', ' kB')}.`,
  415: 'The JSON body is in a charset other than UTF-8, or has a Content-Encoding other than gzip, deflate or br.',
  422: 'The database refused a value (type rule-violated or reference-not-found): a value its rules do not allow, or a reference to something that no longer exists; detail names the record and the rule.',
  503: 'The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again.',
};

const isError = (status: string): boolean => /^[45]\d\d$/.test(status);

/**
 * Completes the responses of every operation from what the document already says about it, so
 * that a new route is documented right without anyone thinking of it:
 *
 * - 400 where it takes input (a body, a query or path parameter, a header): the global
 *   validation pipe, and UuidPipe on path ids;
 * - 401 unless it is @Public (the access token guard);
 * - 403 where @Roles lets in fewer than every role (the roles guard);
 * - 404 where its path has an id;
 * - 413 and 415 where it takes a JSON body (the body parser);
 * - 422 where it takes a JSON body and uses the database: a value the stored data's own rules
 *   refuse (a check or a reference) is mapped to 422, whatever route wrote it;
 * - 503 unless it answers without the database (@ApiWithoutDatabase): the problem filter turns
 *   a database that is away or overloaded into 503 with Retry-After.
 *
 * Domain errors come from the route's own @ApiProblem decorators. Every error response gets the
 * shared problem+json schema; one that declares another body is left as it is, for the e2e
 * suite (test/openapi.e2e-spec.ts) to refuse.
 */
export function completeResponses(document: OpenAPIObject): OpenAPIObject {
  document.components = { ...document.components, schemas: { ...document.components?.schemas, [PROBLEM_SCHEMA_NAME]: PROBLEM_SCHEMA } };
  for (const item of Object.values(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const) {
      const op = item[method];
      if (op) completeOperation(op as OperationObject & Record<string, unknown>);
    }
  }
  return document;
}

function completeOperation(op: OperationObject & Record<string, unknown>): void {
  const parameters = (op.parameters ?? []) as ParameterObject[];
  const roles = op['x-roles'] as readonly string[] | undefined;
  const common = new Set<number>();
  if (op.requestBody || parameters.length) common.add(400);
  if (!op['x-public']) common.add(401);
  if (roles && !ROLES.every((r) => roles.includes(r))) common.add(403);
  if (parameters.some((p) => p.in === 'path')) common.add(404);
  if (op.requestBody) common.add(413).add(415);
  if (op.requestBody && !op[NO_DATABASE]) common.add(422);
  if (!op[NO_DATABASE]) common.add(503);
  delete op[NO_DATABASE];

  const responses = op.responses as Record<string, ResponseObject>;
  for (const status of common) responses[status] ??= problemResponse(status, COMMON[status]!);
  for (const [status, response] of Object.entries(responses)) {
    if (!isError(status)) {
      // A success the route does not describe says what its status says.
      response.description ||= STATUS_CODES[Number(status)] ?? '';
      continue;
    }
    const media = Object.keys(response.content ?? {});
    const isProblem = media.length === 1 && media[0] === PROBLEM_CONTENT_TYPE;
    if (!media.length) responses[status] = { ...problemResponse(Number(status), response.description || COMMON[Number(status)] || ''), ...(response.headers ? { headers: response.headers } : {}) };
    else if (isProblem) response.headers ??= problemHeaders(Number(status));
  }
  op.responses = Object.fromEntries(Object.entries(responses).sort(([a], [b]) => a.localeCompare(b)));
}
