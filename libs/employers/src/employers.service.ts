import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor, AuditService, Clock, onlyRow, Organisation, type Page, type PageQuery, paginate, Problem, seesWholeRegion } from '@startbaan/platform';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { Employer, type EmployerStatus, type SizeClass } from './employer.entity.js';

export interface EmployerInput {
  name: string;
  kvk: string;
  vestigingsnummer?: string | null;
  sector: string;
  locations: string[];
  sizeClass: SizeClass;
  contactName: string;
  contactEmail?: string | null;
  contactPhone?: string | null;
  accountManagerId?: string | null;
  notes?: string;
}

export interface EmployerQuery extends PageQuery {
  sector?: string;
  status?: EmployerStatus;
  pc4?: string;
  accountManagerId?: string;
  hasOpenVacancies?: boolean;
}

/** The network's filters, one definition for every list of employers (alias `e`), within the region. */
export function filterEmployers(qb: SelectQueryBuilder<Employer>, regionId: string, query: EmployerQuery): SelectQueryBuilder<Employer> {
  qb.where('e.region_id = :region', { region: regionId });
  if (query.sector) qb.andWhere('e.sector = :sector', { sector: query.sector });
  if (query.status) qb.andWhere('e.status = :status', { status: query.status });
  if (query.pc4) qb.andWhere(':pc4 = ANY(e.locations)', { pc4: query.pc4 });
  if (query.accountManagerId) qb.andWhere('e.account_manager_id = :am', { am: query.accountManagerId });
  if (query.hasOpenVacancies !== undefined) {
    qb.andWhere(`${query.hasOpenVacancies ? '' : 'NOT '}EXISTS (SELECT 1 FROM vacancy v WHERE v.employer_id = e.id AND v.status = 'open')`);
  }
  return qb;
}

export interface EmployerDetails {
  employer: Employer;
  name: string;
  pledge: { currentVersion: number; acceptedVersion: number | null; acceptedAt: Date | null };
  accountManager: { id: string; name: string; email: string } | null;
  /** WSP staff only: the status history and the vacancy figures (an employer's own request does not read them). */
  network?: {
    statusHistory: { status: string; note: string | null; changedAt: Date }[];
    vacancies: { total: number; open: number; vogAsked: number };
  };
}

/** A published version of the friendly pledge. */
export interface PledgeVersion {
  version: number;
  textNl: string;
  textEn: string;
  publishedAt: Date;
}

/** The WSP's employer network and the friendly pledge. */
@Injectable()
export class EmployersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  private async check(m: EntityManager, actor: Actor, input: Partial<EmployerInput>): Promise<void> {
    if (input.sector !== undefined && !(await m.query<unknown[]>(`SELECT 1 FROM sbi_section WHERE code = $1`, [input.sector])).length) {
      throw Problem.invalid('sector', `"${input.sector}" is not an SBI section letter (A to U)`);
    }
    if (input.locations) {
      const known: { pc4: string }[] = await m.query(`SELECT pc4 FROM pc4_area WHERE pc4 = ANY($1)`, [input.locations]);
      const ok = new Set(known.map((k) => k.pc4));
      const bad = input.locations.findIndex((p) => !ok.has(p));
      if (bad >= 0) throw Problem.invalid(`locations[${bad}]`, `"${input.locations[bad]}" is not a known 4-digit postcode area`);
    }
    if (input.accountManagerId) {
      const u: unknown[] = await m.query(`SELECT 1 FROM user_account WHERE id = $1 AND region_id = $2 AND role IN ('wsp_staff', 'admin') AND status = 'active'`, [
        input.accountManagerId,
        actor.regionId,
      ]);
      if (!u.length) throw Problem.invalid('accountManagerId', 'must be an active WSP user of your region');
    }
  }

  async create(actor: Actor, input: EmployerInput): Promise<EmployerDetails> {
    return this.dataSource.transaction(async (m) => {
      await this.check(m, actor, input);
      const clash: unknown[] = await m.query(`SELECT 1 FROM employer WHERE region_id = $1 AND kvk = $2 AND COALESCE(vestigingsnummer, '') = $3`, [
        actor.regionId,
        input.kvk,
        input.vestigingsnummer ?? '',
      ]);
      if (clash.length) throw Problem.conflict('employer-exists', `An employer with KvK ${input.kvk}${input.vestigingsnummer ? ` and establishment ${input.vestigingsnummer}` : ''} is already in the network.`);
      if (await m.getRepository(Organisation).exists({ where: { regionId: actor.regionId, name: input.name } })) {
        throw Problem.conflict('organisation-exists', `An organisation named "${input.name}" already exists in this region.`);
      }
      const org = await m.getRepository(Organisation).save(m.getRepository(Organisation).create({ regionId: actor.regionId, kind: 'employer', name: input.name }));
      const repo = m.getRepository(Employer);
      await repo.insert({
        id: org.id,
        regionId: actor.regionId,
        kvk: input.kvk,
        vestigingsnummer: input.vestigingsnummer ?? null,
        sector: input.sector,
        locations: input.locations,
        sizeClass: input.sizeClass,
        contactName: input.contactName,
        contactEmail: input.contactEmail ?? null,
        contactPhone: input.contactPhone ?? null,
        accountManagerId: input.accountManagerId ?? null,
        status: 'prospect',
        notes: input.notes ?? '',
      });
      await m.query(`INSERT INTO employer_status_change (employer_id, status, note, changed_by, changed_at) VALUES ($1, 'prospect', 'added to the network', $2, $3)`, [org.id, actor.userId, this.clock.now()]);
      await this.audit.record(actor, { action: 'employer.created', subjectType: 'employer', subjectId: org.id, purpose: 'build the employer network' }, m);
      return this.details(m, org.id);
    });
  }

  async update(actor: Actor, id: string, input: Partial<EmployerInput> & { version: number }): Promise<EmployerDetails> {
    return this.dataSource.transaction(async (m) => {
      const e = await this.forWsp(m, actor, id, true);
      if (e.version !== input.version) {
        throw Problem.conflict('version-conflict', `The employer was changed meanwhile: you edited version ${input.version}, the current version is ${e.version}.`, { currentVersion: e.version });
      }
      await this.check(m, actor, input);
      const { version: _v, name, ...rest } = input;
      if (name !== undefined) await m.getRepository(Organisation).update({ id }, { name });
      await m.getRepository(Employer).update({ id }, { ...rest, version: e.version + 1 });
      await this.audit.record(actor, { action: 'employer.updated', subjectType: 'employer', subjectId: id, purpose: 'keep the employer network current' }, m);
      return this.details(m, id);
    });
  }

  async changeStatus(actor: Actor, id: string, status: EmployerStatus, note: string | undefined): Promise<EmployerDetails> {
    return this.dataSource.transaction(async (m) => {
      const e = await this.forWsp(m, actor, id, true);
      if (e.status === status) throw Problem.conflict('status-unchanged', `The employer is already ${status}.`);
      await m.getRepository(Employer).update({ id }, { status, version: e.version + 1 });
      // Its time is the clock's: dormant employers count from when they became active.
      await m.query(`INSERT INTO employer_status_change (employer_id, status, note, changed_by, changed_at) VALUES ($1, $2, $3, $4, $5)`, [id, status, note ?? null, actor.userId, this.clock.now()]);
      await this.audit.record(actor, { action: 'employer.status', subjectType: 'employer', subjectId: id, purpose: `status ${e.status} → ${status}` }, m);
      return this.details(m, id);
    });
  }

  private async forWsp(m: EntityManager, actor: Actor, id: string, lock = false): Promise<Employer> {
    const qb = m.getRepository(Employer).createQueryBuilder('e').where('e.id = :id AND e.region_id = :region', { id, region: actor.regionId });
    if (lock) qb.setLock('pessimistic_write');
    const e = await qb.getOne();
    if (!e || !seesWholeRegion(actor)) throw Problem.notFound('Employer');
    return e;
  }

  /** WSP staff: any employer of the region; an employer user: its own; others: 404. */
  async get(actor: Actor, id: string): Promise<EmployerDetails> {
    const m = this.dataSource.manager;
    const e = await m.getRepository(Employer).findOneBy({ id, regionId: actor.regionId });
    if (!e || !(seesWholeRegion(actor) || (actor.role === 'employer' && actor.organisationId === id))) throw Problem.notFound('Employer');
    return (await this.detailsOf(m, [e], seesWholeRegion(actor)))[0]!;
  }

  async details(m: EntityManager, id: string, forWsp = true): Promise<EmployerDetails> {
    const employer = await m.getRepository(Employer).findOneByOrFail({ id });
    return (await this.detailsOf(m, [employer], forWsp))[0]!;
  }

  /**
   * What goes with each employer, in the order given, in one statement whatever their number:
   * the organisation's name, the pledge, the account manager, and for WSP staff the status
   * history and the vacancy figures (an employer's own request reads neither: its database role
   * may not).
   */
  private async detailsOf(m: EntityManager, employers: Employer[], forWsp: boolean): Promise<EmployerDetails[]> {
    if (!employers.length) return [];
    const rows: {
      id: string;
      name: string;
      current: number;
      accepted: number | null;
      accepted_at: Date | null;
      am_id: string | null;
      am_name: string | null;
      am_email: string | null;
      history?: { status: string; note: string | null; changedAt: string }[];
      total?: number;
      open?: number;
      vog_asked?: number;
    }[] = await m.query(
      `SELECT o.id, o.name, (SELECT max(version) FROM pledge_version) AS current, a.version AS accepted, a.accepted_at,
              u.id AS am_id, u.display_name AS am_name, u.email AS am_email${
                forWsp
                  ? `,
              COALESCE((SELECT json_agg(json_build_object('status', c.status, 'note', c.note, 'changedAt', c.changed_at) ORDER BY c.changed_at, c.id)
                        FROM employer_status_change c WHERE c.employer_id = o.id), '[]') AS history,
              f.total, f.open, f.vog_asked`
                  : ''
              }
       FROM organisation o JOIN employer e ON e.id = o.id
       LEFT JOIN LATERAL (SELECT version, accepted_at FROM pledge_acceptance WHERE employer_id = o.id ORDER BY version DESC LIMIT 1) a ON true
       LEFT JOIN user_account u ON u.id = e.account_manager_id${
         forWsp
           ? `
       LEFT JOIN LATERAL (SELECT count(*)::int AS total, count(*) FILTER (WHERE status = 'open')::int AS open, count(*) FILTER (WHERE vog_basis <> 'not_asked')::int AS vog_asked
                          FROM vacancy WHERE employer_id = o.id) f ON true`
           : ''
       }
       WHERE o.id = ANY($1::uuid[])`,
      [employers.map((e) => e.id)],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return employers.map((employer) => {
      const r = byId.get(employer.id);
      if (!r) throw new Error(`employer ${employer.id} has no organisation`);
      const details: EmployerDetails = {
        employer,
        name: r.name,
        pledge: { currentVersion: r.current, acceptedVersion: r.accepted ?? null, acceptedAt: r.accepted_at ?? null },
        accountManager: r.am_id ? { id: r.am_id, name: r.am_name!, email: r.am_email! } : null,
      };
      if (!forWsp) return details;
      return {
        ...details,
        network: {
          statusHistory: r.history!.map((h) => ({ status: h.status, note: h.note, changedAt: new Date(h.changedAt) })),
          vacancies: { total: r.total!, open: r.open!, vogAsked: r.vog_asked! },
        },
      };
    });
  }

  async list(actor: Actor, query: EmployerQuery): Promise<Page<EmployerDetails>> {
    if (!seesWholeRegion(actor)) throw Problem.forbidden('Only WSP staff search the employer network.');
    const qb = filterEmployers(this.dataSource.getRepository(Employer).createQueryBuilder('e'), actor.regionId, query);
    const page = await paginate(qb, 'e', query);
    return { items: await this.detailsOf(this.dataSource.manager, page.items, true), nextCursor: page.nextCursor };
  }

  async currentPledge(): Promise<PledgeVersion> {
    const rows: PledgeVersion[] = await this.dataSource.query(
      `SELECT version, text_nl AS "textNl", text_en AS "textEn", published_at AS "publishedAt" FROM pledge_version ORDER BY version DESC LIMIT 1`,
    );
    // The migrations publish the first version.
    return onlyRow(rows, 'the current pledge');
  }

  /** An employer user accepts the current pledge for its own employer. */
  async acceptPledge(actor: Actor, employerId: string, version: number): Promise<EmployerDetails> {
    if (actor.role !== 'employer' || actor.organisationId !== employerId) {
      if (actor.role === 'employer') throw Problem.notFound('Employer');
      throw Problem.forbidden('Only a user of the employer itself accepts its pledge.');
    }
    return this.dataSource.transaction(async (m) => {
      const current = await this.currentPledge();
      if (version !== current.version) throw Problem.invalid('version', `must be the current pledge version (${current.version}); read GET /pledge first`);
      await m.query(`INSERT INTO pledge_acceptance (employer_id, version, accepted_by) VALUES ($1, $2, $3) ON CONFLICT (employer_id, version) DO NOTHING`, [
        employerId,
        version,
        actor.userId,
      ]);
      await this.audit.record(actor, { action: 'employer.pledge.accepted', subjectType: 'employer', subjectId: employerId, purpose: `friendly pledge v${version}` }, m);
      return this.details(m, employerId, false);
    });
  }

  async hasCurrentPledge(m: EntityManager, employerId: string): Promise<boolean> {
    const rows: unknown[] = await m.query(`SELECT 1 FROM pledge_acceptance WHERE employer_id = $1 AND version = (SELECT max(version) FROM pledge_version)`, [employerId]);
    return rows.length > 0;
  }
}
