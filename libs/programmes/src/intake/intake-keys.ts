import type { DataSource } from 'typeorm';

/**
 * Pending open-intake sign-ups still under a key other than `currentKeyId`. They are not
 * re-encrypted by a rotation: the code's hash cannot be taken again without the code, and a
 * sign-up lives only until its code expires (then the hourly purge deletes it). The old key can
 * go once the last of them has expired.
 */
export async function signupsUnderOldKeys(ds: DataSource, currentKeyId: string): Promise<{ count: number; lastExpiry: Date | null }> {
  const [row]: { count: number; last: Date | null }[] = await ds.query(
    `SELECT count(*)::int AS count, max(expires_at) AS last FROM intake_signup
      WHERE expires_at > now() AND (key_id <> $1 OR message_key_id <> $1)`,
    [currentKeyId],
  );
  return { count: row!.count, lastExpiry: row!.last };
}
