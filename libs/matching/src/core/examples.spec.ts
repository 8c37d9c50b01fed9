/**
 * The matching core by example: each feasibility rule and score component at and around its
 * bounds, with its texts. The properties are in core.spec.ts (slower: many draws each).
 */
import fc from 'fast-check';
import { SECTOR_OF } from './arbitraries.js';
import type { LatLon, MatchAvailability, MatchContext, MatchVacancy, MatchYouth, PlacementKind } from '../match.model.js';
import {
  ageOnDay,
  availabilityMatch,
  dayNumber,
  DISTANCE_HALF_KM,
  distancePoints,
  educationFitsMbo,
  FAILURE_CODES,
  feasibility,
  haversineKm,
  score,
  type Scored,
  WEIGHTS,
  WEIGHTS_VERSION,
} from './index.js';

// ---------------------------------------------------------------------------------------------
// Fixtures: a youth and a vacancy that fit, in Rotterdam.

const HOME: LatLon = { lat: 51.9225, lon: 4.47917 };
const KM_PER_DEG_LAT = (6371.0088 * Math.PI) / 180;
const north = (p: LatLon, km: number): LatLon => ({ lat: p.lat + km / KM_PER_DEG_LAT, lon: p.lon });

const ctx: MatchContext = { today: '2027-05-01', sectorOf: SECTOR_OF };

function youth(over: Partial<MatchYouth> = {}): MatchYouth {
  return {
    id: 'y1',
    dateOfBirth: '2010-03-04',
    position: HOME,
    maxTravelKm: 10,
    wishedKinds: ['summer_job', 'job'],
    availability: [{ from: '2027-07-05', to: '2027-08-13', hoursPerWeek: 24, weekdays: ['mon', 'tue', 'wed', 'thu'], period: 'holiday' }],
    skills: ['bake', 'stock'],
    interests: ['coffee'],
    languages: ['nl', 'en'],
    education: { level: 'mbo_2', status: 'enrolled' },
    priority: false,
    criminalTies: false,
    vogConcern: { level: 'none' },
    ...over,
  };
}

const NO_TRAITS: MatchVacancy['traits'] = { worksAlone: false, movesAround: false, handlesCash: false, logisticsHub: false, eveningWork: false };

function vacancy(over: Partial<MatchVacancy> = {}): MatchVacancy {
  return {
    id: 'v1',
    kind: 'summer_job',
    status: 'open',
    placesLeft: 2,
    position: north(HOME, 3),
    startDate: '2027-07-05',
    endDate: '2027-08-13',
    hoursPerWeek: 24,
    weekdays: ['mon', 'tue', 'wed', 'thu'],
    duringSchoolWeeks: false,
    minLegalAge: 15,
    employerMinAge: 16,
    skills: ['bake', 'stock'],
    languages: ['nl'],
    mentorName: 'Petra',
    firstWeek: 'De eerste dag loop je mee met Petra.',
    traits: NO_TRAITS,
    vog: { basis: 'not_asked', functionAspects: [], paidBy: 'employer' },
    ...over,
  };
}

const codes = (y: MatchYouth, v: MatchVacancy): string[] => feasibility(y, v, ctx).failures.map((f) => f.code);
const component = (s: Scored, key: string) => s.components.find((c) => c.key === key);
const points = (s: Scored, key: string): number | undefined => component(s, key)?.points;

// ---------------------------------------------------------------------------------------------

describe('weights', () => {
  it('has shared maximum points that sum to 100, and a version', () => {
    const sum = Object.values(WEIGHTS.shared).reduce((a, b) => a + b, 0);
    expect(sum).toBe(100);
    expect(WEIGHTS.version).toBe(WEIGHTS_VERSION);
    expect(WEIGHTS_VERSION).toBe(1);
    expect(WEIGHTS.coachOnly).toEqual({
      priorityMentorBonus: 8,
      recruitmentExposurePenalty: -15,
      vog: { no_vog_needed: 0, likely_fine: 0, talk_it_through: -10 },
    });
  });

  it('decays distance exponentially: full at 0 km, half at DISTANCE_HALF_KM, a quarter at twice that', () => {
    expect(DISTANCE_HALF_KM).toBe(5);
    expect(distancePoints(0)).toBe(25);
    expect(distancePoints(5)).toBeCloseTo(12.5, 10);
    expect(distancePoints(10)).toBeCloseTo(6.25, 10);
    expect(distancePoints(2.5)).toBeCloseTo(25 / Math.SQRT2, 10);
  });
});

describe('geo and calendar', () => {
  it('computes great-circle distances', () => {
    expect(haversineKm(HOME, HOME)).toBe(0);
    // One degree along the equator; Paris to London (about 343.5 km as the crow flies).
    expect(haversineKm({ lat: 0, lon: 0 }, { lat: 0, lon: 1 })).toBeCloseTo(111.195, 3);
    expect(haversineKm({ lat: 48.8566, lon: 2.3522 }, { lat: 51.5074, lon: -0.1278 })).toBeCloseTo(343.5, 0);
    expect(haversineKm(HOME, north(HOME, 7))).toBeCloseTo(7, 6);
  });

  it('counts whole years and days', () => {
    expect(ageOnDay('2010-03-04', '2026-03-03')).toBe(15);
    expect(ageOnDay('2010-03-04', '2026-03-04')).toBe(16);
    expect(ageOnDay('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOnDay('2008-02-29', '2026-03-01')).toBe(18);
    expect(dayNumber('1970-01-01')).toBe(0);
    fc.assert(
      fc.property(fc.integer({ min: -20_000, max: 40_000 }), (n) => {
        const day = new Date(n * 86_400_000).toISOString().slice(0, 10);
        return dayNumber(day) === n;
      }),
    );
  });
});

// ---------------------------------------------------------------------------------------------

describe('feasibility', () => {
  it('passes a youth and a vacancy that fit, with the distance', () => {
    const r = feasibility(youth(), vacancy(), ctx);
    expect(r.failures).toEqual([]);
    expect(r.feasible).toBe(true);
    expect(r.distanceKm).toBeCloseTo(3, 6);
  });

  it('not_open: the vacancy is not open', () => {
    expect(codes(youth(), vacancy({ status: 'closed' }))).toEqual(['not_open']);
    expect(codes(youth(), vacancy({ status: 'submitted' }))).toEqual(['not_open']);
  });

  it('no_places: no place left', () => {
    expect(codes(youth(), vacancy({ placesLeft: 0 }))).toEqual(['no_places']);
    expect(codes(youth(), vacancy({ placesLeft: -1 }))).toEqual(['no_places']);
  });

  it('too_young_legal: age on the start date below the legal age, naming that age', () => {
    const y = youth({ dateOfBirth: '2011-07-06' });
    const r = feasibility(y, vacancy({ minLegalAge: 16, employerMinAge: 15 }), ctx);
    expect(r.failures.map((f) => f.code)).toEqual(['too_young_legal']);
    expect(r.failures[0]!.text.nl).toContain('15');
    expect(r.failures[0]!.text.nl).toContain('wet minstens 16');
    expect(r.failures[0]!.text.en).toContain('by law this work needs someone aged at least 16');
    // The age is taken on the start date: 16 on the day itself passes.
    expect(codes(youth({ dateOfBirth: '2011-07-05' }), vacancy({ minLegalAge: 16, employerMinAge: 15 }))).toEqual([]);
  });

  it("too_young_employer: below the employer's own minimum age", () => {
    const r = feasibility(youth({ dateOfBirth: '2010-09-01' }), vacancy({ minLegalAge: 15, employerMinAge: 18 }), ctx);
    expect(r.failures.map((f) => f.code)).toEqual(['too_young_employer']);
    expect(r.failures[0]!.text.en).toContain('at least 18');
  });

  it('kind_not_wished: the youth has not wished this kind', () => {
    const r = feasibility(youth({ wishedKinds: ['job'] }), vacancy({ kind: 'summer_job' }), ctx);
    expect(r.failures.map((f) => f.code)).toEqual(['kind_not_wished']);
    expect(r.failures[0]!.text.nl).toContain('zomerbaan');
  });

  it('too_far: farther than the travel distance, saying both numbers in whole km', () => {
    const r = feasibility(youth({ maxTravelKm: 10 }), vacancy({ position: north(HOME, 14.2) }), ctx);
    expect(r.failures.map((f) => f.code)).toEqual(['too_far']);
    expect(r.failures[0]!.text.nl).toBe('De vacature is 14 km van huis; de jongere wil hooguit 10 km reizen.');
    expect(r.failures[0]!.text.en).toBe('The vacancy is 14 km from home; the youth travels at most 10 km.');
    expect(codes(youth({ maxTravelKm: 10 }), vacancy({ position: north(HOME, 9.9) }))).toEqual([]);
    expect(feasibility(youth({ maxTravelKm: 10 }), vacancy({ position: north(HOME, 10.2) }), ctx).failures[0]!.text.en).toContain('just over 10 km');
  });

  describe('availability', () => {
    it('fails when no window falls in the dates of the vacancy', () => {
      const r = feasibility(youth(), vacancy({ startDate: '2027-09-01', endDate: '2027-12-31' }), ctx);
      expect(r.failures.map((f) => f.code)).toEqual(['availability']);
      expect(r.failures[0]!.text.nl).toContain('1 september 2027 tot en met 31 december 2027');
    });

    it('fails when the windows in the dates share no weekday with the vacancy', () => {
      const r = feasibility(youth(), vacancy({ weekdays: ['sat', 'sun'] }), ctx);
      expect(r.failures.map((f) => f.code)).toEqual(['availability']);
      expect(r.failures[0]!.text.en).toContain('days');
    });

    it('fails when every overlapping window has less than half the hours per week asked', () => {
      const y = youth({ availability: [{ from: '2027-07-01', to: '2027-08-31', hoursPerWeek: 11.5, weekdays: ['mon'], period: 'holiday' }] });
      const r = feasibility(y, vacancy({ hoursPerWeek: 24 }), ctx);
      expect(r.failures.map((f) => f.code)).toEqual(['availability']);
      expect(r.failures[0]!.text.nl).toContain('hooguit 11,5 uur');
      // Half the hours is enough to pass: the hours component weighs the gap.
      expect(codes({ ...y, availability: [{ ...y.availability[0]!, hoursPerWeek: 12 }] }, vacancy({ hoursPerWeek: 24 }))).toEqual([]);
    });

    it('passes when one of several windows fits', () => {
      const availability: MatchAvailability[] = [
        { from: '2027-07-01', to: '2027-07-31', hoursPerWeek: 4, weekdays: ['mon'], period: 'holiday' },
        { from: '2027-08-01', to: '2027-08-31', hoursPerWeek: 20, weekdays: ['fri', 'tue'], period: 'holiday' },
      ];
      expect(codes(youth({ availability }), vacancy())).toEqual([]);
    });

    it('treats an empty weekday list as "any day"', () => {
      expect(codes(youth(), vacancy({ weekdays: [] }))).toEqual([]);
    });
  });

  describe('education (internship and BBL place)', () => {
    const intern = (education: MatchYouth['education'], kind: PlacementKind = 'internship') =>
      codes(youth({ wishedKinds: [kind], education }), vacancy({ kind }));

    it('passes mbo levels and vmbo pupils moving to mbo', () => {
      expect(intern({ level: 'mbo_1', status: 'enrolled' })).toEqual([]);
      expect(intern({ level: 'mbo_4', status: 'finished' }, 'bbl_place')).toEqual([]);
      expect(intern({ level: 'vmbo', status: 'enrolling' })).toEqual([]);
      expect(intern({ level: 'vmbo', status: 'enrolled' }, 'bbl_place')).toEqual([]);
    });

    it('fails other levels, with a plain sentence', () => {
      expect(intern({ level: 'havo', status: 'enrolled' })).toEqual(['education']);
      expect(intern({ level: 'vmbo', status: 'finished' }, 'bbl_place')).toEqual(['education']);
      expect(intern({ level: 'none', status: 'none' })).toEqual(['education']);
      const r = feasibility(youth({ wishedKinds: ['internship'], education: { level: 'hbo', status: 'enrolled' } }), vacancy({ kind: 'internship' }), ctx);
      expect(r.failures[0]!.text).toEqual({
        nl: 'Voor een stage moet de jongere op het mbo zitten of van het vmbo naar het mbo gaan.',
        en: 'An internship needs the youth to be in mbo, or moving from vmbo to mbo.',
      });
    });

    it('does not apply to other kinds', () => {
      expect(codes(youth({ education: { level: 'havo', status: 'enrolled' } }), vacancy())).toEqual([]);
      expect(educationFitsMbo({ level: 'wo', status: 'enrolled' })).toBe(false);
    });
  });

  it('returns every failure, not only the first', () => {
    const r = feasibility(
      youth({ dateOfBirth: '2013-01-01', wishedKinds: ['job'], education: { level: 'havo', status: 'enrolled' } }),
      vacancy({ kind: 'internship', status: 'closed', placesLeft: 0, minLegalAge: 16, employerMinAge: 18, position: north(HOME, 30), startDate: '2028-01-01', endDate: '2028-02-01' }),
      ctx,
    );
    expect(r.feasible).toBe(false);
    expect(r.failures.map((f) => f.code)).toEqual([...FAILURE_CODES]);
    for (const f of r.failures) expect(f.text).toEqual({ nl: expect.any(String), en: expect.any(String) });
  });
});

// ---------------------------------------------------------------------------------------------

describe('score', () => {
  it('scores a good fit with a reason per shared component', () => {
    const s = score(youth(), vacancy(), ctx, { side: 'shared' });
    expect(s.weightsVersion).toBe(WEIGHTS_VERSION);
    expect(s.distanceKm).toBeCloseTo(3, 6);
    expect(s.components.map((c) => c.key)).toEqual(['distance', 'skills', 'hours', 'languages', 'kindPreference', 'support']);
    expect(component(s, 'distance')!.reason).toEqual({ nl: 'Op 3 km van huis', en: '3 km from home' });
    expect(points(s, 'distance')).toBeCloseTo(distancePoints(3), 1);
    expect(points(s, 'skills')).toBe(25);
    expect(points(s, 'hours')).toBe(15);
    expect(points(s, 'languages')).toBe(10);
    expect(points(s, 'kindPreference')).toBe(15);
    expect(points(s, 'support')).toBe(10);
    expect(s.total).toBe(Math.round(16.5 + 25 + 15 + 10 + 15 + 10));
    for (const c of s.components) {
      expect(c.coachOnly).toBe(false);
      expect(c.max).toBe(WEIGHTS.shared[c.key as keyof typeof WEIGHTS.shared]);
    }
  });

  it('says distances in plain words', () => {
    const near = score(youth(), vacancy({ position: north(HOME, 0.3) }), ctx, { side: 'shared' });
    expect(component(near, 'distance')!.reason).toEqual({ nl: 'Op minder dan 1 km van huis', en: 'Less than 1 km from home' });
    const five = score(youth(), vacancy({ position: north(HOME, DISTANCE_HALF_KM) }), ctx, { side: 'shared' });
    expect(points(five, 'distance')).toBe(12.5);
  });

  it('gives full credit for a wanted skill or interest and half for one in the same sector', () => {
    const exact = score(youth(), vacancy({ skills: ['bake', 'coffee', 'drive'] }), ctx, { side: 'shared' });
    expect(points(exact, 'skills')).toBeCloseTo((25 * 2) / 3, 1);
    expect(component(exact, 'skills')!.reason.nl).toBe('Je hebt 2 van de 3 gevraagde vaardigheden');
    expect(component(exact, 'skills')!.reason.en).toBe('You have 2 of the 3 skills asked for');
    // 'serve' is not held, but 'bake' and 'coffee' are in the same sector: half credit.
    const sector = score(youth(), vacancy({ skills: ['serve', 'drive'] }), ctx, { side: 'shared' });
    expect(points(sector, 'skills')).toBe(6.3);
    expect(component(sector, 'skills')!.reason.nl).toBe('Je hebt 0 van de 2 gevraagde vaardigheden, en 1 lijkt op wat je kunt of leuk vindt');
    const none = score(youth({ skills: [], interests: [] }), vacancy({ skills: ['serve'] }), ctx, { side: 'shared' });
    expect(points(none, 'skills')).toBe(0);
    const unknownSector = score(youth(), vacancy({ skills: ['welding'] }), ctx, { side: 'shared' });
    expect(points(unknownSector, 'skills')).toBe(0);
    expect(points(score(youth(), vacancy({ skills: [] }), ctx, { side: 'shared' }), 'skills')).toBe(25);
  });

  it('weighs the hours the youth has against the hours asked, per overlapping window', () => {
    const half = youth({ availability: [{ from: '2027-07-05', to: '2027-08-13', hoursPerWeek: 12, weekdays: ['mon'], period: 'holiday' }] });
    const s = score(half, vacancy({ hoursPerWeek: 24 }), ctx, { side: 'shared' });
    expect(points(s, 'hours')).toBe(7.5);
    expect(component(s, 'hours')!.reason.en).toBe('This work asks 24 hours a week; you have about 12');
    // Two windows of equal length in the vacancy: one fits fully, one half.
    const two = youth({
      availability: [
        { from: '2027-07-01', to: '2027-07-10', hoursPerWeek: 24, weekdays: ['mon'], period: 'holiday' },
        { from: '2027-07-11', to: '2027-07-20', hoursPerWeek: 12, weekdays: ['mon'], period: 'holiday' },
      ],
    });
    const a = availabilityMatch(two, vacancy({ startDate: '2027-07-01', endDate: '2027-07-20' }), true);
    expect(a.fit).toBeCloseTo(0.75, 10);
    expect(a.hours).toBeCloseTo(18, 10);
    expect(points(score(two, vacancy({ startDate: '2027-07-01', endDate: '2027-07-20' }), ctx, { side: 'shared' }), 'hours')).toBe(11.3);
  });

  it('gives the first wished kind full points and later ones less', () => {
    const y = youth({ wishedKinds: ['job', 'summer_job', 'work_experience'] });
    const p = (kind: PlacementKind) => points(score(y, vacancy({ kind }), ctx, { side: 'shared' }), 'kindPreference');
    expect(p('job')).toBe(15);
    expect(p('summer_job')).toBe(7.5);
    expect(p('work_experience')).toBe(5);
    expect(component(score(y, vacancy({ kind: 'summer_job' }), ctx, { side: 'shared' }), 'kindPreference')!.reason).toEqual({
      nl: 'Een zomerbaan is je tweede keus',
      en: 'A summer job is your second choice',
    });
    const intern = youth({ wishedKinds: ['internship'] });
    expect(component(score(intern, vacancy({ kind: 'internship' }), ctx, { side: 'shared' }), 'kindPreference')!.reason.en).toBe(
      'An internship is what you want most',
    );
  });

  it('counts languages and support (named mentor, described first week)', () => {
    const s = score(youth({ languages: ['nl'] }), vacancy({ languages: ['nl', 'en'], mentorName: '  ', firstWeek: 'Meelopen' }), ctx, { side: 'shared' });
    expect(points(s, 'languages')).toBe(5);
    expect(component(s, 'languages')!.reason.nl).toBe('Je spreekt 1 van de 2 gevraagde talen (niet: Engels)');
    expect(points(s, 'support')).toBe(5);
    expect(points(score(youth(), vacancy({ mentorName: null, firstWeek: null }), ctx, { side: 'shared' }), 'support')).toBe(0);
  });

  it('gives each audience only the components it may know the grounds of', () => {
    const y = youth({ priority: true, criminalTies: true, vogConcern: { level: 'likely', offenceCategory: 'property', lastOffenceDate: '2026-11-01' } });
    const v = vacancy({ traits: { ...NO_TRAITS, handlesCash: true }, vog: { basis: 'employer_choice', functionAspects: [21], paidBy: 'employer' } });
    const shared = score(y, v, ctx, { side: 'shared' });
    expect(shared.components.some((c) => c.coachOnly)).toBe(false);
    expect(shared.components.map((c) => c.key)).toEqual(['distance', 'skills', 'hours', 'languages', 'kindPreference', 'support']);
    const coach = score(y, v, ctx, { side: 'coach' });
    expect(coach.components.filter((c) => c.coachOnly).map((c) => c.key)).toEqual(['priorityMentor', 'recruitmentExposure', 'vog']);
    // WSP staff know priority yes/no only: nothing derived from the sealed risk factors or VOG concern.
    const wsp = score(y, v, ctx, { side: 'wsp' });
    expect(wsp.components.map((c) => c.key)).toEqual(['distance', 'skills', 'hours', 'languages', 'kindPreference', 'support', 'priorityMentor']);
  });

  it('adds the priority bonus for a named mentor, not when working alone or without a mentor', () => {
    const v = vacancy({ position: north(HOME, 8) });
    const base = score(youth(), v, ctx, { side: 'coach' });
    const prio = score(youth({ priority: true }), v, ctx, { side: 'coach' });
    expect(base.total).toBeLessThanOrEqual(92);
    expect(prio.total).toBe(base.total + 8);
    expect(component(prio, 'priorityMentor')).toMatchObject({ points: 8, max: 8, coachOnly: true });
    expect(component(prio, 'priorityMentor')!.reason.nl).toBe('Werkt met een vaste begeleider: goed voor deze jongere');
    const alone = vacancy({ position: north(HOME, 8), traits: { ...NO_TRAITS, worksAlone: true } });
    expect(score(youth({ priority: true }), alone, ctx, { side: 'coach' }).total).toBe(score(youth(), alone, ctx, { side: 'coach' }).total);
    const noMentor = vacancy({ position: north(HOME, 8), mentorName: null });
    expect(component(score(youth({ priority: true }), noMentor, ctx, { side: 'coach' }), 'priorityMentor')).toBeUndefined();
  });

  it.each(['worksAlone', 'movesAround', 'handlesCash', 'logisticsHub', 'eveningWork'] as const)(
    'takes 15 off for criminal ties when the work involves %s',
    (trait) => {
      const v = vacancy({ traits: { ...NO_TRAITS, [trait]: true } });
      const without = score(youth(), v, ctx, { side: 'coach' });
      const ties = score(youth({ criminalTies: true }), v, ctx, { side: 'coach' });
      expect(without.total).toBeGreaterThanOrEqual(15);
      expect(ties.total).toBe(without.total - 15);
      const c = component(ties, 'recruitmentExposure')!;
      expect(c).toMatchObject({ points: -15, max: 0, coachOnly: true });
      expect(`${c.reason.nl} ${c.reason.en}`).not.toMatch(/risico|risk/i);
    },
  );

  it('does not penalise criminal ties when the work has none of those traits', () => {
    const v = vacancy();
    expect(score(youth({ criminalTies: true }), v, ctx, { side: 'coach' })).toEqual(score(youth(), v, ctx, { side: 'coach' }));
  });

  it('adds the VOG indication on the coach side: -10 to talk it through, 0 otherwise', () => {
    const concern: MatchYouth['vogConcern'] = { level: 'possible', offenceCategory: 'property', lastOffenceDate: '2026-09-01' };
    const asked = vacancy({ vog: { basis: 'employer_choice', functionAspects: [21], paidBy: 'employer' } });
    const talk = score(youth({ vogConcern: concern }), asked, ctx, { side: 'coach' });
    expect(component(talk, 'vog')).toMatchObject({ points: -10, max: 0, coachOnly: true });
    expect(component(talk, 'vog')!.reason.nl).toContain('terugkijktermijn');
    expect(talk.total).toBe(score(youth(), asked, ctx, { side: 'coach' }).total - 10);
    const notAsked = score(youth({ vogConcern: concern }), vacancy(), ctx, { side: 'coach' });
    expect(component(notAsked, 'vog')).toMatchObject({ points: 0 });
    expect(component(notAsked, 'vog')!.reason.en).toContain('does not ask for a VOG');
    const old = score(youth({ vogConcern: { ...concern, lastOffenceDate: '2023-01-01' } }), asked, ctx, { side: 'coach' });
    expect(component(old, 'vog')).toMatchObject({ points: 0 });
  });

  it('clamps the total to 100', () => {
    const v = vacancy({ position: HOME, skills: ['bake'], languages: [] });
    const s = score(youth({ priority: true }), v, ctx, { side: 'coach' });
    expect(s.components.reduce((a, c) => a + c.points, 0)).toBeGreaterThan(100);
    expect(s.total).toBe(100);
  });
});
