import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { highestMinimumWage, holidayWeeksProblem, outsideWageRules } from '@startbaan/employers';
import { type Actor, ageOnDay, AuditService, Clock, onlyRow, OutboxService, Problem, youngestBirthDate } from '@startbaan/platform';
import { TasksService } from '@startbaan/notifications';
import { checkInSchedule, remindersFor } from './placement-rules.js';
import { CandidateCardReader, englishPseudonym } from '@startbaan/youth';
import { DataSource } from 'typeorm';
import { OPEN_STATES, type ProposalState } from './proposal-flow.js';
import { assertTransition, type Interview, isProposalContact, type Offer, type ProposalRow, SELECT } from './proposal-rows.js';
import { ProposalStates } from './proposal-states.js';

/** What accepting an offer checks: the offer, the youth's date of birth and the vacancy's kind and weeks. */
interface AcceptedOfferRow {
  offer: Offer | null;
  /** Null once the youth is erased. */
  dob: string | null;
  kind: string;
  end_date: string;
  schoolWeeks: boolean;
}

/** The steps from introduction to placement: introduce, the interview and its outcome, the offer, the acceptance. */
@Injectable()
export class ProposalStepsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly states: ProposalStates,
    private readonly cards: CandidateCardReader,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly tasks: TasksService,
    private readonly clock: Clock,
  ) {}

  /** The coach records that the youth agrees to be introduced (consent to introductions must stand). */
  async introduce(actor: Actor, id: string): Promise<ProposalRow> {
    const p = await this.states.load(this.dataSource.manager, actor, id);
    const [c]: unknown[] = await this.dataSource.query(`SELECT 1 FROM youth_consent WHERE youth_id = $1 AND scope = 'introductions' AND withdrawn_at IS NULL`, [p.youthId]);
    if (!c) throw Problem.conflict('no-consent', 'The youth has no standing consent to introductions: record it first.');
    return this.states.move(actor, id, 'introduced');
  }

  /**
   * Plans (or moves) the interview and its reminders: a day before and two hours before, for
   * the coach, and for the youth's own contact when the coach says so (`remindYouth`; kept
   * until changed). Reminders of an earlier slot that were not sent yet are dropped.
   */
  async planInterview(actor: Actor, id: string, input: { at: string; place?: string; videoLink?: string; remindYouth?: boolean }): Promise<ProposalRow> {
    const now = this.clock.now();
    const slot = new Date(input.at);
    if (slot.getTime() <= now.getTime()) throw Problem.invalid('at', 'must be in the future');
    return this.states.withState(actor, id, 'interview_planned', async (m, p) => {
      if (input.remindYouth !== undefined && !isProposalContact(actor, p)) throw Problem.invalid('remindYouth', "only the youth's contact person decides whether the youth gets reminders");
      // The proposal withState locked.
      const { interview: before } = onlyRow<{ interview: Interview | null }>(await m.query(`SELECT interview FROM proposal WHERE id = $1`, [p.id]), `proposal ${p.id}`);
      const interview: Interview = { at: slot.toISOString(), place: input.place, videoLink: input.videoLink, history: [...(before?.history ?? []), ...(before ? [{ at: before.at, outcome: before.outcome }] : [])] };
      await m.query(`UPDATE proposal SET interview = $2 WHERE id = $1`, [p.id, interview]);
      if (input.remindYouth !== undefined) await m.query(`UPDATE proposal SET remind_youth = $2 WHERE id = $1`, [p.id, input.remindYouth]);
      await m.query(`DELETE FROM interview_reminder WHERE proposal_id = $1 AND sent_at IS NULL`, [p.id]);
      for (const r of remindersFor(slot, now)) {
        await m.query(`INSERT INTO interview_reminder (region_id, proposal_id, kind, slot_at, due_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`, [
          p.regionId, p.id, r.kind, slot.toISOString(), r.dueAt.toISOString(),
        ]);
      }
    });
  }

  /** After the slot: showed up moves on; a no-show or a new date goes back to the coach, not a penalty. */
  async interviewOutcome(actor: Actor, id: string, outcome: 'showed_up' | 'no_show' | 'rescheduled'): Promise<ProposalRow> {
    if (outcome === 'showed_up') {
      return this.states.withState(actor, id, 'interviewed', async (m, p) => {
        await m.query(`UPDATE proposal SET interview = interview || jsonb_build_object('outcome', 'showed_up') WHERE id = $1`, [p.id]);
      });
    }
    return this.states.withState(actor, id, 'interview_planned', async (m, p) => {
      await m.query(`UPDATE proposal SET interview = interview || jsonb_build_object('outcome', $2::text) WHERE id = $1`, [p.id, outcome]);
    });
  }

  /**
   * The employer offers the place (or changes its offer). Whether the proposal can take an offer
   * is answered first, so nothing is checked against a candidate the employer may not deal with.
   * The wage is checked against what the employer can know: the candidate card's age today, for
   * the whole period. The lowest minimum any candidate of that age can be owed is the floor, so
   * no answer, success or error, depends on the date of birth. The exact minimum for this youth
   * (a birthday during the period) is checked when the coach records the acceptance.
   */
  async offer(actor: Actor, id: string, input: Offer): Promise<ProposalRow> {
    // Checked before the transaction: the card is read on a connection of its own, and a
    // transaction that waits for a second connection can starve the pool.
    const p = await this.states.load(this.dataSource.manager, actor, id);
    assertTransition(p.state, 'offered', actor, p);
    const v = onlyRow<{ kind: string; pc4: string; end_date: string }>(
      await this.dataSource.query(`SELECT kind, pc4, end_date::text AS end_date FROM vacancy WHERE id = $1`, [p.vacancyId]),
      `the vacancy of proposal ${id}`,
    );
    const endDate = input.endDate ?? v.end_date;
    if (endDate < input.startDate) throw Problem.invalid(input.endDate ? 'endDate' : 'startDate', `the placement must start on or before it ends (${endDate})`);
    const outside = outsideWageRules(input.startDate);
    if (outside) throw Problem.invalid('startDate', outside);
    if (v.kind === 'work_experience') {
      if (input.hourlyWage != null) throw Problem.invalid('hourlyWage', 'a work-experience place is unpaid: leave hourlyWage out');
    } else {
      if (input.hourlyWage == null) throw Problem.invalid('hourlyWage', `is required for a paid ${v.kind}`);
      const [card] = await this.cards.cards({ regionId: actor.regionId, employerId: actor.organisationId }, [p.youthId], v.pc4);
      if (!card) throw Problem.notFound('Proposal');
      const floor = highestMinimumWage(youngestBirthDate(card.ageYears, this.today()), input.startDate, endDate, v.kind === 'bbl_place');
      if (input.hourlyWage < floor.amount) {
        throw Problem.invalid(
          'hourlyWage',
          `must be at least €${floor.amount.toFixed(2)} an hour: the legal minimum for a candidate of ${card.ageYears} during this period${floor.from > input.startDate ? ` (from ${floor.from})` : ''} (${floor.rule.source}). A birthday during the period can raise it: the candidate's contact checks that before accepting.`,
        );
      }
    }
    return this.states.withState(actor, id, 'offered', async (m) => {
      await m.query(`UPDATE proposal SET offer = $2 WHERE id = $1`, [id, { startDate: input.startDate, endDate, hoursPerWeek: input.hoursPerWeek, hourlyWage: input.hourlyWage ?? null }]);
    });
  }

  private today(): string {
    return this.clock.now().toISOString().slice(0, 10);
  }

  /**
   * The coach records the youth's acceptance: the placement is created under a row lock on the
   * vacancy, so however many accept at once, no vacancy gets more placements than places. The
   * last place fills the vacancy and tells the other open proposals.
   */
  async accept(actor: Actor, id: string): Promise<{ proposal: ProposalRow; placementId: string }> {
    return this.dataSource.transaction(async (m) => {
      const p = await this.states.load(m, actor, id, true);
      assertTransition(p.state, 'accepted', actor, p);
      const v = onlyRow<{ id: string; places: number; status: string; region_id: string }>(
        await m.query(`SELECT id, places, status, region_id FROM vacancy WHERE id = $1 FOR UPDATE`, [p.vacancyId]),
        `the vacancy of proposal ${id}`,
      );
      const { taken } = onlyRow<{ taken: number }>(await m.query(`SELECT count(*)::int AS taken FROM placement WHERE vacancy_id = $1`, [p.vacancyId]), 'the placements of a vacancy');
      if (taken >= v.places) throw Problem.conflict('vacancy-full', `All ${v.places} places of this vacancy are taken.`, { places: v.places });
      const row = onlyRow<AcceptedOfferRow>(
        await m.query(
          `SELECT p.offer, y.date_of_birth::text AS dob, v.kind, v.end_date::text AS end_date, v.during_school_weeks AS "schoolWeeks"
           FROM proposal p JOIN youth y ON y.id = p.youth_id JOIN vacancy v ON v.id = p.vacancy_id WHERE p.id = $1`,
          [id],
        ),
        `proposal ${id}`,
      );
      const { offer } = row;
      if (!offer) throw new Error(`proposal ${id} is offered without an offer`);
      // An active youth has one (youth_active_complete_check); the checks below that need it ask.
      const dob = (): string => {
        if (row.dob === null) throw new Error(`the youth of proposal ${id} has no date of birth`);
        return row.dob;
      };
      if (!row.schoolWeeks) {
        // The holiday weeks a year a young youth may work, over all of the youth's holiday placements.
        const earlier: { start: string; end: string }[] = await m.query(
          `SELECT pl.start_date::text AS start, pl.end_date::text AS end FROM placement pl JOIN vacancy v ON v.id = pl.vacancy_id
           WHERE pl.youth_id = $1 AND NOT v.during_school_weeks AND pl.state <> 'ended_early'`,
          [p.youthId],
        );
        const periods = [...earlier, { start: offer.startDate, end: offer.endDate ?? row.end_date }].map((x) => ({ startDate: x.start, endDate: x.end, age: ageOnDay(dob(), x.start) }));
        const tooMany = holidayWeeksProblem(periods);
        if (tooMany) throw new Problem(422, 'holiday-weeks-per-year', 'Too many holiday weeks', `With this placement the youth would have ${tooMany.en} (Arbeidstijdenwet art. 3:2, Nadere regeling kinderarbeid).`, { reason: tooMany });
      }
      if (offer.hourlyWage != null) {
        // The exact minimum for this youth over the whole placement: the employer's check could not know a birthday.
        const owed = highestMinimumWage(dob(), offer.startDate, offer.endDate ?? row.end_date, row.kind === 'bbl_place');
        if (offer.hourlyWage < owed.amount) {
          throw new Problem(422, 'offer-below-minimum-wage', 'Offer below the minimum wage', `The offer pays €${offer.hourlyWage.toFixed(2)} an hour; from ${owed.from} this youth is ${owed.age} and the legal minimum is €${owed.amount.toFixed(2)} (${owed.rule.source}). Ask the employer to change the offer, or decline it.`, {
            minimumHourlyWage: owed.amount,
            from: owed.from,
          });
        }
      }
      // The vacancy is locked above, so the INSERT … SELECT gives its row.
      const {
        id: placementId,
        end_date: endDate,
        weeks,
        proposed_by: coachId,
      } = onlyRow<{ id: string; end_date: string; weeks: number[]; proposed_by: string }>(
        await m.query(
          `INSERT INTO placement (region_id, proposal_id, vacancy_id, employer_id, youth_id, start_date, end_date, hours_per_week, hourly_wage)
           SELECT $1, $2, $3, $4, $5, $6, COALESCE($7::date, v.end_date), $8, $9 FROM vacancy v WHERE v.id = $3
           RETURNING id, end_date::text AS end_date, (SELECT check_in_weeks FROM region WHERE id = $1) AS weeks, (SELECT proposed_by FROM proposal WHERE id = $2) AS proposed_by`,
          [p.regionId, id, p.vacancyId, p.employerId, p.youthId, offer.startDate, offer.endDate ?? null, offer.hoursPerWeek, offer.hourlyWage],
        ),
        'the new placement',
      );
      // The check-ins, each also a task for the coach who proposed the youth on the day it is due.
      for (const c of checkInSchedule(offer.startDate, endDate, weeks)) {
        const { id: checkInId } = onlyRow<{ id: string }>(
          await m.query(`INSERT INTO placement_check_in (placement_id, label, week, due_on) VALUES ($1, $2, $3, $4) RETURNING id`, [placementId, c.label, c.week, c.dueOn]),
          'the new check-in',
        );
        const what = c.label === 'last_week' ? { nl: 'laatste week', en: 'in the final week' } : { nl: `week ${c.week}`, en: `in week ${c.week}` };
        await this.tasks.create(m, {
          regionId: p.regionId,
          userId: coachId,
          kind: 'check_in',
          key: `check-in:${checkInId}`,
          title: { nl: `Check-in ${what.nl}: ${p.pseudonym} bij "${p.vacancyTitle}"`, en: `Check-in ${what.en}: ${englishPseudonym(p.pseudonym)} at "${p.vacancyTitle}"` },
          data: { placementId, checkInId, pseudonym: p.pseudonym },
          dueOn: c.dueOn,
        });
      }
      await this.states.setState(m, actor, p, p.state, 'accepted');
      await this.states.setState(m, actor, p, 'accepted', 'placed');
      if (taken + 1 >= v.places) {
        await m.query(`UPDATE vacancy SET status = 'filled', last_open_at = $2, version = version + 1 WHERE id = $1 AND status = 'open'`, [p.vacancyId, this.clock.now()]);
        const others: { id: string; state: ProposalState }[] = await m.query(
          `SELECT id, state FROM proposal WHERE vacancy_id = $1 AND id <> $2 AND state = ANY($3)`,
          [p.vacancyId, id, OPEN_STATES],
        );
        for (const o of others) await this.outbox.add(m, { type: 'proposal.changed', regionId: p.regionId, payload: { proposalId: o.id, from: o.state, to: o.state, vacancyFilled: true } });
      }
      await this.audit.record(actor, { action: 'placement.created', subjectType: 'placement', subjectId: placementId, purpose: 'the youth accepted the offer' }, m);
      return { proposal: onlyRow<ProposalRow>(await m.query(`${SELECT} WHERE p.id = $1`, [id]), `proposal ${id}`), placementId };
    });
  }
}
