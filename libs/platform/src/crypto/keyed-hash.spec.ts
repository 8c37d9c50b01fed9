import { createHmac, randomBytes } from 'node:crypto';
import { KeyedHasher } from './keyed-hash.js';

const key = (id: string) => ({ id, key: randomBytes(32) });

describe('KeyedHasher', () => {
  const k1 = key('k1');
  const k2 = key('k2');

  it('gives the same digest for the same purpose and value, and another for another purpose', () => {
    const h = new KeyedHasher([k1]);
    expect(h.digest('contact', 'a@b.nl').digest.equals(h.digest('contact', 'a@b.nl').digest)).toBe(true);
    expect(h.digest('contact', 'a@b.nl').digest.equals(h.digest('code', 'a@b.nl').digest)).toBe(false);
    expect(h.digest('contact', 'a@b.nl').keyId).toBe('k1');
  });

  it('never uses the data key itself as the HMAC key', () => {
    const plain = createHmac('sha256', k1.key).update('a@b.nl').digest();
    expect(new KeyedHasher([k1]).digest('contact', 'a@b.nl').digest.equals(plain)).toBe(false);
  });

  it('keeps finding digests of an older key while it is configured, and not after', () => {
    const old = new KeyedHasher([k1]).digest('contact', 'a@b.nl');
    const rotated = new KeyedHasher([k2, k1]);
    expect(rotated.digest('contact', 'a@b.nl').keyId).toBe('k2');
    expect(rotated.candidates('contact', 'a@b.nl').some((c) => c.digest.equals(old.digest))).toBe(true);
    expect(rotated.matches(old, 'contact', 'a@b.nl')).toBe(true);
    const dropped = new KeyedHasher([k2]);
    expect(dropped.candidates('contact', 'a@b.nl').some((c) => c.digest.equals(old.digest))).toBe(false);
    expect(dropped.matches(old, 'contact', 'a@b.nl')).toBe(false);
  });

  it('matches only the value that made the digest', () => {
    const h = new KeyedHasher([k1]);
    const d = h.digest('code', 'signup:123456');
    expect(h.matches(d, 'code', 'signup:123456')).toBe(true);
    expect(h.matches(d, 'code', 'signup:123457')).toBe(false);
  });
});
