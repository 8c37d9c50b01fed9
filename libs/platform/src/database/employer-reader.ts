import type { DataSource, EntityManager } from 'typeorm';
import { EMPLOYER_ROLE } from './session-role.js';

/**
 * Runs employer-facing reads as the employer database role, read-only, also when called outside
 * an employer's request (a request of an employer already runs as that role throughout).
 */
export function asEmployerReader<T>(dataSource: DataSource, fn: (m: EntityManager) => Promise<T>): Promise<T> {
  // PostgreSQL's default isolation (read committed), so no SET TRANSACTION after BEGIN; both
  // settings in one round trip (a statement without parameters may hold several).
  return dataSource.transaction(async (m) => {
    await m.query(`SET LOCAL ROLE ${EMPLOYER_ROLE}; SET LOCAL transaction_read_only = on`);
    return fn(m);
  });
}
