import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { Problem } from '../errors/problem.js';
import { type Page, type PageQuery, paginate } from '../http/pagination.js';
import { Organisation, type OrganisationKind } from './organisation.entity.js';
import { Region } from './region.entity.js';

/** WSP staff and admins see every organisation of their region; others only their own. */
export const seesWholeRegion = (actor: Actor): boolean => actor.role === 'wsp_staff' || actor.role === 'admin';

@Injectable()
export class TenancyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  currentRegion(actor: Actor): Promise<Region> {
    return this.dataSource.getRepository(Region).findOneByOrFail({ id: actor.regionId });
  }

  async listOrganisations(actor: Actor, query: PageQuery & { kind?: OrganisationKind }): Promise<Page<Organisation>> {
    const qb = this.dataSource
      .getRepository(Organisation)
      .createQueryBuilder('o')
      .where('o.region_id = :region', { region: actor.regionId });
    if (!seesWholeRegion(actor)) qb.andWhere('o.id = :own', { own: actor.organisationId });
    if (query.kind) qb.andWhere('o.kind = :kind', { kind: query.kind });
    return paginate(qb, 'o', query);
  }

  /** Another region's organisation, or one the actor may not see, answers 404 — never 403. */
  async getOrganisation(actor: Actor, id: string): Promise<Organisation> {
    const org = await this.dataSource.getRepository(Organisation).findOneBy({ id, regionId: actor.regionId });
    if (!org || (!seesWholeRegion(actor) && org.id !== actor.organisationId)) throw Problem.notFound('Organisation');
    return org;
  }

  async createOrganisation(actor: Actor, input: { kind: OrganisationKind; name: string }): Promise<Organisation> {
    return this.dataSource.transaction(async (m) => {
      const repo = m.getRepository(Organisation);
      const clash = await repo.findOneBy({ regionId: actor.regionId, name: input.name });
      if (clash) throw Problem.conflict('organisation-exists', `An organisation named "${input.name}" already exists in this region.`);
      const org = await repo.save(repo.create({ regionId: actor.regionId, kind: input.kind, name: input.name }));
      await this.audit.record(actor, { action: 'organisation.created', subjectType: 'organisation', subjectId: org.id, purpose: 'manage the regional network' }, m);
      return org;
    });
  }
}
