import type { DataCipher, KeyedHasher } from '@startbaan/platform';
import type { DataSource } from 'typeorm';
import { CONTACT_MATCH_PURPOSE, contactMatchInput, type Identity } from './youth.model.js';

const identityContext = (id: string) => `youth_identity:${id}`;

const TABLES = [
  { table: 'youth_identity', context: identityContext },
  { table: 'youth_sealed', context: (id: string) => `youth_sealed:${id}` },
] as const;

/**
 * Re-encrypts every identity and sealed row that is not under the current key, in batches
 * (each its own transaction, rows locked and skipped when busy), then re-derives the intake
 * contact keys made under an older key. Safe to stop and run again. Returns the number of rows
 * done per table.
 */
export async function rotateDataKeys(ds: DataSource, cipher: DataCipher, hasher: KeyedHasher, batch = 500): Promise<Record<string, number>> {
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
  counts.youth_contact_key = await rotateContactKeys(ds, cipher, hasher, batch);
  return counts;
}

/**
 * A keyed hash cannot be re-keyed from itself: it is derived again from what it was taken over,
 * the contact in the (decrypted) identity and the date of birth. A youth whose identity no longer
 * holds a contact on that channel loses the key (a later sign-up then makes a new youth).
 */
async function rotateContactKeys(ds: DataSource, cipher: DataCipher, hasher: KeyedHasher, batch: number): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await ds.transaction(async (m) => {
      const rows: { youth_id: string; channel: 'email' | 'phone'; dob: string | null; key_id: string; data: Buffer }[] = await m.query(
        `SELECT k.youth_id, k.channel, y.date_of_birth::text AS dob, i.key_id, i.data
         FROM youth_contact_key k JOIN youth y ON y.id = k.youth_id JOIN youth_identity i ON i.youth_id = k.youth_id
         WHERE k.key_id <> $1 LIMIT $2 FOR UPDATE OF k SKIP LOCKED`,
        [hasher.currentKeyId, batch],
      );
      for (const r of rows) {
        const value = cipher.decrypt<Identity>({ keyId: r.key_id, data: r.data }, identityContext(r.youth_id))[r.channel];
        if (!value || !r.dob) {
          await m.query(`DELETE FROM youth_contact_key WHERE youth_id = $1`, [r.youth_id]);
          continue;
        }
        const fresh = hasher.digest(CONTACT_MATCH_PURPOSE, contactMatchInput({ channel: r.channel, value }, r.dob));
        await m.query(`UPDATE youth_contact_key SET key_id = $2, digest = $3 WHERE youth_id = $1`, [r.youth_id, fresh.keyId, fresh.digest]);
      }
      return rows.length;
    });
    total += n;
    if (n < batch) break;
  }
  return total;
}
