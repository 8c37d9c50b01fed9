import type { DataCipher } from '@startbaan/platform';
import type { DataSource } from 'typeorm';

const TABLES = [
  { table: 'youth_identity', context: (id: string) => `youth_identity:${id}` },
  { table: 'youth_sealed', context: (id: string) => `youth_sealed:${id}` },
] as const;

/**
 * Re-encrypts every identity and sealed row that is not under the current key, in batches
 * (each its own transaction, rows locked and skipped when busy). Safe to stop and run again.
 * Returns the number of rows re-encrypted per table.
 */
export async function rotateDataKeys(ds: DataSource, cipher: DataCipher, batch = 500): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const { table, context } of TABLES) {
    counts[table] = 0;
    for (;;) {
      const n = await ds.transaction(async (m) => {
        const rows: { youth_id: string; key_id: string; data: Buffer }[] = await m.query(
          `SELECT youth_id, key_id, data FROM ${table} WHERE key_id <> $1 LIMIT $2 FOR UPDATE SKIP LOCKED`,
          [cipher.currentKeyId, batch],
        );
        for (const r of rows) {
          const value = cipher.decrypt<unknown>({ keyId: r.key_id, data: r.data }, context(r.youth_id));
          const fresh = cipher.encrypt(value, context(r.youth_id));
          await m.query(`UPDATE ${table} SET key_id = $2, data = $3 WHERE youth_id = $1`, [r.youth_id, fresh.keyId, fresh.data]);
        }
        return rows.length;
      });
      counts[table] += n;
      if (n < batch) break;
    }
  }
  return counts;
}
