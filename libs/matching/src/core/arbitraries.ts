/**
 * Random youths and vacancies for the matching core's property tests (fast-check): positions
 * anywhere in the Netherlands, dates around 2027, codes from a small vocabulary with sectors.
 * Test support only: nothing outside the specs imports it.
 */
import fc from 'fast-check';
import type { MatchAvailability, MatchVacancy, MatchYouth, PlacementKind, Weekday } from '../match.model.js';
import { dayNumber } from './calendar.js';

export const SECTOR_OF: ReadonlyMap<string, string> = new Map([
  ['bake', 'hospitality'],
  ['serve', 'hospitality'],
  ['coffee', 'hospitality'],
  ['stock', 'retail'],
  ['till', 'retail'],
  ['drive', 'logistics'],
]);

export const KINDS: PlacementKind[] = ['summer_job', 'job', 'internship', 'bbl_place', 'work_experience'];
export const DAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
export const CODES = [...SECTOR_OF.keys(), 'welding', 'painting'];
export const LANGS = ['nl', 'en', 'ar', 'tr', 'pl'];
export const LEVELS = ['primary', 'vmbo', 'havo', 'mbo_1', 'mbo_2', 'mbo_4', 'hbo', 'none'];
export const STATUSES = ['enrolled', 'enrolling', 'finished', 'dropped_out', 'none'];

export const BASE_DAY = dayNumber('2027-01-01');
export const isoDay = (offset: number): string => new Date((BASE_DAY + offset) * 86_400_000).toISOString().slice(0, 10);
export const dateRange = fc.tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 200 })).map(([a, len]) => [isoDay(a), isoDay(a + len)] as const);
export const position = fc.record({ lat: fc.double({ min: 50.8, max: 53.5, noNaN: true }), lon: fc.double({ min: 3.4, max: 7.2, noNaN: true }) });

export const windowArb: fc.Arbitrary<MatchAvailability> = fc
  .record({ range: dateRange, hoursPerWeek: fc.integer({ min: 0, max: 40 }), weekdays: fc.subarray(DAYS), period: fc.constantFrom('school' as const, 'holiday' as const) })
  .map(({ range, ...w }) => ({ from: range[0], to: range[1], ...w }));

export const vogConcern: fc.Arbitrary<MatchYouth['vogConcern']> = fc.oneof(
  fc.constant({ level: 'none' as const }),
  fc.record(
    {
      level: fc.constantFrom('possible' as const, 'likely' as const),
      offenceCategory: fc.constantFrom('property', 'violence', 'drugs', 'weapons', 'fraud', 'traffic', 'sexual', 'other', 'unknown'),
      lastOffenceDate: fc.integer({ min: -2500, max: 100 }).map(isoDay),
    },
    { requiredKeys: ['level'] },
  ),
);

export const youthArb: fc.Arbitrary<MatchYouth> = fc.record({
  id: fc.constant('y'),
  dateOfBirth: fc.integer({ min: -10_000, max: -4_000 }).map(isoDay),
  position,
  maxTravelKm: fc.integer({ min: 1, max: 60 }),
  wishedKinds: fc.shuffledSubarray(KINDS, { minLength: 1 }),
  availability: fc.array(windowArb, { maxLength: 3 }),
  skills: fc.subarray(CODES),
  interests: fc.subarray(CODES),
  languages: fc.subarray(LANGS),
  education: fc.record({ level: fc.constantFrom(...LEVELS), status: fc.constantFrom(...STATUSES) }),
  priority: fc.boolean(),
  criminalTies: fc.boolean(),
  vogConcern,
});

export const vacancyArb: fc.Arbitrary<MatchVacancy> = fc
  .record({
    id: fc.constant('v'),
    kind: fc.constantFrom(...KINDS),
    status: fc.constantFrom('open', 'open', 'closed'),
    placesLeft: fc.integer({ min: 0, max: 3 }),
    position,
    range: dateRange,
    hoursPerWeek: fc.integer({ min: 1, max: 40 }),
    weekdays: fc.subarray(DAYS),
    duringSchoolWeeks: fc.boolean(),
    minLegalAge: fc.integer({ min: 13, max: 18 }),
    employerMinAge: fc.integer({ min: 13, max: 21 }),
    skills: fc.subarray(CODES),
    languages: fc.subarray(LANGS),
    mentorName: fc.option(fc.constantFrom('Petra', 'Ahmed', ' '), { nil: null }),
    firstWeek: fc.option(fc.constantFrom('Meelopen', ''), { nil: null }),
    traits: fc.record({ worksAlone: fc.boolean(), movesAround: fc.boolean(), handlesCash: fc.boolean(), logisticsHub: fc.boolean(), eveningWork: fc.boolean() }),
    vog: fc.record({
      basis: fc.constantFrom('legal_requirement' as const, 'employer_choice' as const, 'not_asked' as const),
      functionAspects: fc.subarray([11, 21, 61, 84]),
      paidBy: fc.constant('employer'),
    }),
  })
  .map(({ range, ...v }) => ({ ...v, startDate: range[0], endDate: range[1] }));


/**
 * A vacancy with a youth made to fit it, or nearly: open with a place, in reach, old enough on the
 * start date, wishing its kind, with an mbo level, and one window over its dates that shares a
 * day and has at least half its hours. Each of these is broken now and then (`bend`), so the
 * pairs cluster at the edges of feasibility instead of almost never reaching it, as two
 * independent random draws do.
 */
export const nearlyFeasiblePairArb: fc.Arbitrary<[MatchYouth, MatchVacancy]> = fc
  .record({
    y: youthArb,
    v: vacancyArb,
    bend: fc.option(fc.constantFrom('open', 'age', 'kind', 'reach', 'days', 'hours', 'dates'), { nil: null, freq: 2 }),
    yearsOver: fc.integer({ min: 0, max: 5 }),
    daysOver: fc.integer({ min: 0, max: 40 }),
    km: fc.integer({ min: 0, max: 30 }),
    extraHours: fc.integer({ min: 0, max: 10 }),
    extraDays: fc.subarray(DAYS),
  })
  .map(({ y, v, bend, yearsOver, daysOver, km, extraHours, extraDays }): [MatchYouth, MatchVacancy] => {
    const vacancy: MatchVacancy = { ...v, status: bend === 'open' ? 'closed' : 'open', placesLeft: Math.max(1, v.placesLeft), weekdays: v.weekdays.length ? v.weekdays : ['mon'] };
    const minAge = Math.max(vacancy.minLegalAge, vacancy.employerMinAge) + (bend === 'age' ? -1 : 0);
    const start = vacancy.startDate;
    const dob = new Date(Date.UTC(Number(start.slice(0, 4)) - minAge - yearsOver, Number(start.slice(5, 7)) - 1, Number(start.slice(8, 10)) - (yearsOver ? daysOver : 0)));
    const half = Math.ceil(vacancy.hoursPerWeek / 2);
    const shared = bend === 'days' ? DAYS.filter((d) => !vacancy.weekdays.includes(d)) : [...new Set([vacancy.weekdays[0]!, ...extraDays])];
    const window: MatchAvailability = {
      from: bend === 'dates' ? isoDay(dayNumber(vacancy.endDate) - BASE_DAY + 1) : vacancy.startDate,
      to: bend === 'dates' ? isoDay(dayNumber(vacancy.endDate) - BASE_DAY + 30) : vacancy.endDate,
      hoursPerWeek: bend === 'hours' ? half - 1 : Math.min(40, half + extraHours),
      weekdays: shared,
      period: 'holiday',
    };
    const youth: MatchYouth = {
      ...y,
      dateOfBirth: dob.toISOString().slice(0, 10),
      // About 0.009 degrees of latitude per km: `km` north of the vacancy, within reach unless bent.
      position: { lat: vacancy.position.lat + (km * 0.009) / 1.0, lon: vacancy.position.lon },
      maxTravelKm: bend === 'reach' ? Math.max(1, km - 2) : km + 2,
      wishedKinds: bend === 'kind' ? KINDS.filter((k) => k !== vacancy.kind) : [...new Set([vacancy.kind, ...y.wishedKinds])],
      availability: [window, ...y.availability],
      education: { level: 'mbo_2', status: 'enrolled' },
    };
    return [youth, vacancy];
  });
