import { PassThrough } from 'node:stream';
import pg from 'pg';
import { QueryFailedError } from 'typeorm';
import { createRootLogger, PinoNestLogger } from './logging.js';

const CANARY = 'CANARY-body-3c2b1a00';

function failedQuery(): QueryFailedError {
  const driverError = Object.assign(new pg.DatabaseError(`invalid input syntax for type uuid: "${CANARY}"`, 10, 'error'), {
    code: '22P02', detail: CANARY, where: `unnamed portal parameter $1 = '${CANARY}'`,
  });
  return new QueryFailedError('SELECT * FROM youth WHERE id = $1', [CANARY], driverError);
}

function capture(): { nest: PinoNestLogger; lines: () => Record<string, unknown>[]; raw: () => string } {
  const chunks: string[] = [];
  const sink = new PassThrough();
  sink.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
  const root = createRootLogger({ logLevel: 'debug' }, 'test', sink);
  const raw = () => chunks.join('');
  return { nest: new PinoNestLogger(root), raw, lines: () => raw().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>) };
}

const flush = () => new Promise((r) => setImmediate(r));

describe('log lines never hold what an error carries', () => {
  it('an error logged under err keeps its name, code and frames, not its parameters', async () => {
    const log = capture();
    log.nest.error({ err: failedQuery(), path: '/youths' }, 'unhandled error', 'http');
    await flush();
    expect(log.raw()).not.toContain('CANARY');
    const [line] = log.lines();
    expect(line).toMatchObject({ context: 'http', path: '/youths', msg: 'unhandled error', err: { name: 'QueryFailedError', code: '22P02', statement: 'SELECT' } });
    expect((line!.err as { stack: string }).stack).toMatch(/^QueryFailedError: invalid input syntax for type uuid: \[redacted\]\n\s+at /);
  });

  it('an Error given to Nest as the message goes under err, not spread into the line', async () => {
    const log = capture();
    log.nest.error(failedQuery(), 'ExceptionHandler');
    log.nest.warn(failedQuery(), 'something failed', 'queue:notifications');
    await flush();
    expect(log.raw()).not.toContain('CANARY');
    const [a, b] = log.lines();
    expect(a).toMatchObject({ context: 'ExceptionHandler', err: { name: 'QueryFailedError' } });
    expect(a).not.toHaveProperty('parameters');
    expect(b).toMatchObject({ context: 'queue:notifications', msg: 'something failed', level: 40 });
  });

  it("Nest's error(message, stack) has both redacted", async () => {
    const log = capture();
    const err = failedQuery();
    log.nest.error(err.message, err.stack, 'ExceptionsHandler');
    await flush();
    expect(log.raw()).not.toContain('CANARY');
    expect(log.lines()[0]).toMatchObject({ msg: 'invalid input syntax for type uuid: [redacted]', err: { stack: expect.stringMatching(/\n\s+at /) } });
  });

  it('a plain message and an object without an error pass as they are', async () => {
    const log = capture();
    log.nest.log('Nest application successfully started', 'NestApplication');
    log.nest.warn({ attempt: 2 }, 'retrying', 'relay');
    await flush();
    expect(log.lines()).toMatchObject([
      { context: 'NestApplication', msg: 'Nest application successfully started', level: 30 },
      { context: 'relay', msg: 'retrying', attempt: 2, level: 40 },
    ]);
  });
});
