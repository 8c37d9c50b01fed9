import type { ProposalState } from '../../api/types';
import type { MessageKey } from '../../i18n/i18n';
import { type CoachProposal, type CoachYouth, consentOf, OPEN_STATES } from '../api';

export type Stage = 'needsConsent' | 'looking' | 'proposed' | 'working' | 'finished';
export type PlacementState = 'none' | 'active' | 'ended';

/** What the coach does next for a proposal, by its state (the employer's steps leave nothing to do). */
const NEXT_FOR_STATE: Partial<Record<ProposalState, MessageKey>> = {
  invited: 'coach.next.askIntroduction',
  introduced: 'coach.next.planInterview',
  interview_planned: 'coach.next.recordOutcome',
  offered: 'coach.next.discussOffer',
  placed: 'coach.next.checkIn',
};

export interface Overview {
  stage: Stage;
  placement: PlacementState;
  next: MessageKey;
  /** The proposal the next step is about, if any. */
  proposal?: CoachProposal;
}

/** Where a youth stands and what needs doing next, from the youth and the organisation's proposals. */
export function overview(y: CoachYouth, proposals: CoachProposal[]): Overview {
  const own = proposals.filter((p) => p.youthId === y.id).sort((a, b) => b.stateChangedAt.localeCompare(a.stateChangedAt));
  const placed = own.find((p) => p.state === 'placed');
  const ended = own.find((p) => p.state === 'completed' || p.state === 'ended_early');
  const open = own.filter((p) => OPEN_STATES.includes(p.state));
  const placement: PlacementState = placed ? 'active' : ended ? 'ended' : 'none';
  if (!consentOf(y, 'matching') || !consentOf(y, 'introductions')) return { stage: 'needsConsent', placement, next: 'coach.next.consent' };
  const acting = [placed, ...open].find((p) => p && NEXT_FOR_STATE[p.state]);
  if (acting) return { stage: placed ? 'working' : 'proposed', placement, next: NEXT_FOR_STATE[acting.state]!, proposal: acting };
  if (placed) return { stage: 'working', placement, next: 'coach.next.checkIn', proposal: placed };
  if (open.length) return { stage: 'proposed', placement, next: 'coach.next.waitEmployer', proposal: open[0] };
  return { stage: ended ? 'finished' : 'looking', placement, next: 'coach.next.suggestions' };
}
