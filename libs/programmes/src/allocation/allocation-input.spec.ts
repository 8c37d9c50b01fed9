import { feasibility, type LatLon, type MatchContext, type MatchVacancy, type MatchYouth, score } from '@startbaan/matching/core';
import { ALLOCATION_FILTERS, buildInstance, type ProgrammeVacancyPlaces } from './allocation-input.js';

// A youth and vacancies in Rotterdam that fit unless a test says otherwise.
const HOME: LatLon = { lat: 51.9225, lon: 4.47917 };
const KM_PER_DEG_LAT = (6371.0088 * Math.PI) / 180;
const north = (km: number): LatLon => ({ lat: HOME.lat + km / KM_PER_DEG_LAT, lon: HOME.lon });
const ctx: MatchContext = { today: '2027-05-01', sectorOf: new Map([['bake', 'food'], ['stock', 'retail']]) };

function youth(id: string, over: Partial<MatchYouth> = {}): MatchYouth {
  return {
    id,
    dateOfBirth: '2010-03-04',
    position: HOME,
    maxTravelKm: 10,
    wishedKinds: ['summer_job', 'job'],
    availability: [{ from: '2027-07-05', to: '2027-08-13', hoursPerWeek: 24, weekdays: ['mon', 'tue', 'wed', 'thu'], period: 'holiday' }],
    skills: ['bake', 'stock'],
    interests: [],
    languages: ['nl'],
    education: { level: 'havo', status: 'enrolled' },
    priority: false,
    criminalTies: false,
    vogConcern: { level: 'none' },
    ...over,
  };
}

function vacancy(id: string, over: Partial<MatchVacancy> = {}): MatchVacancy {
  return {
    id,
    kind: 'summer_job',
    status: 'open',
    placesLeft: 2,
    position: north(3),
    startDate: '2027-07-05',
    endDate: '2027-08-13',
    hoursPerWeek: 24,
    weekdays: ['mon', 'tue', 'wed', 'thu'],
    duringSchoolWeeks: false,
    minLegalAge: 15,
    employerMinAge: 16,
    skills: ['bake', 'stock'],
    languages: ['nl'],
    mentorName: null,
    firstWeek: null,
    traits: { worksAlone: false, movesAround: false, handlesCash: false, logisticsHub: false, eveningWork: false },
    vog: { basis: 'not_asked', functionAspects: [], paidBy: 'employer' },
    ...over,
  };
}

const places = (v: MatchVacancy, n = 1): ProgrammeVacancyPlaces => ({ vacancy: v, places: n });
const shared = (y: MatchYouth, v: MatchVacancy): number => score(y, v, ctx, { side: 'shared' }).total;
const codes = (y: MatchYouth, v: MatchVacancy): string[] => feasibility(y, v, ctx).failures.map((f) => f.code);

describe('allocation input', () => {
  it('takes the hard filters of an allocation and no others', () => {
    expect([...ALLOCATION_FILTERS].sort()).toEqual(['availability', 'education', 'not_open', 'too_young_employer', 'too_young_legal']);
  });

  it('lays out the ranked choices in order, scored by the shared score, with the ids, priorities and places', () => {
    const a = vacancy('a');
    const b = vacancy('b', { position: north(8), skills: ['stock'] });
    const c = vacancy('c', { position: north(1) });
    const y0 = youth('y0', { priority: true });
    const y1 = youth('y1');
    const built = buildInstance(
      [
        { youth: y0, choices: ['b', 'a'] },
        { youth: y1, choices: ['c'] },
      ],
      [places(a, 2), places(b, 1), places(c, -3)],
      ctx,
      3,
    );
    const inst = built.instance;
    expect(built.youthIds).toEqual(['y0', 'y1']);
    expect(built.vacancyIds).toEqual(['a', 'b', 'c']);
    expect(inst.youths).toBe(2);
    expect(Array.from(inst.priority)).toEqual([1, 0]);
    expect(Array.from(inst.choiceStart)).toEqual([0, 2, 3]);
    expect(Array.from(inst.choices)).toEqual([1, 0, 2]);
    expect(Array.from(inst.feasible)).toEqual([1, 1, 1]);
    // The scores differ (distance, skills), so a mix-up of vacancies or youths would show.
    const expected = [shared(y0, b), shared(y0, a), shared(y1, c)];
    expect(new Set(expected).size).toBe(3);
    expect(expected.every((s) => s > 0)).toBe(true);
    expect(Array.from(inst.scores)).toEqual(expected);
    // A negative number of places is none.
    expect(Array.from(inst.places)).toEqual([2, 1, 0]);
    expect(built).toMatchObject({ suggested: 0, unknownChoices: 0, metChoices: 0 });
  });

  it('marks a choice that fails an allocation filter infeasible with score 0, and keeps one the youth chose despite distance, kind or places', () => {
    const y = youth('y', { dateOfBirth: '2012-09-01', wishedKinds: ['summer_job', 'job', 'internship'] }); // 14 on 2027-07-05
    const fitting = vacancy('fits', { minLegalAge: 13, employerMinAge: 13 });
    const failing: [string, MatchVacancy][] = [
      ['not_open', vacancy('closed', { status: 'closed', minLegalAge: 13, employerMinAge: 13 })],
      ['too_young_legal', vacancy('legal', { minLegalAge: 15, employerMinAge: 13 })],
      ['too_young_employer', vacancy('employer', { minLegalAge: 13, employerMinAge: 16 })],
      ['availability', vacancy('dates', { startDate: '2027-09-06', endDate: '2027-10-01', minLegalAge: 13, employerMinAge: 13 })],
      ['education', vacancy('mbo', { kind: 'internship', minLegalAge: 13, employerMinAge: 13 })],
    ];
    const allowed: [string, MatchVacancy][] = [
      ['too_far', vacancy('far', { position: north(40), minLegalAge: 13, employerMinAge: 13 })],
      ['kind_not_wished', vacancy('kind', { kind: 'work_experience', minLegalAge: 13, employerMinAge: 13 })],
      ['no_places', vacancy('full', { placesLeft: 0, minLegalAge: 13, employerMinAge: 13 })],
    ];
    // Each vacancy fails exactly the one filter it is named for.
    expect(codes(y, fitting)).toEqual([]);
    for (const [code, v] of [...failing, ...allowed]) expect(codes(y, v)).toEqual([code]);
    const all = [fitting, ...failing.map(([, v]) => v), ...allowed.map(([, v]) => v)];
    const built = buildInstance([{ youth: y, choices: all.map((v) => v.id) }], all.map((v) => places(v)), ctx, 3);
    expect(Array.from(built.instance.feasible)).toEqual([1, 0, 0, 0, 0, 0, 1, 1, 1]);
    expect(Array.from(built.instance.scores)).toEqual([shared(y, fitting), 0, 0, 0, 0, 0, ...allowed.map(([, v]) => shared(y, v))]);
    expect(shared(y, failing[0]![1])).toBeGreaterThan(0); // 0 is the filter's doing, not the score's
  });

  it('drops choices of vacancies no longer in the programme and of employers who met the youth, and counts each', () => {
    const a = vacancy('a');
    const b = vacancy('b');
    const built = buildInstance(
      [
        { youth: youth('y0'), choices: ['gone', 'a', 'b', 'also-gone'], metAt: new Set(['a']) },
        { youth: youth('y1'), choices: ['a', 'b'], metAt: new Set(['b', 'gone']) },
      ],
      [places(a), places(b)],
      ctx,
      3,
    );
    expect(Array.from(built.instance.choiceStart)).toEqual([0, 1, 2]);
    expect(Array.from(built.instance.choices)).toEqual([1, 0]);
    expect(built.unknownChoices).toBe(2);
    expect(built.metChoices).toBe(2);
    expect(built.suggested).toBe(0);
  });

  it('chooses for a youth without choices: fitting vacancies of a wished kind within reach, best score first, at most maxChoices', () => {
    const y = youth('y');
    const vs = [
      vacancy('far', { position: north(20) }), // too far
      vacancy('kind', { kind: 'work_experience' }), // not wished
      vacancy('closed', { status: 'closed' }), // a hard filter
      vacancy('full'), // no places in this round
      vacancy('met'), // its employer met the youth
      vacancy('weak', { skills: ['weld'], position: north(1) }),
      vacancy('best', { position: north(1) }),
      vacancy('good', { position: north(6) }),
    ];
    const pvs = vs.map((v) => places(v, v.id === 'full' ? 0 : 1));
    const index = (id: string) => vs.findIndex((v) => v.id === id);
    expect(shared(y, vs[index('best')]!)).toBeGreaterThan(shared(y, vs[index('good')]!));
    expect(shared(y, vs[index('good')]!)).toBeGreaterThan(shared(y, vs[index('weak')]!));
    const build = (max: number) => buildInstance([{ youth: y, choices: [], metAt: new Set(['met']) }], pvs, ctx, max);
    const three = build(3);
    expect(Array.from(three.instance.choices)).toEqual([index('best'), index('good'), index('weak')]);
    expect(Array.from(three.instance.feasible)).toEqual([1, 1, 1]);
    expect(Array.from(three.instance.scores)).toEqual([shared(y, vs[index('best')]!), shared(y, vs[index('good')]!), shared(y, vs[index('weak')]!)]);
    expect(three.suggested).toBe(1);
    expect(Array.from(build(2).instance.choices)).toEqual([index('best'), index('good')]);
    expect(Array.from(build(10).instance.choices)).toEqual([index('best'), index('good'), index('weak')]);
    // Nothing fits: no choices, and not counted as suggested.
    const none = buildInstance([{ youth: youth('n', { wishedKinds: ['internship'] }), choices: [] }], pvs, ctx, 3);
    expect(Array.from(none.instance.choiceStart)).toEqual([0, 0]);
    expect(none.suggested).toBe(0);
  });

  it('scores with the shared side only: a priority youth gets no mentor bonus there (priority counts through the tier)', () => {
    const y = youth('y', { priority: true });
    const v = vacancy('v', { mentorName: 'Petra' });
    const wsp = score(y, v, ctx, { side: 'wsp' }).total;
    expect(shared(y, v)).toBeLessThan(wsp);
    const built = buildInstance([{ youth: y, choices: ['v'] }, { youth: y, choices: [] }], [places(v)], ctx, 3);
    expect(Array.from(built.instance.scores)).toEqual([shared(y, v), shared(y, v)]);
  });

  it('suggests a vacancy whose own count says full when the round still has places for it', () => {
    const y = youth('y');
    const full = vacancy('counted-full', { placesLeft: 0 });
    expect(codes(y, full)).toEqual(['no_places']);
    const built = buildInstance([{ youth: y, choices: [] }], [places(full, 1)], ctx, 3);
    expect(Array.from(built.instance.choices)).toEqual([0]);
    expect(built.suggested).toBe(1);
  });

  it('breaks ties between suggestions by distance, then by id', () => {
    const y = youth('y');
    // 2.6 and 2.9 km score the same (the total is whole points); the nearer comes first.
    const near = vacancy('z-near', { position: north(2.6) });
    const further = vacancy('a-further', { position: north(2.9) });
    const twinB = vacancy('twin-b', { position: north(2.9) });
    expect(shared(y, near)).toBe(shared(y, further));
    const built = buildInstance([{ youth: y, choices: [] }], [places(twinB), places(further), places(near)], ctx, 3);
    expect(Array.from(built.instance.choices)).toEqual([2, 1, 0]);
    const reversed = buildInstance([{ youth: y, choices: [] }], [places(near), places(further), places(twinB)], ctx, 3);
    expect(Array.from(reversed.instance.choices)).toEqual([0, 1, 2]);
  });
});
