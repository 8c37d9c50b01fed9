import { randomBytes } from 'node:crypto';
import { DataCipher } from './data-cipher.js';

const key = (id: string) => ({ id, key: randomBytes(32) });

describe('DataCipher', () => {
  const k1 = key('k1');
  const k2 = key('k2');

  it('round-trips a value and never stores the plain text', () => {
    const c = new DataCipher([k1]);
    const sealed = c.encrypt({ notes: 'plain words here' }, 'youth_sealed:1');
    expect(sealed.keyId).toBe('k1');
    expect(sealed.data.toString('utf8')).not.toContain('plain words');
    expect(c.decrypt(sealed, 'youth_sealed:1')).toEqual({ notes: 'plain words here' });
  });

  it('uses a fresh iv each time', () => {
    const c = new DataCipher([k1]);
    expect(c.encrypt('same', 'x').data.equals(c.encrypt('same', 'x').data)).toBe(false);
  });

  it('refuses a ciphertext moved to another row (context is authenticated)', () => {
    const c = new DataCipher([k1]);
    const sealed = c.encrypt('secret', 'youth_identity:1');
    expect(() => c.decrypt(sealed, 'youth_identity:2')).toThrow();
  });

  it('refuses a tampered ciphertext', () => {
    const c = new DataCipher([k1]);
    const sealed = c.encrypt('secret', 'x');
    sealed.data[sealed.data.length - 1]! ^= 1;
    expect(() => c.decrypt(sealed, 'x')).toThrow();
  });

  it('decrypts with an older key after rotation and encrypts with the new one', () => {
    const old = new DataCipher([k1]).encrypt('kept', 'x');
    const rotated = new DataCipher([k2, k1]);
    expect(rotated.needsRotation(old)).toBe(true);
    expect(rotated.decrypt(old, 'x')).toBe('kept');
    const fresh = rotated.encrypt('kept', 'x');
    expect(fresh.keyId).toBe('k2');
    expect(rotated.needsRotation(fresh)).toBe(false);
  });

  it('names a key that is no longer configured', () => {
    const old = new DataCipher([k1]).encrypt('lost', 'x');
    expect(() => new DataCipher([k2]).decrypt(old, 'x')).toThrow(/data key "k1" is not configured/);
  });
});
