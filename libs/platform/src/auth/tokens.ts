import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const sha256Hex = (s: string): string => createHash('sha256').update(s).digest('hex');

export const randomSecret = (bytes = 32): string => randomBytes(bytes).toString('base64url');

/** A refresh token is `<row id>.<secret>`; only the secret's hash is stored. */
export function composeRefreshToken(id: string, secret: string): string {
  return `${id}.${secret}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function parseRefreshToken(token: string): { id: string; secret: string } | null {
  const dot = token.indexOf('.');
  if (dot < 0) return null;
  const id = token.slice(0, dot);
  const secret = token.slice(dot + 1);
  if (!UUID.test(id) || secret.length < 20 || secret.length > 100) return null;
  return { id, secret };
}

export function hashMatches(expectedHex: string, secret: string): boolean {
  const a = Buffer.from(expectedHex, 'hex');
  const b = Buffer.from(sha256Hex(secret), 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
