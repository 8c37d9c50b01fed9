import { type VacancyVog, type VacancyVogRef } from '@startbaan/employers';
import { type Actor, badCursor, decodeCursor, encodeCursor, isUuid, Problem, seesWholeRegion } from '@startbaan/platform';
import { type CandidateCard } from '@startbaan/youth';
import { checkTransition, type FlowRole, type ProposalState } from './proposal-flow.js';

// What the proposal services share: the rows and views of a proposal, its one SELECT per audience,
// who may see a proposal and take a step in its flow, and the cursors of its lists.

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

export const INTRODUCED: readonly ProposalState[] = ['introduced', 'interview_planned', 'interviewed', 'offered', 'accepted', 'placed', 'completed', 'ended_early'];
export const AGREED: readonly ProposalState[] = ['accepted', 'placed', 'completed', 'ended_early'];

/** The hard filters a proposal must pass (the rest of the core's filters are for suggestions). */
export const PROPOSAL_FILTERS = new Set(['not_open', 'no_places', 'too_young_legal', 'too_young_employer', 'kind_not_wished', 'availability']);

export const SELECT = `SELECT p.id, p.region_id AS "regionId", p.vacancy_id AS "vacancyId", p.employer_id AS "employerId", p.youth_id AS "youthId",
  p.coach_organisation_id AS "coachOrganisationId", p.note, p.state, p.decline_reason AS "declineReason", p.withdraw_reason AS "withdrawReason",
  p.state_changed_at AS "stateChangedAt", p.created_at AS "createdAt", v.title AS "vacancyTitle", v.vog, y.pseudonym,
  (SELECT ep.pseudonym FROM employer_pseudonym ep WHERE ep.employer_id = p.employer_id AND ep.youth_id = p.youth_id) AS "employerPseudonym",
  (SELECT pl.id FROM placement pl WHERE pl.proposal_id = p.id) AS "placementId"
  FROM proposal p JOIN vacancy v ON v.id = p.vacancy_id JOIN youth y ON y.id = p.youth_id`;

/**
 * A proposal as an employer's request may read it: what the employer role is granted, no youth
 * row, no referring organisation, no coach, no withdrawal reason (ARCHITECTURE.md §1).
 */
export const EMPLOYER_SELECT = `SELECT p.id, p.region_id AS "regionId", p.vacancy_id AS "vacancyId", p.employer_id AS "employerId", p.youth_id AS "youthId",
  NULL::uuid AS "coachOrganisationId", p.note, p.state, p.decline_reason AS "declineReason", NULL AS "withdrawReason",
  p.state_changed_at AS "stateChangedAt", p.created_at AS "createdAt", v.title AS "vacancyTitle", v.vog, NULL AS pseudonym, NULL AS "employerPseudonym",
  (SELECT pl.id FROM placement pl WHERE pl.proposal_id = p.id) AS "placementId"
  FROM proposal p JOIN vacancy v ON v.id = p.vacancy_id`;

/** The one SELECT of a proposal for this actor. */
export const selectFor = (actor: Actor): string => (actor.role === 'employer' ? EMPLOYER_SELECT : SELECT);

/**
 * The youth's contact for a proposal: the coaching organisation that proposed (or, for a youth
 * from open intake, the WSP, whose organisation the proposal then carries). The contact takes the
 * youth's steps (introduce, accept, withdraw…) and alone reads why a proposal was withdrawn: a
 * coach's reasons and a youth's words are not the WSP's.
 */
export const isProposalContact = (actor: Actor, p: { coachOrganisationId: string | null }): boolean => actor.role !== 'employer' && p.coachOrganisationId === actor.organisationId;

/** The actor's part in a proposal's flow: the employer, the youth's contact (`coach` in the table), or WSP staff. */
export const flowRole = (a: Actor, p: { coachOrganisationId: string | null }): FlowRole => (a.role === 'employer' ? 'employer' : isProposalContact(a, p) ? 'coach' : 'wsp_staff');

/** The role a history row records: who acted, by role (the flow's part may differ: WSP staff as an intake youth's contact). */
export const historyRole = (a: Actor): FlowRole => (a.role === 'admin' ? 'wsp_staff' : a.role);

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


export const encodeId = (id: string) => Buffer.from(id).toString('base64url');
export const decodeId = (c: string): string => {
  const id = Buffer.from(c, 'base64url').toString();
  if (!isUuid(id)) throw badCursor();
  return id;
};
export const encodeInbox = (at: string, id: string) => encodeCursor({ at, id });
export const decodeInbox = decodeCursor;
