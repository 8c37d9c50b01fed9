import { PROPOSAL_STATES, type ProposalState, TRANSITIONS } from '../proposal-flow.js';
import { contactSignature, threadAccess, THREAD_WRITABLE } from './thread-rules.js';

/** Every state a proposal can reach from `from` (itself included). */
function reachable(from: ProposalState): Set<ProposalState> {
  const seen = new Set<ProposalState>([from]);
  const todo = [from];
  while (todo.length) {
    for (const step of TRANSITIONS[todo.pop()!]) {
      if (seen.has(step.to)) continue;
      seen.add(step.to);
      todo.push(step.to);
    }
  }
  return seen;
}

describe('proposal thread', () => {
  it('has no thread before the introduction', () => {
    for (const s of ['proposed', 'viewed', 'invited', 'declined', 'withdrawn', 'expired'] as const) expect([s, threadAccess(s, false)]).toEqual([s, 'none']);
  });

  it('is writable from the introduction until the placement ends, and read-only after', () => {
    expect(PROPOSAL_STATES.filter((s) => threadAccess(s, true) === 'write')).toEqual(['introduced', 'interview_planned', 'interviewed', 'offered', 'accepted', 'placed']);
    expect(PROPOSAL_STATES.filter((s) => threadAccess(s, true) === 'read').sort()).toEqual(['completed', 'declined', 'ended_early', 'expired', 'invited', 'proposed', 'viewed', 'withdrawn'].sort());
  });

  it('never loses a thread once the proposal was introduced, whatever follows', () => {
    for (const s of reachable('introduced')) expect([s, threadAccess(s, true)]).not.toEqual([s, 'none']);
    // The final states after an introduction are read-only: nothing is written into a closed proposal.
    for (const s of reachable('introduced')) if (TRANSITIONS[s].length === 0) expect([s, threadAccess(s, true)]).toEqual([s, 'read']);
    expect(THREAD_WRITABLE.every((s) => reachable('introduced').has(s))).toBe(true);
  });

  it('signs the contact person with the first name the employer already has, and nothing else', () => {
    expect(contactSignature('Sanne')).toEqual({ nl: 'Contactpersoon van Sanne', en: 'Contact person of Sanne' });
    expect(contactSignature(null)).toEqual({ nl: 'Contactpersoon van de kandidaat', en: "The candidate's contact person" });
  });
});
