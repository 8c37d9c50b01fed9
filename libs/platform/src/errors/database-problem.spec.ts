import { type ArgumentsHost, Logger } from '@nestjs/common';
import pg from 'pg';
import { QueryFailedError } from 'typeorm';
import { databaseFailure, problemForDatabaseError } from './database-problem.js';
import { ProblemFilter } from './problem.filter.js';

const CANARY = 'CANARY-value-0d1e2f3a';

function failed(code: string, message: string, fields: Record<string, string> = {}, query = 'INSERT INTO proposal (note) VALUES ($1)'): QueryFailedError {
  const driverError = Object.assign(new pg.DatabaseError(message, message.length, 'error'), {
    severity: 'ERROR', code, detail: `Key (note)=(${CANARY}) already exists.`, where: `SQL statement "${CANARY}"`, ...fields,
  });
  return new QueryFailedError(query, [CANARY], driverError);
}

describe('database errors as problems: never a 500 for what PostgreSQL refuses on purpose', () => {
  const table: { code: string; message: string; fields?: Record<string, string>; query?: string; status: number; type: string; detail: string | RegExp; retryAfter?: number; errors?: unknown }[] = [
    { code: '23505', message: 'duplicate key value violates unique constraint "proposal_open_key"', fields: { constraint: 'proposal_open_key', table: 'proposal' }, status: 409, type: 'conflict', detail: 'This youth already has an open proposal for this vacancy.' },
    { code: '23505', message: 'duplicate key value violates unique constraint "widget_name_key"', fields: { constraint: 'widget_name_key', table: 'programme_widget' }, status: 409, type: 'conflict', detail: 'A programme widget like this already exists.' },
    { code: '23P01', message: 'conflicting key value violates exclusion constraint "booking_overlap"', fields: { constraint: 'booking_overlap', table: 'booking' }, status: 409, type: 'conflict', detail: 'This booking overlaps with one that already exists.' },
    { code: '23503', message: 'insert or update on table "proposal" violates foreign key constraint "proposal_youth_id_fkey"', fields: { constraint: 'proposal_youth_id_fkey', table: 'proposal' }, status: 422, type: 'reference-not-found', detail: 'The proposal refers to something that does not exist (any more).' },
    { code: '23503', message: 'update or delete on table "youth" violates foreign key constraint "proposal_youth_id_fkey" on table "proposal"', fields: { table: 'youth' }, query: 'UPDATE youth SET id = $1', status: 409, type: 'still-referenced', detail: 'This youth is still referred to by other records.' },
    { code: '23503', message: 'x', fields: { table: 'youth' }, query: 'DELETE FROM youth WHERE id = $1', status: 409, type: 'still-referenced', detail: 'This youth is still referred to by other records.' },
    { code: '23001', message: 'restrict', fields: { table: 'region' }, status: 409, type: 'still-referenced', detail: 'This region is still referred to by other records.' },
    { code: '23514', message: 'new row for relation "vacancy" violates check constraint "vacancy_places_check"', fields: { constraint: 'vacancy_places_check', table: 'vacancy' }, status: 422, type: 'rule-violated', detail: 'The vacancy breaks a rule (places): a value is not allowed.' },
    { code: '23514', message: 'check', fields: { constraint: 'note_not_shouting', table: 'proposal' }, status: 422, type: 'rule-violated', detail: 'The proposal breaks a rule (note not shouting): a value is not allowed.' },
    { code: '23502', message: 'null value in column "first_name" of relation "youth_identity" violates not-null constraint', fields: { column: 'first_name', table: 'youth_identity' }, status: 422, type: 'missing-value', detail: 'firstName: is required', errors: [{ field: 'firstName', message: 'is required' }] },
    { code: '23502', message: 'null value', status: 422, type: 'missing-value', detail: 'A value the record needs is missing.' },
    { code: '22001', message: 'value too long for type character varying(600)', status: 422, type: 'value-too-long', detail: /longer than can be stored/ },
    { code: '22003', message: `value "${CANARY}" is out of range for type integer`, status: 422, type: 'value-out-of-range', detail: /number/ },
    { code: '22008', message: `date/time field value out of range: "${CANARY}"`, status: 422, type: 'value-out-of-range', detail: /date or time/ },
    { code: '22007', message: `invalid input syntax for type date: "${CANARY}"`, status: 400, type: 'invalid-input', detail: /form/ },
    { code: '22P02', message: `invalid input syntax for type uuid: "${CANARY}"`, status: 400, type: 'invalid-input', detail: /form/ },
    { code: '22023', message: 'invalid value', status: 400, type: 'invalid-input', detail: /form/ },
    { code: '22021', message: 'invalid byte sequence for encoding "UTF8": 0x00', status: 400, type: 'invalid-characters', detail: /cannot be stored/ },
    { code: '22P05', message: 'character with byte sequence 0xe2 0x82 0xac in encoding "UTF8" has no equivalent in encoding "LATIN1"', status: 400, type: 'invalid-characters', detail: /cannot be stored/ },
    { code: '40001', message: 'could not serialize access due to concurrent update', status: 409, type: 'try-again', detail: /Try again/, retryAfter: 1 },
    { code: '40P01', message: 'deadlock detected', status: 409, type: 'try-again', detail: /Try again/, retryAfter: 1 },
    { code: '55P03', message: 'could not obtain lock on row in relation "vacancy"', status: 503, type: 'busy', detail: /Try again/, retryAfter: 5 },
    { code: '57014', message: 'canceling statement due to statement timeout', status: 503, type: 'timeout', detail: /took too long/, retryAfter: 5 },
    { code: '53300', message: 'sorry, too many clients already', status: 503, type: 'unavailable', detail: /not available/, retryAfter: 5 },
    { code: '57P01', message: 'terminating connection due to administrator command', status: 503, type: 'unavailable', detail: /not available/, retryAfter: 5 },
  ];

  it.each(table)('$code ($type) answers $status', ({ code, message, fields, query, status, type, detail, retryAfter, errors }) => {
    const p = problemForDatabaseError(failed(code, message, fields, query));
    expect(p).toBeDefined();
    expect(p!.getStatus()).toBe(status);
    expect(p!.slug).toBe(type);
    if (typeof detail === 'string') expect(p!.detail).toBe(detail);
    else expect(p!.detail).toMatch(detail);
    expect(p!.extensions.retryAfterSeconds).toBe(retryAfter);
    if (errors) expect(p!.errors).toEqual(errors);
    expect(JSON.stringify({ ...p, message: p!.message })).not.toContain('CANARY');
    expect(p!.detail).not.toMatch(/Key \(|duplicate key|violates/);
  });

  it('leaves faults of ours to be a 500: syntax, permissions, unknown columns, a non-database error', () => {
    for (const [code, message] of [['42601', 'syntax error at or near "x"'], ['42501', 'permission denied for table youth'], ['42703', 'column "x" does not exist'], ['42P18', 'could not determine data type of parameter $2'], ['XX000', 'internal error']]) {
      expect(problemForDatabaseError(failed(code!, message!))).toBeUndefined();
    }
    expect(problemForDatabaseError(Object.assign(new Error('socket'), { code: 'EPIPE' }))).toBeUndefined();
    expect(problemForDatabaseError(Object.assign(new Error('weird'), { code: '23505' }))).toBeUndefined();
    expect(problemForDatabaseError('23505')).toBeUndefined();
    expect(problemForDatabaseError(null)).toBeUndefined();
  });

  it("also reads pg's own error, not wrapped by TypeORM", () => {
    const raw = Object.assign(new pg.DatabaseError('deadlock detected', 1, 'error'), { severity: 'ERROR', code: '40P01' });
    expect(databaseFailure(raw)).toMatchObject({ code: '40P01' });
    expect(problemForDatabaseError(raw)?.getStatus()).toBe(409);
  });

  describe('through the problem filter', () => {
    // The filter logs what answers 5xx; the log's content is the logging spec's business.
    beforeAll(() => Logger.overrideLogger(false));
    function answer(exception: unknown): { status: number; headers: Record<string, string>; body: Record<string, unknown> } {
      const sent: { status: number; headers: Record<string, string>; body: string } = { status: 0, headers: {}, body: '' };
      const res = {
        headersSent: false,
        setHeader: (k: string, v: string) => (sent.headers[k] = v),
        status(s: number) {
          sent.status = s;
          return this;
        },
        type() {
          return this;
        },
        send(b: string) {
          sent.body = b;
          return this;
        },
      };
      const req = { originalUrl: '/proposals', path: '/proposals' };
      const host = { switchToHttp: () => ({ getResponse: () => res, getRequest: () => req }) } as unknown as ArgumentsHost;
      new ProblemFilter().catch(exception, host);
      return { status: sent.status, headers: sent.headers, body: JSON.parse(sent.body) as Record<string, unknown> };
    }

    it('answers a unique violation 409 problem+json, with no value, detail or SQL', () => {
      const res = answer(failed('23505', 'duplicate key value violates unique constraint "proposal_open_key"', { constraint: 'proposal_open_key', table: 'proposal' }));
      expect(res).toMatchObject({ status: 409, body: { type: '/problems/conflict', status: 409, instance: '/proposals' } });
      expect(JSON.stringify(res)).not.toMatch(/CANARY|INSERT|proposal_open_key/);
    });

    it('answers a serialization failure 409 and a statement timeout 503, each with Retry-After', () => {
      expect(answer(failed('40001', 'could not serialize access due to concurrent update'))).toMatchObject({ status: 409, headers: { 'Retry-After': '1' }, body: { type: '/problems/try-again', retryAfterSeconds: 1 } });
      expect(answer(failed('57014', 'canceling statement due to statement timeout'))).toMatchObject({ status: 503, headers: { 'Retry-After': '5' }, body: { type: '/problems/timeout' } });
    });

    it('still answers a fault of ours 500, saying nothing of it', () => {
      const res = answer(failed('42P18', 'could not determine data type of parameter $2'));
      expect(res).toMatchObject({ status: 500, body: { detail: 'Something went wrong on our side. The error has been logged.' } });
      expect(JSON.stringify(res)).not.toMatch(/CANARY|parameter|INSERT/);
    });
  });
});

describe('a database that cannot be reached is a 503 with Retry-After, never a 500', () => {
  const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED', errno: -111, syscall: 'connect' });
  it.each([
    ['a refused connection', refused],
    ['a refused connection on every address of the host', new AggregateError([refused, Object.assign(new Error('connect ECONNREFUSED ::1:5432'), { code: 'ECONNREFUSED' })], '')],
    ['a reset connection', Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })],
    ['the pool waiting past DB_CONNECT_TIMEOUT_MS', new Error('timeout exceeded when trying to connect')],
    ['a connection dropped mid-query', new Error('Connection terminated unexpectedly')],
    ['a dropped connection inside a QueryFailedError', new QueryFailedError('SELECT 1', [], new Error('Connection terminated unexpectedly'))],
  ])('%s', (_name, err) => {
    const problem = problemForDatabaseError(err);
    expect(problem?.getStatus()).toBe(503);
    expect(problem?.slug).toBe('unavailable');
    expect(problem?.extensions).toMatchObject({ retryAfterSeconds: 5 });
  });

  it('leaves other errors alone', () => {
    expect(problemForDatabaseError(new Error('Cannot read properties of undefined'))).toBeUndefined();
    expect(problemForDatabaseError(Object.assign(new Error('x'), { code: 'ERR_SOMETHING' }))).toBeUndefined();
  });
});
