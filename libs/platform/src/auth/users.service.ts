import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Problem } from '../errors/problem.js';
import { type Page, type PageQuery, paginate } from '../http/pagination.js';
import type { Actor } from './actor.js';
import { UserAccount } from './user-account.entity.js';

/**
 * The columns of an account its users are shown: never the password hash or the sign-in
 * counters, which the employer role may not read at all.
 */
const PUBLIC_USER_COLUMNS = { id: true, regionId: true, organisationId: true, email: true, displayName: true, role: true, status: true, language: true, createdAt: true, lastLoginAt: true } as const;

@Injectable()
export class UsersService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
}
