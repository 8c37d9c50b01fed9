import { preparable, rowsAsJson } from '@startbaan/platform';
import { DataSource, type QueryRunner } from 'typeorm';
import { startSuite, type Suite } from './support/app.js';
import { query, seedRegion } from './support/fixtures.js';

/**
 * Statements marked preparable (every `rowsAsJson` and `jsonPage` statement) are kept prepared
 * on the connection that runs them, and go on working when a table they read changes under the
 * running API, as in a rolling deploy; statements not marked are never kept.
 */
describe('prepared statements on the API\'s connections', () => {
  let s: Suite;
  let runner: QueryRunner;
  let regionId: string;
  const kept = async (): Promise<string[]> => ((await runner.query(`SELECT statement FROM pg_prepared_statements ORDER BY prepare_time`)) as { statement: string }[]).map((r) => r.statement);

  beforeAll(async () => {
    s = await startSuite();
    regionId = (await seedRegion(s.db.url)).coach.regionId;
    // One connection of the API's pool, held, so that what it keeps can be seen from it.
    runner = s.api.get(DataSource).createQueryRunner();
    await runner.connect();
  });

  afterAll(async () => {
    await runner?.release();
    await s?.close();
  });

  it('keeps a rowsAsJson statement on the connection after its first run, and only that one', async () => {
    const read = () => rowsAsJson<{ id: string; name: string }>(runner.manager, `SELECT id, name FROM region WHERE id = $1`, [regionId]);
    const first = await read();
    expect(first).toEqual([{ id: regionId, name: expect.any(String) }]);
    await runner.query(`SELECT id FROM region WHERE id = $1 AND name <> 'unmarked'`, [regionId]);
    expect(await read()).toEqual(first);
    const statements = await kept();
    expect(statements.filter((t) => t.includes('FROM region WHERE id = $1'))).toEqual([`SELECT COALESCE(json_agg(as_json_row), '[]')::text AS rows FROM (SELECT id, name FROM region WHERE id = $1) as_json_row`]);
    expect(statements.some((t) => t.includes("'unmarked'"))).toBe(false);
    // A statement without parameters is never kept, marked or not.
    await runner.query(preparable(`SELECT json_agg(1) AS without_parameters`));
    expect((await kept()).some((t) => t.includes('without_parameters'))).toBe(false);
  });

  it('goes on answering after a column it returns changed type while the API ran', async () => {
    const read = () => rowsAsJson<{ id: string; name: string }>(runner.manager, `SELECT id, name, youth_min_age FROM region WHERE id = $1`, [regionId]);
    const before = await read();
    await read();
    await query(s.db.url, `ALTER TABLE region ALTER COLUMN name TYPE varchar(200), ALTER COLUMN youth_min_age TYPE integer`);
    try {
      expect(await read()).toEqual(before);
    } finally {
      await query(s.db.url, `ALTER TABLE region ALTER COLUMN name TYPE varchar(120), ALTER COLUMN youth_min_age TYPE smallint`);
    }
    expect(await read()).toEqual(before);
  });
});
