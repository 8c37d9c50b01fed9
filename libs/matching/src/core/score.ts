/**
 * The one scorer: how well a vacancy fits a youth, 0..100, with a reason per component in plain
 * language (Dutch and English). Pure. Weights come from ./weights (versioned).
 *
 * Shared components (max points sum to 100): distance, skills, hours, languages, kindPreference,
 * support. The other components are adjustments outside the 100, each for the audience that may
 * know what it rests on (ARCHITECTURE.md §1):
 * - side `shared` (allocation, anything an employer's ordering could reflect): none, so the result
 *   does not depend on the youth's priority, criminal ties or VOG concern;
 * - side `wsp`: priorityMentor (priority yes/no is all the WSP knows);
 * - side `coach` (the youth's own coaching organisation): priorityMentor, recruitmentExposure
 *   (from the sealed risk factors) and vog (from the sealed VOG concern; always there).
 */
import { ASPECT_MONEY, OFFENCE_CATEGORIES, type OffenceCategory, type VogIndication, vogIndicationForYouth, type VogIndicationInput } from '@startbaan/employers/rules';
import type { MatchContext, MatchVacancy, MatchYouth } from '../match.model.js';
import { ageOnDay, type AvailabilityMatch, availabilityInto } from './calendar.js';
import { haversineKm } from './geo.js';
import { capitalise, formatKm, formatNumber, kindName, type Text, TextCache, withArticle } from './texts.js';
import { distancePoints, EXPOSED_TRAITS, kindPreferenceShare, WEIGHTS, WEIGHTS_VERSION } from './weights.js';

// Math's functions are looked up once: a lookup on the global per call is slow in some hosts (e.g. Jest's VM context).
const { round, max, min } = Math;

export interface Component {
  key: string;
  points: number;
  max: number;
  reason: { nl: string; en: string };
  coachOnly: boolean;
}

export interface Scored {
  total: number;
  components: Component[];
  weightsVersion: number;
  distanceKm: number;
}

const W = WEIGHTS.shared;
const C = WEIGHTS.coachOnly;

const round1 = (x: number): number => round(x * 10) / 10;

const component = (key: string, points: number, max: number, reason: Text, coachOnly = false): Component => ({
  key,
  points: round1(points),
  max,
  reason,
  coachOnly,
});

// ---------------------------------------------------------------------------------------------
// Shared components

// The points of each shared component from its counts: one formula each, for the explained score
// and for its ceiling (scoreCeiling / ceilingFromCounts), so the two cannot drift apart.

/** Each skill asked counts 1 when had, 1/2 when near (same sector); nothing asked: full points. */
const skillsPoints = (asked: number, had: number, near: number): number => (asked === 0 ? W.skills : (W.skills * (had + near / 2)) / asked);
/** The share of the languages asked that the youth speaks; nothing asked: full points. */
const languagesPoints = (asked: number, had: number): number => (asked === 0 ? W.languages : (W.languages * had) / asked);
const kindPoints = (wishIndex: number): number => W.kindPreference * kindPreferenceShare(wishIndex);
/** Half for a named mentor, half for a described first week. */
const supportPoints = (mentor: boolean, firstWeek: boolean): number => (mentor ? W.support / 2 : 0) + (firstWeek ? W.support / 2 : 0);

/** Distance reasons by whole km (an array: the keys are small integers). */
const distanceTexts: Text[] = [];
const MAX_CACHED_KM = 1_000;

function distanceReason(km: number): Text {
  const key = round(km);
  const cached = key <= MAX_CACHED_KM ? distanceTexts[key] : undefined;
  if (cached) return cached;
  const text: Text = Object.freeze({ nl: `Op ${formatKm(km, 'nl')} van huis`, en: `${capitalise(formatKm(km, 'en'))} from home` });
  if (key <= MAX_CACHED_KM) distanceTexts[key] = text;
  return text;
}

function distanceComponent(km: number): Component {
  return component('distance', distancePoints(km), W.distance, distanceReason(km));
}

const NO_SKILLS_ASKED: Text = Object.freeze({
  nl: 'Voor dit werk wordt geen bepaalde vaardigheid gevraagd',
  en: 'No particular skill is asked for this work',
});

/** The sectors of the youth's skills and interests, filled once per call when first needed (reused, never returned). */
const youthSectors: (string | undefined)[] = [];
let youthSectorCount = 0;

function fillYouthSectors(y: MatchYouth, sectorOf: ReadonlyMap<string, string>): void {
  let n = 0;
  for (let i = 0; i < y.skills.length; i++) youthSectors[n++] = sectorOf.get(y.skills[i]!);
  for (let i = 0; i < y.interests.length; i++) youthSectors[n++] = sectorOf.get(y.interests[i]!);
  youthSectorCount = n;
}

function youthHasSector(sector: string): boolean {
  for (let i = 0; i < youthSectorCount; i++) if (youthSectors[i] === sector) return true;
  return false;
}

const skillTexts = new TextCache<number>();

function skillsReason(n: number, have: number, near: number): Text {
  if (n === 1) {
    if (have === 1) return { nl: 'Je hebt de gevraagde vaardigheid', en: 'You have the skill asked for' };
    if (near === 1) return { nl: 'De gevraagde vaardigheid lijkt op wat je kunt of leuk vindt', en: 'The skill asked for is close to what you can do or like' };
    return { nl: 'Je hebt de gevraagde vaardigheid (nog) niet', en: "You don't have the skill asked for (yet)" };
  }
  return {
    nl: `Je hebt ${have} van de ${n} gevraagde vaardigheden${near ? `, en ${near} ${near === 1 ? 'lijkt' : 'lijken'} op wat je kunt of leuk vindt` : ''}`,
    en: `You have ${have} of the ${n} skills asked for${near ? `, and ${near} ${near === 1 ? 'is' : 'are'} close to what you can do or like` : ''}`,
  };
}

/**
 * Each skill the vacancy asks for counts 1 when the youth has it as a skill or an interest, 1/2
 * when the youth has a skill or interest in the same sector (ctx.sectorOf), else 0.
 */
function skillsComponent(y: MatchYouth, v: MatchVacancy, ctx: MatchContext): Component {
  const wanted = v.skills;
  const n = wanted.length;
  if (n === 0) return component('skills', W.skills, W.skills, NO_SKILLS_ASKED);
  let have = 0;
  let near = 0;
  let sectorsFilled = false;
  for (let i = 0; i < n; i++) {
    const code = wanted[i]!;
    if (y.skills.includes(code) || y.interests.includes(code)) {
      have++;
      continue;
    }
    const sector = ctx.sectorOf.get(code);
    if (sector === undefined) continue;
    if (!sectorsFilled) {
      fillYouthSectors(y, ctx.sectorOf);
      sectorsFilled = true;
    }
    if (youthHasSector(sector)) near++;
  }
  const key = n * 1_000_000 + have * 1_000 + near;
  const reason = skillTexts.get(key) ?? skillTexts.set(key, skillsReason(n, have, near));
  return component('skills', skillsPoints(n, have, near), W.skills, reason);
}

const NOT_AVAILABLE: Text = Object.freeze({
  nl: 'Je kunt niet op de dagen of in de periode van dit werk',
  en: 'You are not available on the days or in the period of this work',
});

const hourTexts = new TextCache<number>();

function hoursReason(asked: number, fits: boolean, hours: number): Text {
  const nl = formatNumber(asked, 'nl');
  const en = formatNumber(asked, 'en');
  if (fits) return { nl: `Dit werk vraagt ${nl} uur per week: dat past bij je tijd`, en: `This work asks ${en} hours a week: that fits your time` };
  return { nl: `Dit werk vraagt ${nl} uur per week; je hebt er ongeveer ${round(hours)}`, en: `This work asks ${en} hours a week; you have about ${round(hours)}` };
}

const HOURS_FIT_ANY: Text = Object.freeze({ nl: 'Past bij je tijd', en: 'Fits your time' });

const scratch: AvailabilityMatch = { inDates: 0, overlapping: 0, bestHours: 0, fit: 0, hours: 0 };

/** min(1, your hours / asked hours), averaged over the overlapping windows by their days of overlap. */
function hoursComponent(y: MatchYouth, v: MatchVacancy): Component {
  const a = availabilityInto(scratch, y, v, true);
  if (a.overlapping === 0) return component('hours', 0, W.hours, NOT_AVAILABLE);
  if (!(v.hoursPerWeek > 0)) {
    return component('hours', W.hours, W.hours, HOURS_FIT_ANY);
  }
  const fits = a.fit >= 1;
  const key = round(v.hoursPerWeek * 10) * 1_000 + (fits ? 999 : min(998, round(a.hours)));
  const reason = hourTexts.get(key) ?? hourTexts.set(key, hoursReason(v.hoursPerWeek, fits, a.hours));
  return component('hours', W.hours * a.fit, W.hours, reason);
}

const LANGUAGE_NAME: Readonly<Record<string, Text>> = {
  nl: { nl: 'Nederlands', en: 'Dutch' },
  en: { nl: 'Engels', en: 'English' },
  de: { nl: 'Duits', en: 'German' },
  fr: { nl: 'Frans', en: 'French' },
  es: { nl: 'Spaans', en: 'Spanish' },
  ar: { nl: 'Arabisch', en: 'Arabic' },
  tr: { nl: 'Turks', en: 'Turkish' },
  pl: { nl: 'Pools', en: 'Polish' },
  pap: { nl: 'Papiaments', en: 'Papiamento' },
  so: { nl: 'Somalisch', en: 'Somali' },
  ti: { nl: 'Tigrinya', en: 'Tigrinya' },
};
const languageName = (code: string, lang: 'nl' | 'en'): string => LANGUAGE_NAME[code]?.[lang] ?? code;

const NO_LANGUAGE_ASKED: Text = Object.freeze({ nl: 'Er wordt geen bepaalde taal gevraagd', en: 'No particular language is asked for' });

const languageTexts = new TextCache<string>();

function languagesReason(wanted: readonly string[], missing: readonly string[]): Text {
  const n = wanted.length;
  const have = n - missing.length;
  if (missing.length === 0) {
    if (n === 1) return { nl: `Je spreekt de gevraagde taal (${languageName(wanted[0]!, 'nl')})`, en: `You speak the language asked for (${languageName(wanted[0]!, 'en')})` };
    return { nl: 'Je spreekt alle gevraagde talen', en: 'You speak all the languages asked for' };
  }
  return {
    nl: `Je spreekt ${have} van de ${n} gevraagde ${n === 1 ? 'taal' : 'talen'} (niet: ${missing.map((c) => languageName(c, 'nl')).join(', ')})`,
    en: `You speak ${have} of the ${n} ${n === 1 ? 'language' : 'languages'} asked for (not: ${missing.map((c) => languageName(c, 'en')).join(', ')})`,
  };
}

function languagesComponent(y: MatchYouth, v: MatchVacancy): Component {
  const wanted = v.languages;
  const n = wanted.length;
  if (n === 0) return component('languages', W.languages, W.languages, NO_LANGUAGE_ASKED);
  let have = 0;
  // The key names the count and the missing codes: that is all the reason says.
  let key = n === 1 ? wanted[0]! : `${n}`;
  for (let i = 0; i < n; i++) {
    if (y.languages.includes(wanted[i]!)) have++;
    else key += `|${wanted[i]}`;
  }
  let reason = languageTexts.get(key);
  if (!reason) {
    const missing = wanted.filter((c) => !y.languages.includes(c));
    reason = languageTexts.set(key, languagesReason(wanted, missing));
  }
  return component('languages', languagesPoints(n, have), W.languages, reason);
}

const ORDINAL: readonly Text[] = [
  { nl: 'eerste', en: 'first' },
  { nl: 'tweede', en: 'second' },
  { nl: 'derde', en: 'third' },
  { nl: 'vierde', en: 'fourth' },
  { nl: 'vijfde', en: 'fifth' },
];

function kindPreferenceReason(kind: string, index: number): Text {
  const k = kindName(kind);
  const en = capitalise(withArticle(k.en));
  if (index < 0) return { nl: `Je zoekt geen ${k.nl}`, en: `You are not looking for ${withArticle(k.en)}` };
  if (index === 0) return { nl: `Een ${k.nl} is wat je het liefst wilt`, en: `${en} is what you want most` };
  const o = ORDINAL[index];
  if (o) return { nl: `Een ${k.nl} is je ${o.nl} keus`, en: `${en} is your ${o.en} choice` };
  return { nl: `Een ${k.nl} is je keus nummer ${index + 1}`, en: `${en} is your choice number ${index + 1}` };
}

/** Kind-preference reasons by kind and place in the wishes (few: kinds × wishes). */
const kindTexts = new TextCache<string>(500);
const kindTextsByIndex: (Text | undefined)[][] = [[], [], [], [], [], []];

/** A slot per known kind; 5: any other. */
function kindSlot(kind: string): number {
  switch (kind) {
    case 'summer_job':
      return 0;
    case 'job':
      return 1;
    case 'internship':
      return 2;
    case 'bbl_place':
      return 3;
    case 'work_experience':
      return 4;
    default:
      return 5;
  }
}

function kindPreferenceComponent(y: MatchYouth, v: MatchVacancy): Component {
  const index = y.wishedKinds.indexOf(v.kind);
  const slot = kindSlot(v.kind);
  let reason: Text | undefined;
  if (slot < 5 && index < 8) {
    const row = kindTextsByIndex[slot]!;
    reason = row[index + 1];
    if (!reason) reason = row[index + 1] = Object.freeze(kindPreferenceReason(v.kind, index));
  } else {
    const key = `${index}|${v.kind}`;
    reason = kindTexts.get(key) ?? kindTexts.set(key, kindPreferenceReason(v.kind, index));
  }
  return component('kindPreference', kindPoints(index), W.kindPreference, reason);
}

const SUPPORT_REASON: readonly Text[] = Object.freeze([
  { nl: 'Er is nog geen vaste begeleider genoemd en de eerste week is niet beschreven', en: 'No set mentor has been named and the first week has not been described' },
  { nl: 'Je krijgt een vaste begeleider; de eerste week is nog niet beschreven', en: 'You get a set mentor; the first week has not been described yet' },
  { nl: 'Je weet wat je de eerste week doet; er is nog geen vaste begeleider genoemd', en: 'You know what you will do in the first week; no set mentor has been named yet' },
  { nl: 'Je krijgt een vaste begeleider en je weet wat je de eerste week doet', en: 'You get a set mentor and you know what you will do in the first week' },
].map((t) => Object.freeze(t)));

/** A named mentor or a described first week: not empty, not only spaces. */
export const hasText = (s: string | null): boolean => s !== null && s.trim().length > 0;


function supportComponent(v: MatchVacancy): Component {
  const mentor = hasText(v.mentorName);
  const firstWeek = hasText(v.firstWeek);
  const points = supportPoints(mentor, firstWeek);
  return component('support', points, W.support, SUPPORT_REASON[(mentor ? 1 : 0) + (firstWeek ? 2 : 0)]!);
}

// ---------------------------------------------------------------------------------------------
// Coach/WSP-only components

const PRIORITY_MENTOR_REASON: Text = Object.freeze({
  nl: 'Werkt met een vaste begeleider: goed voor deze jongere',
  en: 'Works with a set mentor: good for this youth',
});

const TRAIT_NAME: Readonly<Record<(typeof EXPOSED_TRAITS)[number], Text>> = {
  worksAlone: { nl: 'vaak alleen werken', en: 'often working alone' },
  movesAround: { nl: 'veel onderweg zijn', en: 'moving around a lot' },
  handlesCash: { nl: 'met contant geld werken', en: 'handling cash' },
  logisticsHub: { nl: 'werken op een groot logistiek knooppunt (haven, luchthaven, distributiecentrum)', en: 'working at a large logistics hub (port, airport, distribution centre)' },
  eveningWork: { nl: "'s avonds werken", en: 'evening work' },
};

const exposureTexts = new TextCache<number>();

function exposureReason(traits: MatchVacancy['traits']): Text {
  const key =
    (traits.worksAlone ? 1 : 0) | (traits.movesAround ? 2 : 0) | (traits.handlesCash ? 4 : 0) | (traits.logisticsHub ? 8 : 0) | (traits.eveningWork ? 16 : 0);
  return exposureTexts.get(key) ?? exposureTexts.set(key, buildExposureReason(traits));
}

function buildExposureReason(traits: MatchVacancy['traits']): Text {
  const nl: string[] = [];
  const en: string[] = [];
  for (const t of EXPOSED_TRAITS) {
    if (traits[t]) {
      nl.push(TRAIT_NAME[t].nl);
      en.push(TRAIT_NAME[t].en);
    }
  }
  return {
    nl:
      `Bij dit werk hoort ${nl.join(', ')}. In zulk werk worden jongeren vaker benaderd door criminele netwerken. ` +
      'Bespreek met de jongere hoe die daarmee omgaat, of kies liever werk met een vaste begeleider',
    en:
      `This work involves ${en.join(', ')}. In work like this young people are approached by criminal networks more often. ` +
      'Talk it through with the youth, or prefer work with a set mentor',
  };
}

function isExposed(traits: MatchVacancy['traits']): boolean {
  return traits.worksAlone || traits.movesAround || traits.handlesCash || traits.logisticsHub || traits.eveningWork;
}

const isOffenceCategory = (c: string | undefined): c is OffenceCategory => c !== undefined && (OFFENCE_CATEGORIES as readonly string[]).includes(c);

function vogIndication(y: MatchYouth, v: MatchVacancy, ctx: MatchContext): VogIndication {
  const c = y.vogConcern;
  const concern: VogIndicationInput['concern'] = { level: c.level };
  if (isOffenceCategory(c.offenceCategory)) concern.offenceCategory = c.offenceCategory;
  if (c.lastOffenceDate) concern.lastOffenceDate = c.lastOffenceDate;
  return vogIndicationForYouth({
    // The indication reads the basis and the function aspects only; the payer and sector are free text here.
    vog: v.vog as VogIndicationInput['vog'],
    concern,
    youthAgeAtApplication: max(0, ageOnDay(y.dateOfBirth, ctx.today)),
    onDate: ctx.today,
  });
}

/**
 * vogIndicationForYouth is pure and, for one youth on one day, varies only with the vacancy's VOG
 * basis and whether it names function aspect 21 (money/valuables). Its answers are remembered per
 * (concern, date of birth, day) for those few variants, so that ranking many vacancies for one
 * youth does not recompute the same texts. The memo is keyed by values, never by object identity;
 * a test checks it against direct calls.
 */
const vogMemo = {
  level: '',
  category: undefined as string | undefined,
  lastOffenceDate: undefined as string | undefined,
  dateOfBirth: '',
  today: '',
  byVariant: [undefined, undefined, undefined, undefined, undefined, undefined] as (VogIndication | undefined)[],
};

const VOG_BASES: readonly string[] = ['not_asked', 'employer_choice', 'legal_requirement'];

function vogIndicationMemo(y: MatchYouth, v: MatchVacancy, ctx: MatchContext): VogIndication {
  const basis = VOG_BASES.indexOf(v.vog.basis);
  if (basis < 0) return vogIndication(y, v, ctx);
  const c = y.vogConcern;
  const m = vogMemo;
  if (m.level !== c.level || m.category !== c.offenceCategory || m.lastOffenceDate !== c.lastOffenceDate || m.dateOfBirth !== y.dateOfBirth || m.today !== ctx.today) {
    m.level = c.level;
    m.category = c.offenceCategory;
    m.lastOffenceDate = c.lastOffenceDate;
    m.dateOfBirth = y.dateOfBirth;
    m.today = ctx.today;
    m.byVariant.fill(undefined);
  }
  const variant = basis * 2 + (v.vog.functionAspects.includes(ASPECT_MONEY) ? 1 : 0);
  let found = m.byVariant[variant];
  if (!found) {
    found = vogIndication(y, v, ctx);
    Object.freeze(found.reason);
    m.byVariant[variant] = found;
  }
  return found;
}

/**
 * The coach-only VOG indication of a vacancy for a youth whose sealed VOG concern the caller read
 * (audited): what the `vog` component says, with its code, for the vacancy's `vog.indication`.
 */
export function vogIndicationOf(y: MatchYouth, v: MatchVacancy, ctx: MatchContext): VogIndication {
  return vogIndicationMemo(y, v, ctx);
}

function vogComponent(y: MatchYouth, v: MatchVacancy, ctx: MatchContext): Component {
  const indication = vogIndicationMemo(y, v, ctx);
  return component('vog', C.vog[indication.code], 0, indication.reason, true);
}

/** Priority youth, a named mentor, not working alone. */
function priorityMentorComponent(): Component {
  return component('priorityMentor', C.priorityMentorBonus, C.priorityMentorBonus, PRIORITY_MENTOR_REASON, true);
}

/** Criminal ties and work with one of EXPOSED_TRAITS. */
function exposureComponent(v: MatchVacancy): Component {
  return component('recruitmentExposure', C.recruitmentExposurePenalty, 0, exposureReason(v.traits), true);
}

// ---------------------------------------------------------------------------------------------

/**
 * Scores a vacancy for a youth. Points are rounded to one decimal; the total is the sum of the
 * rounded points, rounded to a whole number and clamped to 0..100. Feasibility is not checked
 * here: call feasibility() first.
 */
/** Who the score is for; see the top of this file. */
export type ScoreSide = 'shared' | 'wsp' | 'coach';

export function score(y: MatchYouth, v: MatchVacancy, ctx: MatchContext, opts: { side: ScoreSide }): Scored {
  const distanceKm = haversineKm(y.position, v.position);
  const distance = distanceComponent(distanceKm);
  const skills = skillsComponent(y, v, ctx);
  const hours = hoursComponent(y, v);
  const languages = languagesComponent(y, v);
  const kind = kindPreferenceComponent(y, v);
  const support = supportComponent(v);
  let components: Component[];
  const bonus = opts.side !== 'shared' && y.priority && hasText(v.mentorName) && !v.traits.worksAlone;
  // Array literals of the final length: growing an array by push copies it.
  if (opts.side === 'shared') {
    components = [distance, skills, hours, languages, kind, support];
  } else if (opts.side === 'wsp') {
    components = bonus ? [distance, skills, hours, languages, kind, support, priorityMentorComponent()] : [distance, skills, hours, languages, kind, support];
  } else {
    const vog = vogComponent(y, v, ctx);
    const exposed = y.criminalTies && isExposed(v.traits);
    if (bonus && exposed) components = [distance, skills, hours, languages, kind, support, priorityMentorComponent(), exposureComponent(v), vog];
    else if (bonus) components = [distance, skills, hours, languages, kind, support, priorityMentorComponent(), vog];
    else if (exposed) components = [distance, skills, hours, languages, kind, support, exposureComponent(v), vog];
    else components = [distance, skills, hours, languages, kind, support, vog];
  }
  let tenths = 0;
  for (let i = 0; i < components.length; i++) tenths += round(components[i]!.points * 10);
  const total = max(0, min(100, round(tenths / 10)));
  return { total, components, weightsVersion: WEIGHTS_VERSION, distanceKm };
}

const VOG_MAX = max(...Object.values(C.vog));

/**
 * A cheap ceiling on `score(y, v, ctx, { side }).total` for the `coach` side (`coachSide` and
 * `withVog` true), the `wsp` side (`coachSide` true, `withVog` false) or the `shared` side
 * (`coachSide` false); also on the coach side without its VOG component: the distance, languages, kind-preference, support and priority-bonus
 * points exactly, skills with every skill not had exactly at the sector's half credit, hours at
 * the youth's best window, no penalty. Lets a top-k search visit candidates by ceiling and stop
 * once the ceiling is below the k-th score found, without explaining every pair. `kmAtLeast`, a
 * lower bound on the distance, may stand in for the great-circle distance (cheaper; see
 * planeKmAtLeast in candidates.ts). Property-tested never to be below the real total.
 */
export function scoreCeiling(y: MatchYouth, v: MatchVacancy, opts: CeilingOptions, kmAtLeast?: number): number {
  let skillsHad = 0;
  for (let i = 0; i < v.skills.length; i++) if (y.skills.includes(v.skills[i]!) || y.interests.includes(v.skills[i]!)) skillsHad++;
  let mostHours = 0;
  for (let i = 0; i < y.availability.length; i++) if (y.availability[i]!.hoursPerWeek > mostHours) mostHours = y.availability[i]!.hoursPerWeek;
  let languagesHad = 0;
  for (let i = 0; i < v.languages.length; i++) if (y.languages.includes(v.languages[i]!)) languagesHad++;
  const km = kmAtLeast ?? haversineKm(y.position, v.position);
  const mentor = hasText(v.mentorName);
  return ceilingFromCounts(
    opts,
    km,
    v.skills.length,
    skillsHad,
    v.hoursPerWeek,
    mostHours,
    v.languages.length,
    languagesHad,
    y.wishedKinds.indexOf(v.kind),
    mentor,
    hasText(v.firstWeek),
    y.priority && mentor && !v.traits.worksAlone,
  );
}

export interface CeilingOptions {
  coachSide: boolean;
  withVog: boolean;
}

/**
 * scoreCeiling from plain numbers, for callers that keep youths or vacancies in flat arrays (the
 * youth pool, the vacancy index), so ranking thousands of candidates touches no objects: a lower
 * bound on the distance; skills asked and how many of them the youth has (or may have); hours
 * asked and the youth's most hours in any window; languages asked and how many the youth speaks
 * (or may speak); the place of the vacancy's kind in the youth's wishes (-1: not wished); a named
 * mentor; a described first week; and whether the priority-mentor bonus applies.
 */
export function ceilingFromCounts(
  opts: CeilingOptions,
  km: number,
  skillsAsked: number,
  skillsHad: number,
  hoursAsked: number,
  mostHours: number,
  languagesAsked: number,
  languagesHad: number,
  kindIndex: number,
  mentor: boolean,
  firstWeek: boolean,
  priorityMentor: boolean,
): number {
  // Every skill not had exactly may still be near: the ceiling gives it the half.
  const skills = skillsPoints(skillsAsked, skillsHad, skillsAsked - skillsHad);
  const hours = hoursAsked > 0 ? W.hours * min(1, mostHours / hoursAsked) : W.hours;
  const languages = languagesPoints(languagesAsked, languagesHad);
  let tenths =
    round(distancePoints(km) * 10) +
    round(skills * 10) +
    round(hours * 10) +
    round(languages * 10) +
    round(kindPoints(kindIndex) * 10) +
    round(supportPoints(mentor, firstWeek) * 10);
  if (opts.coachSide) {
    if (priorityMentor) tenths += C.priorityMentorBonus * 10;
    if (opts.withVog) tenths += VOG_MAX * 10;
  }
  return max(0, min(100, round(tenths / 10)));
}

/**
 * The coach's score without its VOG component: for ranking a coach's youths for a vacancy (match
 * alerts), where the youths' VOG concerns are not read.
 */
export function withoutVogComponent(s: Scored): Scored {
  const components = s.components.filter((c) => c.key !== 'vog');
  let tenths = 0;
  for (let i = 0; i < components.length; i++) tenths += round(components[i]!.points * 10);
  return { ...s, components, total: max(0, min(100, round(tenths / 10))) };
}
