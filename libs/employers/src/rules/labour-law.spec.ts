import fc from 'fast-check';
import { VACANCY_KINDS, WEEKDAYS, type VacancyWorkload, type WorkTraits } from '../vacancy.model.js';
import { holidayWeeksProblem, hoursBeyondEveryBand, minimumLegalAge, NO_LEGAL_AGE, YOUTH_LABOUR_RULES } from './labour-law.js';

const NO_TRAITS: WorkTraits = {
  worksAlone: false,
  movesAround: false,
  handlesCash: false,
  logisticsHub: false,
  eveningWork: false,
  machines: false,
  servesAlcohol: false,
  heavyLifting: false,
  dangerousSubstances: false,
};

/** A two-week summer job, Monday to Friday 09:00–13:00, 4 h a day, 20 h a week. */
function workload(over: Partial<Omit<VacancyWorkload, 'traits' | 'schedule'>> & { traits?: Partial<WorkTraits>; schedule?: Partial<VacancyWorkload['schedule']> } = {}): VacancyWorkload {
  const { traits, schedule, ...rest } = over;
  return {
    kind: 'summer_job',
    startDate: '2026-07-13',
    endDate: '2026-07-24',
    hoursPerWeek: 20,
    hoursPerDay: 4,
    duringSchoolWeeks: false,
    ...rest,
    schedule: { weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'], earliestStart: '09:00', latestEnd: '13:00', weekends: false, ...schedule },
    traits: { ...NO_TRAITS, ...traits },
  };
}

describe('YOUTH_LABOUR_RULES', () => {
  it('has one row per band, youngest first, each with a source and a start date', () => {
    expect(YOUTH_LABOUR_RULES.map((r) => r.band)).toEqual(['13-14', '15', '16-17', '18+']);
    expect(YOUTH_LABOUR_RULES.map((r) => r.minAge)).toEqual([13, 15, 16, 18]);
    for (const r of YOUTH_LABOUR_RULES) {
      expect(r.source.length).toBeGreaterThan(10);
      expect(r.workSource.length).toBeGreaterThan(10);
      expect(r.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe('minimumLegalAge', () => {
  it('allows a light 4 h/day, 20 h/week holiday job 09:00–13:00 from 13', () => {
    expect(minimumLegalAge(workload())).toEqual({ age: 13, reasons: [] });
  });

  it('gives 16 for a summer job ending at 22:00 in the holidays, and says why', () => {
    const result = minimumLegalAge(workload({ schedule: { earliestStart: '14:00', latestEnd: '22:00' } }));
    expect(result.age).toBe(16);
    expect(result.reasons).toHaveLength(2);
    expect(result.reasons[1]).toEqual({
      age: 16,
      code: 'end_time',
      text: {
        nl: '16+: eindigt om 22:00 (15-jarigen in de vakantie uiterlijk tot 21:00)',
        en: '16+: ends at 22:00 (at 15, holiday work must end by 21:00)',
      },
      source: expect.stringContaining('kinderarbeid'),
    });
    expect(result.reasons[0]?.text.nl).toContain('22:00');
    expect(result.reasons[0]?.text.nl).toContain('19:00');
  });

  it('allows 15-year-olds until 21:00 in the holidays but only until 19:00 in school weeks', () => {
    const evening = { schedule: { weekdays: ['sat' as const], earliestStart: '15:00', latestEnd: '21:00' }, hoursPerDay: 6, hoursPerWeek: 6 };
    expect(minimumLegalAge(workload(evening)).age).toBe(15);
    const school = minimumLegalAge(workload({ ...evening, duringSchoolWeeks: true, kind: 'job' }));
    expect(school.age).toBe(16);
    expect(school.reasons[1]?.text.en).toBe('16+: ends at 21:00 (at 15, work in school weeks must end by 19:00)');
  });

  it('reports an early start and night work', () => {
    const early = minimumLegalAge(workload({ schedule: { earliestStart: '06:30', latestEnd: '10:30' } }));
    expect(early.age).toBe(16);
    expect(early.reasons.map((r) => r.code)).toEqual(['start_time', 'start_time']);
    const night = minimumLegalAge(workload({ hoursPerDay: 7, hoursPerWeek: 35, schedule: { earliestStart: '22:00', latestEnd: '06:00' } }));
    expect(night.age).toBe(18);
    expect(night.reasons.map((r) => [r.age, r.code])).toEqual([[18, 'start_time'], [18, 'start_time'], [18, 'night_work']]);
    expect(night.reasons[2]?.text.en).toBe('18+: works from 22:00 to 06:00 (overnight; at 16–17, no work between 23:00 and 06:00)');
  });

  it('decides on times, not on the eveningWork trait', () => {
    expect(minimumLegalAge(workload({ traits: { eveningWork: true } })).age).toBe(13);
  });

  it('gives 16 for till work', () => {
    const result = minimumLegalAge(workload({ traits: { handlesCash: true } }));
    expect(result.age).toBe(16);
    expect(result.reasons.map((r) => r.code)).toEqual(['forbidden_trait:handlesCash', 'forbidden_trait:handlesCash']);
    expect(result.reasons[1]?.text.nl).toBe('16+: kassawerk (niet voor 15-jarigen)');
  });

  it('gives 18 for dangerous substances', () => {
    const result = minimumLegalAge(workload({ traits: { dangerousSubstances: true } }));
    expect(result.age).toBe(18);
    expect(result.reasons.map((r) => r.age)).toEqual([18, 18, 18]);
    expect(result.reasons[2]?.source).toContain('Arbeidsomstandighedenbesluit');
  });

  it('gives 18 for 10 hours a day and 99 for 13 hours a day', () => {
    expect(minimumLegalAge(workload({ hoursPerDay: 10, hoursPerWeek: 40 })).age).toBe(18);
    const result = minimumLegalAge(workload({ hoursPerDay: 13, hoursPerWeek: 40 }));
    expect(result.age).toBe(NO_LEGAL_AGE);
    expect(result.reasons).toHaveLength(4);
    expect(result.reasons[3]).toMatchObject({ age: 99, code: 'hours_per_day' });
    expect(result.reasons[3]?.text.en).toMatch(/^Not allowed: 13 hours a day/);
  });

  it('gives 99 above 60 hours a week', () => {
    expect(hoursBeyondEveryBand(workload({ hoursPerDay: 12, hoursPerWeek: 61 }))).toBe(true);
    expect(hoursBeyondEveryBand(workload({ hoursPerDay: 12, hoursPerWeek: 60 }))).toBe(false);
  });

  it('limits consecutive holiday weeks: 4 weeks is 15, 5 weeks is 16', () => {
    const four = minimumLegalAge(workload({ startDate: '2026-07-06', endDate: '2026-08-02' }));
    expect(four.age).toBe(15);
    expect(four.reasons[0]).toMatchObject({ age: 15, code: 'holiday_weeks' });
    expect(four.reasons[0]?.text.en).toBe('15+: 4 holiday weeks in a row (at 13–14, at most 3 weeks in a row)');
    const five = minimumLegalAge(workload({ startDate: '2026-07-06', endDate: '2026-08-07' }));
    expect(five.age).toBe(16);
    expect(five.reasons.map((r) => r.age)).toEqual([16, 16]);
  });

  it('does not count holiday weeks for work in school weeks', () => {
    const job = workload({ kind: 'job', duringSchoolWeeks: true, startDate: '2026-09-01', endDate: '2027-06-30', hoursPerDay: 2, hoursPerWeek: 10 });
    expect(minimumLegalAge(job).age).toBe(15);
  });

  it('gives 16 for 15 hours in a school week', () => {
    const result = minimumLegalAge(workload({ kind: 'job', duringSchoolWeeks: true, hoursPerDay: 2, hoursPerWeek: 15, startDate: '2026-09-01', endDate: '2027-06-30' }));
    expect(result.age).toBe(16);
    expect(result.reasons[1]).toMatchObject({ age: 16, code: 'hours_per_week' });
    expect(result.reasons[1]?.text.nl).toBe('16+: 15 uur per week (15-jarigen in een schoolweek hoogstens 12 uur)');
  });

  it('keeps 13–14-year-olds off school days, but allows a Saturday job in school weeks', () => {
    const weekday = minimumLegalAge(workload({ kind: 'work_experience', duringSchoolWeeks: true, hoursPerDay: 2, hoursPerWeek: 6 }));
    expect(weekday.age).toBe(15);
    expect(weekday.reasons[0]?.code).toBe('school_day');
    const saturday = workload({ duringSchoolWeeks: true, hoursPerDay: 6, hoursPerWeek: 6, schedule: { weekdays: ['sat'], weekends: true } });
    expect(minimumLegalAge(saturday).age).toBe(13);
    expect(minimumLegalAge({ ...saturday, hoursPerDay: 8, hoursPerWeek: 8 }).age).toBe(15);
  });

  it('decides light work from the work, not the kind: a Saturday job shelf-stacking 4 hours in school weeks is allowed at 13', () => {
    const saturday = workload({ kind: 'job', duringSchoolWeeks: true, hoursPerDay: 4, hoursPerWeek: 4, startDate: '2026-09-05', endDate: '2027-06-26', schedule: { weekdays: ['sat'], earliestStart: '09:00', latestEnd: '13:00' } });
    expect(minimumLegalAge(saturday)).toEqual({ age: 13, reasons: [] });
    for (const kind of VACANCY_KINDS) expect([kind, minimumLegalAge(workload({ kind })).age]).toEqual([kind, 13]);
    // Not light: alone (no supervision), at a logistics hub (industrial), at the till.
    for (const trait of ['worksAlone', 'logisticsHub', 'handlesCash'] as const) {
      const r = minimumLegalAge(workload({ kind: 'job', traits: { [trait]: true } }));
      expect([trait, r.age >= 15, r.reasons[0]!.code]).toEqual([trait, true, `forbidden_trait:${trait}`]);
    }
    expect(minimumLegalAge(workload({ traits: { worksAlone: true } })).age).toBe(15);
    expect(minimumLegalAge(workload({ traits: { logisticsHub: true } })).age).toBe(16);
  });

  it('allows at most 5 working days a week at 13–14, and 5 in a holiday week at 15 (6 in a school week)', () => {
    const days = (weekdays: string[], duringSchoolWeeks = false) =>
      minimumLegalAge(workload({ duringSchoolWeeks, hoursPerDay: 1, hoursPerWeek: weekdays.length, schedule: { weekdays: weekdays as VacancyWorkload['schedule']['weekdays'], earliestStart: '16:00', latestEnd: '17:00' } }));
    expect(days(['mon', 'tue', 'wed', 'thu', 'fri']).age).toBe(13);
    const six = days(['mon', 'tue', 'wed', 'thu', 'fri', 'sat']);
    expect(six.age).toBe(16);
    expect(six.reasons.map((r) => r.code)).toEqual(['working_days', 'working_days']);
    expect(six.reasons[1]!.text.en).toBe('16+: 6 working days a week (at 15, at most 5 days in a holiday week)');
    // In school weeks a 15-year-old may work a sixth day (not 13–14: then only days without school, and 5 of them).
    const schoolWeek = minimumLegalAge(workload({ duringSchoolWeeks: true, kind: 'job', hoursPerDay: 2, hoursPerWeek: 12, schedule: { weekdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], earliestStart: '16:00', latestEnd: '18:00' } }));
    expect(schoolWeek.age).toBe(15);
  });

  it('allows 16–17-year-olds at most 6 working days a week (36 hours of rest in a row)', () => {
    const seven = minimumLegalAge(workload({ hoursPerDay: 5, hoursPerWeek: 35, schedule: { weekdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], earliestStart: '09:00', latestEnd: '14:00' } }));
    expect(seven.age).toBe(18);
    expect(seven.reasons[2]!).toMatchObject({ code: 'working_days' });
  });

  it('holds 16–17-year-olds to 45 hours in a week and 40 on average over 4 weeks', () => {
    const weeks = (n: number, perWeek: number) =>
      minimumLegalAge(workload({ startDate: '2026-07-06', endDate: new Date(Date.parse('2026-07-06') + (7 * n - 3) * 86_400_000).toISOString().slice(0, 10), hoursPerDay: 9, hoursPerWeek: perWeek, schedule: { earliestStart: '08:00', latestEnd: '18:00' } }));
    expect(weeks(3, 45).age).toBe(16); // 135 hours in any 4 weeks
    expect(weeks(4, 40).age).toBe(16);
    const long = weeks(4, 40.5);
    expect(long.age).toBe(18);
    expect(long.reasons.at(-1)).toMatchObject({ code: 'average_hours', text: { en: '18+: 40.5 hours a week (at 16–17, at most 40 hours a week on average over 4 weeks)' } });
    expect(weeks(8, 45).age).toBe(18);
    expect(weeks(1, 45.5).reasons.at(-1)!.code).toBe('hours_per_week');
  });

  it("counts a BBL place's school day in the 16–17-year-olds' week", () => {
    const bbl = (perWeek: number) => minimumLegalAge(workload({ kind: 'bbl_place', duringSchoolWeeks: true, startDate: '2026-09-01', endDate: '2027-07-01', hoursPerDay: 8, hoursPerWeek: perWeek, schedule: { weekdays: ['mon', 'tue', 'wed', 'thu'], earliestStart: '08:00', latestEnd: '17:00' } }));
    expect(bbl(32).age).toBe(16); // 32 + 8 school = 40
    const over = bbl(33);
    expect(over.age).toBe(18);
    expect(over.reasons.at(-1)!.text.en).toBe('18+: 41 hours a week (with 8 hours of school) (at 16–17, at most 40 hours a week on average over 4 weeks)');
  });

  it('holds adults to 60 hours a week, 55 on average over 4 weeks and 48 over 16', () => {
    const adult = (n: number, perWeek: number) => minimumLegalAge(workload({ kind: 'job', startDate: '2026-01-05', endDate: new Date(Date.parse('2026-01-05') + (7 * n - 3) * 86_400_000).toISOString().slice(0, 10), hoursPerDay: 12, hoursPerWeek: perWeek, schedule: { weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'], earliestStart: '07:00', latestEnd: '20:00' } }));
    expect(adult(3, 60).age).toBe(18);
    expect(adult(4, 55).age).toBe(18);
    expect(adult(4, 56).age).toBe(NO_LEGAL_AGE);
    expect(adult(16, 48).age).toBe(18);
    expect(adult(16, 49).age).toBe(NO_LEGAL_AGE);
  });

  it('counts the holiday weeks a year over all of a youth\'s placements: 4 at 13–14, 6 at 15', () => {
    const summer = (startDate: string, endDate: string, age: number) => ({ startDate, endDate, age });
    expect(holidayWeeksProblem([summer('2027-07-05', '2027-07-23', 14)])).toBeNull();
    expect(holidayWeeksProblem([summer('2027-07-05', '2027-07-23', 14), summer('2027-10-18', '2027-10-22', 14)])).toBeNull();
    expect(holidayWeeksProblem([summer('2027-07-05', '2027-07-23', 14), summer('2027-10-18', '2027-10-22', 14), summer('2027-12-27', '2027-12-31', 14)])?.en).toBe(
      '5 holiday weeks of work in 2027 (at 13–14, at most 4 a year)',
    );
    expect(holidayWeeksProblem([summer('2027-07-05', '2027-07-30', 15), summer('2027-10-18', '2027-10-29', 15)])).toBeNull();
    expect(holidayWeeksProblem([summer('2027-07-05', '2027-07-30', 15), summer('2027-10-18', '2027-10-29', 15), summer('2027-12-27', '2027-12-31', 15)])?.en).toMatch(/^7 holiday weeks .* at most 6 a year/);
    expect(holidayWeeksProblem([summer('2027-07-05', '2027-08-27', 16), summer('2027-10-18', '2027-10-29', 16)])).toBeNull();
  });

  it('keeps 13–14-year-olds off Sundays', () => {
    expect(minimumLegalAge(workload({ schedule: { weekdays: ['sat', 'sun'], weekends: true } })).age).toBe(15);
  });

  it('rejects malformed times', () => {
    expect(() => minimumLegalAge(workload({ schedule: { latestEnd: '25:00' } }))).toThrow(RangeError);
  });

  it('takes times from 00:00 to 23:59, 24:00 only as an end, and says what is wrong with anything else', () => {
    const at = (earliestStart: string, latestEnd: string) => () => minimumLegalAge(workload({ schedule: { earliestStart, latestEnd } }));
    expect(at('09:00', '24:00')).not.toThrow();
    expect(at('00:00', '23:59')).not.toThrow();
    expect(at('24:00', '13:00')).toThrow('Invalid time "24:00"');
    expect(at('09:00', '24:01')).toThrow('Invalid time "24:01"');
    expect(at('09:60', '13:00')).toThrow('Invalid time "09:60"');
    expect(at('09:00', '25:00')).toThrow('Invalid time "25:00"');
    expect(at('9:00', '13:00')).toThrow('Invalid time "9:00", expected HH:MM');
    expect(at('09:00', '13:00 ')).toThrow('Invalid time "13:00 ", expected HH:MM');
    expect(at('x09:00', '13:00')).toThrow('Invalid time "x09:00", expected HH:MM');
  });

  it('rejects malformed dates and hours, naming them', () => {
    expect(() => minimumLegalAge(workload({ startDate: '2026-7-13' }))).toThrow('Invalid date "2026-7-13", expected YYYY-MM-DD');
    expect(() => minimumLegalAge(workload({ endDate: '2026-07-24T00:00' }))).toThrow('Invalid date "2026-07-24T00:00", expected YYYY-MM-DD');
    expect(() => minimumLegalAge(workload({ endDate: 'x2026-07-24' }))).toThrow(RangeError);
    expect(() => minimumLegalAge(workload({ endDate: '2026-13-45' }))).toThrow('Invalid date "2026-13-45", expected YYYY-MM-DD');
    expect(() => minimumLegalAge(workload({ hoursPerDay: -1 }))).toThrow('Invalid hoursPerDay: -1');
    expect(() => minimumLegalAge(workload({ hoursPerWeek: Number.NaN }))).toThrow('Invalid hoursPerWeek: NaN');
    expect(() => minimumLegalAge(workload({ hoursPerWeek: Number.POSITIVE_INFINITY }))).toThrow(RangeError);
    expect(minimumLegalAge(workload({ hoursPerDay: 0, hoursPerWeek: 0 })).age).toBe(13);
  });

  const traitsArb = fc.record<WorkTraits>({
    worksAlone: fc.boolean(),
    movesAround: fc.boolean(),
    handlesCash: fc.boolean(),
    logisticsHub: fc.boolean(),
    eveningWork: fc.boolean(),
    machines: fc.boolean(),
    servesAlcohol: fc.boolean(),
    heavyLifting: fc.boolean(),
    dangerousSubstances: fc.boolean(),
  });
  const timeArb = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45)).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
  const dateArb = fc.integer({ min: 0, max: 120 }).map((d) => new Date(Date.UTC(2026, 5, 1 + d)).toISOString().slice(0, 10));
  const workloadArb: fc.Arbitrary<VacancyWorkload> = fc
    .record({
      kind: fc.constantFrom(...VACANCY_KINDS),
      start: dateArb,
      days: fc.integer({ min: 0, max: 70 }),
      hoursPerWeek: fc.integer({ min: 0, max: 70 }),
      hoursPerDay: fc.integer({ min: 0, max: 14 }),
      weekdays: fc.subarray([...WEEKDAYS]),
      earliestStart: timeArb,
      latestEnd: timeArb,
      traits: traitsArb,
      duringSchoolWeeks: fc.boolean(),
    })
    .map((r) => ({
      kind: r.kind,
      startDate: r.start,
      endDate: new Date(Date.parse(`${r.start}T00:00:00Z`) + r.days * 86_400_000).toISOString().slice(0, 10),
      hoursPerWeek: r.hoursPerWeek,
      hoursPerDay: r.hoursPerDay,
      schedule: { weekdays: r.weekdays, earliestStart: r.earliestStart, latestEnd: r.latestEnd, weekends: r.weekdays.includes('sat') || r.weekdays.includes('sun') },
      traits: r.traits,
      duringSchoolWeeks: r.duringSchoolWeeks,
    }));

  it('never raises the age when a workload gets lighter (property)', () => {
    fc.assert(
      fc.property(workloadArb, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), traitsArb, (w, dayShare, weekShare, keep) => {
        const traits = { ...w.traits };
        for (const k of Object.keys(traits) as (keyof WorkTraits)[]) traits[k] = traits[k] && keep[k];
        const lighter: VacancyWorkload = { ...w, hoursPerDay: w.hoursPerDay * dayShare, hoursPerWeek: w.hoursPerWeek * weekShare, traits };
        expect(minimumLegalAge(lighter).age).toBeLessThanOrEqual(minimumLegalAge(w).age);
        expect(minimumLegalAge({ ...w, hoursPerDay: 0, hoursPerWeek: 0, traits: NO_TRAITS }).age).toBeLessThanOrEqual(minimumLegalAge(w).age);
      }),
      { numRuns: 500 },
    );
  });

  it('explains every younger band and nothing else (property)', () => {
    fc.assert(
      fc.property(workloadArb, (w) => {
        const { age, reasons } = minimumLegalAge(w);
        expect([13, 15, 16, 18, NO_LEGAL_AGE]).toContain(age);
        expect(reasons).toHaveLength(YOUTH_LABOUR_RULES.filter((r) => r.minAge < age).length);
        for (const [i, r] of reasons.entries()) {
          expect(r.age).toBeGreaterThan(YOUTH_LABOUR_RULES[i]?.minAge ?? Infinity);
          expect(r.source).not.toBe('');
        }
        expect(hoursBeyondEveryBand(w)).toBe(age === NO_LEGAL_AGE);
      }),
      { numRuns: 300 },
    );
  });
});
