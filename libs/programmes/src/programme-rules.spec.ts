import fc from 'fast-check';
import { ageOn } from '@startbaan/youth/model';
import { choiceProblems, inAgeBand, PROGRAMME_FLOW, PROGRAMME_STATUSES } from './programme-rules.js';

describe('programme rules', () => {
  it('moves only forward through its states, and closed is final', () => {
    expect(PROGRAMME_FLOW.closed).toEqual([]);
    for (const s of PROGRAMME_STATUSES) for (const to of PROGRAMME_FLOW[s]) expect(PROGRAMME_STATUSES).toContain(to);
    expect(PROGRAMME_FLOW.draft).toEqual(['open']);
    expect(PROGRAMME_FLOW.published).not.toContain('open');
  });

  it('checks the age band on the first day of work, birthdays included', () => {
    const p = { minAge: 15, maxAge: 21, workFrom: '2027-07-01' };
    expect(inAgeBand('2012-07-01', p)).toBe(true); // 15 that day
    expect(inAgeBand('2012-07-02', p)).toBe(false); // 15 the day after
    expect(inAgeBand('2005-07-02', p)).toBe(true); // still 21
    expect(inAgeBand('2005-07-01', p)).toBe(false); // 22 that day
    expect(ageOn('2008-02-29', '2027-02-28')).toBe(18);
    expect(ageOn('2008-02-29', '2027-03-01')).toBe(19);
  });

  it('agrees with counting years by date for any birthday', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2020-12-31'), noInvalidDate: true }), fc.date({ min: new Date('2021-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }), (b, d) => {
        const dob = b.toISOString().slice(0, 10);
        const day = d.toISOString().slice(0, 10);
        const age = ageOn(dob, day);
        const birthdayThen = (years: number) => `${String(Number(dob.slice(0, 4)) + years)}${dob.slice(4)}`;
        expect(birthdayThen(age) <= day).toBe(true);
        expect(birthdayThen(age + 1) > day).toBe(true);
      }),
    );
  });

  it('names each bad choice and the limit', () => {
    const inProgramme = new Set(['a', 'b', 'c']);
    expect(choiceProblems(['a', 'b'], 5, inProgramme)).toEqual([]);
    expect(choiceProblems(['a', 'x', 'a'], 5, inProgramme)).toEqual([
      { field: 'choices[1]', detail: 'not a vacancy of this programme' },
      { field: 'choices[2]', detail: 'chosen twice: each vacancy once, most wished first' },
    ]);
    expect(choiceProblems(['a', 'b', 'c'], 2, inProgramme)[0]).toEqual({ field: 'choices', detail: 'at most 2 choices in this programme, not 3' });
  });
});
