import type { EntityManager } from 'typeorm';
import { hashPassword } from '../auth/passwords.js';
import { type Role, UserAccount } from '../auth/user-account.entity.js';
import { Organisation, type OrganisationKind } from './organisation.entity.js';
import { Region } from './region.entity.js';

/**
 * Idempotent set-up steps used by the `admin:create` command, the demo seed and the tests:
 * each one finds by natural key and creates only what is missing.
 */
export async function ensureRegion(m: EntityManager, code: string, name: string): Promise<Region> {
  const repo = m.getRepository(Region);
  return (await repo.findOneBy({ code })) ?? repo.save(repo.create({ code, name }));
}

export async function ensureOrganisation(m: EntityManager, region: Region, kind: OrganisationKind, name: string): Promise<Organisation> {
  const repo = m.getRepository(Organisation);
  const found = await repo.findOneBy({ regionId: region.id, name });
  if (found) {
    if (found.kind !== kind) throw new Error(`organisation "${name}" exists as ${found.kind}, not ${kind}`);
    return found;
  }
  return repo.save(repo.create({ regionId: region.id, kind, name }));
}

/** Creates the account, or resets its password and unlocks it when it exists. */
export async function ensureAccount(
  m: EntityManager,
  org: Organisation,
  input: { email: string; displayName: string; role: Role; password: string },
): Promise<UserAccount> {
  const repo = m.getRepository(UserAccount);
  const email = input.email.trim().toLowerCase();
  const passwordHash = await hashPassword(input.password);
  const fields = {
    regionId: org.regionId,
    organisationId: org.id,
    displayName: input.displayName,
    role: input.role,
    passwordHash,
    status: 'active' as const,
    failedLogins: 0,
    lockedUntil: null,
  };
  const existing = await repo.findOneBy({ email });
  if (!existing) return repo.save(repo.create({ ...fields, email }));
  await repo.update({ id: existing.id }, fields);
  return repo.findOneByOrFail({ id: existing.id });
}
