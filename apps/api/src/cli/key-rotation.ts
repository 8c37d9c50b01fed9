import { DataCipher, type DataKey, KeyedHasher } from '@startbaan/platform';
import { rotateEmailSecrets } from '@startbaan/notifications';
import { signupsUnderOldKeys } from '@startbaan/programmes';
import { rotateDataKeys } from '@startbaan/youth';
import type { DataSource } from 'typeorm';

/**
 * Every column that names the key its row's ciphertext or keyed hash was made under, and what a
 * rotation does with it: `rotated` rows are taken under the new key; `expires` rows are short-lived
 * and cannot be taken again (a code's hash needs the code), so the old key stays until they are
 * gone. A test compares this list with the schema: a new keyed column must be listed to be added.
 */
export const KEYED_COLUMNS = [
  { table: 'youth_identity', column: 'key_id', handling: 'rotated' },
  { table: 'youth_sealed', column: 'key_id', handling: 'rotated' },
  { table: 'youth_contact_key', column: 'key_id', handling: 'rotated' },
  { table: 'email_message', column: 'secret_key_id', handling: 'rotated' },
  { table: 'intake_signup', column: 'key_id', handling: 'expires' },
  { table: 'intake_signup', column: 'message_key_id', handling: 'expires' },
] as const;

export interface RotationReport {
  /** Rows taken under the new key, per table. */
  rotated: Record<string, number>;
  /** Pending sign-ups still under an old key, and when the last of them expires. */
  waiting: { signups: number; until: Date | null };
}

/** keys:rotate: everything that can be taken under the first key of `keys` is, and what cannot is counted. */
export async function rotateKeys(ds: DataSource, keys: DataKey[]): Promise<RotationReport> {
  const cipher = new DataCipher(keys);
  const rotated = await rotateDataKeys(ds, cipher, new KeyedHasher(keys));
  rotated.email_message = await rotateEmailSecrets(ds, cipher);
  const pending = await signupsUnderOldKeys(ds, cipher.currentKeyId);
  return { rotated, waiting: { signups: pending.count, until: pending.lastExpiry } };
}

/** What the command prints: what was done, and when the old keys may go. */
export function rotationText(keyId: string, report: RotationReport): string {
  const lines = [`Re-encrypted under key "${keyId}": ${Object.entries(report.rotated).map(([t, n]) => `${t} ${n}`).join(', ')}.`];
  if (report.waiting.signups > 0 && report.waiting.until) {
    lines.push(`${report.waiting.signups} pending sign-up(s) stay under an old key until their codes expire, the last at ${report.waiting.until.toISOString()}.`);
    lines.push('Once every process runs with the new key first, and after that moment, the old keys can be removed from ENCRYPTION_KEYS.');
  } else {
    lines.push('Once every process runs with the new key first, the old keys can be removed from ENCRYPTION_KEYS.');
  }
  return lines.join('\n');
}
