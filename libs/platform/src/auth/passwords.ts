import { hash, verify } from '@node-rs/argon2';

/** argon2id with the OWASP baseline (19 MiB, 2 passes, 1 lane). */
const ARGON2ID = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID as never);
}

export async function verifyPassword(hashed: string, password: string): Promise<boolean> {
  try {
    return await verify(hashed, password);
  } catch {
    return false;
  }
}

/**
 * Spent when an account does not exist, so that timing does not tell which e-mails exist: one
 * verification against a hash made with the same parameters as the accounts' own.
 */
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  await verifyPassword(await prepareDummyHash(), password);
}

/** Makes the dummy hash ahead of the first sign-in, which would otherwise pay for hashing it too. */
export function prepareDummyHash(): Promise<string> {
  dummyHash ??= hashPassword(`not-a-password-${crypto.randomUUID()}`);
  return dummyHash;
}
