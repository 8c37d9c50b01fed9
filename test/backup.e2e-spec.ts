import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { INestApplication } from '@nestjs/common';
import { DataCipher, parseDataKeys } from '@startbaan/platform';
import pg from 'pg';
import request from 'supertest';
import { startApi, startSuite, suiteEnv, type Suite } from './support/app.js';
import { ADMIN_URL, APP_LOGIN } from './support/database.js';
import { bearer, login, query, seedRegion, type Tokens } from './support/fixtures.js';
import { registerYouth, vocabulary } from './support/youth.js';

const run = promisify(execFile);

/**
 * The backup and restore the README describes, done for real: pg_dump of a running database in
 * the custom format, pg_restore into a database made empty for it, and the API started on the
 * copy reads a youth's identity, because it has the same ENCRYPTION_KEYS. Without them the
 * identity is only ciphertext.
 */
describe('backup and restore', () => {
  let s: Suite;
  let coach: Tokens;
  let dir: string;
  const restored = `startbaan_r_${randomBytes(6).toString('hex')}`;
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: ADMIN_URL });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  const urlOf = (db: string, login?: string) => {
    const u = new URL(ADMIN_URL);
    u.pathname = `/${db}`;
    if (login) u.username = login;
    return u.toString();
  };

  beforeAll(async () => {
    s = await startSuite();
    dir = await mkdtemp(join(tmpdir(), 'startbaan-backup-'));
  });
  afterAll(async () => {
    await s?.close();
    await admin(`DROP DATABASE IF EXISTS "${restored}" WITH (FORCE)`);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('restores a pg_dump into a fresh database, where the API reads a youth identity with the same keys', async () => {
    const r = await seedRegion(s.db.url);
    coach = await login(s.http, r.coach.email);
    const vocab = await vocabulary(s.http, coach);
    const youth = await registerYouth(s.http, coach, vocab, { identity: { firstName: 'Noor', lastName: 'Terug', phone: '+31612345670', email: 'noor@example.test', preferredContact: 'email' } });

    const file = join(dir, 'startbaan.dump');
    await run('pg_dump', ['--format=custom', '--file', file, s.db.url]);
    await admin(`CREATE DATABASE "${restored}"`);
    // Owners and grants come with the dump: the roles (startbaan_app, startbaan_employer, the logins) exist on the server already.
    await run('pg_restore', ['--exit-on-error', '--dbname', urlOf(restored), file]);

    // The ciphertext came across as it was: only the keys make it readable.
    const [row] = await query<{ key_id: string; data: Buffer }>(urlOf(restored), `SELECT key_id, data FROM youth_identity WHERE youth_id = $1`, [youth.id]);
    expect(row!.data.toString('utf8')).not.toContain('Noor');
    const cipher = new DataCipher(parseDataKeys(s.env.ENCRYPTION_KEYS!)!);
    expect(cipher.decrypt<{ firstName: string }>({ keyId: row!.key_id, data: row!.data }, `youth_identity:${youth.id}`)).toMatchObject({ firstName: 'Noor', lastName: 'Terug' });
    const otherKey = new DataCipher(parseDataKeys(`${row!.key_id}:${randomBytes(32).toString('base64')}`)!);
    expect(() => otherKey.decrypt({ keyId: row!.key_id, data: row!.data }, `youth_identity:${youth.id}`)).toThrow();

    // The API started on the copy, with the same keys and secret, serves the youth as before.
    let api: INestApplication | undefined;
    try {
      api = await startApi({ ...s.env, ...suiteEnv({ url: urlOf(restored), appUrl: urlOf(restored, APP_LOGIN) }), JWT_SECRET: s.env.JWT_SECRET, ENCRYPTION_KEYS: s.env.ENCRYPTION_KEYS, QUEUE_PREFIX: s.env.QUEUE_PREFIX });
      const http = () => request(api!.getHttpServer());
      const again = await login(http, r.coach.email);
      const res = await http().get(`/youths/${youth.id}`).set(...bearer(again)).expect(200);
      expect(res.body.identity).toMatchObject({ firstName: 'Noor', lastName: 'Terug', email: 'noor@example.test' });
      const migrations = await query<{ n: number }>(urlOf(restored), `SELECT count(*)::int AS n FROM typeorm_migrations`);
      expect(migrations[0]!.n).toBeGreaterThan(0);
    } finally {
      await api?.close();
    }
  });
});
