import type { DataSource, EntityManager } from 'typeorm';
import { EMPLOYER_READER_ROLE } from './migrations/1795600000000-Youth.js';

export { EMPLOYER_READER_ROLE };

/**
 * Runs employer-facing reads as the database role that may read the employer views and
 * nothing else: a query that strays to identity, sealed or referral data fails with
 * "permission denied" instead of leaking. Read-only; the role ends with the transaction.
 */
export function asEmployerReader<T>(dataSource: DataSource, fn: (m: EntityManager) => Promise<T>): Promise<T> {
  return dataSource.transaction('READ COMMITTED', async (m) => {
    await m.query(`SET LOCAL ROLE ${EMPLOYER_READER_ROLE}`);
    await m.query('SET LOCAL transaction_read_only = on');
    return fn(m);
  });
}
