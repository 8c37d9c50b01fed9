import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type VacancyVog, vacancyVog } from '@startbaan/employers';
import { TasksService } from '@startbaan/notifications';
import { type Actor, asEmployerReader, AuditService, Clock, onlyRow, OutboxService, Problem, seesWholeRegion } from '@startbaan/platform';
import { englishPseudonym } from '@startbaan/youth';
import { DataSource, type EntityManager } from 'typeorm';
import {
  addMonths,
  concerns,
  type EndReason,
  FOLLOW_UP_MONTHS,
  type FollowUpMoment,
  type FollowUpStatus,
  type SkillRating,
  WORK_SKILL_TEXT,
  type WorkSkill,
} from './placement-rules.js';
import type { ProposalState } from './proposal-flow.js';
import { assertTransition, isProposalContact, ProposalsService, seesProposal } from './proposals.service.js';

interface PlacementRow {
  id: string;
  regionId: string;
  proposalId: string;
  vacancyId: string;
  employerId: string;
  youthId: string;
  /** These three are null in a row read for an employer, which may not learn who proposed. */
  coachOrganisationId: string | null;
  coachUserId: string | null;
  pseudonym: string | null;
  vacancyTitle: string;
  /** The vacancy's `vog` column, read with the placement (for vacancyVog). */
  vog: VacancyVog;
  startDate: string;
  endDate: string;
  hoursPerWeek: number;
  hourlyWage: number | null;
  state: 'active' | 'completed' | 'ended_early';
  endedOn: string | null;
  endReason: EndReason | null;
  referenceText: string | null;
  referenceAt: Date | null;
  refereeUserId: string | null;
}

const SELECT = `SELECT pl.id, pl.region_id AS "regionId", pl.proposal_id AS "proposalId", pl.vacancy_id AS "vacancyId", pl.employer_id AS "employerId",
  pl.youth_id AS "youthId", pr.coach_organisation_id AS "coachOrganisationId", pr.proposed_by AS "coachUserId", y.pseudonym, v.title AS "vacancyTitle", v.vog,
  pl.start_date::text AS "startDate", pl.end_date::text AS "endDate", pl.hours_per_week::float AS "hoursPerWeek", pl.hourly_wage::float AS "hourlyWage",
  pl.state, pl.ended_on::text AS "endedOn", pl.end_reason AS "endReason", pl.reference_text AS "referenceText", pl.reference_at AS "referenceAt",
  pl.referee_user_id AS "refereeUserId"
  FROM placement pl JOIN proposal pr ON pr.id = pl.proposal_id JOIN youth y ON y.id = pl.youth_id JOIN vacancy v ON v.id = pl.vacancy_id`;

/** A placement as an employer's request may read it: no youth row, no referring organisation, no coach. */
/** A check-in as the coach's side reads it. */
interface CheckInRow {
  id: string;
  label: string;
  week: number;
  dueOn: string;
  skills: Record<WorkSkill, SkillRating> | null;
  note: string | null;
  recordedAt: Date | null;
  mentorNote: string | null;
  mentorNoteAt: Date | null;
}

/** A check-in as the employer reads it: the mentor's note, nothing of the coach's. */
type EmployerCheckInRow = Pick<CheckInRow, 'id' | 'label' | 'week' | 'dueOn' | 'mentorNote' | 'mentorNoteAt'>;

/** What became of the youth at the end of a placement or at a follow-up. */
interface OutcomeRow {
  moment: string;
  status: string;
  recordedAt: Date;
}

/** A placement as its employer reads it. */
type EmployerPlacementRow = Pick<
  PlacementRow,
  'id' | 'proposalId' | 'vacancyId' | 'vog' | 'startDate' | 'endDate' | 'hoursPerWeek' | 'hourlyWage' | 'state' | 'endedOn' | 'endReason' | 'referenceText' | 'referenceAt'
>;

const EMPLOYER_SELECT = `SELECT pl.id, pl.region_id AS "regionId", pl.proposal_id AS "proposalId", pl.vacancy_id AS "vacancyId", pl.employer_id AS "employerId",
  pl.youth_id AS "youthId", NULL::uuid AS "coachOrganisationId", NULL::uuid AS "coachUserId", NULL AS pseudonym, v.title AS "vacancyTitle", v.vog,
  pl.start_date::text AS "startDate", pl.end_date::text AS "endDate", pl.hours_per_week::float AS "hoursPerWeek", pl.hourly_wage::float AS "hourlyWage",
  pl.state, pl.ended_on::text AS "endedOn", pl.end_reason AS "endReason", pl.reference_text AS "referenceText", pl.reference_at AS "referenceAt",
  NULL::uuid AS "refereeUserId"
  FROM placement pl JOIN vacancy v ON v.id = pl.vacancy_id`;

/**
 * A placement after the offer was accepted: check-ins on the work skills (the coach's, seen by
 * the coach's organisation and the WSP), the mentor's short notes (the employer's), the ending,
 * what became of the youth at the end and 3 and 6 months later, the employer's reference and
 * the WSP as referee. The employer reads its placements through the employer database role,
 * which cannot see the coach's ratings or notes.
 */
@Injectable()
export class PlacementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly proposals: ProposalsService,
    private readonly tasks: TasksService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  private async load(m: EntityManager, actor: Actor, id: string, lock = false): Promise<PlacementRow> {
    const select = actor.role === 'employer' ? EMPLOYER_SELECT : SELECT;
    const [p]: PlacementRow[] = await m.query(`${select} WHERE pl.id = $1 AND pl.region_id = $2${lock ? ' FOR UPDATE OF pl' : ''}`, [id, actor.regionId]);
    if (!p || !seesProposal(actor, p)) throw Problem.notFound('Placement');
    return p;
  }

  /** The coach's organisation and the WSP: everything. */
  async get(actor: Actor, id: string): Promise<Record<string, unknown>> {
    if (actor.role === 'employer') return this.employerView(actor, id);
    const m = this.dataSource.manager;
    const p = await this.load(m, actor, id);
    const checkIns: CheckInRow[] = await m.query(
      `SELECT id, label, week, due_on::text AS "dueOn", skills, note, recorded_at AS "recordedAt", mentor_note AS "mentorNote", mentor_note_at AS "mentorNoteAt"
       FROM placement_check_in WHERE placement_id = $1 ORDER BY week`,
      [id],
    );
    const outcomes: OutcomeRow[] = await m.query(`SELECT moment, status, recorded_at AS "recordedAt" FROM placement_outcome WHERE placement_id = $1 ORDER BY recorded_at`, [id]);
    const [referee]: { name: string; email: string }[] = p.refereeUserId ? await m.query(`SELECT display_name AS name, email FROM user_account WHERE id = $1`, [p.refereeUserId]) : [];
    const { coachOrganisationId: _o, coachUserId: _c, refereeUserId: _r, ...rest } = p;
    return { ...rest, vog: vacancyVog({ id: p.vacancyId, vog: p.vog }, actor.language), checkIns, outcomes, referee: referee ?? null };
  }

  /** The employer: its own placements' dates, hours, wage, state, its mentor notes and its reference. */
  private async employerView(actor: Actor, id: string): Promise<Record<string, unknown>> {
    return asEmployerReader(this.dataSource, async (m) => {
      const [p]: EmployerPlacementRow[] = await m.query(
        `SELECT pl.id, pl.proposal_id AS "proposalId", pl.vacancy_id AS "vacancyId", v.vog, pl.start_date::text AS "startDate", pl.end_date::text AS "endDate", pl.hours_per_week::float AS "hoursPerWeek",
                pl.hourly_wage::float AS "hourlyWage", pl.state, pl.ended_on::text AS "endedOn", pl.end_reason AS "endReason", pl.reference_text AS "referenceText", pl.reference_at AS "referenceAt"
         FROM placement pl JOIN vacancy v ON v.id = pl.vacancy_id WHERE pl.id = $1 AND pl.employer_id = $2`,
        [id, actor.organisationId],
      );
      if (!p) throw Problem.notFound('Placement');
      const checkIns: EmployerCheckInRow[] = await m.query(
        `SELECT id, label, week, due_on::text AS "dueOn", mentor_note AS "mentorNote", mentor_note_at AS "mentorNoteAt" FROM placement_check_in WHERE placement_id = $1 ORDER BY week`,
        [id],
      );
      return { ...p, vog: vacancyVog({ id: p.vacancyId, vog: p.vog }, actor.language), checkIns };
    });
  }

  private active(p: PlacementRow): void {
    if (p.state !== 'active') throw Problem.conflict('placement-ended', `This placement has ended (${p.state}); check-ins can no longer change.`, { state: p.state });
  }

  private async checkIn(m: EntityManager, placementId: string, checkInId: string): Promise<{ id: string; week: number; label: string }> {
    const [c]: { id: string; week: number; label: string }[] = await m.query(`SELECT id, week, label FROM placement_check_in WHERE id = $1 AND placement_id = $2 FOR UPDATE`, [checkInId, placementId]);
    if (!c) throw Problem.notFound('Check-in');
    return c;
  }

  /** The coach records a check-in; a concern on any skill becomes a task and a notice for the coach who proposed the youth. */
  async recordCheckIn(actor: Actor, id: string, checkInId: string, input: { skills: Record<WorkSkill, SkillRating>; note?: string }): Promise<Record<string, unknown>> {
    await this.dataSource.transaction(async (m) => {
      const p = await this.load(m, actor, id, true);
      if (!isProposalContact(actor, p)) throw Problem.forbidden("Only the youth's contact person (its coach, or the WSP for a youth from open intake) records a check-in.");
      this.active(p);
      const c = await this.checkIn(m, id, checkInId);
      await m.query(`UPDATE placement_check_in SET skills = $2, note = $3, recorded_by = $4, recorded_at = now() WHERE id = $1`, [c.id, input.skills, input.note ?? null, actor.userId]);
      await this.tasks.complete(m, `check-in:${c.id}`);
      const worries = concerns(input.skills);
      if (worries.length) {
        await this.tasks.create(m, {
          regionId: p.regionId,
          userId: p.coachUserId!,
          kind: 'check_in_concern',
          key: `concern:${c.id}`,
          title: {
            nl: `Zorg bij ${p.pseudonym} ("${p.vacancyTitle}"): ${worries.map((w) => WORK_SKILL_TEXT[w].nl).join(', ')} — bespreek het met de jongere en de werkgever`,
            en: `Concern for ${englishPseudonym(p.pseudonym)} ("${p.vacancyTitle}"): ${worries.map((w) => WORK_SKILL_TEXT[w].en).join(', ')} — talk it through with the youth and the employer`,
          },
          data: { placementId: p.id, checkInId: c.id, skills: worries },
        });
        await this.outbox.add(m, { type: 'placement.changed', regionId: p.regionId, payload: { placementId: p.id, what: 'concern', checkInId: c.id } });
      }
      await this.audit.record(actor, { action: 'placement.check_in', subjectType: 'placement', subjectId: p.id, purpose: `check-in week ${c.week}` }, m);
    });
    return this.get(actor, id);
  }

  /** The employer's mentor adds a short note to a check-in. */
  async mentorNote(actor: Actor, id: string, checkInId: string, note: string): Promise<Record<string, unknown>> {
    await this.dataSource.transaction(async (m) => {
      const p = await this.load(m, actor, id, true);
      if (p.employerId !== actor.organisationId) throw Problem.forbidden('Only the employer of the placement writes the mentor note.');
      this.active(p);
      const c = await this.checkIn(m, id, checkInId);
      await m.query(`UPDATE placement_check_in SET mentor_note = $2, mentor_note_at = now() WHERE id = $1`, [c.id, note]);
    });
    return this.get(actor, id);
  }

  /**
   * Ends the placement: completed, or ended early with a reason. The coach may say straight away
   * what the youth goes on to (`status`); follow-ups at 3 and 6 months become the coach's tasks.
   */
  async end(actor: Actor, id: string, input: { outcome: 'completed' | 'ended_early'; reason?: EndReason; status?: FollowUpStatus; endedOn?: string }): Promise<Record<string, unknown>> {
    if (input.outcome === 'ended_early' && !input.reason) throw Problem.invalid('reason', 'is required when a placement ends early');
    if (input.outcome === 'completed' && input.reason) throw Problem.invalid('reason', 'is only for a placement that ends early');
    await this.dataSource.transaction(async (m) => {
      const p = await this.load(m, actor, id, true);
      if (input.status && !isProposalContact(actor, p)) throw Problem.invalid('status', "what the youth goes on to is recorded by the youth's contact person");
      const { state } = onlyRow<{ state: ProposalState }>(await m.query(`SELECT state FROM proposal WHERE id = $1 FOR UPDATE`, [p.proposalId]), `the proposal of placement ${p.id}`);
      assertTransition(state, input.outcome, actor, p, 'placement');
      const endedOn = input.endedOn ?? this.clock.now().toISOString().slice(0, 10);
      if (endedOn < p.startDate) throw Problem.invalid('endedOn', `must be on or after the start date ${p.startDate}`);
      await m.query(`UPDATE placement SET state = $2, ended_on = $3, end_reason = $4 WHERE id = $1`, [p.id, input.outcome, endedOn, input.reason ?? null]);
      await this.proposals.setState(m, actor, { id: p.proposalId, regionId: p.regionId }, state, input.outcome);
      if (input.status) await this.saveOutcome(m, actor, p, 'end', input.status);
      // The coach's follow-up tasks follow from this event (afterEnding): an employer's request cannot reach the coach's tasks.
      await this.outbox.add(m, { type: 'placement.changed', regionId: p.regionId, payload: { placementId: p.id, what: 'ended', outcome: input.outcome } });
      await this.audit.record(actor, { action: `placement.${input.outcome}`, subjectType: 'placement', subjectId: p.id, purpose: input.reason ?? input.outcome }, m);
    });
    return this.get(actor, id);
  }

  /**
   * Once a placement has ended (the worker, in the transaction that handles the event): the
   * coach's follow-ups, at the end unless what the youth goes on to is known already, and at 3
   * and 6 months; the check-ins not recorded are moot.
   */
  async afterEnding(m: EntityManager, placementId: string): Promise<void> {
    const [p]: (PlacementRow & { hasEndOutcome: boolean })[] = await m.query(
      `${SELECT.replace('SELECT ', `SELECT EXISTS (SELECT 1 FROM placement_outcome o WHERE o.placement_id = pl.id AND o.moment = 'end') AS "hasEndOutcome", `)} WHERE pl.id = $1`,
      [placementId],
    );
    if (!p?.endedOn) return;
    if (!p.hasEndOutcome) await this.followUpTask(m, p, 'end', p.endedOn);
    for (const moment of ['three_months', 'six_months'] as const) await this.followUpTask(m, p, moment, addMonths(p.endedOn, FOLLOW_UP_MONTHS[moment]));
    await m.query(`UPDATE task SET done_at = now() WHERE done_at IS NULL AND key IN (SELECT 'check-in:' || id FROM placement_check_in WHERE placement_id = $1)`, [p.id]);
  }

  private async followUpTask(m: EntityManager, p: PlacementRow, moment: FollowUpMoment, dueOn: string): Promise<void> {
    const when = { end: { nl: 'bij het einde', en: 'at the end' }, three_months: { nl: 'na 3 maanden', en: 'after 3 months' }, six_months: { nl: 'na 6 maanden', en: 'after 6 months' } }[moment];
    await this.tasks.create(m, {
      regionId: p.regionId,
      userId: p.coachUserId!,
      kind: 'follow_up',
      key: `follow-up:${p.id}:${moment}`,
      title: { nl: `Hoe gaat het met ${p.pseudonym} ${when.nl}? Leg de stand vast`, en: `How is ${englishPseudonym(p.pseudonym)} doing ${when.en}? Record it` },
      data: { placementId: p.id, moment },
      dueOn,
    });
  }

  private async saveOutcome(m: EntityManager, actor: Actor, p: PlacementRow, moment: FollowUpMoment, status: FollowUpStatus): Promise<void> {
    await m.query(
      `INSERT INTO placement_outcome (placement_id, moment, status, recorded_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (placement_id, moment) DO UPDATE SET status = EXCLUDED.status, recorded_by = EXCLUDED.recorded_by, recorded_at = now()`,
      [p.id, moment, status, actor.userId],
    );
    await this.tasks.complete(m, `follow-up:${p.id}:${moment}`);
  }

  /** What became of the youth at the end, or 3 or 6 months later (coach or WSP); only after the placement ended. */
  async followUp(actor: Actor, id: string, input: { moment: FollowUpMoment; status: FollowUpStatus }): Promise<Record<string, unknown>> {
    if (actor.role === 'employer') throw Problem.forbidden('Follow-ups are recorded by the coach or the WSP.');
    await this.dataSource.transaction(async (m) => {
      const p = await this.load(m, actor, id, true);
      if (p.state === 'active') throw Problem.conflict('placement-active', 'The placement has not ended yet: end it first, then record the follow-up.', { state: p.state });
      await this.saveOutcome(m, actor, p, input.moment, input.status);
    });
    return this.get(actor, id);
  }

  /** The employer's reference for the youth's next application; the coach is told. */
  async reference(actor: Actor, id: string, text: string): Promise<Record<string, unknown>> {
    await this.dataSource.transaction(async (m) => {
      const p = await this.load(m, actor, id, true);
      if (p.employerId !== actor.organisationId) throw Problem.forbidden('Only the employer of the placement writes its reference.');
      await m.query(`UPDATE placement SET reference_text = $2, reference_at = now() WHERE id = $1`, [p.id, text]);
      await this.outbox.add(m, { type: 'placement.changed', regionId: p.regionId, payload: { placementId: p.id, what: 'reference' } });
    });
    return this.get(actor, id);
  }

  /** A WSP staff member names themselves as referee for the youth's next application. */
  async nameReferee(actor: Actor, id: string): Promise<Record<string, unknown>> {
    if (!seesWholeRegion(actor)) throw Problem.forbidden('Only WSP staff can be named as referee.');
    await this.dataSource.transaction(async (m) => {
      const p = await this.load(m, actor, id, true);
      await m.query(`UPDATE placement SET referee_user_id = $2 WHERE id = $1`, [p.id, actor.userId]);
      await this.audit.record(actor, { action: 'placement.referee', subjectType: 'placement', subjectId: p.id, purpose: 'WSP named as referee' }, m);
    });
    return this.get(actor, id);
  }

  /** The region's placement settings: the working days an employer has to answer, and the check-in weeks of new placements. */
  async settings(actor: Actor): Promise<{ proposalSlaWorkingDays: number; checkInWeeks: number[] }> {
    const [row]: { proposalSlaWorkingDays: number; checkInWeeks: number[] }[] = await this.dataSource.query(`SELECT proposal_sla_working_days AS "proposalSlaWorkingDays", check_in_weeks AS "checkInWeeks" FROM region WHERE id = $1`, [actor.regionId]);
    if (!row) throw Problem.notFound('Region');
    return row;
  }

  async updateSettings(actor: Actor, input: { proposalSlaWorkingDays?: number; checkInWeeks?: number[] }): Promise<{ proposalSlaWorkingDays: number; checkInWeeks: number[] }> {
    if (!seesWholeRegion(actor)) throw Problem.forbidden('Only WSP staff change the region\'s settings.');
    const weeks = input.checkInWeeks ? [...new Set(input.checkInWeeks)].sort((a, b) => a - b) : null;
    await this.dataSource.transaction(async (m) => {
      await m.query(`UPDATE region SET proposal_sla_working_days = COALESCE($2, proposal_sla_working_days), check_in_weeks = COALESCE($3::smallint[], check_in_weeks) WHERE id = $1`, [
        actor.regionId, input.proposalSlaWorkingDays ?? null, weeks,
      ]);
      await this.audit.record(actor, { action: 'region.settings', subjectType: 'region', subjectId: actor.regionId, purpose: JSON.stringify(input) }, m);
    });
    return this.settings(actor);
  }
}
