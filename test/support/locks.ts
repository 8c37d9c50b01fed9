import pg from 'pg';
import { waitFor } from './app.js';

/**
 * Lines requests up in PostgreSQL so that a race happens every time rather than by luck: the
 * test's own transaction takes a lock, the requests queue behind it, and the test lets them go.
 */
export interface HeldLock {
  client: pg.Client;
  /** Ends the test's transaction, so the waiting requests go on (once; later calls do nothing). */
  release(): Promise<void>;
}

/** Runs `run` while the test's transaction holds what `statements` lock; the lock ends afterwards whatever happens. */
export async function withLockHeld<T>(url: string, statements: { sql: string; params?: unknown[] }[], run: (lock: HeldLock) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let open = true;
  const release = async () => {
    if (!open) return;
    open = false;
    await client.query('COMMIT');
  };
  try {
    await client.query('BEGIN');
    for (const s of statements) await client.query(s.sql, s.params ?? []);
    return await run({ client, release });
  } finally {
    if (open) await client.query('ROLLBACK').catch(() => undefined);
    await client.end();
  }
}

/**
 * Waits until `n` sessions wait for a lock that `where` describes (a condition on pg_locks).
 * A statement waits for its table lock while it is parsed, before pg_stat_activity shows it,
 * so pg_locks is where to look.
 */
export async function waitForLockWaiters(lock: HeldLock, n: number, where: string, what: string): Promise<void> {
  await waitFor(async () => {
    const { rows } = await lock.client.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted AND (${where})`);
    return rows[0]!.n >= n;
  }, 15000, `${n} ${what}`);
}

/**
 * Fires the requests while a SHARE lock on `table` holds every INSERT back (reads go on), waits
 * until `waiting` of them stand at their INSERT, each past the application's own checks, and
 * lets them go at once: the race that the table's unique indexes decide.
 */
export function raceAtInsert<T>(url: string, table: string, waiting: number, fire: () => Promise<T>[]): Promise<T[]> {
  return withLockHeld(url, [{ sql: `LOCK TABLE "${table}" IN SHARE MODE` }], async (lock) => {
    const answers = Promise.all(fire());
    await waitForLockWaiters(lock, waiting, `relation = '${table}'::regclass AND mode = 'RowExclusiveLock'`, `requests waiting to insert into ${table}`);
    await lock.release();
    return answers;
  });
}
