/**
 * Feasibility by example, at the edges the examples in examples.spec.ts leave: each bound met
 * exactly, every failure's wording in both languages, the short-circuit isFeasible against
 * feasibility for each failure alone, and the failures shared between results (and their bound).
 */
import { SECTOR_OF } from './arbitraries.js';
import type { LatLon, MatchAvailability, MatchContext, MatchVacancy, MatchYouth, PlacementKind } from '../match.model.js';
import { educationFitsMbo, type Failure, feasibility, isFeasible } from './feasibility.js';
import { haversineKm } from './geo.js';

const HOME: LatLon = { lat: 51.9225, lon: 4.47917 };
const KM_PER_DEG_LAT = (6371.0088 * Math.PI) / 180;
const north = (km: number): LatLon => ({ lat: HOME.lat + km / KM_PER_DEG_LAT, lon: HOME.lon });
const ctx: MatchContext = { today: '2027-05-01', sectorOf: SECTOR_OF };
const SUMMER: MatchAvailability = { from: '2027-07-05', to: '2027-08-13', hoursPerWeek: 24, weekdays: ['mon', 'tue'], period: 'holiday' };

// 17 on the start date (born 5 July 2010).
const youth = (over: Partial<MatchYouth> = {}): MatchYouth => ({
  id: 'y1',
  dateOfBirth: '2010-07-05',
  position: HOME,
  maxTravelKm: 10,
  wishedKinds: ['summer_job', 'job', 'internship', 'bbl_place'],
  availability: [SUMMER],
  skills: [],
  interests: [],
  languages: ['nl'],
  education: { level: 'mbo_2', status: 'enrolled' },
  priority: false,
  criminalTies: false,
  vogConcern: { level: 'none' },
  ...over,
});

const vacancy = (over: Partial<MatchVacancy> = {}): MatchVacancy => ({
  id: 'v1',
  kind: 'summer_job',
  status: 'open',
  placesLeft: 1,
  position: north(3),
  startDate: '2027-07-05',
  endDate: '2027-08-13',
  hoursPerWeek: 24,
  weekdays: ['mon', 'wed'],
  duringSchoolWeeks: false,
  minLegalAge: 16,
  employerMinAge: 17,
  skills: [],
  languages: [],
  mentorName: null,
  firstWeek: null,
  traits: { worksAlone: false, movesAround: false, handlesCash: false, logisticsHub: false, eveningWork: false },
  vog: { basis: 'not_asked', functionAspects: [], paidBy: 'employer' },
  ...over,
});

const failures = (y: MatchYouth, v: MatchVacancy): Failure[] => feasibility(y, v, ctx).failures;
const only = (y: MatchYouth, v: MatchVacancy): Failure => {
  const f = failures(y, v);
  expect(f).toHaveLength(1);
  return f[0]!;
};

describe('feasibility: failures are shared', () => {
  // First in this file: it counts on the legal-age failures being empty when it starts.
  it('keeps up to 5,000 failures of a kind, then starts afresh', () => {
    const young = youth({ dateOfBirth: '2020-01-01' });
    const legal = (minLegalAge: number) => failures(young, vacancy({ minLegalAge, employerMinAge: 0 }))[0]!;
    const first = legal(20);
    for (let min = 21; min < 20 + 5_000; min++) legal(min);
    expect(legal(20)).toBe(first);
    legal(20 + 5_000);
    const again = legal(20);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it('gives the same failure the same frozen object, whatever else about the pair differs', () => {
    const cases: [string, MatchYouth, MatchVacancy, MatchYouth, MatchVacancy][] = [
      ['not open', youth(), vacancy({ status: 'closed' }), youth(), vacancy({ status: 'draft' })],
      ['no places', youth(), vacancy({ placesLeft: 0 }), youth(), vacancy({ placesLeft: -2 })],
      ['too young by law', youth(), vacancy({ minLegalAge: 18, employerMinAge: 0 }), youth({ dateOfBirth: '2010-06-01' }), vacancy({ minLegalAge: 18, employerMinAge: 0 })],
      ['too young for the employer', youth(), vacancy({ employerMinAge: 18 }), youth({ dateOfBirth: '2010-06-01' }), vacancy({ employerMinAge: 18 })],
      ['not wished', youth({ wishedKinds: ['job'] }), vacancy(), youth({ wishedKinds: ['bbl_place'] }), vacancy()],
      ['too far', youth({ maxTravelKm: 2 }), vacancy(), youth({ maxTravelKm: 2.2 }), vacancy({ position: north(3.2) })],
      ['not in the dates', youth(), vacancy({ startDate: '2027-09-01', endDate: '2027-09-30' }), youth(), vacancy({ startDate: '2027-09-01', endDate: '2027-09-30' })],
      ['no shared day', youth(), vacancy({ weekdays: ['sun'] }), youth(), vacancy({ weekdays: ['sat'] })],
      ['too few hours', youth(), vacancy({ hoursPerWeek: 50 }), youth({ availability: [{ ...SUMMER, hoursPerWeek: 24.04 }] }), vacancy({ hoursPerWeek: 50.04 })],
      ['education', youth({ education: { level: 'havo', status: 'enrolled' } }), vacancy({ kind: 'internship' }), youth({ education: { level: 'vwo', status: 'enrolled' } }), vacancy({ kind: 'internship' })],
    ];
    for (const [what, y1, v1, y2, v2] of cases) {
      const a = only(y1, v1);
      expect([what, Object.isFrozen(a), Object.isFrozen(a.text)]).toEqual([what, true, true]);
      expect([what, only(y2, v2) === a]).toEqual([what, true]);
    }
  });

  it('builds each failure from its own numbers, not from one seen before', () => {
    expect(only(youth(), vacancy({ minLegalAge: 18, employerMinAge: 0 })).text.en).toBe('On the start date the youth is 17; by law this work needs someone aged at least 18.');
    expect(only(youth(), vacancy({ minLegalAge: 19, employerMinAge: 0 })).text.en).toBe('On the start date the youth is 17; by law this work needs someone aged at least 19.');
    expect(only(youth({ dateOfBirth: '2011-07-05' }), vacancy({ minLegalAge: 18, employerMinAge: 0 })).text.en).toBe(
      'On the start date the youth is 16; by law this work needs someone aged at least 18.',
    );
    expect(only(youth(), vacancy({ employerMinAge: 18 })).text.en).toBe('On the start date the youth is 17; this employer looks for someone aged at least 18.');
    expect(only(youth(), vacancy({ employerMinAge: 19 })).text.en).toBe('On the start date the youth is 17; this employer looks for someone aged at least 19.');
    expect(only(youth({ maxTravelKm: 1 }), vacancy()).text.en).toBe('The vacancy is 3 km from home; the youth travels at most 1 km.');
    expect(only(youth({ maxTravelKm: 1 }), vacancy({ position: north(4) })).text.en).toBe('The vacancy is 4 km from home; the youth travels at most 1 km.');
    expect(only(youth({ maxTravelKm: 2 }), vacancy({ position: north(4) })).text.en).toBe('The vacancy is 4 km from home; the youth travels at most 2 km.');
    expect(only(youth({ availability: [{ ...SUMMER, hoursPerWeek: 11 }] }), vacancy()).text.en).toBe(
      'This work asks 24 hours a week; in this period the youth has at most 11 hours, less than half.',
    );
    expect(only(youth({ availability: [{ ...SUMMER, hoursPerWeek: 11 }] }), vacancy({ hoursPerWeek: 30 })).text.en).toBe(
      'This work asks 30 hours a week; in this period the youth has at most 11 hours, less than half.',
    );
    expect(only(youth({ availability: [{ ...SUMMER, hoursPerWeek: 10 }] }), vacancy()).text.en).toBe(
      'This work asks 24 hours a week; in this period the youth has at most 10 hours, less than half.',
    );
    expect(only(youth(), vacancy({ startDate: '2027-09-01', endDate: '2027-10-31' })).text.en).toBe(
      'The youth is not available in the period of this vacancy (1 September 2027 to 31 October 2027).',
    );
    expect(only(youth(), vacancy({ startDate: '2027-09-02', endDate: '2027-10-31' })).text.en).toBe(
      'The youth is not available in the period of this vacancy (2 September 2027 to 31 October 2027).',
    );
    expect(only(youth(), vacancy({ startDate: '2027-09-02', endDate: '2027-10-30' })).text.en).toBe(
      'The youth is not available in the period of this vacancy (2 September 2027 to 30 October 2027).',
    );
    expect(only(youth({ education: { level: 'havo', status: 'enrolled' } }), vacancy({ kind: 'internship' })).text.en).toBe(
      'An internship needs the youth to be in mbo, or moving from vmbo to mbo.',
    );
    expect(only(youth({ education: { level: 'havo', status: 'enrolled' } }), vacancy({ kind: 'bbl_place' })).text.en).toBe(
      'A BBL work-study place needs the youth to be in mbo, or moving from vmbo to mbo.',
    );
    expect(only(youth({ wishedKinds: ['job'] }), vacancy({ kind: 'summer_job' })).text.en).toBe('The youth is not looking for a summer job: it is not among the wishes.');
    expect(only(youth({ wishedKinds: ['summer_job'] }), vacancy({ kind: 'job' })).text.en).toBe('The youth is not looking for a job: it is not among the wishes.');
  });
});

describe('feasibility: each failure in both languages', () => {
  it.each<[string, MatchYouth, MatchVacancy, string, Failure['text']]>([
    ['closed', youth(), vacancy({ status: 'closed' }), 'not_open', { nl: 'Deze vacature staat niet (meer) open.', en: 'This vacancy is not open (any more).' }],
    ['no places', youth(), vacancy({ placesLeft: 0 }), 'no_places', { nl: 'Alle plekken bij deze vacature zijn al bezet.', en: 'All places for this vacancy have been taken.' }],
    [
      'too young by law',
      youth(),
      vacancy({ minLegalAge: 18, employerMinAge: 16 }),
      'too_young_legal',
      { nl: 'Op de startdatum is de jongere 17; voor dit werk moet je volgens de wet minstens 18 jaar zijn.', en: 'On the start date the youth is 17; by law this work needs someone aged at least 18.' },
    ],
    [
      'too young for the employer',
      youth(),
      vacancy({ employerMinAge: 18 }),
      'too_young_employer',
      { nl: 'Op de startdatum is de jongere 17; deze werkgever zoekt iemand van minstens 18 jaar.', en: 'On the start date the youth is 17; this employer looks for someone aged at least 18.' },
    ],
    [
      'not wished',
      youth({ wishedKinds: ['job'] }),
      vacancy({ kind: 'work_experience' }),
      'kind_not_wished',
      { nl: 'De jongere zoekt geen werkervaringsplek: dat staat niet bij de wensen.', en: 'The youth is not looking for a work-experience place: it is not among the wishes.' },
    ],
    [
      'too far',
      youth({ maxTravelKm: 7.6 }),
      vacancy({ position: north(12.4) }),
      'too_far',
      { nl: 'De vacature is 12 km van huis; de jongere wil hooguit 8 km reizen.', en: 'The vacancy is 12 km from home; the youth travels at most 8 km.' },
    ],
    [
      'just too far',
      youth({ maxTravelKm: 7.6 }),
      vacancy({ position: north(7.7) }),
      'too_far',
      { nl: 'De vacature is net iets meer dan 8 km van huis; de jongere wil hooguit 8 km reizen.', en: 'The vacancy is just over 8 km from home; the youth travels at most 8 km.' },
    ],
    [
      'a whole km too far',
      youth({ maxTravelKm: 8 }),
      vacancy({ position: north(9) }),
      'too_far',
      { nl: 'De vacature is 9 km van huis; de jongere wil hooguit 8 km reizen.', en: 'The vacancy is 9 km from home; the youth travels at most 8 km.' },
    ],
    [
      'not in the dates',
      youth(),
      vacancy({ startDate: '2027-08-14', endDate: '2027-08-31' }),
      'availability',
      {
        nl: 'De jongere is niet beschikbaar in de periode van deze vacature (14 augustus 2027 tot en met 31 augustus 2027).',
        en: 'The youth is not available in the period of this vacancy (14 August 2027 to 31 August 2027).',
      },
    ],
    [
      'no shared day',
      youth(),
      vacancy({ weekdays: ['wed', 'thu'] }),
      'availability',
      { nl: 'De jongere kan in deze periode niet op de dagen waarop dit werk is.', en: 'In this period the youth is not available on the days this work is done.' },
    ],
    [
      'too few hours',
      youth({ availability: [{ ...SUMMER, hoursPerWeek: 12.3 }] }),
      vacancy({ hoursPerWeek: 24.7 }),
      'availability',
      {
        nl: 'Dit werk vraagt 24,7 uur per week; de jongere kan in deze periode hooguit 12,3 uur, minder dan de helft.',
        en: 'This work asks 24.7 hours a week; in this period the youth has at most 12.3 hours, less than half.',
      },
    ],
    [
      'education',
      youth({ education: { level: 'vmbo', status: 'finished' } }),
      vacancy({ kind: 'bbl_place' }),
      'education',
      { nl: 'Voor een BBL-plek (werken en leren) moet de jongere op het mbo zitten of van het vmbo naar het mbo gaan.', en: 'A BBL work-study place needs the youth to be in mbo, or moving from vmbo to mbo.' },
    ],
  ])('%s, alone: that failure, and isFeasible says no', (_what, y, v, code, text) => {
    const r = feasibility(y, v, ctx);
    expect(r.feasible).toBe(false);
    expect(r.failures).toEqual([{ code, text }]);
    expect(isFeasible(y, v)).toBe(false);
  });
});

describe('feasibility: bounds met exactly pass', () => {
  const passes = (y: MatchYouth, v: MatchVacancy): void => {
    expect(feasibility(y, v, ctx)).toMatchObject({ feasible: true, failures: [] });
    expect(isFeasible(y, v)).toBe(true);
  };

  it('the fixture fits, and says how far it is', () => {
    passes(youth(), vacancy());
    expect(feasibility(youth(), vacancy(), ctx).distanceKm).toBeCloseTo(3, 6);
  });

  it('one place left, the age on the start date, the travel distance, half the hours', () => {
    passes(youth(), vacancy({ placesLeft: 1 }));
    passes(youth(), vacancy({ minLegalAge: 17, employerMinAge: 17 }));
    const v = vacancy({ position: north(6.5) });
    passes(youth({ maxTravelKm: haversineKm(HOME, v.position) }), v);
    passes(youth({ availability: [{ ...SUMMER, hoursPerWeek: 12 }] }), vacancy({ hoursPerWeek: 24 }));
    passes(youth({ availability: [{ ...SUMMER, hoursPerWeek: 0 }] }), vacancy({ hoursPerWeek: 0 }));
  });

  it('a window on the first or last day of the vacancy only, and one of several windows', () => {
    passes(youth({ availability: [{ ...SUMMER, from: '2027-06-01', to: '2027-07-05' }] }), vacancy());
    passes(youth({ availability: [{ ...SUMMER, from: '2027-08-13', to: '2027-09-01' }] }), vacancy());
    passes(youth({ availability: [{ ...SUMMER, weekdays: ['sun'] }, { ...SUMMER, hoursPerWeek: 4 }, SUMMER] }), vacancy());
  });

  it('a place that is not a number fails; so do a day too young, a hair too far and under half the hours, in the short-circuit too', () => {
    expect(only(youth(), vacancy({ placesLeft: Number.NaN })).code).toBe('no_places');
    expect(isFeasible(youth(), vacancy({ placesLeft: Number.NaN }))).toBe(false);
    expect(isFeasible(youth({ dateOfBirth: '2010-07-06' }), vacancy({ minLegalAge: 17, employerMinAge: 0 }))).toBe(false);
    expect(isFeasible(youth({ dateOfBirth: '2010-07-06' }), vacancy({ minLegalAge: 0, employerMinAge: 17 }))).toBe(false);
    const v = vacancy({ position: north(6.5) });
    expect(isFeasible(youth({ maxTravelKm: haversineKm(HOME, v.position) - 1e-9 }), v)).toBe(false);
    expect(isFeasible(youth({ availability: [{ ...SUMMER, hoursPerWeek: 11.9 }] }), vacancy({ hoursPerWeek: 24 }))).toBe(false);
  });

  it('a vacancy asking no hours still needs a shared day in its dates', () => {
    const none = (over: Partial<MatchVacancy>) => vacancy({ hoursPerWeek: 0, ...over });
    expect(only(youth(), none({ weekdays: ['sun'] })).text.en).toBe('In this period the youth is not available on the days this work is done.');
    expect(isFeasible(youth(), none({ weekdays: ['sun'] }))).toBe(false);
    expect(only(youth(), none({ startDate: '2027-09-01', endDate: '2027-09-30' })).code).toBe('availability');
    expect(isFeasible(youth(), none({ startDate: '2027-09-01', endDate: '2027-09-30' }))).toBe(false);
    passes(youth(), none({}));
  });

  it('an internship or BBL place for every mbo level and status, and for vmbo pupils moving on', () => {
    for (const level of ['mbo_1', 'mbo_2', 'mbo_3', 'mbo_4']) {
      for (const status of ['enrolled', 'finished', 'none']) expect([level, status, educationFitsMbo({ level, status })]).toEqual([level, status, true]);
    }
    expect(educationFitsMbo({ level: 'vmbo', status: 'enrolling' })).toBe(true);
    expect(educationFitsMbo({ level: 'vmbo', status: 'enrolled' })).toBe(true);
    for (const [level, status] of [['vmbo', 'finished'], ['vmbo', 'none'], ['havo', 'enrolled'], ['havo', 'enrolling'], ['mbo_5', 'enrolled'], ['', '']]) {
      expect([level, status, educationFitsMbo({ level: level!, status: status! })]).toEqual([level, status, false]);
    }
    for (const kind of ['internship', 'bbl_place'] as PlacementKind[]) {
      passes(youth({ education: { level: 'vmbo', status: 'enrolling' } }), vacancy({ kind }));
      expect(isFeasible(youth({ education: { level: 'havo', status: 'enrolled' } }), vacancy({ kind }))).toBe(false);
    }
    for (const kind of ['summer_job', 'job', 'work_experience'] as PlacementKind[]) {
      passes(youth({ wishedKinds: [kind], education: { level: 'havo', status: 'enrolled' } }), vacancy({ kind }));
    }
  });
});
