import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Bilingual, TasksService } from '@startbaan/notifications';
import { type Actor, Clock, type Page, paginate, preparable, Problem, rowsAsJson, seesWholeRegion } from '@startbaan/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { EMPLOYER_STATUSES, Employer, type EmployerStatus } from '../employer.entity.js';
import { type EmployerQuery, filterEmployers } from '../employers.service.js';
import { type VacancyVog, VOG_BASES, type VogBasis } from '../vacancy.model.js';
import { type VacancyVogRef, vacancyVog } from '../rules/vacancy-vog.js';
import {
  DORMANCY_LOOK_BACK_MONTHS,
  dormancyCutoff,
  dormantFollowUpKey,
  dormantSince,
  type EmployerActivity,
  type VogShare,
  vogShare,
  wholeDaysBetween,
} from './network-rules.js';

export interface EmployerRef {
  id: string;
  name: string;
}

/** One employer in the WSP's network view. */
export interface NetworkEmployer extends EmployerRef {
  status: EmployerStatus;
  sector: string;
  locations: string[];
  accountManager: { id: string; name: string } | null;
  vacancies: { total: number; open: number; lastOpenedAt: Date | null };
  vog: VogShare;
  /** Since when it has had no open vacancy, once that is longer than the look-back; else null. */
  dormantSince: Date | null;
}

/** A capped list: the first items and how many there are in all. */
export interface Capped<T> {
  total: number;
  items: T[];
}

export interface NetworkSummary {
  asOf: Date;
  employers: {
    total: number;
    byStatus: Record<EmployerStatus, number>;
    bySector: { sector: string; labelNl: string; labelEn: string; employers: number }[];
    /** By municipality of the employers' locations; an employer counts once in each of its municipalities. */
    byArea: { municipality: string; pc4s: string[]; employers: number }[];
    byAccountManager: { accountManager: { id: string; name: string } | null; employers: number }[];
    /** For the map: per PC4 area (its position from the PC4 table), the employers located there and the open vacancies there. */
    byPc4: { pc4: string; municipality: string; lat: number; lon: number; employers: number; openVacancies: number }[];
  };
  /** Submitted vacancies, the longest waiting first. */
  vacanciesInReview: Capped<{ vacancyId: string; title: string; vog: VacancyVogRef; employer: EmployerRef; submittedAt: Date | null; daysWaiting: number | null }>;
  /** The region's vacancies, and per employer (those with vacancies; the highest share first). */
  vog: VogShare & { byEmployer: Capped<VogShare & { employer: EmployerRef }> };
  /** Employers that meet the dormancy rule today, the longest quiet first. */
  dormant: { lookBackMonths: number; cutoff: Date } & Capped<{ employer: EmployerRef; status: EmployerStatus; since: Date; accountManager: { id: string; name: string } | null }>;
}

/** The longest list a summary carries; the employer list (paginated) has every employer. */
export const SUMMARY_LIST_LIMIT = 100;

/** What one query reads per employer: the list's figures and the dormancy rule's facts. */
interface Figures extends NetworkEmployer, EmployerActivity {
  accountManagerActive: boolean;
}

type FiguresRow = {
  id: string;
  name: string;
  status: EmployerStatus;
  sector: string;
  locations: string[];
  am_id: string | null;
  am_name: string | null;
  am_active: boolean | null;
  /** Times as PostgreSQL writes them in JSON. */
  active_since: string;
  total: number;
  open: number;
  last_opened_at: string | null;
  last_open_at: string | null;
} & Record<VogBasis, number>;

const capped = <T>(items: T[]): Capped<T> => ({ total: items.length, items: items.slice(0, SUMMARY_LIST_LIMIT) });

const dayText = (d: Date): Bilingual => ({
  nl: d.toLocaleDateString('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', year: 'numeric' }),
  en: d.toLocaleDateString('en-GB', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', year: 'numeric' }),
});

/**
 * The WSP's view of its employer network: employers with their vacancy and VOG figures, a
 * summary by status, sector, area and account manager, the review queue, and dormant employers
 * (also turned into follow-up tasks by a daily job). WSP staff of the region only.
 */
@Injectable()
export class NetworkService {
  private readonly logger = new Logger('network');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tasks: TasksService,
    private readonly clock: Clock,
  ) {}

  private wspOnly(actor: Actor): void {
    if (!seesWholeRegion(actor)) throw Problem.forbidden('Only WSP staff see the employer network.');
  }

  async employers(actor: Actor, query: EmployerQuery): Promise<Page<NetworkEmployer>> {
    this.wspOnly(actor);
    const page = await paginate(filterEmployers(this.dataSource.getRepository(Employer).createQueryBuilder('e'), actor.regionId, query), 'e', query);
    if (!page.items.length) return { items: [], nextCursor: null };
    const figures = new Map((await this.figures(this.dataSource.manager, actor.regionId, page.items.map((e) => e.id), this.clock.now())).map((f) => [f.id, f]));
    return { items: page.items.map((e) => networkEmployer(figures.get(e.id)!)), nextCursor: page.nextCursor };
  }

  async summary(actor: Actor): Promise<NetworkSummary> {
    this.wspOnly(actor);
    const m = this.dataSource.manager;
    const now = this.clock.now();
    const region = actor.regionId;
    // The counts and the review queue in one statement, the employers' figures in another:
    // one connection, one after the other, whatever the size of the network.
    // Every column JSON: safe to keep prepared (preparable).
    const [counts] = (await m.query(
      preparable(`SELECT
         (SELECT COALESCE(json_agg(json_build_object('status', x.status, 'n', x.n)), '[]')
            FROM (SELECT status, count(*)::int AS n FROM employer WHERE region_id = $1 GROUP BY status) x) AS statuses,
         (SELECT COALESCE(json_agg(json_build_object('sector', x.sector, 'labelNl', x.label_nl, 'labelEn', x.label_en, 'employers', x.employers) ORDER BY x.employers DESC, x.sector), '[]')
            FROM (SELECT e.sector, s.label_nl, s.label_en, count(*)::int AS employers FROM employer e JOIN sbi_section s ON s.code = e.sector
                  WHERE e.region_id = $1 GROUP BY e.sector, s.label_nl, s.label_en) x) AS by_sector,
         (SELECT COALESCE(json_agg(json_build_object('municipality', x.municipality, 'pc4s', x.pc4s, 'employers', x.employers) ORDER BY x.employers DESC, x.municipality), '[]')
            FROM (SELECT a.municipality, array_agg(DISTINCT a.pc4::text ORDER BY a.pc4::text) AS pc4s, count(DISTINCT e.id)::int AS employers
                  FROM employer e CROSS JOIN LATERAL unnest(e.locations) AS l(pc4) JOIN pc4_area a ON a.pc4 = l.pc4::char(4)
                  WHERE e.region_id = $1 GROUP BY a.municipality) x) AS by_area,
         (SELECT COALESCE(json_agg(json_build_object('id', x.id, 'name', x.name, 'employers', x.employers) ORDER BY x.employers DESC, x.name NULLS LAST), '[]')
            FROM (SELECT u.id, u.display_name AS name, count(*)::int AS employers FROM employer e LEFT JOIN user_account u ON u.id = e.account_manager_id
                  WHERE e.region_id = $1 GROUP BY u.id) x) AS by_account_manager,
         (SELECT COALESCE(json_agg(json_build_object('pc4', x.pc4, 'municipality', x.municipality, 'lat', x.lat, 'lon', x.lon, 'employers', x.employers, 'openVacancies', x.open_vacancies) ORDER BY x.pc4), '[]')
            FROM (SELECT p.pc4, a.municipality, a.lat, a.lon, sum(p.employers)::int AS employers, sum(p.vacancies)::int AS open_vacancies
                  FROM (SELECT l.pc4::char(4) AS pc4, count(DISTINCT e.id) AS employers, 0 AS vacancies FROM employer e CROSS JOIN LATERAL unnest(e.locations) AS l(pc4)
                         WHERE e.region_id = $1 GROUP BY l.pc4
                        UNION ALL
                        SELECT v.pc4, 0, count(*) FROM vacancy v WHERE v.region_id = $1 AND v.status = 'open' GROUP BY v.pc4) p
                  JOIN pc4_area a ON a.pc4 = p.pc4
                  GROUP BY p.pc4, a.municipality, a.lat, a.lon) x) AS by_pc4,
         (SELECT COALESCE(json_agg(json_build_object('id', x.id, 'title', x.title, 'vog', x.vog, 'employer_id', x.employer_id, 'name', x.name, 'submitted_at', x.submitted_at, 'total', x.total)
                                   ORDER BY x.submitted_at NULLS FIRST, x.created_at, x.id), '[]')
            FROM (SELECT v.id, v.title, v.vog, v.employer_id, o.name, v.submitted_at, v.created_at, count(*) OVER ()::int AS total
                  FROM vacancy v JOIN organisation o ON o.id = v.employer_id
                  WHERE v.region_id = $1 AND v.status = 'submitted' ORDER BY v.submitted_at NULLS FIRST, v.created_at, v.id LIMIT $2) x) AS review`),
      [region, SUMMARY_LIST_LIMIT],
    )) as [
      {
        statuses: { status: EmployerStatus; n: number }[];
        by_sector: { sector: string; labelNl: string; labelEn: string; employers: number }[];
        by_area: { municipality: string; pc4s: string[]; employers: number }[];
        by_account_manager: { id: string | null; name: string | null; employers: number }[];
        by_pc4: NetworkSummary['employers']['byPc4'];
        review: { id: string; title: string; vog: VacancyVog; employer_id: string; name: string; submitted_at: string | null; total: number }[];
      },
    ];
    const figures = await this.figures(m, region, null, now);
    const { statuses, by_sector: bySector, by_area: byArea, by_account_manager: byAccountManager } = counts;
    // json_build_object gives times as text: back to the Date the rest of the summary works with.
    const review = counts.review.map((v) => ({ ...v, submitted_at: v.submitted_at === null ? null : new Date(v.submitted_at) }));
    const byStatus = Object.fromEntries(EMPLOYER_STATUSES.map((s) => [s, statuses.find((r) => r.status === s)?.n ?? 0])) as Record<EmployerStatus, number>;
    const withVacancies = figures.filter((f) => f.vacancies.total > 0);
    const regionVog = vogShare(Object.fromEntries(VOG_BASES.map((b) => [b, withVacancies.reduce((n, f) => n + f.vog.byBasis[b], 0)])));
    const dormant = figures.filter((f) => f.dormantSince).sort((a, b) => a.dormantSince!.getTime() - b.dormantSince!.getTime());
    return {
      asOf: now,
      employers: {
        total: figures.length,
        byStatus,
        bySector,
        byArea,
        byPc4: counts.by_pc4,
        byAccountManager: byAccountManager.map((r) => ({ accountManager: r.id ? { id: r.id, name: r.name! } : null, employers: r.employers })),
      },
      vacanciesInReview: {
        total: review[0]?.total ?? 0,
        items: review.map((v) => ({
          vacancyId: v.id,
          title: v.title,
          vog: vacancyVog(v, actor.language),
          employer: { id: v.employer_id, name: v.name },
          submittedAt: v.submitted_at,
          daysWaiting: v.submitted_at ? wholeDaysBetween(new Date(v.submitted_at), now) : null,
        })),
      },
      vog: {
        ...regionVog,
        byEmployer: capped(
          withVacancies
            .sort((a, b) => (b.vog.share ?? 0) - (a.vog.share ?? 0) || b.vog.asked - a.vog.asked || a.name.localeCompare(b.name))
            .map((f) => ({ employer: { id: f.id, name: f.name }, ...f.vog })),
        ),
      },
      dormant: {
        lookBackMonths: DORMANCY_LOOK_BACK_MONTHS,
        cutoff: dormancyCutoff(now),
        ...capped(dormant.map((f) => ({ employer: { id: f.id, name: f.name }, status: f.status, since: f.dormantSince!, accountManager: f.accountManager }))),
      },
    };
  }

  /**
   * The daily job: a follow-up task for each employer that meets the dormancy rule, for its
   * account manager or, without an active one, for each WSP staff member of the region. Keyed
   * per quiet spell and person, so running again adds nothing. Returns the dormant employers.
   */
  async followUpDormant(now: Date): Promise<number> {
    const regions: { id: string }[] = await this.dataSource.query(`SELECT id FROM region ORDER BY id`);
    let dormant = 0;
    for (const r of regions) dormant += await this.dataSource.transaction((m) => this.followUpRegion(m, r.id, now));
    this.logger.log(`dormant employers: ${dormant} in ${regions.length} region(s) have a follow-up task`);
    return dormant;
  }

  private async followUpRegion(m: EntityManager, regionId: string, now: Date): Promise<number> {
    const dormant = (await this.figures(m, regionId, null, now)).filter((f) => f.dormantSince);
    if (!dormant.length) return 0;
    const staff: { id: string }[] = await m.query(`SELECT id FROM user_account WHERE region_id = $1 AND role = 'wsp_staff' AND status = 'active' ORDER BY created_at, id`, [regionId]);
    for (const f of dormant) {
      const since = f.dormantSince!;
      const manager = f.accountManagerActive ? f.accountManager : null;
      const assignees = manager ? [manager.id] : staff.map((s) => s.id);
      const day = dayText(since);
      const unassigned: Bilingual = manager ? { nl: '', en: '' } : { nl: ' (geen accountmanager: wijs er een toe)', en: ' (no account manager: assign one)' };
      for (const userId of assignees) {
        await this.tasks.create(m, {
          regionId,
          userId,
          kind: 'employer_dormant',
          key: dormantFollowUpKey(f.id, since, userId),
          title: {
            nl: `${f.name} heeft sinds ${day.nl} geen open vacature: neem contact op${unassigned.nl}`,
            en: `${f.name} has had no open vacancy since ${day.en}: get in touch${unassigned.en}`,
          },
          data: { employerId: f.id, since: since.toISOString(), lookBackMonths: DORMANCY_LOOK_BACK_MONTHS },
        });
      }
    }
    return dormant.length;
  }

  /** The figures of the region's employers (or of `ids` among them), in list order. */
  private async figures(m: EntityManager, regionId: string, ids: string[] | null, now: Date): Promise<Figures[]> {
    const byBasis = VOG_BASES.map((b) => `count(v.id) FILTER (WHERE v.vog_basis = '${b}')::int AS "${b}"`).join(', ');
    // One JSON array (rowsAsJson): the locations without the driver's array parser, and the statement kept prepared.
    const rows = await rowsAsJson<FiguresRow>(
      m,
      `SELECT e.id, o.name, e.status, e.sector, e.locations, u.id AS am_id, u.display_name AS am_name, u.status = 'active' AS am_active,
         COALESCE((SELECT max(c.changed_at) FROM employer_status_change c WHERE c.employer_id = e.id AND c.status = 'active'), e.created_at) AS active_since,
         count(v.id)::int AS total, count(v.id) FILTER (WHERE v.status = 'open')::int AS open,
         max(v.opened_at) AS last_opened_at, max(v.last_open_at) AS last_open_at, ${byBasis}
       FROM employer e JOIN organisation o ON o.id = e.id LEFT JOIN user_account u ON u.id = e.account_manager_id LEFT JOIN vacancy v ON v.employer_id = e.id
       WHERE e.region_id = $1 AND ($2::uuid[] IS NULL OR e.id = ANY($2::uuid[]))
       GROUP BY e.id, o.id, u.id ORDER BY e.created_at, e.id`,
      [regionId, ids],
    );
    return rows.map((r) => {
      const activity: EmployerActivity = { status: r.status, activeSince: new Date(r.active_since), openVacancies: r.open, lastOpenAt: r.last_open_at === null ? null : new Date(r.last_open_at) };
      return {
        ...activity,
        id: r.id,
        name: r.name,
        sector: r.sector,
        locations: r.locations,
        accountManager: r.am_id ? { id: r.am_id, name: r.am_name! } : null,
        accountManagerActive: r.am_active === true,
        vacancies: { total: r.total, open: r.open, lastOpenedAt: r.last_opened_at === null ? null : new Date(r.last_opened_at) },
        vog: vogShare(r),
        dormantSince: dormantSince(activity, now),
      };
    });
  }
}

/** The list's shape: the figures without the rule's working facts. */
function networkEmployer(f: Figures): NetworkEmployer {
  return {
    id: f.id,
    name: f.name,
    status: f.status,
    sector: f.sector,
    locations: f.locations,
    accountManager: f.accountManager,
    vacancies: f.vacancies,
    vog: f.vog,
    dormantSince: f.dormantSince,
  };
}
