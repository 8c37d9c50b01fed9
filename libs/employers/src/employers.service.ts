import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor, AuditService, Organisation, type Page, type PageQuery, paginate, Problem, seesWholeRegion } from '@startbaan/platform';
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

/** The WSP's employer network and the friendly pledge. */
@Injectable()
export class EmployersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  private async check(m: EntityManager, actor: Actor, input: Partial<EmployerInput>): Promise<void> {
    if (input.sector !== undefined && !(await m.query(`SELECT 1 FROM sbi_section WHERE code = $1`, [input.sector])).length) {
      throw Problem.invalid('sector', `"${input.sector}" is not an SBI section letter (A to U)`);
    }
    if (input.locations) {
      const known: { pc4: string }[] = await m.query(`SELECT pc4 FROM pc4_area WHERE pc4 = ANY($1)`, [input.locations]);
      const ok = new Set(known.map((k) => k.pc4));
      const bad = input.locations.findIndex((p) => !ok.has(p));
      if (bad >= 0) throw Problem.invalid(`locations[${bad}]`, `"${input.locations[bad]}" is not a known 4-digit postcode area`);
    }
    if (input.accountManagerId) {
      const u = await m.query(`SELECT 1 FROM user_account WHERE id = $1 AND region_id = $2 AND role IN ('wsp_staff', 'admin') AND status = 'active'`, [
        input.accountManagerId,
        actor.regionId,
      ]);
      if (!u.length) throw Problem.invalid('accountManagerId', 'must be an active WSP user of your region');
    }
  }

  async create(actor: Actor, input: EmployerInput): Promise<EmployerDetails> {
    return this.dataSource.transaction(async (m) => {
      await this.check(m, actor, input);
      const clash = await m.query(`SELECT 1 FROM employer WHERE region_id = $1 AND kvk = $2 AND COALESCE(vestigingsnummer, '') = $3`, [
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
      await m.query(`INSERT INTO employer_status_change (employer_id, status, note, changed_by) VALUES ($1, 'prospect', 'added to the network', $2)`, [org.id, actor.userId]);
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
      await m.query(`INSERT INTO employer_status_change (employer_id, status, note, changed_by) VALUES ($1, $2, $3, $4)`, [id, status, note ?? null, actor.userId]);
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
    return this.details(m, id, seesWholeRegion(actor));
  }

  async details(m: EntityManager, id: string, forWsp = true): Promise<EmployerDetails> {
    const employer = await m.getRepository(Employer).findOneByOrFail({ id });
    // One after another: `m` may be a transaction's single connection.
    const [org] = await m.query(`SELECT name FROM organisation WHERE id = $1`, [id]);
    const [pledge] = await m.query(
      `SELECT (SELECT max(version) FROM pledge_version) AS current, a.version AS accepted, a.accepted_at
       FROM (SELECT 1) x LEFT JOIN LATERAL (SELECT version, accepted_at FROM pledge_acceptance WHERE employer_id = $1 ORDER BY version DESC LIMIT 1) a ON true`,
      [id],
    );
    const manager = employer.accountManagerId ? await m.query(`SELECT id, display_name AS name, email FROM user_account WHERE id = $1`, [employer.accountManagerId]) : [];
    const details: EmployerDetails = {
      employer,
      name: org.name,
      pledge: { currentVersion: pledge.current, acceptedVersion: pledge.accepted ?? null, acceptedAt: pledge.accepted_at ?? null },
      accountManager: manager[0] ?? null,
    };
    if (!forWsp) return details;
    const history = await m.query(`SELECT status, note, changed_at AS "changedAt" FROM employer_status_change WHERE employer_id = $1 ORDER BY changed_at, id`, [id]);
    const [counts] = await m.query(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE status = 'open')::int AS open, count(*) FILTER (WHERE vog_basis <> 'not_asked')::int AS "vogAsked"
       FROM vacancy WHERE employer_id = $1`,
      [id],
    );
    return { ...details, network: { statusHistory: history, vacancies: counts } };
  }

  async list(actor: Actor, query: EmployerQuery): Promise<Page<EmployerDetails>> {
    if (!seesWholeRegion(actor)) throw Problem.forbidden('Only WSP staff search the employer network.');
    const qb = filterEmployers(this.dataSource.getRepository(Employer).createQueryBuilder('e'), actor.regionId, query);
    const page = await paginate(qb, 'e', query);
    const m = this.dataSource.manager;
    return { items: await Promise.all(page.items.map((e) => this.details(m, e.id))), nextCursor: page.nextCursor };
  }

  currentPledge(): Promise<{ version: number; textNl: string; textEn: string; publishedAt: Date }> {
    return this.dataSource
      .query(`SELECT version, text_nl AS "textNl", text_en AS "textEn", published_at AS "publishedAt" FROM pledge_version ORDER BY version DESC LIMIT 1`)
      .then((rows: { version: number; textNl: string; textEn: string; publishedAt: Date }[]) => rows[0]!);
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
    const rows = await m.query(`SELECT 1 FROM pledge_acceptance WHERE employer_id = $1 AND version = (SELECT max(version) FROM pledge_version)`, [employerId]);
    return rows.length > 0;
  }
}
