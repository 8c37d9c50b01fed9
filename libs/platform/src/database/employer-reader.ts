import type { DataSource, EntityManager } from 'typeorm';
import { requestContext } from '../http/logging.js';
import { EMPLOYER_ROLE } from './session-role.js';

/**
 * Runs employer-facing reads as the employer database role, read-only, also when called outside
 * an employer's request (a request of an employer already runs as that role throughout).
 *
 * `oneStatement`: `fn` sends a single SELECT. Within an employer's own request every pooled
 * connection already runs as the employer role (useSessionRoles), and one statement is atomic and
 * sees one snapshot, so it runs as it is: no transaction and no role switch around it (three round
 * trips fewer). Anywhere else it runs as below.
 */
export function asEmployerReader<T>(dataSource: DataSource, fn: (m: EntityManager) => Promise<T>, o: { oneStatement?: boolean } = {}): Promise<T> {
  if (o.oneStatement && requestContext.getStore()?.dbRole?.role === EMPLOYER_ROLE) return fn(dataSource.manager);
  // PostgreSQL's default isolation (read committed), so no SET TRANSACTION after BEGIN; both
  // settings in one round trip (a statement without parameters may hold several).
  return dataSource.transaction(async (m) => {
    await m.query(`SET LOCAL ROLE ${EMPLOYER_ROLE}; SET LOCAL transaction_read_only = on`);
    return fn(m);
  });
}
