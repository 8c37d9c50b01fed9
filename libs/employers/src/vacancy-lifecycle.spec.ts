import { canMove, kindProblems, VACANCY_TRANSITIONS } from './vacancy-lifecycle.js';

const base = { kind: 'job', startDate: '2027-07-01', endDate: '2027-08-01', hoursPerWeek: 20, hourlyWage: 15 };

describe('vacancy lifecycle and kind rules', () => {
  it('goes draft → submitted → open → filled | closed, with review in between', () => {
    expect(canMove('draft', 'submitted')).toBe(true);
    expect(canMove('draft', 'open')).toBe(false);
    expect(canMove('submitted', 'open')).toBe(true);
    expect(canMove('submitted', 'draft')).toBe(true);
    expect(canMove('open', 'filled')).toBe(true);
    expect(VACANCY_TRANSITIONS.closed).toEqual([]);
  });

  it('asks an internship and a BBL place for a leerbedrijf-ID and a crebo code', () => {
    expect(kindProblems({ ...base, kind: 'internship' }).map((p) => p.field)).toEqual(['leerbedrijfId', 'crebo']);
    expect(kindProblems({ ...base, kind: 'internship', leerbedrijfId: '100123456', crebo: '25180' })).toEqual([]);
  });

  it('asks a BBL place for 610 practice hours a year', () => {
    const bbl = { ...base, kind: 'bbl_place', leerbedrijfId: '100123456', crebo: '25180' };
    expect(kindProblems({ ...bbl, hoursPerWeek: 13 })[0]).toMatchObject({ field: 'hoursPerWeek', message: expect.stringContaining('610') });
    expect(kindProblems({ ...bbl, hoursPerWeek: 13.3 })).toEqual([]);
  });

  it('ends a summer job within 12 weeks', () => {
    expect(kindProblems({ ...base, kind: 'summer_job', endDate: '2027-09-22' })).toEqual([]);
    expect(kindProblems({ ...base, kind: 'summer_job', endDate: '2027-09-23' })[0]!.field).toBe('endDate');
  });

  it('keeps work experience unpaid and paid kinds paid, and dates in order', () => {
    expect(kindProblems({ ...base, kind: 'work_experience' })[0]!.field).toBe('hourlyWage');
    expect(kindProblems({ ...base, hourlyWage: null })[0]!.field).toBe('hourlyWage');
    expect(kindProblems({ ...base, endDate: '2027-06-01' })[0]!.field).toBe('endDate');
  });
});
