import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { highestMinimumWage, holidayWeeksProblem, outsideWageRules, VacanciesService, type VacancyVog, type VacancyVogRef, vacancyVog, type VogIndication } from '@startbaan/employers';
import { feasibility, MatchingService, toMatchYouth } from '@startbaan/matching';
import { type Actor, ageOnDay, AuditService, badCursor, Clock, databaseFailure, decodeCursor, encodeCursor, isUuid, OutboxService, type Page, type PageQuery, Problem, seesWholeRegion, youngestBirthDate } from '@startbaan/platform';
import { TasksService } from '@startbaan/notifications';
import { checkInSchedule, remindersFor } from './placement-rules.js';
import { type CandidateCard, CandidateCardReader, YouthService, englishPseudonym } from '@startbaan/youth';
import { DataSource, type EntityManager } from 'typeorm';
import { threadPath } from './thread/thread-rules.js';
import { workingDaysBetween } from './working-days.js';
import { AWAITING_EMPLOYER, checkTransition, type DeclineReason, type FlowRole, OPEN_STATES, overdueOnlyBefore, pastResponseSla, PROPOSE_AGAIN_AFTER, type ProposalState } from './proposal-flow.js';

export interface ProposalRow {
  id: string;
  regionId: string;
  vacancyId: string;
  employerId: string;
  youthId: string;
  /** Null in a row read for an employer, which may not learn who proposed. */
  coachOrganisationId: string | null;
  note: string;
  state: ProposalState;
  declineReason: string | null;
  withdrawReason: string | null;
  stateChangedAt: Date;
  createdAt: Date;
  vacancyTitle: string;
  /** The vacancy's `vog` column, read with the proposal (for vacancyVog). */
  vog: VacancyVog;
  pseudonym: string;
  /** How this employer knows the youth (each employer has its own pseudonym for a youth). */
  employerPseudonym: string;
  placementId: string | null;
  /** In lists for the youth's contact person: the employer's messages not read yet. */
  unreadMessages?: number;
}

/** What an employer sees of a proposal: the candidate card and the coach's note, nothing else. */
export interface EmployerProposal {
  id: string;
  vacancyId: string;
  vacancyTitle: string;
  /** The vacancy's `vog` column (the employer's own vacancy), read with the proposal. */
  vog: VacancyVog;
  state: ProposalState;
  proposedAt: Date;
  note: string;
  candidate: CandidateCard;
  /**
   * Only after the youth agreed to be introduced; the last name only once a placement is agreed.
   * `contact` is the youth's own channel when the youth chose one, else the message thread with
   * the youth's contact person (`messages`), which is always there too.
   */
  introduction?: { firstName: string; lastName?: string; contact: { channel: 'email' | 'phone' | 'whatsapp' | 'messages'; value: string }; messages: string };
  /** Messages of the contact person the employer has not read yet. */
  unreadMessages?: number;
  interview?: Interview | null;
  offer?: Offer | null;
  /** Once the offer was accepted. */
  placementId?: string | null;
}

export interface Interview {
  at: string;
  place?: string;
  videoLink?: string;
  outcome?: 'showed_up' | 'no_show' | 'rescheduled';
  history: { at: string; outcome?: string }[];
}

export interface Offer {
  startDate: string;
  /** The last day; the vacancy's end date when the employer gives none. */
  endDate?: string;
  hoursPerWeek: number;
  hourlyWage: number | null;
}

/** A proposal the employer left unanswered past the region's SLA, for the WSP's network view. */
export interface UnansweredProposal {
  proposalId: string;
  /** `proposed` or `viewed` (the next expiry run takes it), or `expired`. */
  state: ProposalState;
  proposedAt: Date;
  expiredAt: Date | null;
  /** Working days from the proposal to now, or to its expiry. */
  workingDaysWaiting: number;
  vacancy: { id: string; title: string; vog: VacancyVogRef };
  employer: { id: string; name: string };
}

/** How far back the network view lists proposals that expired unanswered: a view setting, not a rule. */
export const UNANSWERED_SHOWN_DAYS = 30;

const INTRODUCED: readonly ProposalState[] = ['introduced', 'interview_planned', 'interviewed', 'offered', 'accepted', 'placed', 'completed', 'ended_early'];
const AGREED: readonly ProposalState[] = ['accepted', 'placed', 'completed', 'ended_early'];

/** The hard filters a proposal must pass (the rest of the core's filters are for suggestions). */
const PROPOSAL_FILTERS = new Set(['not_open', 'no_places', 'too_young_legal', 'too_young_employer', 'kind_not_wished', 'availability']);

const SELECT = `SELECT p.id, p.region_id AS "regionId", p.vacancy_id AS "vacancyId", p.employer_id AS "employerId", p.youth_id AS "youthId",
  p.coach_organisation_id AS "coachOrganisationId", p.note, p.state, p.decline_reason AS "declineReason", p.withdraw_reason AS "withdrawReason",
  p.state_changed_at AS "stateChangedAt", p.created_at AS "createdAt", v.title AS "vacancyTitle", v.vog, y.pseudonym,
  (SELECT ep.pseudonym FROM employer_pseudonym ep WHERE ep.employer_id = p.employer_id AND ep.youth_id = p.youth_id) AS "employerPseudonym",
  (SELECT pl.id FROM placement pl WHERE pl.proposal_id = p.id) AS "placementId"
  FROM proposal p JOIN vacancy v ON v.id = p.vacancy_id JOIN youth y ON y.id = p.youth_id`;

/**
 * A proposal as an employer's request may read it: what the employer role is granted, no youth
 * row, no referring organisation, no coach, no withdrawal reason (ARCHITECTURE.md §1).
 */
const EMPLOYER_SELECT = `SELECT p.id, p.region_id AS "regionId", p.vacancy_id AS "vacancyId", p.employer_id AS "employerId", p.youth_id AS "youthId",
  NULL::uuid AS "coachOrganisationId", p.note, p.state, p.decline_reason AS "declineReason", NULL AS "withdrawReason",
  p.state_changed_at AS "stateChangedAt", p.created_at AS "createdAt", v.title AS "vacancyTitle", v.vog, NULL AS pseudonym, NULL AS "employerPseudonym",
  (SELECT pl.id FROM placement pl WHERE pl.proposal_id = p.id) AS "placementId"
  FROM proposal p JOIN vacancy v ON v.id = p.vacancy_id`;

/** The one SELECT of a proposal for this actor. */
const selectFor = (actor: Actor): string => (actor.role === 'employer' ? EMPLOYER_SELECT : SELECT);

/**
 * The youth's contact for a proposal: the coaching organisation that proposed (or, for a youth
 * from open intake, the WSP, whose organisation the proposal then carries). The contact takes the
 * youth's steps (introduce, accept, withdraw…) and alone reads why a proposal was withdrawn: a
 * coach's reasons and a youth's words are not the WSP's.
 */
export const isProposalContact = (actor: Actor, p: { coachOrganisationId: string | null }): boolean => actor.role !== 'employer' && p.coachOrganisationId === actor.organisationId;

/** The actor's part in a proposal's flow: the employer, the youth's contact (`coach` in the table), or WSP staff. */
const flowRole = (a: Actor, p: { coachOrganisationId: string | null }): FlowRole => (a.role === 'employer' ? 'employer' : isProposalContact(a, p) ? 'coach' : 'wsp_staff');

/** The role a history row records: who acted, by role (the flow's part may differ: WSP staff as an intake youth's contact). */
const historyRole = (a: Actor): FlowRole => (a.role === 'admin' ? 'wsp_staff' : a.role);

/** Who may see a proposal (and the placement that comes of it): its coach organisation, its employer, WSP staff of the region. */
export const seesProposal = (actor: Actor, p: { coachOrganisationId: string | null; employerId: string }): boolean =>
  (actor.role === 'coach' && p.coachOrganisationId === actor.organisationId) || (actor.role === 'employer' && p.employerId === actor.organisationId) || seesWholeRegion(actor);

/**
 * A step the transition table does not allow: 409 naming the current state and the allowed next
 * ones; a step that is the youth's contact's, taken by WSP staff who are not: 403.
 */
export function assertTransition(from: ProposalState, to: ProposalState, actor: Actor, p: { coachOrganisationId: string | null }, subject = 'proposal'): void {
  const role = flowRole(actor, p);
  const check = checkTransition(from, to, role);
  if (check.ok) return;
  if (check.reason === 'not_your_step' && role === 'wsp_staff' && checkTransition(from, to, 'coach').ok) {
    throw Problem.forbidden("This step is the youth's contact person's: its coach, or the WSP for a youth from open intake.");
  }
  throw Problem.conflict(
    'invalid-transition',
    check.reason === 'not_your_step'
      ? `Your role may not move a ${from} ${subject} to ${to}.`
      : `A ${from} ${subject} cannot become ${to}; from ${from} it can become: ${check.allowed.join(', ') || 'nothing (final)'}.`,
    { currentState: from, allowed: check.allowed },
  );
}

/**
 * Proposals: a coach proposes a youth for an open vacancy; the employer meets a candidate card
 * (through the employer database role), never a file. Every state change writes its history row
 * and its outbox event in the same transaction.
 */
@Injectable()
export class ProposalsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly youths: YouthService,
    private readonly vacancies: VacanciesService,
    private readonly matching: MatchingService,
    private readonly cards: CandidateCardReader,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly tasks: TasksService,
    private readonly clock: Clock,
  ) {}

  /** The proposal this actor already made with this key, if any; the key of another youth or vacancy is a 409. */
  private async replay(actor: Actor, input: { youthId: string; vacancyId: string }, idempotencyKey: string): Promise<{ proposal: ProposalRow; replayed: true } | undefined> {
    const [done]: ProposalRow[] = await this.dataSource.query(`${SELECT} WHERE p.proposed_by = $1 AND p.idempotency_key = $2`, [actor.userId, idempotencyKey]);
    if (!done) return undefined;
    if (done.youthId !== input.youthId || done.vacancyId !== input.vacancyId) {
      throw Problem.conflict('idempotency-key-reused', 'This Idempotency-Key was used for a proposal of another youth or vacancy; use a new key.');
    }
    return { proposal: done, replayed: true };
  }

  /** An open proposal of the pair, or one that closed it for good (PROPOSE_AGAIN_AFTER). */
  private static proposedBefore(existing: { id: string; state: ProposalState }): Problem {
    if (OPEN_STATES.includes(existing.state)) {
      return Problem.conflict('proposal-exists', `This youth already has an open proposal (${existing.state}) for this vacancy.`, { proposalId: existing.id });
    }
    return Problem.conflict('proposed-before', `This youth was proposed for this vacancy before (${existing.state}); a youth is proposed for a vacancy once, unless the employer never answered.`, {
      proposalId: existing.id,
    });
  }

  async propose(actor: Actor, input: { youthId: string; vacancyId: string; note: string }, idempotencyKey?: string): Promise<{ proposal: ProposalRow; replayed: boolean }> {
    if (idempotencyKey) {
      const done = await this.replay(actor, input, idempotencyKey);
      if (done) return done;
    }
    const y = await this.youths.forProposal(actor, input.youthId);
    if (!y.consentIntroductions) {
      throw Problem.conflict('no-consent', 'The youth has not consented to introductions to employers: record that consent first (scope introductions).');
    }
    const view = await this.vacancies.get(actor, input.vacancyId);
    const v = view.vacancy;
    const ctx = await this.matching.context();
    const vacancy = await this.matching.vacancyForMatching(this.dataSource.manager, actor.regionId, v.id, v.status);
    const youth = toMatchYouth(y.youth, { lat: y.lat, lon: y.lon });
    const failures = feasibility(youth, vacancy, ctx).failures.filter((f) => PROPOSAL_FILTERS.has(f.code));
    if (failures.length) {
      throw new Problem(422, 'not-feasible', 'Does not fit', failures.map((f) => f.text.en).join(' '), { reasons: failures });
    }
    // The latest proposal of this youth for this vacancy that bars another: any but an expired one.
    const earlier = async (m: EntityManager): Promise<{ id: string; state: ProposalState } | undefined> =>
      (await m.query(`SELECT id, state FROM proposal WHERE youth_id = $1 AND vacancy_id = $2 AND state <> ALL($3) ORDER BY created_at DESC LIMIT 1`, [y.youth.id, v.id, PROPOSE_AGAIN_AFTER]))[0];
    try {
      return await this.dataSource.transaction(async (m) => {
        const existing = await earlier(m);
        if (existing) throw ProposalsService.proposedBefore(existing);
        const [{ id }] = await m.query(
          `INSERT INTO proposal (region_id, vacancy_id, employer_id, youth_id, coach_organisation_id, proposed_by, note, idempotency_key)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
          [actor.regionId, v.id, v.employerId, y.youth.id, actor.organisationId, actor.userId, input.note, idempotencyKey ?? null],
        );
        await this.setState(m, actor, { id, regionId: actor.regionId }, null, 'proposed');
        await this.audit.record(actor, { action: 'proposal.created', subjectType: 'proposal', subjectId: id, purpose: 'propose a youth for a vacancy' }, m);
        return { proposal: (await m.query(`${SELECT} WHERE p.id = $1`, [id]))[0], replayed: false };
      });
    } catch (err) {
      // Requests at the same moment all pass the check above; the unique indexes let one insert
      // through, and each other one is answered as if it had come a moment later.
      if (databaseFailure(err)?.code !== '23505') throw err;
      const done = idempotencyKey ? await this.replay(actor, input, idempotencyKey) : undefined;
      if (done) return done;
      const existing = await earlier(this.dataSource.manager);
      if (existing) throw ProposalsService.proposedBefore(existing);
      throw err;
    }
  }

  /**
   * The one way a proposal changes state: the row (unless it was just inserted), its history
   * row and its `proposal.changed` outbox event, all in the caller's transaction.
   */
  async setState(
    m: EntityManager,
    actor: Actor | null,
    p: { id: string; regionId: string },
    from: ProposalState | null,
    to: ProposalState,
  ): Promise<void> {
    await this.setStates(m, actor, [p], from, to);
  }

  /** setState for many proposals moving the same way, in three statements (a programme's publishing makes thousands). */
  async setStates(m: EntityManager, actor: Actor | null, ps: readonly { id: string; regionId: string }[], from: ProposalState | null, to: ProposalState): Promise<void> {
    if (!ps.length) return;
    const ids = ps.map((p) => p.id);
    if (from !== null) await m.query(`UPDATE proposal SET state = $2, state_changed_at = now(), version = version + 1 WHERE id = ANY($1::uuid[])`, [ids, to]);
    await m.query(
      `INSERT INTO proposal_transition (proposal_id, from_state, to_state, by_user, by_role)
       SELECT id, $2::varchar, $3::varchar, $4::uuid, $5::varchar FROM unnest($1::uuid[]) WITH ORDINALITY AS t(id, n) ORDER BY n`,
      [ids, from, to, actor?.userId ?? null, actor ? historyRole(actor) : 'system'],
    );
    await this.outbox.addMany(
      m,
      ps.map((p) => ({ type: 'proposal.changed' as const, regionId: p.regionId, payload: { proposalId: p.id, from, to } })),
    );
  }

  /** Loads a proposal the actor may see (seesProposal). */
  private async load(m: EntityManager, actor: Actor, id: string, lock = false): Promise<ProposalRow> {
    const [p]: ProposalRow[] = await m.query(`${selectFor(actor)} WHERE p.id = $1 AND p.region_id = $2${lock ? ' FOR UPDATE OF p' : ''}`, [id, actor.regionId]);
    if (!p || !seesProposal(actor, p)) throw Problem.notFound('Proposal');
    return p;
  }

  async move(actor: Actor, id: string, to: ProposalState, extra: { declineReason?: DeclineReason; withdrawReason?: string } = {}): Promise<ProposalRow> {
    return this.withState(actor, id, to, async (m) => {
      // Each writes only its own column: the employer's role may not touch the withdrawal reason.
      if (extra.declineReason) await m.query(`UPDATE proposal SET decline_reason = $2 WHERE id = $1`, [id, extra.declineReason]);
      if (extra.withdrawReason) await m.query(`UPDATE proposal SET withdraw_reason = $2 WHERE id = $1`, [id, extra.withdrawReason]);
    });
  }

  /** The coach's and WSP's view (pseudonym, no card); employers use `employerInbox`. */
  async list(actor: Actor, q: PageQuery): Promise<Page<ProposalRow>> {
    const limit = q.limit ?? 25;
    // Every parameter is used (typed) whoever asks: PostgreSQL cannot infer the type of an unused one.
    const organisationId = seesWholeRegion(actor) ? null : actor.organisationId;
    const rows: ProposalRow[] = await this.dataSource.query(
      `${SELECT} WHERE p.region_id = $1 AND ($2::uuid IS NULL OR p.coach_organisation_id = $2::uuid) AND ($3::uuid IS NULL OR p.id > $3::uuid) ORDER BY p.id LIMIT $4`,
      [actor.regionId, organisationId, q.cursor ? decodeId(q.cursor) : null, limit + 1],
    );
    const items = rows.slice(0, limit);
    // The employer's unread messages, where the reader is the youth's contact person: a coach for
    // the own organisation's proposals, WSP staff for youths from open intake.
    const unread: { id: string; n: number }[] = items.length && (actor.role === 'coach' || actor.role === 'wsp_staff')
      ? await this.dataSource.query(
          `SELECT p.id, (SELECT count(*)::int FROM proposal_message pm WHERE pm.proposal_id = p.id AND pm.side = 'employer' AND pm.read_at IS NULL) AS n
           FROM proposal p JOIN youth y ON y.id = p.youth_id WHERE p.id = ANY($1::uuid[]) AND ($2 = 'coach' OR y.organisation_id IS NULL)`,
          [items.map((p) => p.id), actor.role],
        )
      : [];
    const counts = new Map(unread.map((u) => [u.id, u.n]));
    return { items: items.map((p) => (counts.has(p.id) ? { ...p, unreadMessages: counts.get(p.id) } : p)), nextCursor: rows.length > limit ? encodeId(rows[limit - 1]!.id) : null };
  }

  /**
   * The employer's inbox: proposals for its own vacancies in order of proposal time (never by
   * anything derived from priority), as candidate cards read through the employer role.
   */
  async employerInbox(actor: Actor, q: PageQuery): Promise<Page<EmployerProposal>> {
    const limit = q.limit ?? 25;
    const after = q.cursor ? decodeInbox(q.cursor) : null;
    const rows: { id: string; vacancy_id: string; title: string; vog: VacancyVog; pc4: string; state: ProposalState; created_at: Date; created_at_text: string; note: string; youth_id: string; unread: number }[] =
      await this.dataSource.query(
        `SELECT p.id, p.vacancy_id, v.title, v.vog, v.pc4, p.state, p.created_at, p.created_at::text AS created_at_text, p.note, p.youth_id,
                (SELECT count(*)::int FROM proposal_message pm WHERE pm.proposal_id = p.id AND pm.side = 'contact' AND pm.read_at IS NULL) AS unread
         FROM proposal p JOIN vacancy v ON v.id = p.vacancy_id
         WHERE p.employer_id = $1 AND p.region_id = $2 AND p.state NOT IN ('withdrawn', 'expired')
           AND ($3::timestamptz IS NULL OR (p.created_at, p.id) > ($3::timestamptz, $4::uuid))
         ORDER BY p.created_at, p.id LIMIT $5`,
        [actor.organisationId, actor.regionId, after?.at ?? null, after?.id ?? null, limit + 1],
      );
    const page = rows.slice(0, limit);
    // The page's cards in one read under the employer role, in the page's order (proposal time).
    const cards = await this.cards.cardsFor({ regionId: actor.regionId, employerId: actor.organisationId }, page.map((r) => ({ youthId: r.youth_id, vacancyPc4: r.pc4 })));
    const items = page.flatMap((r, i): EmployerProposal[] => {
      const card = cards[i];
      return card ? [{ id: r.id, vacancyId: r.vacancy_id, vacancyTitle: r.title, vog: r.vog, state: r.state, proposedAt: r.created_at, note: r.note, candidate: card, unreadMessages: r.unread }] : [];
    });
    const last = page[page.length - 1];
    return { items, nextCursor: rows.length > limit && last ? encodeInbox(last.created_at_text, last.id) : null };
  }

  /** One proposal as its employer sees it; the first look moves it to `viewed`. */
  async employerView(actor: Actor, id: string): Promise<EmployerProposal> {
    const p = await this.load(this.dataSource.manager, actor, id);
    if (p.state === 'withdrawn' || p.state === 'expired') throw Problem.notFound('Proposal');
    if (p.state === 'proposed') await this.move(actor, id, 'viewed');
    const [v] = await this.dataSource.query(`SELECT pc4 FROM vacancy WHERE id = $1`, [p.vacancyId]);
    const [card] = await this.cards.cards({ regionId: actor.regionId, employerId: actor.organisationId }, [p.youthId], v.pc4);
    if (!card) throw Problem.notFound('Proposal');
    const state = p.state === 'proposed' ? 'viewed' : p.state;
    const view: EmployerProposal = { id: p.id, vacancyId: p.vacancyId, vacancyTitle: p.vacancyTitle, vog: p.vog, state, proposedAt: p.createdAt, note: p.note, candidate: card };
    // Nothing of the coach is read here: the employer reaches the contact person through the thread.
    const [extra] = await this.dataSource.query(
      `SELECT p.interview, p.offer, (SELECT count(*)::int FROM proposal_message pm WHERE pm.proposal_id = p.id AND pm.side = 'contact' AND pm.read_at IS NULL) AS unread
       FROM proposal p WHERE p.id = $1`,
      [id],
    );
    if (INTRODUCED.includes(state)) {
      const identity = await this.youths.identityForEmployer(actor, p.id, AGREED.includes(state) ? 'agreed' : 'introduced');
      const messages = threadPath(p.id);
      view.introduction = { ...identity, contact: identity.contact ?? { channel: 'messages', value: messages }, messages };
      view.unreadMessages = extra.unread;
      view.interview = extra.interview;
      view.offer = extra.offer;
      view.placementId = p.placementId;
    }
    return view;
  }

  /** The coach records that the youth agrees to be introduced (consent to introductions must stand). */
  async introduce(actor: Actor, id: string): Promise<ProposalRow> {
    const p = await this.load(this.dataSource.manager, actor, id);
    const [c] = await this.dataSource.query(`SELECT 1 FROM youth_consent WHERE youth_id = $1 AND scope = 'introductions' AND withdrawn_at IS NULL`, [p.youthId]);
    if (!c) throw Problem.conflict('no-consent', 'The youth has no standing consent to introductions: record it first.');
    return this.move(actor, id, 'introduced');
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
    return this.withState(actor, id, 'interview_planned', async (m, p) => {
      if (input.remindYouth !== undefined && !isProposalContact(actor, p)) throw Problem.invalid('remindYouth', "only the youth's contact person decides whether the youth gets reminders");
      const [row] = await m.query(`SELECT interview FROM proposal WHERE id = $1`, [p.id]);
      const before = row.interview as Interview | null;
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
      return this.withState(actor, id, 'interviewed', async (m, p) => {
        await m.query(`UPDATE proposal SET interview = interview || jsonb_build_object('outcome', 'showed_up') WHERE id = $1`, [p.id]);
      });
    }
    return this.withState(actor, id, 'interview_planned', async (m, p) => {
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
    const p = await this.load(this.dataSource.manager, actor, id);
    assertTransition(p.state, 'offered', actor, p);
    const [v] = await this.dataSource.query(`SELECT kind, pc4, end_date::text AS end_date FROM vacancy WHERE id = $1`, [p.vacancyId]);
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
    return this.withState(actor, id, 'offered', async (m) => {
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
      const p = await this.load(m, actor, id, true);
      assertTransition(p.state, 'accepted', actor, p);
      const [v] = await m.query(`SELECT id, places, status, region_id FROM vacancy WHERE id = $1 FOR UPDATE`, [p.vacancyId]);
      const [{ taken }] = await m.query(`SELECT count(*)::int AS taken FROM placement WHERE vacancy_id = $1`, [p.vacancyId]);
      if (taken >= v.places) throw Problem.conflict('vacancy-full', `All ${v.places} places of this vacancy are taken.`, { places: v.places });
      const [row] = await m.query(
        `SELECT p.offer, y.date_of_birth::text AS dob, v.kind, v.end_date::text AS end_date, v.during_school_weeks AS "schoolWeeks"
         FROM proposal p JOIN youth y ON y.id = p.youth_id JOIN vacancy v ON v.id = p.vacancy_id WHERE p.id = $1`,
        [id],
      );
      const offer = row.offer as Offer;
      if (!row.schoolWeeks) {
        // The holiday weeks a year a young youth may work, over all of the youth's holiday placements.
        const earlier: { start: string; end: string }[] = await m.query(
          `SELECT pl.start_date::text AS start, pl.end_date::text AS end FROM placement pl JOIN vacancy v ON v.id = pl.vacancy_id
           WHERE pl.youth_id = $1 AND NOT v.during_school_weeks AND pl.state <> 'ended_early'`,
          [p.youthId],
        );
        const periods = [...earlier, { start: offer.startDate, end: offer.endDate ?? row.end_date }].map((x) => ({ startDate: x.start, endDate: x.end, age: ageOnDay(row.dob, x.start) }));
        const tooMany = holidayWeeksProblem(periods);
        if (tooMany) throw new Problem(422, 'holiday-weeks-per-year', 'Too many holiday weeks', `With this placement the youth would have ${tooMany.en} (Arbeidstijdenwet art. 3:2, Nadere regeling kinderarbeid).`, { reason: tooMany });
      }
      if (offer.hourlyWage != null) {
        // The exact minimum for this youth over the whole placement: the employer's check could not know a birthday.
        const owed = highestMinimumWage(row.dob, offer.startDate, offer.endDate ?? row.end_date, row.kind === 'bbl_place');
        if (offer.hourlyWage < owed.amount) {
          throw new Problem(422, 'offer-below-minimum-wage', 'Offer below the minimum wage', `The offer pays €${offer.hourlyWage.toFixed(2)} an hour; from ${owed.from} this youth is ${owed.age} and the legal minimum is €${owed.amount.toFixed(2)} (${owed.rule.source}). Ask the employer to change the offer, or decline it.`, {
            minimumHourlyWage: owed.amount,
            from: owed.from,
          });
        }
      }
      const [{ id: placementId, end_date: endDate, weeks, proposed_by: coachId }] = await m.query(
        `INSERT INTO placement (region_id, proposal_id, vacancy_id, employer_id, youth_id, start_date, end_date, hours_per_week, hourly_wage)
         SELECT $1, $2, $3, $4, $5, $6, COALESCE($7::date, v.end_date), $8, $9 FROM vacancy v WHERE v.id = $3
         RETURNING id, end_date::text AS end_date, (SELECT check_in_weeks FROM region WHERE id = $1) AS weeks, (SELECT proposed_by FROM proposal WHERE id = $2) AS proposed_by`,
        [p.regionId, id, p.vacancyId, p.employerId, p.youthId, offer.startDate, offer.endDate ?? null, offer.hoursPerWeek, offer.hourlyWage],
      );
      // The check-ins, each also a task for the coach who proposed the youth on the day it is due.
      for (const c of checkInSchedule(offer.startDate, endDate, weeks)) {
        const [{ id: checkInId }] = await m.query(`INSERT INTO placement_check_in (placement_id, label, week, due_on) VALUES ($1, $2, $3, $4) RETURNING id`, [placementId, c.label, c.week, c.dueOn]);
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
      await this.setState(m, actor, p, p.state, 'accepted');
      await this.setState(m, actor, p, 'accepted', 'placed');
      if (taken + 1 >= v.places) {
        await m.query(`UPDATE vacancy SET status = 'filled', version = version + 1 WHERE id = $1 AND status = 'open'`, [p.vacancyId]);
        const others: { id: string; state: ProposalState }[] = await m.query(
          `SELECT id, state FROM proposal WHERE vacancy_id = $1 AND id <> $2 AND state = ANY($3)`,
          [p.vacancyId, id, OPEN_STATES],
        );
        for (const o of others) await this.outbox.add(m, { type: 'proposal.changed', regionId: p.regionId, payload: { proposalId: o.id, from: o.state, to: o.state, vacancyFilled: true } });
      }
      await this.audit.record(actor, { action: 'placement.created', subjectType: 'placement', subjectId: placementId, purpose: 'the youth accepted the offer' }, m);
      return { proposal: (await m.query(`${SELECT} WHERE p.id = $1`, [id]))[0], placementId };
    });
  }

  /** A transition with extra writes in the same transaction. */
  private async withState(actor: Actor, id: string, to: ProposalState, extra: (m: EntityManager, p: ProposalRow) => Promise<void>): Promise<ProposalRow> {
    return this.dataSource.transaction(async (m) => {
      const p = await this.load(m, actor, id, true);
      assertTransition(p.state, to, actor, p);
      await extra(m, p);
      await this.setState(m, actor, p, p.state, to);
      await this.audit.record(actor, { action: `proposal.${to}`, subjectType: 'proposal', subjectId: id, purpose: `${p.state} → ${to}` }, m);
      return (await m.query(`${selectFor(actor)} WHERE p.id = $1`, [id]))[0];
    });
  }

  async get(actor: Actor, id: string): Promise<ProposalRow> {
    return this.load(this.dataSource.manager, actor, id);
  }

  /**
   * For the coach whose organisation proposed the youth: the coach-only VOG indication of the
   * proposal's vacancy for that youth (a read of the sealed VOG concern, audited); undefined for
   * anyone else. One proposal, one read: lists do not carry it (the coach opens the proposal).
   */
  async vogIndication(actor: Actor, p: ProposalRow): Promise<VogIndication | undefined> {
    if (actor.role !== 'coach' || !isProposalContact(actor, p)) return undefined;
    return this.vacancies.indication(actor, p, p.youthId, `VOG indication for proposal ${p.id}`);
  }

  /**
   * Proposals still waiting for the employer after the region's SLA in working days expire; the
   * coach is told (through the outbox). Returns how many.
   */
  async expireOverdue(now = new Date()): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      const rows = await this.overdue(m, now, { lock: true });
      for (const r of rows) await this.setState(m, null, r, r.state, 'expired');
      return rows.length;
    });
  }

  /**
   * The unanswered proposals past the SLA, oldest first: all regions under a lock (for expiry),
   * or one region to read.
   */
  private async overdue(m: EntityManager, now: Date, scope: { lock: true } | { regionId: string }): Promise<{ id: string; regionId: string; state: ProposalState }[]> {
    const regionId = 'regionId' in scope ? scope.regionId : null;
    const rows: { id: string; regionId: string; state: ProposalState; created_at: Date; sla: number }[] = await m.query(
      `SELECT p.id, p.region_id AS "regionId", p.state, p.created_at, r.proposal_sla_working_days AS sla FROM proposal p JOIN region r ON r.id = p.region_id
       WHERE p.state = ANY($1) AND p.created_at < $2::timestamptz AND ($3::uuid IS NULL OR p.region_id = $3)
       ORDER BY p.created_at, p.id${regionId ? '' : ' FOR UPDATE OF p SKIP LOCKED'}`,
      [AWAITING_EMPLOYER, overdueOnlyBefore(now).toISOString(), regionId],
    );
    return rows.filter((r) => pastResponseSla(new Date(r.created_at), now, r.sla));
  }

  /**
   * For the WSP's network view: proposals the employer left unanswered past the region's SLA,
   * oldest first. Those still waiting (by the rule expiry applies) and those that expired in the
   * last UNANSWERED_SHOWN_DAYS days: only the system expires, and only unanswered proposals.
   * The first `limit`, and how many there are.
   */
  async unansweredPastSla(actor: Actor, limit: number): Promise<{ slaWorkingDays: number; expiredShownDays: number; total: number; items: UnansweredProposal[] }> {
    if (!seesWholeRegion(actor)) throw Problem.forbidden('Only WSP staff see the unanswered proposals of the region.');
    const now = this.clock.now();
    // One statement: the region's SLA, and the proposals that may be past it (the same narrowing
    // as expiry's) or that expired lately; whether each is past the SLA in working days is decided below.
    const found: ({ sla: number; id: string | null; state: ProposalState; created_at: Date; expired_at: Date | null; vacancy_id: string; title: string; vog: VacancyVog; employer_id: string; name: string })[] =
      await this.dataSource.query(
        `SELECT r.proposal_sla_working_days AS sla, p.* FROM region r
         LEFT JOIN LATERAL (
           SELECT p.id, p.state, p.created_at, CASE WHEN p.state = 'expired' THEN p.state_changed_at END AS expired_at, p.vacancy_id, v.title, v.vog, p.employer_id, o.name
           FROM proposal p JOIN vacancy v ON v.id = p.vacancy_id JOIN organisation o ON o.id = p.employer_id
           WHERE p.region_id = r.id
             AND ((p.state = ANY($2) AND p.created_at < $3::timestamptz) OR (p.state = 'expired' AND p.state_changed_at >= $4::timestamptz - make_interval(days => $5)))
         ) p ON true
         WHERE r.id = $1
         ORDER BY p.created_at, p.id`,
        [actor.regionId, AWAITING_EMPLOYER, overdueOnlyBefore(now).toISOString(), now.toISOString(), UNANSWERED_SHOWN_DAYS],
      );
    const sla = found[0]!.sla;
    const rows = found.filter((r) => r.id !== null && (r.state === 'expired' || pastResponseSla(new Date(r.created_at), now, sla)));
    return {
      slaWorkingDays: sla,
      expiredShownDays: UNANSWERED_SHOWN_DAYS,
      total: rows.length,
      items: rows.slice(0, limit).map((r) => ({
        proposalId: r.id!,
        state: r.state,
        proposedAt: r.created_at,
        expiredAt: r.expired_at,
        workingDaysWaiting: workingDaysBetween(new Date(r.created_at), r.expired_at ? new Date(r.expired_at) : now),
        vacancy: { id: r.vacancy_id, title: r.title, vog: vacancyVog({ id: r.vacancy_id, vog: r.vog }, actor.language) },
        employer: { id: r.employer_id, name: r.name },
      })),
    };
  }

  /**
   * Consent withdrawn: every open proposal it covered is withdrawn. The proposal says which
   * consent; the youth's own words stay on the consent, for the youth's contact alone.
   */
  async closeForWithdrawnConsent(m: EntityManager, youthId: string, scope: string): Promise<number> {
    const open: { id: string; regionId: string; state: ProposalState }[] = await m.query(
      `SELECT id, region_id AS "regionId", state FROM proposal WHERE youth_id = $1 AND state = ANY($2) FOR UPDATE`,
      [youthId, OPEN_STATES],
    );
    for (const p of open) {
      await m.query(`UPDATE proposal SET withdraw_reason = $2 WHERE id = $1`, [p.id, `consent to ${scope} withdrawn`]);
      await this.setState(m, null, p, p.state, 'withdrawn');
    }
    return open.length;
  }
}

const encodeId = (id: string) => Buffer.from(id).toString('base64url');
const decodeId = (c: string): string => {
  const id = Buffer.from(c, 'base64url').toString();
  if (!isUuid(id)) throw badCursor();
  return id;
};
const encodeInbox = (at: string, id: string) => encodeCursor({ at, id });
const decodeInbox = decodeCursor;
