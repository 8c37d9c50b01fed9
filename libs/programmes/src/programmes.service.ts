import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type VacancyVog, type VacancyVogRef, vacancyVog } from '@startbaan/employers';
import { type Actor, AuditService, Clock, jsonPage, onlyRow, type Page, type PageQuery, Problem, rowsAsJson, SqlParams, seesWholeRegion } from '@startbaan/platform';
import { isContactOf, YouthService } from '@startbaan/youth';
import { MonitoringService } from './monitoring/monitoring.service.js';
import type { DataSource, EntityManager } from 'typeorm';
import {
  choiceProblems,
  DEFAULT_AGE_BAND,
  DEFAULT_MAX_CHOICES,
  inAgeBand,
  LISTS_OPEN,
  VISIBLE_TO_ALL,
  PROGRAMME_FLOW,
  type ProgrammeStatus,
} from './programme-rules.js';

export interface Programme {
  id: string;
  regionId: string;
  name: string;
  minAge: number;
  maxAge: number;
  applyFrom: string;
  applyTo: string;
  workFrom: string;
  workTo: string;
  maxChoices: number;
  summerJobsOnly: boolean;
  status: ProgrammeStatus;
  openedAt: string | null;
  closedAt: string | null;
  version: number;
}

export interface ProgrammeInput {
  name: string;
  minAge?: number;
  maxAge?: number;
  applyFrom: string;
  applyTo: string;
  workFrom: string;
  workTo: string;
  maxChoices?: number;
  summerJobsOnly?: boolean;
}

export interface ProgrammeVacancy {
  vacancyId: string;
  title: string;
  kind: string;
  employerId: string;
  employerName: string;
  pc4: string;
  startDate: string;
  endDate: string;
  places: number;
  /** What every representation of a vacancy carries: coaches pick choices from this list. */
  vog: VacancyVogRef;
}

export interface Entry {
  id: string;
  youthId: string;
  pseudonym: string;
  source: 'intake' | 'coach';
  choices: string[];
  status: 'entered' | 'proposed' | 'withdrawn';
  /** WSP staff and the youth's own coaching organisation only. */
  priority?: boolean;
}

/** An entry in the Entry shape (priority from the sealed record, false without one), and where it is read from. */
const ENTRY_COLUMNS = `e.id, e.youth_id AS "youthId", y.pseudonym, e.source, e.choices, e.status, COALESCE(s.priority, false) AS priority`;
const ENTRY_FROM = 'programme_entry e JOIN youth y ON y.id = e.youth_id LEFT JOIN youth_sealed s ON s.youth_id = y.id';

/** Every column of a programme in the Programme shape; callers add the WHERE. */
export const PROGRAMME_SELECT = `SELECT id, region_id AS "regionId", name, min_age AS "minAge", max_age AS "maxAge", apply_from::text AS "applyFrom", apply_to::text AS "applyTo",
  work_from::text AS "workFrom", work_to::text AS "workTo", max_choices AS "maxChoices", summer_jobs_only AS "summerJobsOnly", status,
  opened_at AS "openedAt", closed_at AS "closedAt", version FROM programme`;


/**
 * Summer programmes: WSP staff create and move them; employers enlist vacancies with places;
 * coaches enrol their own youths with ranked choices (youths from open intake are entered by
 * the intake itself, and WSP staff, their contact, set their choices).
 */
@Injectable()
export class ProgrammesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly youths: YouthService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly monitoring: MonitoringService,
  ) {}

  async create(actor: Actor, input: ProgrammeInput): Promise<Programme> {
    const p = withDefaults(input);
    checkWindows(p);
    return this.dataSource.transaction(async (m) => {
      const [taken]: unknown[] = await m.query(`SELECT 1 FROM programme WHERE region_id = $1 AND lower(name) = lower($2)`, [actor.regionId, p.name]);
      if (taken) throw Problem.conflict('programme-name-taken', `The region already has a programme called "${p.name}".`);
      const { id } = onlyRow<{ id: string }>(
        await m.query(
          `INSERT INTO programme (region_id, name, min_age, max_age, apply_from, apply_to, work_from, work_to, max_choices, summer_jobs_only, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
          [actor.regionId, p.name, p.minAge, p.maxAge, p.applyFrom, p.applyTo, p.workFrom, p.workTo, p.maxChoices, p.summerJobsOnly, actor.userId],
        ),
        'the new programme',
      );
      await this.audit.record(actor, { action: 'programme.created', subjectType: 'programme', subjectId: id, purpose: 'run a summer programme' }, m);
      return this.load(m, actor, id);
    });
  }

  async list(actor: Actor): Promise<Programme[]> {
    const statuses = seesWholeRegion(actor) ? null : VISIBLE_TO_ALL;
    return this.dataSource.query(`${PROGRAMME_SELECT} WHERE region_id = $1 AND ($2::text[] IS NULL OR status = ANY($2)) ORDER BY work_from DESC, name`, [actor.regionId, statuses]);
  }

  async get(actor: Actor, id: string): Promise<Programme> {
    return this.load(this.dataSource.manager, actor, id);
  }

  /**
   * A programme of the actor's region that the actor may see; 404 otherwise. `lock` serialises
   * the caller's transaction with every other that locks the programme (status changes, runs,
   * enlisting, entries) by an advisory lock, which an employer's role may take where a row lock
   * would need the right to change the programme.
   */
  async load(m: EntityManager, actor: Actor, id: string, lock = false): Promise<Programme> {
    if (lock) await m.query(`SELECT pg_advisory_xact_lock(hashtextextended('programme:' || $1::text, 0))`, [id]);
    const [p]: Programme[] = await m.query(`${PROGRAMME_SELECT} WHERE id = $1 AND region_id = $2`, [id, actor.regionId]);
    if (!p || (!seesWholeRegion(actor) && !VISIBLE_TO_ALL.includes(p.status))) throw Problem.notFound('Programme');
    return p;
  }

  /** Name, ages, windows and choices may change while the programme is a draft. */
  async update(actor: Actor, id: string, input: Partial<ProgrammeInput>): Promise<Programme> {
    return this.dataSource.transaction(async (m) => {
      const current = await this.load(m, actor, id, true);
      if (current.status !== 'draft') throw Problem.conflict('programme-not-draft', `Only a draft programme can be changed; this one is ${current.status}.`);
      const next = { ...current, ...definedOnly(input) };
      checkWindows(next);
      await m.query(
        `UPDATE programme SET name = $2, min_age = $3, max_age = $4, apply_from = $5, apply_to = $6, work_from = $7, work_to = $8, max_choices = $9,
           summer_jobs_only = $10, version = version + 1, updated_at = now() WHERE id = $1`,
        [id, next.name, next.minAge, next.maxAge, next.applyFrom, next.applyTo, next.workFrom, next.workTo, next.maxChoices, next.summerJobsOnly],
      );
      return this.load(m, actor, id);
    });
  }

  /**
   * Moves the programme along PROGRAMME_FLOW. `within` runs in the same transaction (the
   * allocation's publishing uses it); 409 naming the current state and the allowed ones.
   */
  async moveTo(actor: Actor, id: string, to: ProgrammeStatus, within?: (m: EntityManager, p: Programme) => Promise<void>): Promise<Programme> {
    return this.dataSource.transaction(async (m) => {
      const p = await this.load(m, actor, id, true);
      const now = this.clock.now();
      if (p.status !== to) {
        const allowed = PROGRAMME_FLOW[p.status];
        if (!allowed.includes(to)) {
          throw Problem.conflict('programme-transition', `A programme that is ${p.status} cannot become ${to}.`, { currentState: p.status, allowed });
        }
        await m.query(
          `UPDATE programme SET status = $2::text, version = version + 1, updated_at = now(),
             opened_at = CASE WHEN $2::text = 'open' THEN COALESCE(opened_at, $3::timestamptz) ELSE opened_at END,
             closed_at = CASE WHEN $2::text = 'closed' THEN $3::timestamptz ELSE closed_at END WHERE id = $1`,
          [id, to, now],
        );
        await this.audit.record(actor, { action: `programme.${to}`, subjectType: 'programme', subjectId: id, purpose: 'run a summer programme' }, m);
        // The baseline (nulmeting) when the programme opens and the figures at its close, in the same transaction as the move.
        if (to === 'open') await this.monitoring.takeSnapshot(m, id, 'baseline', now);
        if (to === 'closed') await this.monitoring.takeSnapshot(m, id, 'close', now);
      }
      await within?.(m, { ...p, status: to });
      return this.load(m, actor, id);
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Vacancies

  /**
   * An employer enlists one of its vacancies (WSP staff may do it for them) with a number of
   * places, while the lists are open: a vacancy of the region, open or in review, of a kind the
   * programme takes, in the programme's work window, with at most the vacancy's own places.
   */
  async enlist(actor: Actor, id: string, vacancyId: string, places: number): Promise<ProgrammeVacancy> {
    return this.dataSource.transaction(async (m) => {
      const p = await this.load(m, actor, id, true);
      listsOpen(p);
      const [v]: { id: string; employerId: string; kind: string; status: string; places: number; startDate: string; endDate: string }[] = await m.query(
        `SELECT id, employer_id AS "employerId", kind, status, places, start_date::text AS "startDate", end_date::text AS "endDate" FROM vacancy WHERE id = $1 AND region_id = $2`,
        [vacancyId, actor.regionId],
      );
      if (!v || (actor.role === 'employer' && v.employerId !== actor.organisationId)) throw Problem.notFound('Vacancy');
      if (!['open', 'submitted'].includes(v.status)) throw Problem.conflict('vacancy-not-open', `Only an open vacancy (or one in review) can be enlisted; this one is ${v.status}.`);
      if (p.summerJobsOnly && v.kind !== 'summer_job') throw Problem.invalid('vacancyId', `this programme takes summer jobs only; this vacancy is a ${v.kind}`);
      if (v.endDate < p.workFrom || v.startDate > p.workTo) throw Problem.invalid('vacancyId', `the vacancy's dates (${v.startDate} to ${v.endDate}) fall outside the programme's work window (${p.workFrom} to ${p.workTo})`);
      if (places > v.places) throw Problem.invalid('places', `at most the vacancy's own places (${v.places})`);
      await m.query(
        `INSERT INTO programme_vacancy (programme_id, vacancy_id, places, enlisted_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (programme_id, vacancy_id) DO UPDATE SET places = EXCLUDED.places, enlisted_by = EXCLUDED.enlisted_by, enlisted_at = now()`,
        [id, vacancyId, places, actor.userId],
      );
      await this.audit.record(actor, { action: 'programme.vacancy.enlisted', subjectType: 'vacancy', subjectId: vacancyId, purpose: `enlist in programme ${id}` }, m);
      return (await this.vacanciesOf(m, actor, id, vacancyId))[0]!;
    });
  }

  async withdrawVacancy(actor: Actor, id: string, vacancyId: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const p = await this.load(m, actor, id, true);
      listsOpen(p);
      const [row] = await this.vacanciesOf(m, actor, id, vacancyId);
      if (!row) throw Problem.notFound('Programme vacancy');
      // Choices of it go too (a choice outside the programme is not allowed): the database's
      // trigger takes them out, as an employer's role may not touch youths' entries.
      await m.query(`DELETE FROM programme_vacancy WHERE programme_id = $1 AND vacancy_id = $2`, [id, vacancyId]);
      await this.audit.record(actor, { action: 'programme.vacancy.withdrawn', subjectType: 'vacancy', subjectId: vacancyId, purpose: `withdraw from programme ${id}` }, m);
    });
  }

  /** The programme's vacancies; an employer sees only its own. */
  async vacancies(actor: Actor, id: string): Promise<ProgrammeVacancy[]> {
    await this.load(this.dataSource.manager, actor, id);
    return this.vacanciesOf(this.dataSource.manager, actor, id);
  }

  private async vacanciesOf(m: EntityManager, actor: Actor, id: string, vacancyId?: string): Promise<ProgrammeVacancy[]> {
    const rows: (Omit<ProgrammeVacancy, 'vog'> & { vog: VacancyVog })[] = await m.query(
      `SELECT v.id AS "vacancyId", v.title, v.kind, v.employer_id AS "employerId", o.name AS "employerName", v.pc4,
              v.start_date::text AS "startDate", v.end_date::text AS "endDate", pv.places, v.vog
         FROM programme_vacancy pv JOIN vacancy v ON v.id = pv.vacancy_id JOIN organisation o ON o.id = v.employer_id
        WHERE pv.programme_id = $1 AND ($2::uuid IS NULL OR v.employer_id = $2) AND ($3::uuid IS NULL OR v.id = $3)
        ORDER BY v.title, v.id`,
      [id, actor.role === 'employer' ? actor.organisationId : null, vacancyId ?? null],
    );
    return rows.map((r) => ({ ...r, vog: vacancyVog({ id: r.vacancyId, vog: r.vog }, actor.language) }));
  }

  // ---------------------------------------------------------------------------------------------
  // Youths

  /**
   * Enters a youth with ranked choices, or changes the choices: a coach for a youth of their own
   * organisation (consent to introductions needed, as for proposing), WSP staff for a youth who came
   * through open intake (the WSP is their contact). The youth must be in the age band on the first
   * day of work.
   */
  async enter(actor: Actor, id: string, youthId: string, choices: string[]): Promise<Entry> {
    let youth: { dateOfBirth: string | null };
    if (actor.role === 'coach') {
      // A programme's matches become proposals: the youth's consent to introductions is needed, as for proposing.
      const own = await this.youths.forProposal(actor, youthId);
      if (!own.consentIntroductions) throw Problem.conflict('no-consent', 'The youth has not consented to introductions to employers: record that consent first (scope introductions).');
      youth = own.youth;
    } else {
      youth = await this.intakeYouth(actor, youthId);
    }
    return this.dataSource.transaction(async (m) => {
      const p = await this.load(m, actor, id, true);
      listsOpen(p);
      if (!youth.dateOfBirth || !inAgeBand(youth.dateOfBirth, p)) {
        throw Problem.invalid('youthId', `the youth must be ${p.minAge} to ${p.maxAge} years old on ${p.workFrom}, the first day of work`);
      }
      const offered = new Set((await m.query<{ vacancy_id: string }[]>(`SELECT vacancy_id FROM programme_vacancy WHERE programme_id = $1`, [id])).map((r) => r.vacancy_id));
      const problems = choiceProblems(choices, p.maxChoices, offered);
      if (problems.length) throw Problem.badRequest('validation', problems.map((x) => `${x.field}: ${x.detail}`).join('; '), problems.map((x) => ({ field: x.field, message: x.detail })));
      await m.query(
        `INSERT INTO programme_entry (programme_id, youth_id, source, choices, entered_by) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (programme_id, youth_id) DO UPDATE SET choices = EXCLUDED.choices, status = 'entered', updated_at = now()`,
        [id, youthId, actor.role === 'coach' ? 'coach' : 'intake', choices, actor.userId],
      );
      await this.audit.record(actor, { action: 'programme.entry.saved', subjectType: 'youth', subjectId: youthId, purpose: `enter in programme ${id}` }, m);
      return (await this.entryOf(m, actor, id, youthId))!;
    });
  }

  async withdrawEntry(actor: Actor, id: string, youthId: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      await this.load(m, actor, id, true);
      const entry = await this.entryOf(m, actor, id, youthId);
      if (!entry) throw Problem.notFound('Programme entry');
      await m.query(`UPDATE programme_entry SET status = 'withdrawn', updated_at = now() WHERE programme_id = $1 AND youth_id = $2`, [id, youthId]);
      await this.audit.record(actor, { action: 'programme.entry.withdrawn', subjectType: 'youth', subjectId: youthId, purpose: `withdraw from programme ${id}` }, m);
    });
  }

  /**
   * Youths in the programme, a page in the order they were entered: a coach sees their own
   * organisation's, WSP staff all; employers none.
   */
  async entries(actor: Actor, id: string, query: PageQuery): Promise<Page<Entry>> {
    if (actor.role === 'employer') throw Problem.forbidden('Employers meet candidates through proposals, not programme lists.');
    await this.load(this.dataSource.manager, actor, id);
    const params = new SqlParams();
    const where = [`e.programme_id = ${params.add(id)}`];
    if (actor.role === 'coach') where.push(`y.organisation_id = ${params.add(actor.organisationId)}`);
    return jsonPage<Entry>(this.dataSource.manager, { select: ENTRY_COLUMNS, from: ENTRY_FROM, where, params, alias: 'e', orderedBy: 'entered_at' }, query);
  }

  /** The youth's entry in the programme, if the actor may see it (as in `entries`). */
  private async entryOf(m: EntityManager, actor: Actor, id: string, youthId: string): Promise<Entry | undefined> {
    // One JSON array: the entry's uuid[] of choices would otherwise go through the driver's array parser.
    const [entry] = await rowsAsJson<Entry>(
      m,
      `SELECT ${ENTRY_COLUMNS} FROM ${ENTRY_FROM} WHERE e.programme_id = $1 AND e.youth_id = $2 AND ($3::uuid IS NULL OR y.organisation_id = $3)`,
      [id, youthId, actor.role === 'coach' ? actor.organisationId : null],
    );
    return entry;
  }

  /** A youth from open intake (no coaching organisation), for WSP staff, its contact (the youth lib's isContactOf). */
  private async intakeYouth(actor: Actor, youthId: string): Promise<{ dateOfBirth: string | null }> {
    if (!seesWholeRegion(actor)) throw Problem.forbidden('Coaches enter their own youths; WSP staff enter youths from open intake.');
    const [y]: { dateOfBirth: string | null; regionId: string; organisationId: string | null }[] = await this.dataSource.query(
      `SELECT date_of_birth::text AS "dateOfBirth", region_id AS "regionId", organisation_id AS "organisationId" FROM youth WHERE id = $1 AND status = 'active'`,
      [youthId],
    );
    if (!y || !isContactOf(actor, y)) throw Problem.notFound('Youth');
    return y;
  }
}

function withDefaults(input: ProgrammeInput): Omit<Programme, 'id' | 'regionId' | 'status' | 'openedAt' | 'closedAt' | 'version'> {
  return {
    name: input.name.trim(),
    minAge: input.minAge ?? DEFAULT_AGE_BAND.min,
    maxAge: input.maxAge ?? DEFAULT_AGE_BAND.max,
    applyFrom: input.applyFrom,
    applyTo: input.applyTo,
    workFrom: input.workFrom,
    workTo: input.workTo,
    maxChoices: input.maxChoices ?? DEFAULT_MAX_CHOICES,
    summerJobsOnly: input.summerJobsOnly ?? true,
  };
}

const definedOnly = <T extends object>(o: T): Partial<T> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

function checkWindows(p: { minAge: number; maxAge: number; applyFrom: string; applyTo: string; workFrom: string; workTo: string }): void {
  if (p.maxAge < p.minAge) throw Problem.invalid('maxAge', `must be at least minAge (${p.minAge})`);
  if (p.applyTo < p.applyFrom) throw Problem.invalid('applyTo', `must be on or after applyFrom (${p.applyFrom})`);
  if (p.workTo < p.workFrom) throw Problem.invalid('workTo', `must be on or after workFrom (${p.workFrom})`);
  if (p.workFrom < p.applyTo) throw Problem.invalid('workFrom', `work starts after sign-up ends (${p.applyTo})`);
}

function listsOpen(p: Programme): void {
  if (!LISTS_OPEN.includes(p.status)) {
    throw Problem.conflict('programme-lists-closed', `The programme is ${p.status}: youths and vacancies can be added while it is ${LISTS_OPEN.join(' or ')}.`, { currentState: p.status });
  }
}
