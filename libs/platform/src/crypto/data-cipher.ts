import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { DataKey } from '../config/app-config.js';

/** One encrypted value as it is stored: the key's id beside iv ‖ tag ‖ ciphertext. */
export interface Sealed {
  keyId: string;
  data: Buffer;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * AES-256-GCM for personal data at rest. The first configured key encrypts; any configured
 * key decrypts, found by the id stored with the row, so keys can rotate without downtime.
 * `context` is bound as additional authenticated data (e.g. "youth_identity:<youth id>"):
 * a ciphertext copied onto another row or table fails to decrypt instead of being misread.
 */
export class DataCipher {
  private readonly byId: Map<string, Buffer>;

  constructor(private readonly keys: readonly DataKey[]) {
    if (keys.length === 0) throw new Error('DataCipher needs at least one key');
    this.byId = new Map(keys.map((k) => [k.id, k.key]));
  }

  get currentKeyId(): string {
    return this.keys[0]!.id;
  }

  encrypt(value: unknown, context: string): Sealed {
    const key = this.keys[0]!;
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key.key, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
    return { keyId: key.id, data: Buffer.concat([iv, cipher.getAuthTag(), body]) };
  }

  decrypt<T>(sealed: Sealed, context: string): T {
    const key = this.byId.get(sealed.keyId);
    if (!key) throw new Error(`data key "${sealed.keyId}" is not configured (ENCRYPTION_KEYS)`);
    const iv = sealed.data.subarray(0, IV_BYTES);
    const tag = sealed.data.subarray(IV_BYTES, IV_BYTES + TAG_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(tag);
    const plain = Buffer.concat([decipher.update(sealed.data.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
    return JSON.parse(plain.toString('utf8')) as T;
  }

  /** True when the value is under a key other than the current one. */
  needsRotation(sealed: Pick<Sealed, 'keyId'>): boolean {
    return sealed.keyId !== this.currentKeyId;
  }
}
