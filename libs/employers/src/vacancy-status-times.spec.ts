import { VACANCY_STATUSES } from './employer.entity.js';
import { vacancyStatusTimes } from './vacancy-status-times.js';

const now = new Date('2027-03-01T09:30:00Z');

describe('vacancyStatusTimes', () => {
  it('stamps review, opening and the end of being open, each at the given time', () => {
    expect(vacancyStatusTimes('draft', 'submitted', now)).toEqual({ submittedAt: now });
    expect(vacancyStatusTimes('submitted', 'open', now)).toEqual({ openedAt: now });
    expect(vacancyStatusTimes('filled', 'open', now)).toEqual({ openedAt: now });
    expect(vacancyStatusTimes('open', 'closed', now)).toEqual({ lastOpenAt: now });
    expect(vacancyStatusTimes('open', 'filled', now)).toEqual({ lastOpenAt: now });
    expect(vacancyStatusTimes('open', 'submitted', now)).toEqual({ submittedAt: now, lastOpenAt: now });
    expect(vacancyStatusTimes('submitted', 'draft', now)).toEqual({});
  });

  it('stamps nothing when the status stays', () => {
    for (const status of VACANCY_STATUSES) expect(vacancyStatusTimes(status, status, now)).toEqual({});
  });
});
