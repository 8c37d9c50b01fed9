import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { ChangedRows } from '../database/rows.js';
import { Problem } from '../errors/problem.js';
import { type Page, type PageQuery, paginate } from '../http/pagination.js';
import type { Actor } from './actor.js';
import { SessionRevocations } from './session-revocations.js';
import { type Role, UserAccount } from './user-account.entity.js';

/**
 * The columns of an account its users are shown: never the password hash or the sign-in
 * counters, which the employer role may not read at all.
 */
const PUBLIC_USER_COLUMNS = { id: true, regionId: true, organisationId: true, email: true, displayName: true, role: true, status: true, language: true, createdAt: true, lastLoginAt: true } as const;

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly revocations: SessionRevocations,
  ) {}

  async me(actor: Actor): Promise<UserAccount> {
    const user = await this.dataSource.getRepository(UserAccount).findOne({ select: PUBLIC_USER_COLUMNS, where: { id: actor.userId, regionId: actor.regionId } });
    if (!user) throw Problem.notFound('Account');
    return user;
  }

  /** The language of the user's e-mails. */
  async setLanguage(actor: Actor, language: 'nl' | 'en'): Promise<void> {
    await this.dataSource.getRepository(UserAccount).update({ id: actor.userId }, { language });
  }

  /** Users of one organisation; the caller has already checked the organisation is visible. */
  listOfOrganisation(actor: Actor, organisationId: string, query: PageQuery): Promise<Page<UserAccount>> {
    const qb = this.dataSource
      .getRepository(UserAccount)
      .createQueryBuilder('u')
      .select(Object.keys(PUBLIC_USER_COLUMNS).map((c) => `u.${c}`))
      .where('u.region_id = :region AND u.organisation_id = :org', { region: actor.regionId, org: organisationId });
    return paginate(qb, 'u', query);
  }

  /**
   * Closes or reopens an account of the region (someone left the bakery, or came back). Closing
   * ends every session at once: its refresh tokens are revoked, and the access tokens issued from
   * them stop working on their next request. WSP staff change the accounts of coaches and
   * employers; admins any account but their own.
   */
  async setStatus(actor: Actor, organisationId: string, userId: string, status: 'active' | 'disabled'): Promise<UserAccount> {
    if (userId === actor.userId) throw Problem.forbidden('You cannot close or reopen your own account: ask another admin.');
    const sessions = await this.dataSource.transaction(async (m) => {
      const user = await m.getRepository(UserAccount).findOne({ where: { id: userId, organisationId, regionId: actor.regionId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw Problem.notFound('Account');
      if (actor.role !== 'admin' && !STAFF_MAY_CHANGE.includes(user.role)) throw Problem.forbidden('Only an admin may close or reopen the account of WSP staff or an admin.');
      if (user.status === status) return [];
      await m.update(UserAccount, { id: user.id }, { status });
      // An UPDATE … RETURNING answers [rows, changed].
      const families: { family_id: string }[] =
        status === 'disabled' ? (await m.query<ChangedRows<{ family_id: string }>>(`UPDATE refresh_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL RETURNING family_id`, [user.id]))[0] : [];
      await this.audit.record(
        actor,
        { action: status === 'disabled' ? 'user.disabled' : 'user.enabled', subjectType: 'user_account', subjectId: user.id, purpose: status === 'disabled' ? 'close an account; every session ended' : 'reopen an account' },
        m,
      );
      return [...new Set(families.map((f) => f.family_id))];
    });
    for (const session of sessions) await this.revocations.revoke(session);
    return this.dataSource.getRepository(UserAccount).findOneOrFail({ select: PUBLIC_USER_COLUMNS, where: { id: userId } });
  }
}

/** The accounts WSP staff may close or reopen; the rest is for admins. */
const STAFF_MAY_CHANGE: readonly Role[] = ['coach', 'employer'];
