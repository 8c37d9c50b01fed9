/**
 * The one feasibility predicate: hard filters a vacancy must pass before it is scored for a
 * youth. Pure. Every failure is reported (not only the first), each with a code and a sentence a
 * coach understands. Nothing here reads the youth's coach-only fields (priority, criminal ties,
 * VOG concern): feasibility is the same whoever asks.
 */
import type { MatchContext, MatchVacancy, MatchYouth } from '../match.model.js';
import { ageOnDay, type AvailabilityMatch, availabilityInto } from './calendar.js';
import { haversineKm } from './geo.js';
import { capitalise, formatDay, formatNumber, kindName, withArticle } from './texts.js';

// Math's functions are looked up once: a lookup on the global per call is slow in some hosts (e.g. Jest's VM context).
const { round } = Math;

export interface Failure {
  code: string;
  text: { nl: string; en: string };
}

export const FAILURE_CODES = [
  'not_open',
  'no_places',
  'too_young_legal',
  'too_young_employer',
  'kind_not_wished',
  'too_far',
  'availability',
  'education',
] as const;
export type FailureCode = (typeof FAILURE_CODES)[number];

/** Placement kinds that go with an mbo programme (BOL internship, BBL work-study). */
export const MBO_KINDS: readonly string[] = ['internship', 'bbl_place'];
const MBO_LEVELS: readonly string[] = ['mbo_1', 'mbo_2', 'mbo_3', 'mbo_4'];

/**
 * The education rule for internships and BBL places: the youth's level is an mbo level
 * (mbo_1..mbo_4, whatever the status: a BBL place or internship comes with (re-)enrolment at
 * the school, which the school and the employer arrange), or the youth is moving from vmbo to mbo
 * (level vmbo with status enrolling or enrolled). Anything else (havo, vwo, hbo, none, ...) fails.
 */
export function educationFitsMbo(education: MatchYouth['education']): boolean {
  if (MBO_LEVELS.includes(education.level)) return true;
  return education.level === 'vmbo' && (education.status === 'enrolling' || education.status === 'enrolled');
}

/**
 * Failures repeat across vacancies (the same ages, kinds, distances): each is built once per key
 * and shared, frozen. The cache is bounded.
 */
class FailureCache<K> {
  private readonly map = new Map<K, Failure>();

  get(key: K): Failure | undefined {
    return this.map.get(key);
  }

  set(key: K, code: FailureCode, nl: string, en: string): Failure {
    if (this.map.size >= 5_000) this.map.clear();
    const f: Failure = Object.freeze({ code, text: Object.freeze({ nl, en }) });
    this.map.set(key, f);
    return f;
  }
}

const constant = (code: FailureCode, nl: string, en: string): Failure => Object.freeze({ code, text: Object.freeze({ nl, en }) });

const NOT_OPEN = constant('not_open', 'Deze vacature staat niet (meer) open.', 'This vacancy is not open (any more).');
const NO_PLACES = constant('no_places', 'Alle plekken bij deze vacature zijn al bezet.', 'All places for this vacancy have been taken.');
const NO_SHARED_DAY = constant(
  'availability',
  'De jongere kan in deze periode niet op de dagen waarop dit werk is.',
  'In this period the youth is not available on the days this work is done.',
);

const tooYoungLegal = new FailureCache<number>();
const tooYoungEmployer = new FailureCache<number>();
const notWished = new FailureCache<string>();
const education = new FailureCache<string>();
const tooFarCache = new FailureCache<number>();
const notInDates = new FailureCache<string>();
const tooFewHours = new FailureCache<number>();

/** A key for two small numbers (ages, km, tenths of hours). */
const pair = (a: number, b: number): number => a * 100_003 + b;

function tooYoung(cache: FailureCache<number>, code: 'too_young_legal' | 'too_young_employer', age: number, min: number): Failure {
  const key = pair(age, min);
  const found = cache.get(key);
  if (found) return found;
  return code === 'too_young_legal'
    ? cache.set(
        key,
        code,
        `Op de startdatum is de jongere ${age}; voor dit werk moet je volgens de wet minstens ${min} jaar zijn.`,
        `On the start date the youth is ${age}; by law this work needs someone aged at least ${min}.`,
      )
    : cache.set(
        key,
        code,
        `Op de startdatum is de jongere ${age}; deze werkgever zoekt iemand van minstens ${min} jaar.`,
        `On the start date the youth is ${age}; this employer looks for someone aged at least ${min}.`,
      );
}

function tooFar(distanceKm: number, maxKm: number): Failure {
  const d = round(distanceKm);
  const m = round(maxKm);
  const key = pair(d, m);
  const found = tooFarCache.get(key);
  if (found) return found;
  if (d <= m) {
    return tooFarCache.set(
      key,
      'too_far',
      `De vacature is net iets meer dan ${m} km van huis; de jongere wil hooguit ${m} km reizen.`,
      `The vacancy is just over ${m} km from home; the youth travels at most ${m} km.`,
    );
  }
  return tooFarCache.set(
    key,
    'too_far',
    `De vacature is ${d} km van huis; de jongere wil hooguit ${m} km reizen.`,
    `The vacancy is ${d} km from home; the youth travels at most ${m} km.`,
  );
}

const scratch: AvailabilityMatch = { inDates: 0, overlapping: 0, bestHours: 0, fit: 0, hours: 0 };

function availabilityFailure(y: MatchYouth, v: MatchVacancy): Failure | null {
  const a = availabilityInto(scratch, y, v, false);
  if (a.overlapping > 0 && a.bestHours * 2 >= v.hoursPerWeek) return null;
  if (a.inDates === 0) {
    const key = `${v.startDate}/${v.endDate}`;
    return (
      notInDates.get(key) ??
      notInDates.set(
        key,
        'availability',
        `De jongere is niet beschikbaar in de periode van deze vacature (${formatDay(v.startDate, 'nl')} tot en met ${formatDay(v.endDate, 'nl')}).`,
        `The youth is not available in the period of this vacancy (${formatDay(v.startDate, 'en')} to ${formatDay(v.endDate, 'en')}).`,
      )
    );
  }
  if (a.overlapping === 0) return NO_SHARED_DAY;
  const key = pair(round(a.bestHours * 10), round(v.hoursPerWeek * 10));
  return (
    tooFewHours.get(key) ??
    tooFewHours.set(
      key,
      'availability',
      `Dit werk vraagt ${formatNumber(v.hoursPerWeek, 'nl')} uur per week; de jongere kan in deze periode hooguit ${formatNumber(a.bestHours, 'nl')} uur, minder dan de helft.`,
      `This work asks ${formatNumber(v.hoursPerWeek, 'en')} hours a week; in this period the youth has at most ${formatNumber(a.bestHours, 'en')} hours, less than half.`,
    )
  );
}

/**
 * Hard filters, all of them:
 * - `not_open`: the vacancy's status is not `open`;
 * - `no_places`: no places left;
 * - `too_young_legal` / `too_young_employer`: the youth's age on the vacancy's start date (whole
 *   years) is below the legal minimum age for this work / the employer's own minimum (both are
 *   reported when both apply);
 * - `kind_not_wished`: the youth has not wished this kind of placement;
 * - `too_far`: the distance from home is more than the youth's maximum travel distance;
 * - `availability`: no availability window overlaps the vacancy (dates and a shared weekday, see
 *   availabilityMatch), or the hours per week of every overlapping window are below half the
 *   vacancy's hours per week (with half or more, the hours component of the score weighs the gap);
 * - `education`: for an internship or BBL place, see educationFitsMbo.
 *
 * The context is not read today; it is part of the signature so that callers pass the same
 * arguments to feasibility and score.
 */
export function feasibility(y: MatchYouth, v: MatchVacancy, _ctx: MatchContext): { feasible: boolean; failures: Failure[]; distanceKm: number } {
  const failures: Failure[] = [];
  const distanceKm = haversineKm(y.position, v.position);

  if (v.status !== 'open') failures.push(NOT_OPEN);
  if (!(v.placesLeft > 0)) failures.push(NO_PLACES);
  const age = ageOnDay(y.dateOfBirth, v.startDate);
  if (age < v.minLegalAge) failures.push(tooYoung(tooYoungLegal, 'too_young_legal', age, v.minLegalAge));
  if (age < v.employerMinAge) failures.push(tooYoung(tooYoungEmployer, 'too_young_employer', age, v.employerMinAge));
  if (!y.wishedKinds.includes(v.kind)) {
    let f = notWished.get(v.kind);
    if (!f) {
      const k = kindName(v.kind);
      f = notWished.set(v.kind, 'kind_not_wished', `De jongere zoekt geen ${k.nl}: dat staat niet bij de wensen.`, `The youth is not looking for ${withArticle(k.en)}: it is not among the wishes.`);
    }
    failures.push(f);
  }
  if (distanceKm > y.maxTravelKm) failures.push(tooFar(distanceKm, y.maxTravelKm));
  const availability = availabilityFailure(y, v);
  if (availability) failures.push(availability);
  if (MBO_KINDS.includes(v.kind) && !educationFitsMbo(y.education)) {
    let f = education.get(v.kind);
    if (!f) {
      const k = kindName(v.kind);
      f = education.set(v.kind, 'education', `Voor een ${k.nl} moet de jongere op het mbo zitten of van het vmbo naar het mbo gaan.`, `${capitalise(withArticle(k.en))} needs the youth to be in mbo, or moving from vmbo to mbo.`);
    }
    failures.push(f);
  }
  return { feasible: failures.length === 0, failures, distanceKm };
}

/**
 * The same verdict as `feasibility(...).feasible`, without building the reasons: it stops at the
 * first failure and checks the cheap, selective filters first (kind, status, places, distance).
 * For ranking many vacancies; use `feasibility` to tell a coach why a pair does not fit.
 */
export function isFeasible(y: MatchYouth, v: MatchVacancy): boolean {
  if (!y.wishedKinds.includes(v.kind) || v.status !== 'open' || !(v.placesLeft > 0)) return false;
  if (haversineKm(y.position, v.position) > y.maxTravelKm) return false;
  const age = ageOnDay(y.dateOfBirth, v.startDate);
  if (age < v.minLegalAge || age < v.employerMinAge) return false;
  if (MBO_KINDS.includes(v.kind) && !educationFitsMbo(y.education)) return false;
  return availabilityFailure(y, v) === null;
}
