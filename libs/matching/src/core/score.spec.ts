/**
 * The scorer by example, at the edges the examples in examples.spec.ts leave: every reason's
 * wording, the texts shared between results, the remembered VOG indication against direct calls,
 * the ceilings, and the clamps.
 */
import { vogIndicationForYouth, type VogIndicationInput } from '@startbaan/employers/rules';
import { SECTOR_OF } from './arbitraries.js';
import type { LatLon, MatchAvailability, MatchContext, MatchVacancy, MatchYouth, PlacementKind } from '../match.model.js';
import { ageOnDay } from './calendar.js';
import { ceilingFromCounts, hasText, type Scored, score, scoreCeiling, vogIndicationOf, withoutVogComponent } from './score.js';

const HOME: LatLon = { lat: 51.9225, lon: 4.47917 };
const KM_PER_DEG_LAT = (6371.0088 * Math.PI) / 180;
const north = (km: number): LatLon => ({ lat: HOME.lat + km / KM_PER_DEG_LAT, lon: HOME.lon });
const ctx: MatchContext = { today: '2027-05-01', sectorOf: SECTOR_OF };
const NO_TRAITS: MatchVacancy['traits'] = { worksAlone: false, movesAround: false, handlesCash: false, logisticsHub: false, eveningWork: false };
const SUMMER: MatchAvailability = { from: '2027-07-05', to: '2027-08-13', hoursPerWeek: 24, weekdays: [], period: 'holiday' };

const youth = (over: Partial<MatchYouth> = {}): MatchYouth => ({
  id: 'y1',
  dateOfBirth: '2010-03-04',
  position: HOME,
  maxTravelKm: 10,
  wishedKinds: ['summer_job', 'job'],
  availability: [SUMMER],
  skills: ['bake'],
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
  position: HOME,
  startDate: '2027-07-05',
  endDate: '2027-08-13',
  hoursPerWeek: 24,
  weekdays: [],
  duringSchoolWeeks: false,
  minLegalAge: 15,
  employerMinAge: 15,
  skills: ['bake'],
  languages: ['nl'],
  mentorName: 'Petra',
  firstWeek: 'Meelopen',
  traits: NO_TRAITS,
  vog: { basis: 'not_asked', functionAspects: [], paidBy: 'employer' },
  ...over,
});

const shared = (y: MatchYouth, v: MatchVacancy, c: MatchContext = ctx): Scored => score(y, v, c, { side: 'shared' });
const part = (s: Scored, key: string) => s.components.find((c) => c.key === key)!;

describe('score: reasons and points', () => {
  it('says how far, and names distances past the cached ones too', () => {
    expect(part(shared(youth(), vacancy({ position: north(12.4) })), 'distance').reason).toEqual({ nl: 'Op 12 km van huis', en: '12 km from home' });
    const far = shared(youth(), vacancy({ position: north(1_500) }));
    expect(part(far, 'distance').reason).toEqual({ nl: 'Op 1500 km van huis', en: '1500 km from home' });
    expect(part(far, 'distance').points).toBe(0);
    // The same whole km, the same (frozen) text.
    const a = part(shared(youth(), vacancy({ position: north(7.1) })), 'distance').reason;
    const b = part(shared(youth(), vacancy({ position: north(6.9) })), 'distance').reason;
    expect(b).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
  });

  it('words one skill asked: had, near (by sector) or not had', () => {
    const one = (y: MatchYouth, skill: string) => part(shared(y, vacancy({ skills: [skill] })), 'skills');
    expect(one(youth(), 'bake')).toMatchObject({ points: 25, reason: { nl: 'Je hebt de gevraagde vaardigheid', en: 'You have the skill asked for' } });
    expect(one(youth({ skills: [], interests: ['bake'] }), 'bake').points).toBe(25);
    expect(one(youth(), 'serve')).toMatchObject({
      points: 12.5,
      reason: { nl: 'De gevraagde vaardigheid lijkt op wat je kunt of leuk vindt', en: 'The skill asked for is close to what you can do or like' },
    });
    // Near by an interest's sector as well as a skill's.
    expect(one(youth({ skills: [], interests: ['coffee'] }), 'serve').points).toBe(12.5);
    expect(one(youth(), 'till')).toMatchObject({ points: 0, reason: { nl: 'Je hebt de gevraagde vaardigheid (nog) niet', en: "You don't have the skill asked for (yet)" } });
    expect(part(shared(youth(), vacancy({ skills: [] })), 'skills').reason).toEqual({ nl: 'Voor dit werk wordt geen bepaalde vaardigheid gevraagd', en: 'No particular skill is asked for this work' });
  });

  it('words several skills asked, and gives each count its own reason', () => {
    const skills = (y: MatchYouth, asked: string[]) => part(shared(y, vacancy({ skills: asked })), 'skills');
    expect(skills(youth({ skills: ['bake', 'stock'] }), ['serve', 'till', 'drive'])).toMatchObject({
      points: 8.3,
      reason: { nl: 'Je hebt 0 van de 3 gevraagde vaardigheden, en 2 lijken op wat je kunt of leuk vindt', en: 'You have 0 of the 3 skills asked for, and 2 are close to what you can do or like' },
    });
    expect(skills(youth(), ['bake', 'serve']).reason).toEqual({
      nl: 'Je hebt 1 van de 2 gevraagde vaardigheden, en 1 lijkt op wat je kunt of leuk vindt',
      en: 'You have 1 of the 2 skills asked for, and 1 is close to what you can do or like',
    });
    expect(skills(youth(), ['bake', 'till']).reason).toEqual({ nl: 'Je hebt 1 van de 2 gevraagde vaardigheden', en: 'You have 1 of the 2 skills asked for' });
    expect(skills(youth(), ['till', 'drive']).reason.en).toBe('You have 0 of the 2 skills asked for');
    expect(skills(youth({ skills: ['bake', 'till'] }), ['bake', 'till']).reason.en).toBe('You have 2 of the 2 skills asked for');
  });

  it("reads only this youth's sectors, not those of the youth scored before", () => {
    // The first youth has a skill in hospitality; the second only one in logistics.
    expect(part(shared(youth({ skills: ['drive', 'bake'] }), vacancy({ skills: ['serve'] })), 'skills').points).toBe(12.5);
    expect(part(shared(youth({ skills: ['drive'] }), vacancy({ skills: ['serve'] })), 'skills').points).toBe(0);
    expect(part(shared(youth({ skills: [], interests: [] }), vacancy({ skills: ['serve'] })), 'skills').points).toBe(0);
    // Neither the skill asked nor the youth's has a sector: not near.
    expect(part(shared(youth({ skills: ['welding'] }), vacancy({ skills: ['painting'] })), 'skills').points).toBe(0);
  });

  it('words the hours: fits, about so many, none asked, not available', () => {
    const hours = (y: MatchYouth, v: MatchVacancy) => part(shared(y, v), 'hours');
    expect(hours(youth(), vacancy({ hoursPerWeek: 12.5 }))).toMatchObject({
      points: 15,
      reason: { nl: 'Dit werk vraagt 12,5 uur per week: dat past bij je tijd', en: 'This work asks 12.5 hours a week: that fits your time' },
    });
    expect(hours(youth(), vacancy({ hoursPerWeek: 24 })).reason.en).toBe('This work asks 24 hours a week: that fits your time');
    const few = (h: number) => youth({ availability: [{ ...SUMMER, hoursPerWeek: h }] });
    expect(hours(few(16), vacancy({ hoursPerWeek: 32 }))).toMatchObject({
      points: 7.5,
      reason: { nl: 'Dit werk vraagt 32 uur per week; je hebt er ongeveer 16', en: 'This work asks 32 hours a week; you have about 16' },
    });
    expect(hours(few(17), vacancy({ hoursPerWeek: 32 })).reason.en).toBe('This work asks 32 hours a week; you have about 17');
    expect(hours(few(16), vacancy({ hoursPerWeek: 30 })).reason.en).toBe('This work asks 30 hours a week; you have about 16');
    expect(hours(few(0), vacancy({ hoursPerWeek: 0 }))).toMatchObject({ points: 15, reason: { nl: 'Past bij je tijd', en: 'Fits your time' } });
    expect(hours(youth(), vacancy({ startDate: '2027-09-01', endDate: '2027-09-30' }))).toMatchObject({
      points: 0,
      reason: { nl: 'Je kunt niet op de dagen of in de periode van dit werk', en: 'You are not available on the days or in the period of this work' },
    });
  });

  it('words the languages: none asked, the one asked, all, and which are missing', () => {
    const langs = (spoken: string[], asked: string[]) => part(shared(youth({ languages: spoken }), vacancy({ languages: asked })), 'languages');
    expect(langs([], [])).toMatchObject({ points: 10, reason: { nl: 'Er wordt geen bepaalde taal gevraagd', en: 'No particular language is asked for' } });
    expect(langs(['nl'], ['nl'])).toMatchObject({ points: 10, reason: { nl: 'Je spreekt de gevraagde taal (Nederlands)', en: 'You speak the language asked for (Dutch)' } });
    expect(langs(['nl', 'en'], ['en']).reason).toEqual({ nl: 'Je spreekt de gevraagde taal (Engels)', en: 'You speak the language asked for (English)' });
    expect(langs(['nl', 'en'], ['nl', 'en']).reason).toEqual({ nl: 'Je spreekt alle gevraagde talen', en: 'You speak all the languages asked for' });
    expect(langs(['nl'], ['ar'])).toMatchObject({ points: 0, reason: { nl: 'Je spreekt 0 van de 1 gevraagde taal (niet: Arabisch)', en: 'You speak 0 of the 1 language asked for (not: Arabic)' } });
    expect(langs(['nl'], ['nl', 'de', 'xx'])).toMatchObject({
      points: 3.3,
      reason: { nl: 'Je spreekt 1 van de 3 gevraagde talen (niet: Duits, xx)', en: 'You speak 1 of the 3 languages asked for (not: German, xx)' },
    });
    expect(langs(['nl'], ['nl', 'fr']).reason.en).toBe('You speak 1 of the 2 languages asked for (not: French)');
  });

  it('names every language it knows in both languages', () => {
    const names: [string, string, string][] = [
      ['nl', 'Nederlands', 'Dutch'],
      ['en', 'Engels', 'English'],
      ['de', 'Duits', 'German'],
      ['fr', 'Frans', 'French'],
      ['es', 'Spaans', 'Spanish'],
      ['ar', 'Arabisch', 'Arabic'],
      ['tr', 'Turks', 'Turkish'],
      ['pl', 'Pools', 'Polish'],
      ['pap', 'Papiaments', 'Papiamento'],
      ['so', 'Somalisch', 'Somali'],
      ['ti', 'Tigrinya', 'Tigrinya'],
    ];
    for (const [code, nl, en] of names) {
      expect(part(shared(youth({ languages: [code] }), vacancy({ languages: [code] })), 'languages').reason).toEqual({
        nl: `Je spreekt de gevraagde taal (${nl})`,
        en: `You speak the language asked for (${en})`,
      });
    }
  });

  it('words the place of the kind in the wishes, also past the fifth and for kinds it does not know', () => {
    const kind = (wishes: string[], k: string) => part(shared(youth({ wishedKinds: wishes as PlacementKind[] }), vacancy({ kind: k as PlacementKind })), 'kindPreference');
    expect(kind(['job'], 'summer_job')).toMatchObject({ points: 0, reason: { nl: 'Je zoekt geen zomerbaan', en: 'You are not looking for a summer job' } });
    expect(kind(['job'], 'internship').reason).toEqual({ nl: 'Je zoekt geen stage', en: 'You are not looking for an internship' });
    expect(kind(['job'], 'job').reason).toEqual({ nl: 'Een bijbaan is wat je het liefst wilt', en: 'A job is what you want most' });
    const five = ['job', 'internship', 'bbl_place', 'work_experience', 'x1', 'summer_job', 'x2', 'x3', 'x4', 'x5'];
    expect(kind(five, 'internship').reason).toEqual({ nl: 'Een stage is je tweede keus', en: 'An internship is your second choice' });
    expect(kind(five, 'bbl_place').reason).toEqual({ nl: 'Een BBL-plek (werken en leren) is je derde keus', en: 'A BBL work-study place is your third choice' });
    expect(kind(five, 'work_experience').reason).toEqual({ nl: 'Een werkervaringsplek is je vierde keus', en: 'A work-experience place is your fourth choice' });
    expect(kind(five, 'x1').reason).toEqual({ nl: 'Een x1 is je vijfde keus', en: 'A x1 is your fifth choice' });
    expect(kind(five, 'summer_job')).toMatchObject({ points: 2.5, reason: { nl: 'Een zomerbaan is je keus nummer 6', en: 'A summer job is your choice number 6' } });
    expect(kind(five, 'x5').reason).toEqual({ nl: 'Een x5 is je keus nummer 10', en: 'A x5 is your choice number 10' });
    expect(kind([...five.slice(0, 5), 'x6', 'x7', 'x8', 'job'], 'job').reason.en).toBe('A job is what you want most');
    const ninth = ['x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'x7', 'x8', 'summer_job'];
    expect(kind(ninth, 'summer_job').reason).toEqual({ nl: 'Een zomerbaan is je keus nummer 9', en: 'A summer job is your choice number 9' });
    expect(kind(['x9'], 'x9').reason.en).toBe('A x9 is what you want most');
    expect(kind(['job'], 'x9').reason.en).toBe('You are not looking for a x9');
    // The same kind at the same place: the same (frozen) text.
    expect(kind(five, 'bbl_place').reason).toBe(kind(five, 'bbl_place').reason);
    expect(Object.isFrozen(kind(five, 'bbl_place').reason)).toBe(true);
  });

  it('words the support: a named mentor, a described first week, both or neither (spaces are no text)', () => {
    const support = (mentorName: string | null, firstWeek: string | null) => part(shared(youth(), vacancy({ mentorName, firstWeek })), 'support');
    expect(support(null, ' ')).toMatchObject({
      points: 0,
      reason: { nl: 'Er is nog geen vaste begeleider genoemd en de eerste week is niet beschreven', en: 'No set mentor has been named and the first week has not been described' },
    });
    expect(support('Petra', null)).toMatchObject({
      points: 5,
      reason: { nl: 'Je krijgt een vaste begeleider; de eerste week is nog niet beschreven', en: 'You get a set mentor; the first week has not been described yet' },
    });
    expect(support('', 'Meelopen')).toMatchObject({
      points: 5,
      reason: { nl: 'Je weet wat je de eerste week doet; er is nog geen vaste begeleider genoemd', en: 'You know what you will do in the first week; no set mentor has been named yet' },
    });
    expect(support('Petra', 'Meelopen')).toMatchObject({
      points: 10,
      reason: { nl: 'Je krijgt een vaste begeleider en je weet wat je de eerste week doet', en: 'You get a set mentor and you know what you will do in the first week' },
    });
    expect([hasText(null), hasText(''), hasText(' \t'), hasText(' a ')]).toEqual([false, false, false, true]);
  });
});

describe('score: the coach-only components', () => {
  it('names the traits of the work in the exposure reason, and each set of traits its own', () => {
    const exposure = (traits: Partial<MatchVacancy['traits']>) =>
      part(score(youth({ criminalTies: true }), vacancy({ traits: { ...NO_TRAITS, ...traits } }), ctx, { side: 'coach' }), 'recruitmentExposure');
    const tail = {
      nl: '. In zulk werk worden jongeren vaker benaderd door criminele netwerken. Bespreek met de jongere hoe die daarmee omgaat, of kies liever werk met een vaste begeleider',
      en: '. In work like this young people are approached by criminal networks more often. Talk it through with the youth, or prefer work with a set mentor',
    };
    expect(exposure({ worksAlone: true }).reason).toEqual({ nl: `Bij dit werk hoort vaak alleen werken${tail.nl}`, en: `This work involves often working alone${tail.en}` });
    expect(exposure({ movesAround: true }).reason).toEqual({ nl: `Bij dit werk hoort veel onderweg zijn${tail.nl}`, en: `This work involves moving around a lot${tail.en}` });
    expect(exposure({ handlesCash: true, eveningWork: true }).reason).toEqual({
      nl: `Bij dit werk hoort met contant geld werken, 's avonds werken${tail.nl}`,
      en: `This work involves handling cash, evening work${tail.en}`,
    });
    expect(exposure({ logisticsHub: true }).reason).toEqual({
      nl: `Bij dit werk hoort werken op een groot logistiek knooppunt (haven, luchthaven, distributiecentrum)${tail.nl}`,
      en: `This work involves working at a large logistics hub (port, airport, distribution centre)${tail.en}`,
    });
    expect(exposure({ eveningWork: true }).reason.en).toBe(`This work involves evening work${tail.en}`);
    expect(exposure({ handlesCash: true }).reason.en).toBe(`This work involves handling cash${tail.en}`);
    expect(exposure({ worksAlone: true, movesAround: true, handlesCash: true, logisticsHub: true, eveningWork: true }).reason.en).toBe(
      `This work involves often working alone, moving around a lot, handling cash, working at a large logistics hub (port, airport, distribution centre), evening work${tail.en}`,
    );
  });

  it('gives WSP staff the priority bonus only for a priority youth with a named mentor who does not work alone', () => {
    const keys = (y: MatchYouth, v: MatchVacancy) => score(y, v, ctx, { side: 'wsp' }).components.map((c) => c.key);
    const six = ['distance', 'skills', 'hours', 'languages', 'kindPreference', 'support'];
    expect(keys(youth(), vacancy())).toEqual(six);
    expect(keys(youth({ priority: true }), vacancy())).toEqual([...six, 'priorityMentor']);
    expect(keys(youth({ priority: true }), vacancy({ mentorName: ' ' }))).toEqual(six);
    expect(keys(youth({ priority: true }), vacancy({ traits: { ...NO_TRAITS, worksAlone: true } }))).toEqual(six);
    expect(keys(youth({ priority: true, criminalTies: true }), vacancy({ traits: { ...NO_TRAITS, eveningWork: true } }))).toEqual([...six, 'priorityMentor']);
    expect(score(youth({ priority: true }), vacancy(), ctx, { side: 'shared' }).components.map((c) => c.key)).toEqual(six);
  });

  it('on the coach side orders bonus, exposure and VOG, each only when it applies', () => {
    const keys = (y: MatchYouth, v: MatchVacancy) => score(y, v, ctx, { side: 'coach' }).components.map((c) => c.key).slice(6);
    const cash = vacancy({ traits: { ...NO_TRAITS, handlesCash: true } });
    expect(keys(youth(), cash)).toEqual(['vog']);
    expect(keys(youth({ priority: true }), cash)).toEqual(['priorityMentor', 'vog']);
    expect(keys(youth({ criminalTies: true }), cash)).toEqual(['recruitmentExposure', 'vog']);
    expect(keys(youth({ priority: true, criminalTies: true }), cash)).toEqual(['priorityMentor', 'recruitmentExposure', 'vog']);
    expect(keys(youth({ priority: true, criminalTies: true }), vacancy())).toEqual(['priorityMentor', 'vog']);
  });

  it('clamps a total below 0 to 0', () => {
    const y = youth({ criminalTies: true, skills: [], languages: [], wishedKinds: ['job'], vogConcern: { level: 'likely', offenceCategory: 'property', lastOffenceDate: '2027-01-01' } });
    const v = vacancy({
      position: north(200),
      skills: ['till'],
      languages: ['ar'],
      mentorName: null,
      firstWeek: null,
      startDate: '2027-10-01',
      endDate: '2027-10-31',
      traits: { ...NO_TRAITS, handlesCash: true },
      vog: { basis: 'employer_choice', functionAspects: [21], paidBy: 'employer' },
    });
    const s = score(y, v, ctx, { side: 'coach' });
    expect(s.components.reduce((a, c) => a + c.points, 0)).toBeLessThan(0);
    expect(s.total).toBe(0);
    expect(withoutVogComponent(s).total).toBe(0);
  });
});

describe('score: the remembered VOG indication', () => {
  const direct = (y: MatchYouth, v: MatchVacancy, today: string) => {
    const c = y.vogConcern;
    const concern: VogIndicationInput['concern'] = { level: c.level };
    if (c.offenceCategory && c.offenceCategory !== 'unknown') concern.offenceCategory = c.offenceCategory as VogIndicationInput['concern']['offenceCategory'];
    if (c.lastOffenceDate) concern.lastOffenceDate = c.lastOffenceDate;
    return vogIndicationForYouth({ vog: v.vog as VogIndicationInput['vog'], concern, youthAgeAtApplication: Math.max(0, ageOnDay(y.dateOfBirth, today)), onDate: today });
  };
  const asked = vacancy({ vog: { basis: 'employer_choice', functionAspects: [], paidBy: 'employer' } });
  const concern: MatchYouth['vogConcern'] = { level: 'possible', offenceCategory: 'violence', lastOffenceDate: '2024-01-01' };

  // Each step changes one thing the memo is keyed by, and the direct answer changes with it.
  const steps: [string, MatchYouth, MatchVacancy, string][] = [
    ['a first youth', youth({ vogConcern: concern }), asked, '2027-05-01'],
    ['the level', youth({ vogConcern: { ...concern, level: 'none' } }), asked, '2027-05-01'],
    ['back', youth({ vogConcern: concern }), asked, '2027-05-01'],
    ['the offence category', youth({ vogConcern: { ...concern, offenceCategory: 'property' } }), asked, '2027-05-01'],
    ['back', youth({ vogConcern: concern }), asked, '2027-05-01'],
    ['an unknown category', youth({ vogConcern: { ...concern, offenceCategory: 'unknown' } }), asked, '2027-05-01'],
    ['the last offence', youth({ vogConcern: { ...concern, lastOffenceDate: '2026-01-01' } }), asked, '2027-05-01'],
    ['no last offence', youth({ vogConcern: { level: 'possible', offenceCategory: 'violence' } }), asked, '2027-05-01'],
    ['back', youth({ vogConcern: concern }), asked, '2027-05-01'],
    ['the date of birth', youth({ dateOfBirth: '1990-01-01', vogConcern: concern }), asked, '2027-05-01'],
    ['the day', youth({ dateOfBirth: '1990-01-01', vogConcern: concern }), asked, '2029-06-01'],
    ['a recent property offence', youth({ dateOfBirth: '1990-01-01', vogConcern: { ...concern, offenceCategory: 'property', lastOffenceDate: '2027-01-01' } }), asked, '2029-06-01'],
    ['money in the function', youth({ dateOfBirth: '1990-01-01', vogConcern: { ...concern, offenceCategory: 'property', lastOffenceDate: '2027-01-01' } }), vacancy({ vog: { ...asked.vog, functionAspects: [21] } }), '2029-06-01'],
    ['no VOG asked', youth({ dateOfBirth: '1990-01-01', vogConcern: { ...concern, offenceCategory: 'property', lastOffenceDate: '2027-01-01' } }), vacancy({ vog: { ...asked.vog, basis: 'not_asked', functionAspects: [21] } }), '2029-06-01'],
    ['a VOG required by law', youth({ dateOfBirth: '1990-01-01', vogConcern: { ...concern, offenceCategory: 'property', lastOffenceDate: '2027-01-01' } }), vacancy({ vog: { ...asked.vog, basis: 'legal_requirement', legalSector: 'taxi' } }), '2029-06-01'],
    ['a basis it does not know', youth({ vogConcern: concern }), vacancy({ vog: { ...asked.vog, basis: 'other' as 'not_asked' } }), '2027-06-01'],
  ];

  it('gives for each youth, vacancy and day what a direct call gives', () => {
    let previous: unknown;
    for (const [what, y, v, today] of steps) {
      const want = direct(y, v, today);
      expect([what, want]).not.toEqual([what, previous]);
      previous = want;
      const c = { ...ctx, today };
      expect([what, vogIndicationOf(y, v, c)]).toEqual([what, want]);
      const vog = part(score(y, v, c, { side: 'coach' }), 'vog');
      expect([what, vog.reason, vog.points]).toEqual([what, want.reason, { no_vog_needed: 0, likely_fine: 0, talk_it_through: -10 }[want.code]]);
    }
  });

  it('takes the age on the day as at least 0', () => {
    const unborn = youth({ dateOfBirth: '2030-01-01', vogConcern: concern });
    expect(vogIndicationOf(unborn, asked, ctx)).toEqual(direct(unborn, asked, ctx.today));
  });

  it('shares a remembered answer, frozen', () => {
    const y = youth({ vogConcern: concern });
    const a = vogIndicationOf(y, asked, { ...ctx, today: '2027-07-01' });
    const b = vogIndicationOf({ ...y }, vacancy({ vog: { ...asked.vog } }), { ...ctx, today: '2027-07-01' });
    expect(b).toBe(a);
    expect(Object.isFrozen(a.reason)).toBe(true);
    const none = vogIndicationOf(y, vacancy(), ctx);
    expect(vogIndicationOf(y, vacancy(), ctx)).toBe(none);
    expect(Object.isFrozen(none.reason)).toBe(true);
  });
});

describe('ceilings', () => {
  const opts = { shared: { coachSide: false, withVog: false }, wsp: { coachSide: true, withVog: false }, coach: { coachSide: true, withVog: true } };

  it('adds the shared points from counts, one decimal each, clamped to 0..100', () => {
    // Distance at 0 km 25; skills 1 of 2 had, the other counted near: 18.75; hours 12 of 24: 7.5;
    // languages 1 of 2: 5; second wished kind: 7.5; mentor only: 5.
    expect(ceilingFromCounts(opts.shared, 0, 2, 1, 24, 12, 2, 1, 1, true, false, false)).toBe(Math.round(25 + 18.8 + 7.5 + 5 + 7.5 + 5));
    // Nothing asked: full skills, languages and hours; not wished: no kind points.
    expect(ceilingFromCounts(opts.shared, 5, 0, 0, 0, 0, 0, 0, -1, false, true, false)).toBe(Math.round(12.5 + 25 + 15 + 10 + 0 + 5));
    // More hours than asked count as the hours asked.
    expect(ceilingFromCounts(opts.shared, 0, 0, 0, 10, 40, 0, 0, 0, true, true, false)).toBe(100);
    expect(ceilingFromCounts(opts.shared, 1_000, 3, 0, 20, 0, 2, 0, -1, false, false, false)).toBe(Math.round(12.5));
  });

  it('adds the priority bonus on the coach and WSP side only, and clamps to 100', () => {
    const args = [10, 1, 0, 24, 12, 1, 0, 0, true, false] as const;
    const base = ceilingFromCounts(opts.shared, ...args, true);
    expect(base).toBe(Math.round(6.3 + 12.5 + 7.5 + 0 + 15 + 5));
    expect(ceilingFromCounts(opts.wsp, ...args, true)).toBe(base + 8);
    expect(ceilingFromCounts(opts.coach, ...args, true)).toBe(base + 8);
    expect(ceilingFromCounts(opts.coach, ...args, false)).toBe(base);
    expect(ceilingFromCounts(opts.coach, 0, 0, 0, 0, 0, 0, 0, 0, true, true, true)).toBe(100);
  });

  it('from a youth and a vacancy: counts what the youth has, the most hours in one window, and takes a distance given', () => {
    const y = youth({
      skills: ['bake'],
      interests: ['till'],
      languages: ['nl', 'en'],
      availability: [{ ...SUMMER, hoursPerWeek: 8 }, { ...SUMMER, hoursPerWeek: 16 }, { ...SUMMER, hoursPerWeek: 12 }],
      wishedKinds: ['job', 'summer_job'],
      priority: true,
    });
    const v = vacancy({ position: north(5), skills: ['bake', 'till', 'drive', 'welding'], languages: ['nl', 'en', 'ar'], hoursPerWeek: 32, mentorName: 'Petra', firstWeek: null });
    // Skills: 2 had, 2 maybe near: 25 * 3/4; hours 16 of 32; languages 2 of 3; second wish; mentor.
    const sharedParts = 12.5 + 18.8 + 7.5 + 6.7 + 7.5 + 5;
    expect(scoreCeiling(y, v, opts.shared)).toBe(Math.round(sharedParts));
    expect(scoreCeiling(y, v, opts.wsp)).toBe(Math.round(sharedParts + 8));
    expect(scoreCeiling(y, v, opts.shared, 0)).toBe(Math.round(sharedParts - 12.5 + 25));
    expect(scoreCeiling({ ...y, priority: false }, v, opts.wsp)).toBe(Math.round(sharedParts));
    expect(scoreCeiling(y, { ...v, traits: { ...NO_TRAITS, worksAlone: true } }, opts.wsp)).toBe(Math.round(sharedParts));
    expect(scoreCeiling(y, { ...v, mentorName: null }, opts.wsp)).toBe(Math.round(sharedParts - 5));
    expect(scoreCeiling(y, { ...v, firstWeek: 'Meelopen' }, opts.shared)).toBe(Math.round(sharedParts + 5));
  });

  it('without the VOG component: the sum of the other points, clamped', () => {
    const y = youth({ priority: true, vogConcern: { level: 'possible', offenceCategory: 'violence', lastOffenceDate: '2026-01-01' } });
    const v = vacancy({ vog: { basis: 'employer_choice', functionAspects: [], paidBy: 'employer' } });
    const s = score(y, v, ctx, { side: 'coach' });
    expect(part(s, 'vog').points).toBe(-10);
    const without = withoutVogComponent(s);
    expect(without.components.map((c) => c.key)).toEqual(['distance', 'skills', 'hours', 'languages', 'kindPreference', 'support', 'priorityMentor']);
    expect(without.total).toBe(100);
    expect(s.total).toBe(98);
    expect(without.weightsVersion).toBe(s.weightsVersion);
    expect(without.distanceKm).toBe(s.distanceKm);
    const plain = withoutVogComponent(score(youth(), vacancy({ position: north(5) }), ctx, { side: 'coach' }));
    expect(plain.total).toBe(Math.round(12.5 + 25 + 15 + 10 + 15 + 10));
  });
});
