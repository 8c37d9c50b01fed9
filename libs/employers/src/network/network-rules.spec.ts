import { DORMANCY_LOOK_BACK_MONTHS, dormancyCutoff, dormantFollowUpKey, dormantSince, type EmployerActivity, shareOf, vogShare, wholeDaysBetween } from './network-rules.js';

const at = (s: string) => new Date(s);
const NOW = at('2027-08-31T10:00:00Z');

describe('dormancy', () => {
  it('looks back six calendar months to the start of that day, the 31st clamped to a shorter month', () => {
    expect(DORMANCY_LOOK_BACK_MONTHS).toBe(6);
    expect(dormancyCutoff(NOW).toISOString()).toBe('2027-02-28T00:00:00.000Z');
    expect(dormancyCutoff(at('2028-08-31T23:59:00Z')).toISOString()).toBe('2028-02-29T00:00:00.000Z');
    expect(dormancyCutoff(at('2027-01-15T00:00:00Z')).toISOString()).toBe('2026-07-15T00:00:00.000Z');
  });

  const active = (o: Partial<EmployerActivity> = {}): EmployerActivity => ({
    status: 'active',
    activeSince: at('2026-01-01T00:00:00Z'),
    openVacancies: 0,
    lastOpenAt: null,
    ...o,
  });

  it.each<[string, EmployerActivity, string | null]>([
    ['an active employer whose last vacancy closed before the cut-off', active({ lastOpenAt: at('2027-02-27T23:59:00Z') }), '2027-02-27T23:59:00.000Z'],
    ['an active employer whose last vacancy closed on the cut-off day', active({ lastOpenAt: at('2027-02-28T08:00:00Z') }), null],
    ['an active employer with a vacancy open now, however old the others', active({ openVacancies: 1, lastOpenAt: at('2020-01-01T00:00:00Z') }), null],
    ['an active employer that never had a vacancy, active for long', active(), '2026-01-01T00:00:00.000Z'],
    ['an employer that became active again recently', active({ activeSince: at('2027-06-01T00:00:00Z'), lastOpenAt: at('2025-01-01T00:00:00Z') }), null],
    ['a prospect whose vacancy closed long ago', active({ status: 'prospect', lastOpenAt: at('2026-05-01T00:00:00Z') }), '2026-05-01T00:00:00.000Z'],
    ['a prospect that never had a vacancy open', active({ status: 'prospect' }), null],
    ['an employer marked dormant already', active({ status: 'dormant', lastOpenAt: at('2025-01-01T00:00:00Z') }), null],
    ['an ended employer', active({ status: 'ended' }), null],
  ])('%s', (_what, activity, since) => {
    expect(dormantSince(activity, NOW)?.toISOString() ?? null).toBe(since);
  });

  it('keys a follow-up by employer, quiet spell and assignee, not by the day the job runs', () => {
    const since = at('2027-01-10T14:00:00Z');
    expect(dormantFollowUpKey('e1', since, 'u1')).toBe('employer-dormant:e1:2027-01-10:u1');
    expect(dormantFollowUpKey('e1', since, 'u2')).not.toBe(dormantFollowUpKey('e1', since, 'u1'));
  });
});

describe('VOG share', () => {
  it('counts every basis, asked is all but not_asked, the share has two decimals', () => {
    expect(vogShare({ legal_requirement: 1, employer_choice: 1, not_asked: 1 })).toEqual({
      vacancies: 3,
      asked: 2,
      share: 0.67,
      byBasis: { legal_requirement: 1, employer_choice: 1, not_asked: 1 },
    });
    expect(vogShare({ employer_choice: 2 })).toMatchObject({ vacancies: 2, asked: 2, share: 1, byBasis: { legal_requirement: 0, not_asked: 0 } });
  });

  it('has no share without vacancies', () => {
    expect(vogShare({})).toEqual({ vacancies: 0, asked: 0, share: null, byBasis: { legal_requirement: 0, employer_choice: 0, not_asked: 0 } });
    expect(shareOf(0, 0)).toBeNull();
  });
});

describe('days waiting', () => {
  it('counts whole days, never below zero', () => {
    expect(wholeDaysBetween(at('2027-08-01T12:00:00Z'), at('2027-08-03T11:59:00Z'))).toBe(1);
    expect(wholeDaysBetween(at('2027-08-01T12:00:00Z'), at('2027-08-03T12:00:00Z'))).toBe(2);
    expect(wholeDaysBetween(at('2027-08-03T12:00:00Z'), at('2027-08-01T12:00:00Z'))).toBe(0);
  });
});
