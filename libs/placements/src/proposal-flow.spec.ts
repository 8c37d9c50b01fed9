import fc from 'fast-check';
import { AWAITING_EMPLOYER, checkTransition, DECLINE_REASONS, nextStates, OPEN_STATES, overdueOnlyBefore, pastResponseSla, PROPOSAL_STATES, PROPOSE_AGAIN_AFTER, type ProposalState, TRANSITIONS } from './proposal-flow.js';

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

describe('the transition table, whole', () => {
  // Every allowed step with who may take it, written out: a step added, dropped or given to
  // another role fails here, not only in the suites that happen to walk it.
  const ALLOWED: Record<ProposalState, Partial<Record<ProposalState, string[]>>> = {
    proposed: { viewed: ['employer'], expired: ['system'], withdrawn: ['coach'] },
    viewed: { invited: ['employer'], declined: ['employer'], expired: ['system'], withdrawn: ['coach'] },
    invited: { introduced: ['coach'], withdrawn: ['coach'] },
    introduced: { interview_planned: ['coach', 'employer'], withdrawn: ['coach'] },
    interview_planned: { interviewed: ['coach', 'employer'], interview_planned: ['coach', 'employer'], withdrawn: ['coach'] },
    interviewed: { offered: ['employer'], declined: ['employer'], withdrawn: ['coach'] },
    offered: { accepted: ['coach'], declined: ['coach'], offered: ['employer'], withdrawn: ['coach'] },
    accepted: { placed: ['coach', 'system', 'wsp_staff'], withdrawn: ['coach'] },
    placed: { completed: ['coach', 'employer', 'wsp_staff'], ended_early: ['coach', 'employer', 'wsp_staff'] },
    completed: {},
    ended_early: {},
    declined: {},
    withdrawn: {},
    expired: {},
  };
  const ROLES = ['coach', 'employer', 'wsp_staff', 'system'] as const;

  it('allows exactly the listed steps, each to exactly the listed roles, and names the rest', () => {
    for (const from of PROPOSAL_STATES) {
      const allowed = Object.keys(ALLOWED[from]) as ProposalState[];
      expect([from, [...nextStates(from)].sort()]).toStrictEqual([from, [...allowed].sort()]);
      for (const to of PROPOSAL_STATES) {
        for (const role of ROLES) {
          const got = checkTransition(from, to, role);
          const roles = ALLOWED[from][to];
          const want = !roles ? { ok: false, reason: 'not_allowed', allowed: nextStates(from) } : roles.includes(role) ? { ok: true } : { ok: false, reason: 'not_your_step', allowed: nextStates(from) };
          expect([from, to, role, got]).toEqual([from, to, role, want]);
        }
      }
    }
  });

  it('keeps a proposal open until placed, lets only an unanswered one expire, and proposing again only after expiry', () => {
    expect([...OPEN_STATES]).toEqual(['proposed', 'viewed', 'invited', 'introduced', 'interview_planned', 'interviewed', 'offered', 'accepted']);
    expect([...AWAITING_EMPLOYER]).toEqual(['proposed', 'viewed']);
    expect([...PROPOSE_AGAIN_AFTER]).toEqual(['expired']);
    expect([...DECLINE_REASONS]).toEqual(['no_fit_skills', 'availability', 'no_places_left', 'other']);
  });

  it('is not overdue before a full day has passed, however small the SLA, and is from then on', () => {
    const now = new Date('2027-03-10T12:00:00Z');
    expect(overdueOnlyBefore(now).toISOString()).toBe('2027-03-09T12:00:00.000Z');
    // Exactly a day earlier is not before the bound: not overdue yet.
    expect(pastResponseSla(new Date('2027-03-09T12:00:00Z'), now, 0)).toBe(false);
    expect(pastResponseSla(new Date('2027-03-09T11:59:59Z'), now, 0)).toBe(true);
    expect(pastResponseSla(new Date('2027-03-09T11:59:59Z'), now, 1)).toBe(true);
    expect(pastResponseSla(new Date('2027-03-09T11:59:59Z'), now, 2)).toBe(false);
  });
});
