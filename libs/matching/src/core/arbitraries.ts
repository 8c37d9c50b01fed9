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

