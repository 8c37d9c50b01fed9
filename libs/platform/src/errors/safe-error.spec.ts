import fc from 'fast-check';
import pg from 'pg';
import { pino } from 'pino';
import { QueryFailedError } from 'typeorm';
import { redactMessage, sanitiseError, toSafeError } from './safe-error.js';

const CANARY = 'CANARY-coachnote-5f1e2d3c';

/** A PostgreSQL error as the pg driver raises it, with every field a server can fill in. */
function pgError(message: string, fields: Partial<Record<'code' | 'detail' | 'hint' | 'where' | 'constraint' | 'table' | 'column' | 'schema' | 'dataType' | 'internalQuery', string>>): pg.DatabaseError {
  const e = new pg.DatabaseError(message, message.length, 'error');
  Object.assign(e, { severity: 'ERROR', file: 'nbtinsert.c', line: '666', routine: 'ERROR_ROUTINE', ...fields });
  return e;
}

function queryFailed(message: string, fields: Parameters<typeof pgError>[1], parameters: unknown[] = [CANARY]): QueryFailedError {
  return new QueryFailedError('INSERT INTO proposal (note) VALUES ($1) RETURNING id', parameters, pgError(message, fields));
}

describe('sanitiseError: what a log line may hold of an error', () => {
  const cases: { what: string; err: unknown; keeps: Record<string, unknown>; message: string }[] = [
    {
      what: 'a unique violation keeps the constraint, drops the key values in detail',
      err: queryFailed('duplicate key value violates unique constraint "proposal_open_key"', {
        code: '23505', constraint: 'proposal_open_key', table: 'proposal', schema: 'public', detail: `Key (youth_id, vacancy_id)=(${CANARY}, x) already exists.`,
      }),
      keeps: { name: 'QueryFailedError', code: '23505', constraint: 'proposal_open_key', table: 'proposal', schema: 'public', statement: 'INSERT', severity: 'ERROR' },
      message: 'duplicate key value violates unique constraint "proposal_open_key"',
    },
    {
      what: 'an invalid uuid loses the quoted input',
      err: queryFailed(`invalid input syntax for type uuid: "${CANARY}"`, { code: '22P02', where: `unnamed portal parameter $1 = '${CANARY}'` }),
      keeps: { code: '22P02' },
      message: 'invalid input syntax for type uuid: [redacted]',
    },
    {
      what: 'a value with quotes inside is redacted to its last quote',
      err: queryFailed(`invalid input value for enum proposal_state: "a"${CANARY}"b"`, { code: '22P02' }),
      keeps: { code: '22P02' },
      message: 'invalid input value for enum proposal_state: [redacted]',
    },
    {
      what: 'a not-null violation keeps column and relation names',
      err: queryFailed('null value in column "note" of relation "proposal" violates not-null constraint', {
        code: '23502', column: 'note', table: 'proposal', detail: `Failing row contains (${CANARY}, null).`,
      }),
      keeps: { code: '23502', column: 'note', table: 'proposal' },
      message: 'null value in column "note" of relation "proposal" violates not-null constraint',
    },
    {
      what: 'a check violation keeps the names, drops the failing row',
      err: queryFailed('new row for relation "vacancy" violates check constraint "vacancy_places_check"', {
        code: '23514', constraint: 'vacancy_places_check', table: 'vacancy', detail: `Failing row contains (${CANARY}).`,
      }),
      keeps: { code: '23514', constraint: 'vacancy_places_check' },
      message: 'new row for relation "vacancy" violates check constraint "vacancy_places_check"',
    },
    {
      what: 'an out-of-range date loses the date',
      err: queryFailed('date/time field value out of range: "2027-02-31"', { code: '22008', hint: 'Perhaps you need a different "datestyle" setting.' }),
      keeps: { code: '22008', hint: 'Perhaps you need a different [redacted] setting.' },
      message: 'date/time field value out of range: [redacted]',
    },
    {
      what: 'a byte sequence from the input is redacted, the encodings kept',
      err: queryFailed('character with byte sequence 0xe2 0x82 0xac in encoding "UTF8" has no equivalent in encoding "LATIN1"', { code: '22P05' }),
      keeps: { code: '22P05' },
      message: 'character with byte sequence [redacted] in encoding "UTF8" has no equivalent in encoding "LATIN1"',
    },
    {
      what: 'an SMTP refusal loses the address; an apostrophe is not a quote',
      err: Object.assign(new Error(`Can't send mail - all recipients were rejected: 550 5.1.1 <${CANARY}@example.test>: Recipient address rejected`), { code: 'EENVELOPE' }),
      keeps: { name: 'Error', code: 'EENVELOPE' },
      message: "Can't send mail - all recipients were rejected: 550 5.1.1 [redacted]: Recipient address rejected",
    },
    {
      what: 'a JSON parse error loses the text it quotes',
      err: (() => {
        try {
          JSON.parse(`${CANARY} and more`);
        } catch (e) {
          return e;
        }
      })(),
      keeps: { name: 'SyntaxError' },
      message: expect.stringContaining('[redacted]') as unknown as string,
    },
    {
      what: 'a phone number standing alone is redacted',
      err: new Error('no provider for 0612345678'),
      keeps: {},
      message: 'no provider for [redacted]',
    },
    {
      what: 'a statement timeout keeps its code',
      err: queryFailed('canceling statement due to statement timeout', { code: '57014', where: `SQL statement "UPDATE youth SET note = '${CANARY}'"` }),
      keeps: { code: '57014' },
      message: 'canceling statement due to statement timeout',
    },
  ];

  it.each(cases)('$what', ({ err, keeps, message }) => {
    const safe = sanitiseError(err);
    expect(safe).toMatchObject({ ...keeps, message });
    const text = JSON.stringify(safe);
    expect(text).not.toContain('CANARY');
    for (const gone of ['parameters', 'driverError', 'detail', 'where', 'internalQuery', 'query', 'file', 'line']) expect(safe).not.toHaveProperty(gone);
  });

  it('keeps the stack frames under a redacted first line', () => {
    const safe = sanitiseError(queryFailed(`invalid input syntax for type uuid: "${CANARY}"`, { code: '22P02' }));
    const lines = safe.stack!.split('\n');
    expect(lines[0]).toBe('QueryFailedError: invalid input syntax for type uuid: [redacted]');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(1).every((l) => /^\s+at \S/.test(l))).toBe(true);
  });

  it('does not take a line of a multi-line message for a frame', () => {
    const safe = sanitiseError(new Error(`bad value "x\n    at ${CANARY} (evil.js:1:1)\n"`));
    expect(safe.stack).not.toContain('CANARY');
  });

  it('sanitises causes and aggregated errors too', () => {
    const inner = queryFailed(`invalid input syntax for type uuid: "${CANARY}"`, { code: '22P02', detail: CANARY });
    const outer = new Error('the run failed', { cause: new AggregateError([inner, new Error(`value "${CANARY}"`)], 'two failed') });
    const safe = sanitiseError(outer);
    expect(safe.cause?.errors?.map((e) => e.name)).toEqual(['QueryFailedError', 'Error']);
    expect(JSON.stringify(safe)).not.toContain('CANARY');
  });

  it('accepts what pino made of the error, and its own output (idempotent)', () => {
    const err = queryFailed(`invalid input syntax for type uuid: "${CANARY}"`, { code: '22P02', detail: CANARY });
    const serialised = pino.stdSerializers.err(err);
    expect(JSON.stringify(serialised)).toContain('CANARY');
    const safe = sanitiseError(serialised);
    expect(JSON.stringify(safe)).not.toContain('CANARY');
    expect(safe).toMatchObject({ name: 'QueryFailedError', code: '22P02' });
    expect(sanitiseError(safe)).toEqual(safe);
    expect(sanitiseError(sanitiseError(err))).toEqual(sanitiseError(err));
  });

  it('turns what is not an error into something loggable', () => {
    expect(sanitiseError(`oops "${CANARY}"`)).toEqual({ name: 'NonError', message: 'oops [redacted]' });
    expect(sanitiseError(42)).toEqual({ name: 'number', message: '[redacted]' });
    expect(sanitiseError(undefined)).toEqual({ name: 'undefined', message: '[redacted]' });
    expect(JSON.stringify(sanitiseError({ parameters: [CANARY], message: 'x' }))).not.toContain('CANARY');
  });

  it('toSafeError keeps name and code for the queue board, nothing else', () => {
    const e = toSafeError(queryFailed(`invalid input syntax for type uuid: "${CANARY}"`, { code: '22P02', detail: CANARY }));
    expect(e).toBeInstanceOf(Error);
    expect(e).toMatchObject({ name: 'QueryFailedError', code: '22P02', message: 'invalid input syntax for type uuid: [redacted]' });
    expect(`${e.stack}${JSON.stringify(e)}`).not.toContain('CANARY');
  });

  it('never lets a quoted value through, whatever it holds', () => {
    const templates = [
      'invalid input syntax for type uuid: "%s"',
      'invalid input syntax for type integer: "%s"',
      'invalid input value for enum proposal_state: "%s"',
      'value "%s" is out of range for type integer',
      'date/time field value out of range: "%s"',
      'syntax error at or near "%s"',
      "Unexpected token 'x', \"%s\" is not valid JSON",
      `organisation '%s' exists as coaching, not employer`,
    ];
    fc.assert(
      fc.property(fc.constantFrom(...templates), fc.string({ minLength: 6, maxLength: 40, unit: 'binary' }), (template, value) => {
        fc.pre(!template.includes(value) && value.trim().length >= 6);
        expect(redactMessage(template.replace('%s', value))).not.toContain(value);
      }),
      { numRuns: 2000 },
    );
  });
});
