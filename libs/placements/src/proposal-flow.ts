import { workingDaysBetween } from './working-days.js';

/**
 * The Oslo-style path from proposal to placement, as one table of allowed transitions.
 * Pure: no Nest, no TypeORM.
 */
export const PROPOSAL_STATES = [
  'proposed',
  'viewed',
  'invited',
  'declined',
  'introduced',
  'interview_planned',
  'interviewed',
  'offered',
  'accepted',
  'placed',
  'completed',
  'ended_early',
  'withdrawn',
  'expired',
] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];

export type FlowRole = 'coach' | 'employer' | 'wsp_staff' | 'system';

interface Step {
  to: ProposalState;
  by: readonly FlowRole[];
}

const BEFORE_PLACED: readonly ProposalState[] = ['proposed', 'viewed', 'invited', 'introduced', 'interview_planned', 'interviewed', 'offered', 'accepted'];

/** Every allowed step, and who may take it. `withdrawn` (coach) and `expired` (system) are added below. */
const STEPS: Record<ProposalState, readonly Step[]> = {
  proposed: [{ to: 'viewed', by: ['employer'] }, { to: 'expired', by: ['system'] }],
  viewed: [{ to: 'invited', by: ['employer'] }, { to: 'declined', by: ['employer'] }, { to: 'expired', by: ['system'] }],
  invited: [{ to: 'introduced', by: ['coach'] }],
  introduced: [{ to: 'interview_planned', by: ['employer', 'coach'] }],
  interview_planned: [{ to: 'interviewed', by: ['employer', 'coach'] }, { to: 'interview_planned', by: ['employer', 'coach'] }],
  interviewed: [{ to: 'offered', by: ['employer'] }, { to: 'declined', by: ['employer'] }],
  // The employer may change its offer (e.g. to the exact minimum wage) until the youth accepts.
  offered: [{ to: 'accepted', by: ['coach'] }, { to: 'declined', by: ['coach'] }, { to: 'offered', by: ['employer'] }],
  accepted: [{ to: 'placed', by: ['system', 'coach', 'wsp_staff'] }],
  placed: [{ to: 'completed', by: ['coach', 'employer', 'wsp_staff'] }, { to: 'ended_early', by: ['coach', 'employer', 'wsp_staff'] }],
  completed: [],
  ended_early: [],
  declined: [],
  withdrawn: [],
  expired: [],
};

export const TRANSITIONS: Record<ProposalState, readonly Step[]> = Object.fromEntries(
  PROPOSAL_STATES.map((s) => [s, BEFORE_PLACED.includes(s) ? [...STEPS[s], { to: 'withdrawn', by: ['coach'] } as Step] : STEPS[s]]),
) as Record<ProposalState, readonly Step[]>;

/** States in which a proposal still counts as open (one open proposal per youth and vacancy). */
export const OPEN_STATES: readonly ProposalState[] = BEFORE_PLACED;

/**
 * The only end after which a coach may propose the same youth for the same vacancy again: the
 * employer never answered. A declined or withdrawn proposal, or one that went further, closes
 * the pair for good, so an employer never sees a candidate it turned down come back.
 */
export const PROPOSE_AGAIN_AFTER: readonly ProposalState[] = ['expired'];

/** The employer's turn, not answered yet (a look is not an answer): the states that can expire. */
export const AWAITING_EMPLOYER: readonly ProposalState[] = PROPOSAL_STATES.filter((s) => STEPS[s].some((step) => step.to === 'expired'));

/**
 * Whether an unanswered proposal has outlived the region's SLA: as many working days as the SLA
 * since it was proposed, and at least a full day, so that a proposal made just before midnight
 * is not overdue a few minutes later. Expiry applies this; the WSP's network view shows it.
 */
export function pastResponseSla(proposedAt: Date, now: Date, slaWorkingDays: number): boolean {
  return proposedAt < overdueOnlyBefore(now) && workingDaysBetween(proposedAt, now) >= slaWorkingDays;
}

/** Proposals made after this are not overdue under any SLA (a query can narrow on it first). */
export const overdueOnlyBefore = (now: Date): Date => new Date(now.getTime() - 86_400_000);

export const nextStates = (from: ProposalState): ProposalState[] => [...new Set(TRANSITIONS[from].map((s) => s.to))];

export type TransitionCheck = { ok: true } | { ok: false; reason: 'not_allowed' | 'not_your_step'; allowed: ProposalState[] };

/** Whether `role` may move a proposal from `from` to `to`. */
export function checkTransition(from: ProposalState, to: ProposalState, role: FlowRole): TransitionCheck {
  const step = TRANSITIONS[from].find((s) => s.to === to);
  if (!step) return { ok: false, reason: 'not_allowed', allowed: nextStates(from) };
  if (!step.by.includes(role)) return { ok: false, reason: 'not_your_step', allowed: nextStates(from) };
  return { ok: true };
}

export const DECLINE_REASONS = ['no_fit_skills', 'availability', 'no_places_left', 'other'] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];
