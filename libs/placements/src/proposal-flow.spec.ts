import fc from 'fast-check';
import { AWAITING_EMPLOYER, checkTransition, nextStates, OPEN_STATES, pastResponseSla, PROPOSAL_STATES, type ProposalState, TRANSITIONS } from './proposal-flow.js';

describe('proposal flow', () => {
  it('follows the happy path proposed → … → completed with the right roles', () => {
    const path: [ProposalState, ProposalState, 'coach' | 'employer' | 'system'][] = [
      ['proposed', 'viewed', 'employer'],
      ['viewed', 'invited', 'employer'],
      ['invited', 'introduced', 'coach'],
      ['introduced', 'interview_planned', 'employer'],
      ['interview_planned', 'interviewed', 'coach'],
      ['interviewed', 'offered', 'employer'],
      ['offered', 'accepted', 'coach'],
      ['accepted', 'placed', 'system'],
      ['placed', 'completed', 'employer'],
    ];
    for (const [from, to, role] of path) expect([from, to, checkTransition(from, to, role)]).toEqual([from, to, { ok: true }]);
  });

  it('lets the coach withdraw at any time before placed, and never after', () => {
    for (const s of PROPOSAL_STATES) {
      expect([s, checkTransition(s, 'withdrawn', 'coach').ok]).toEqual([s, OPEN_STATES.includes(s)]);
    }
    expect(OPEN_STATES).not.toContain('placed');
  });

  it('names the allowed next states when a step is not in the table, and tells a wrong role apart', () => {
    expect(checkTransition('proposed', 'offered', 'employer')).toEqual({ ok: false, reason: 'not_allowed', allowed: ['viewed', 'expired', 'withdrawn'] });
    expect(checkTransition('viewed', 'invited', 'coach')).toMatchObject({ ok: false, reason: 'not_your_step' });
  });

  it('ends in final states with nothing after them', () => {
    for (const s of ['completed', 'ended_early', 'declined', 'withdrawn', 'expired'] as const) expect(nextStates(s)).toEqual([]);
  });

  it('waits for the employer in the states that can expire: proposed and viewed', () => {
    expect(AWAITING_EMPLOYER).toEqual(['proposed', 'viewed']);
  });

  it('is past the response SLA after that many working days, and never within a day', () => {
    const at = (s: string) => new Date(s);
    // Friday 2027-01-01: the tenth working day after it is Friday 2027-01-15.
    expect(pastResponseSla(at('2027-01-01T10:00:00Z'), at('2027-01-15T09:00:00Z'), 10)).toBe(true);
    expect(pastResponseSla(at('2027-01-01T10:00:00Z'), at('2027-01-14T23:00:00Z'), 10)).toBe(false);
    // Monday 23:59 to Tuesday 00:01 crosses into a working day, but is not a day.
    expect(pastResponseSla(at('2027-01-04T23:59:00Z'), at('2027-01-05T00:01:00Z'), 1)).toBe(false);
    expect(pastResponseSla(at('2027-01-04T23:59:00Z'), at('2027-01-06T00:00:00Z'), 1)).toBe(true);
  });

  it('never allows a step that is not in the table (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PROPOSAL_STATES), fc.constantFrom(...PROPOSAL_STATES), fc.constantFrom('coach' as const, 'employer' as const, 'wsp_staff' as const, 'system' as const), (from, to, role) => {
        const r = checkTransition(from, to, role);
        const inTable = TRANSITIONS[from].some((s) => s.to === to && s.by.includes(role));
        expect(r.ok).toBe(inTable);
      }),
    );
  });
});
