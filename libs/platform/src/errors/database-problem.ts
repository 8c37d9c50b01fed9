import { Problem } from './problem.js';

/** What PostgreSQL says about a failed statement that the answer may use: codes and names, never values. */
export interface DatabaseFailure {
  /** SQLSTATE, e.g. `23505`. */
  code: string;
  constraint?: string;
  table?: string;
  column?: string;
  /** The statement's first keyword (INSERT, DELETE, …), when known. */
  statement?: string;
  /** PostgreSQL's message, only to tell the two sides of a foreign key apart; never put in an answer. */
  message?: string;
}

const SQLSTATE = /^[0-9A-Z]{5}$/;
const NAME = /^[\w$.]{1,128}$/;

/**
 * The failure, when `err` is a database error: TypeORM's QueryFailedError (which copies the
 * driver's fields onto itself) or the pg driver's own error. Anything else: undefined.
 */
export function databaseFailure(err: unknown): DatabaseFailure | undefined {
  if (err === null || typeof err !== 'object') return undefined;
  const e = err as Record<string, unknown>;
  const driver = (typeof e.driverError === 'object' && e.driverError !== null ? e.driverError : e) as Record<string, unknown>;
  const fromDatabase = e.name === 'QueryFailedError' || 'driverError' in e || typeof driver.severity === 'string';
  const code = driver.code ?? e.code;
  if (!fromDatabase || typeof code !== 'string' || !SQLSTATE.test(code)) return undefined;
  const name = (k: string): string | undefined => {
    const v = driver[k] ?? e[k];
    return typeof v === 'string' && NAME.test(v) ? v : undefined;
  };
  const statement = typeof e.query === 'string' ? /^\s*([A-Za-z]+)/.exec(e.query)?.[1]?.toUpperCase() : undefined;
  return {
    code,
    constraint: name('constraint'),
    table: name('table'),
    column: name('column'),
    statement,
    message: typeof driver.message === 'string' ? driver.message : undefined,
  };
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
/** What the pg driver and its pool say when the server is gone or does not answer in time (they carry no SQLSTATE). */
const CONNECTION_MESSAGES = [/^timeout exceeded when trying to connect/i, /^Connection terminated/i, /^Client has encountered a connection error/i, /^Client was closed and is not queryable/i, /^Connection ended/i];

/**
 * Whether `err` says the database could not be reached: a refused or reset connection, or a
 * connection that took longer than DB_CONNECT_TIMEOUT_MS. The request is answered 503 then,
 * not 500: nothing in it was wrong.
 */
export function isConnectionFailure(err: unknown): boolean {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    const x = e as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown; errors?: unknown };
    if (typeof x.code === 'string' && NETWORK_CODES.has(x.code)) return true;
    if (typeof x.message === 'string' && CONNECTION_MESSAGES.some((m) => m.test(x.message as string))) return true;
    // Node's AggregateError for a host with several addresses (IPv4 and IPv6), each refused.
    if (Array.isArray(x.errors) && x.errors.some((inner) => isConnectionFailure(inner))) return true;
    e = x.driverError ?? x.cause;
  }
  return false;
}

/** `programme_entry` → `programme entry`. */
const words = (identifier: string): string => identifier.replace(/_/g, ' ');

/** `first_name` → `firstName`: the request's spelling of a column. */
const fieldOf = (column: string): string => column.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

/** Unique indexes a request can run into, in the words of the person who sent it. */
const ALREADY_EXISTS: Record<string, string> = {
  proposal_open_key: 'This youth already has an open proposal for this vacancy.',
  proposal_idempotency_key: 'This Idempotency-Key was already used for a proposal; use a new key.',
  placement_proposal_key: 'This proposal already has a placement.',
  youth_consent_active_key: 'This consent is already on record.',
  employer_region_kvk_key: 'An employer with this KvK number and branch is already in the region.',
  organisation_region_name_key: 'An organisation with this name already exists in the region.',
  user_account_email_key: 'An account with this e-mail address already exists.',
  programme_region_name_key: 'A programme with this name already exists in the region.',
  programme_entry_youth_key: 'This youth is already entered in the programme.',
  allocation_run_one_active: 'An allocation run of this programme is already going; wait for it to finish.',
};

/** Seconds a client should wait before trying again after a conflict between transactions, or a timeout. */
export const RETRY_AFTER_CONFLICT_SECONDS = 1;
export const RETRY_AFTER_UNAVAILABLE_SECONDS = 5;

const tryAgain = (detail: string): Problem =>
  new Problem(409, 'try-again', 'Conflict', detail, { retryAfterSeconds: RETRY_AFTER_CONFLICT_SECONDS });

const unavailable = (slug: string, detail: string): Problem =>
  new Problem(503, slug, 'Service Unavailable', detail, { retryAfterSeconds: RETRY_AFTER_UNAVAILABLE_SECONDS });

const badInput = (status: 400 | 422, slug: string, detail: string): Problem => new Problem(status, slug, 'Invalid input', detail);

/**
 * The problem a database error means for the client, or undefined when it means a fault of
 * ours (a 500). The answer names the thing (the table, the rule, the column) and never a value
 * or PostgreSQL's `detail`. Conflicts between concurrent transactions are answered 409 with
 * Retry-After rather than retried here: only the service knows whether running its transaction
 * again is safe.
 */
export function problemForDatabaseError(err: unknown): Problem | undefined {
  if (isConnectionFailure(err)) return unavailable('unavailable', 'The database is not available right now. Try again in a moment.');
  const f = databaseFailure(err);
  if (!f) return undefined;
  const thing = f.table ? words(f.table) : 'record';
  switch (f.code) {
    case '23505': // unique_violation
      return Problem.conflict('conflict', (f.constraint && ALREADY_EXISTS[f.constraint]) ?? `A ${thing} like this already exists.`);
    case '23P01': // exclusion_violation
      return Problem.conflict('conflict', `This ${thing} overlaps with one that already exists.`);
    case '23503': {
      // foreign_key_violation: deleting (or re-keying) something still referred to, or referring to something missing.
      const stillUsed = f.statement === 'DELETE' || (f.message ?? '').startsWith('update or delete on table');
      return stillUsed
        ? Problem.conflict('still-referenced', `This ${thing} is still referred to by other records.`)
        : badInput(422, 'reference-not-found', `The ${thing} refers to something that does not exist (any more).`);
    }
    case '23001': // restrict_violation
      return Problem.conflict('still-referenced', `This ${thing} is still referred to by other records.`);
    case '23514': {
      // check_violation
      const prefix = f.table ? `${f.table}_` : undefined;
      const rule = f.constraint ? words((prefix && f.constraint.startsWith(prefix) ? f.constraint.slice(prefix.length) : f.constraint).replace(/_check$/, '')) : undefined;
      return badInput(422, 'rule-violated', `The ${thing} breaks a rule${rule ? ` (${rule})` : ''}: a value is not allowed.`);
    }
    case '23502': {
      // not_null_violation
      if (!f.column) return badInput(422, 'missing-value', `A value the ${thing} needs is missing.`);
      const field = fieldOf(f.column);
      return new Problem(422, 'missing-value', 'Invalid input', `${field}: is required`, {}, [{ field, message: 'is required' }]);
    }
    case '22001': // string_data_right_truncation
      return badInput(422, 'value-too-long', 'A text in the request is longer than can be stored.');
    case '22003': // numeric_value_out_of_range
      return badInput(422, 'value-out-of-range', 'A number in the request is out of range.');
    case '22008': // datetime_field_overflow
      return badInput(422, 'value-out-of-range', 'A date or time in the request is out of range.');
    case '22007': // invalid_datetime_format
    case '22P02': // invalid_text_representation
    case '22023': // invalid_parameter_value
    case '22025': // invalid_escape_sequence
    case '2201B': // invalid_regular_expression
      return badInput(400, 'invalid-input', 'A value in the request does not have the form it must have.');
    case '22021': // character_not_in_repertoire
    case '22P05': // untranslatable_character
      return badInput(400, 'invalid-characters', 'A text in the request holds characters that cannot be stored (such as a NUL character).');
    case '40001': // serialization_failure
    case '40P01': // deadlock_detected
      return tryAgain('Another change to the same records was made at the same moment. Try again.');
    case '55P03': // lock_not_available
      return unavailable('busy', 'The records are being changed by someone else right now. Try again in a moment.');
    case '57014': // query_canceled (statement timeout)
      return unavailable('timeout', 'The database took too long to answer. Try again in a moment.');
    case '53000': // insufficient_resources
    case '53300': // too_many_connections
    case '57P01': // admin_shutdown
    case '57P02': // crash_shutdown
    case '57P03': // cannot_connect_now
    case '08000': // connection_exception
    case '08003': // connection_does_not_exist
    case '08006': // connection_failure
      return unavailable('unavailable', 'The database is not available right now. Try again in a moment.');
    default:
      return undefined;
  }
}
