import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import type { DataKey } from '../config/app-config.js';

/** One keyed digest as it is stored: the data key it was derived from, beside the digest. */
export interface KeyedDigest {
  keyId: string;
  digest: Buffer;
}

/**
 * HMAC-SHA256 under keys derived (HKDF) from the data keys of ENCRYPTION_KEYS, so that lookup
 * values (a contact, a one-time code) can be found or checked without being stored in clear,
 * and without another secret to configure. Each purpose gets its own derived key, and none of
 * them is the AES key itself.
 *
 * Rotation: the first data key makes new digests; `candidates` gives the digest under every
 * configured key, so rows made under an older key still match while that key is configured.
 * Dropping a key makes its digests unfindable: re-derive them first (`npm run keys:rotate`).
 */
export class KeyedHasher {
  private readonly derived = new Map<string, Buffer>();

  constructor(private readonly keys: readonly DataKey[]) {
    if (keys.length === 0) throw new Error('KeyedHasher needs at least one key');
  }

  get currentKeyId(): string {
    return this.keys[0]!.id;
  }

  /** The digest under the current key. */
  digest(purpose: string, value: string): KeyedDigest {
    return this.digestWith(this.currentKeyId, purpose, value)!;
  }

  /** The digest under the named key, or null when that key is no longer configured. */
  digestWith(keyId: string, purpose: string, value: string): KeyedDigest | null {
    const key = this.keyFor(keyId, purpose);
    return key ? { keyId, digest: createHmac('sha256', key).update(value, 'utf8').digest() } : null;
  }

  /** The digest under every configured key, current first: what a lookup should match. */
  candidates(purpose: string, value: string): KeyedDigest[] {
    return this.keys.map((k) => this.digestWith(k.id, purpose, value)!);
  }

  /** True when `value` gives `stored` under the key it was made with (constant time). */
  matches(stored: KeyedDigest, purpose: string, value: string): boolean {
    const fresh = this.digestWith(stored.keyId, purpose, value);
    return fresh !== null && fresh.digest.length === stored.digest.length && timingSafeEqual(fresh.digest, stored.digest);
  }

  private keyFor(keyId: string, purpose: string): Buffer | null {
    const name = `${keyId}\u0000${purpose}`;
    const known = this.derived.get(name);
    if (known) return known;
    const data = this.keys.find((k) => k.id === keyId);
    if (!data) return null;
    const key = Buffer.from(hkdfSync('sha256', data.key, 'startbaan keyed hash', purpose, 32));
    this.derived.set(name, key);
    return key;
  }
}
