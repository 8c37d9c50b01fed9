import { CONFIG_VARIABLES, ConfigError, loadConfig } from './app-config.js';

const SECRET = 'x'.repeat(32);
const KEY = `k1:${Buffer.alloc(32, 7).toString('base64')}`;
const REQUIRED = { JWT_SECRET: SECRET, ENCRYPTION_KEYS: KEY };

describe('loadConfig', () => {
  it('fills defaults for everything but the secret', () => {
    const c = loadConfig(REQUIRED);
    expect(c.port).toBe(3000);
    expect(c.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(c.dbMigrateOnStart).toBe(false);
    expect(c.smtpUrl).toBeUndefined();
  });

  it('lists every problem at once, naming each variable and what it expects', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', DB_MIGRATE_ON_START: 'yes', NODE_ENV: 'staging' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.map((p) => p.name).sort();
    expect(problems).toEqual(['DATABASE_URL', 'DB_MIGRATE_ON_START', 'ENCRYPTION_KEYS', 'JWT_SECRET', 'NODE_ENV', 'PORT']);
    const message = (error as Error).message;
    expect(message).toContain('PORT: expected an integer from 1 to 65535, got "eighty"');
    expect(message).toContain('JWT_SECRET: expected a random secret of at least 32 characters (it is required)');
  });

  it('never echoes a secret back', () => {
    expect(() => loadConfig({ JWT_SECRET: 'short-secret' })).toThrow(/JWT_SECRET: expected .*got "<hidden>"/);
    try {
      loadConfig({ JWT_SECRET: 'short-secret' });
    } catch (e) {
      expect((e as Error).message).not.toContain('short-secret');
    }
  });

  it('accepts boundary values and rejects one past them', () => {
    expect(loadConfig({ ...REQUIRED, PORT: '65535' }).port).toBe(65535);
    expect(() => loadConfig({ ...REQUIRED, PORT: '65536' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...REQUIRED, PORT: '0' })).toThrow(ConfigError);
  });

  it('reads data keys, the first one encrypting, and rejects short or repeated keys', () => {
    const second = `old-2:${Buffer.alloc(32, 9).toString('base64')}`;
    const keys = loadConfig({ ...REQUIRED, ENCRYPTION_KEYS: `${KEY},${second}` }).encryptionKeys;
    expect(keys.map((k) => k.id)).toEqual(['k1', 'old-2']);
    expect(keys[0]!.key).toHaveLength(32);
    for (const bad of [`k1:${Buffer.alloc(16).toString('base64')}`, `${KEY},${KEY}`, 'k1', `K 1:${Buffer.alloc(32).toString('base64')}`]) {
      expect(() => loadConfig({ ...REQUIRED, ENCRYPTION_KEYS: bad })).toThrow(/ENCRYPTION_KEYS: expected .*got "<hidden>"/);
    }
  });

  it('trusts no proxy unless TRUST_PROXY names them, by hop count or by address', () => {
    expect(loadConfig(REQUIRED).trustProxy).toBeUndefined();
    expect(loadConfig({ ...REQUIRED, TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ ...REQUIRED, TRUST_PROXY: '0' }).trustProxy).toBe(0);
    expect(loadConfig({ ...REQUIRED, TRUST_PROXY: 'loopback, 10.0.0.0/8,192.0.2.7, fd00::/8, ::1' }).trustProxy).toEqual(['loopback', '10.0.0.0/8', '192.0.2.7', 'fd00::/8', '::1']);
    for (const bad of ['true', '11', '-1', 'proxy.internal', '10.0.0.0/33', 'fd00::/129', '10.0.0.1/8/8', '10.0.0.0/', 'loopback,', '300.1.1.1']) {
      expect(() => loadConfig({ ...REQUIRED, TRUST_PROXY: bad })).toThrow(/TRUST_PROXY: expected a hop count/);
    }
  });

  it('treats an empty value as unset', () => {
    expect(loadConfig({ ...REQUIRED, PORT: '' }).port).toBe(3000);
  });

  it('documents every variable in .env.example', async () => {
    const { readFileSync } = await import('node:fs');
    const example = readFileSync(new URL('../../../../.env.example', import.meta.url), 'utf8');
    for (const v of CONFIG_VARIABLES) expect(example).toMatch(new RegExp(`^#? ?${v.name}=`, 'm'));
  });
});
