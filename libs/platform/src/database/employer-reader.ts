import type { DataSource, EntityManager } from 'typeorm';
import { EMPLOYER_ROLE } from './session-role.js';

/**
 * Runs employer-facing reads as the employer database role, read-only, also when called outside
 * an employer's request (a request of an employer already runs as that role throughout).
 */
export function asEmployerReader<T>(dataSource: DataSource, fn: (m: EntityManager) => Promise<T>): Promise<T> {
  return dataSource.transaction('READ COMMITTED', async (m) => {
    await m.query(`SET LOCAL ROLE ${EMPLOYER_ROLE}`);
    await m.query('SET LOCAL transaction_read_only = on');
    return fn(m);
  });
}
