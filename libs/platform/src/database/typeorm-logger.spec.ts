import { PassThrough } from 'node:stream';
import pg from 'pg';
import { createRootLogger } from '../http/logging.js';
import { type LogWriter, sqlShape, TypeOrmLogAdapter } from './typeorm-logger.js';

const CANARY = 'CANARY-freetext-9a8b7c6d';

function pgError(message: string, fields: Record<string, string>): pg.DatabaseError {
  return Object.assign(new pg.DatabaseError(message, message.length, 'error'), { severity: 'ERROR', ...fields });
}

/** A pino root logger writing into an array of parsed lines, as the apps make it. */
function capture(): { writer: LogWriter; lines: () => Record<string, unknown>[]; raw: () => string } {
  const chunks: string[] = [];
  const sink = new PassThrough();
  sink.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
  const writer = createRootLogger({ logLevel: 'trace' }, 'test', sink);
  const raw = () => chunks.join('');
  return { writer, raw, lines: () => raw().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>) };
}

const flush = () => new Promise((r) => setImmediate(r));

describe('TypeORM logger adapter: database events in our log, without their data', () => {
  it('logs a failed query as code, names, statement and a redacted message, never the parameters, detail or where', async () => {
    const log = capture();
    const adapter = new TypeOrmLogAdapter(log.writer);
    adapter.logQueryError(
      pgError('duplicate key value violates unique constraint "proposal_open_key"', {
        code: '23505', constraint: 'proposal_open_key', table: 'proposal', schema: 'public',
        detail: `Key (youth_id, vacancy_id)=(${CANARY}, 1) already exists.`, where: `SQL statement "INSERT … '${CANARY}'"`,
      }),
      `INSERT INTO proposal (note) VALUES ($1)`,
      [CANARY],
    );
    adapter.logQueryError(pgError(`invalid input syntax for type uuid: "${CANARY}"`, { code: '22P02' }), 'SELECT 1 WHERE $1::uuid IS NULL', [CANARY]);
    adapter.logQueryError(`connection lost while sending "${CANARY}"`, 'UPDATE x SET a = $1', [CANARY]);
    await flush();
    expect(log.raw()).not.toContain('CANARY');
    const [unique, uuid, text] = log.lines();
    expect(unique).toMatchObject({
      level: 40,
      msg: 'query failed',
      query: { code: '23505', constraint: 'proposal_open_key', table: 'proposal', schema: 'public', statement: 'INSERT', message: 'duplicate key value violates unique constraint "proposal_open_key"' },
    });
    expect(Object.keys(unique!.query as object).sort()).toEqual(['code', 'constraint', 'message', 'schema', 'severity', 'statement', 'table']);
    expect(uuid).toMatchObject({ query: { code: '22P02', statement: 'SELECT', message: 'invalid input syntax for type uuid: [redacted]' } });
    expect(text).toMatchObject({ query: { statement: 'UPDATE', message: 'connection lost while sending [redacted]' } });
  });

  it('logs a slow query as its SQL shape and time, without parameters or literals', async () => {
    const log = capture();
    new TypeOrmLogAdapter(log.writer).logQuerySlow(1234, `SELECT * FROM youth WHERE note = '${CANARY}' AND id = $1`, [CANARY]);
    await flush();
    expect(log.raw()).not.toContain('CANARY');
    expect(log.lines()[0]).toMatchObject({ msg: 'query is slow', query: { statement: 'SELECT', ms: 1234, sql: "SELECT * FROM youth WHERE note = '?' AND id = $1" } });
  });

  it('never logs a statement that went well', async () => {
    const log = capture();
    new TypeOrmLogAdapter(log.writer).logQuery(`INSERT INTO youth_identity VALUES ($1)`, [CANARY]);
    await flush();
    expect(log.raw()).toBe('');
  });

  it('passes on driver notes, notices and migrations with quoted values taken out', async () => {
    const log = capture();
    const adapter = new TypeOrmLogAdapter(log.writer);
    adapter.log('info', `Received NOTIFY on channel jobs: "${CANARY}".`);
    adapter.log('warn', new Error(`Postgres pool raised an error. "${CANARY}"`));
    adapter.logMigration('Migration Foundation1795426329098 has been executed successfully.');
    adapter.logSchemaBuild('creating a new table: public.region');
    await flush();
    expect(log.raw()).not.toContain('CANARY');
    expect(log.lines().map((l) => [l.level, l.msg])).toEqual([
      [20, 'Received NOTIFY on channel jobs: [redacted].'],
      [40, 'Postgres pool raised an error. [redacted]'],
      [20, 'Migration Foundation1795426329098 has been executed successfully.'],
      [20, 'creating a new table: public.region'],
    ]);
  });

  it('takes string literals, dollar-quoted bodies and extra space out of the SQL shape', () => {
    expect(sqlShape(`SELECT 'it''s ${CANARY}',\n   $tag$ ${CANARY} $tag$, $$x$$ FROM t WHERE a = $1`)).toBe("SELECT '?', '?', '?' FROM t WHERE a = $1");
    expect(sqlShape('SELECT 1'.padEnd(500, ' x'), 20)).toHaveLength(20);
  });
});
