import { rowsAsJson } from '@startbaan/platform';
import pg from 'pg';
import type { EntityManager } from 'typeorm';
import { ADMIN_URL } from './support/database.js';

/**
 * rowsAsJson reads thousands of youths, vacancies and programme entries as one JSON array: for every kind of column
 * it is used with, what comes back must be exactly what the driver gives row by row.
 */
describe('rows as one JSON array', () => {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  const m = { query: async (sql: string, params?: unknown[]) => (await client.query(sql, params)).rows } as Pick<EntityManager, 'query'>;
  beforeAll(() => client.connect());
  afterAll(() => client.end());

  const VALUES = `
    SELECT * FROM (VALUES
      ('00000000-0000-4000-8000-000000000001'::uuid, 'Daan'::text, 15::smallint, 2147483647::int, 52.0907374::float8, 0.1::float8 + 0.2::float8, 1e-7::float8, -4.5e15::float8,
       true, NULL::boolean, ARRAY['G', 'a,b', 'quote "x"', 'é ü €', '']::text[], ARRAY['00000000-0000-4000-8000-00000000000a']::uuid[], '{"weekdays": [1, 2], "note": null, "deep": {"x": 1.5}}'::jsonb,
       '2009-02-28'::date::text, 24.5::numeric(4,1)::float8),
      ('00000000-0000-4000-8000-000000000002'::uuid, NULL, NULL, 0, -0.000123, 3::float8, 12345.678901234567, 0,
       false, false, ARRAY[]::text[], ARRAY[]::uuid[], '[]'::jsonb, NULL, 40::numeric(4,1)::float8)
    ) AS t(id, name, km, n, lat, sum, tiny, huge, yes, maybe, words, ids, doc, day, hours)`;

  it("gives the driver's values for text, integers, floats, booleans, nulls, text arrays, jsonb and dates as text", async () => {
    const byDriver = (await client.query(`${VALUES} ORDER BY id`)).rows;
    expect(await rowsAsJson(m, `${VALUES} ORDER BY id`, [])).toEqual(byDriver);
    // Floats survive to the last bit, not just to toEqual's idea of equal.
    const json = await rowsAsJson<{ sum: number; tiny: number }>(m, `${VALUES} ORDER BY id`, []);
    expect(Object.is(json[0]!.sum, byDriver[0].sum)).toBe(true);
    expect(Object.is(json[1]!.tiny, byDriver[1].tiny)).toBe(true);
  });

  it("gives an empty list for no rows, and keeps the statement's order and parameters", async () => {
    expect(await rowsAsJson(m, `${VALUES} WHERE false`, [])).toEqual([]);
    const ordered = await rowsAsJson<{ id: string }>(m, `${VALUES} WHERE n >= $1 ORDER BY id DESC`, [0]);
    expect(ordered.map((r) => r.id)).toEqual(['00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000001']);
  });
});
