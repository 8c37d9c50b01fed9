import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Problem } from '../errors/problem.js';
import { type Page, type PageQuery, paginate } from '../http/pagination.js';
import type { Actor } from './actor.js';
import { UserAccount } from './user-account.entity.js';

@Injectable()
export class UsersService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async me(actor: Actor): Promise<UserAccount> {
    const user = await this.dataSource.getRepository(UserAccount).findOneBy({ id: actor.userId, regionId: actor.regionId });
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
      .where('u.region_id = :region AND u.organisation_id = :org', { region: actor.regionId, org: organisationId });
    return paginate(qb, 'u', query);
  }
}
