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
