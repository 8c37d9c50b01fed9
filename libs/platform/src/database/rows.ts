import type { EntityManager } from 'typeorm';

/**
 * The row of a statement that always gives one (an INSERT … RETURNING without ON CONFLICT, an
 * aggregate without GROUP BY, a row locked a moment before): none is a bug, not a miss, so it
 * throws with what was asked instead of letting an undefined row travel on.
 */
export function onlyRow<T>(rows: readonly T[], what: string): T {
  const [row] = rows;
  if (row === undefined) throw new Error(`${what}: the statement returned no row`);
  return row;
}

/** What the PostgreSQL driver answers to an UPDATE or DELETE: the rows it returned and how many it changed. */
export type ChangedRows<T = never> = [rows: T[], changed: number];

/**
 * The rows of `sql` as one JSON array built by PostgreSQL and parsed by V8 in one go. For
 * thousands of rows this is several times faster than the driver's per-column parsing (each
 * `text[]` by a parser written in JavaScript, each `jsonb` by a JSON.parse of its own). Only for
 * columns whose JSON form is the value the driver would give: text (dates cast to text), integers,
 * floats, booleans, text and uuid arrays and jsonb, never numeric, timestamps or bytea.
 */
export async function rowsAsJson<T>(m: Pick<EntityManager, 'query'>, sql: string, params: unknown[]): Promise<T[]> {
  const rows: { rows: string }[] = await m.query(`SELECT COALESCE(json_agg(as_json_row), '[]')::text AS rows FROM (${sql}) as_json_row`, params);
  return JSON.parse(onlyRow(rows, 'rows as JSON').rows) as T[];
}
