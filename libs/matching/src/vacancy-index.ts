import { KM_PER_DEG_LAT, KM_PER_DEG_LON, kmAtLeastOnPlane, searchRadius, type VacancyCandidate } from './candidates.js';
import { availabilitySummary, dayNumber, latestBirthDay, weekdayMask } from './core/calendar.js';
import { LANGUAGE_NUMBERS, mayHaveCode, setCodeBits, SKILL_NUMBERS, wordsFor } from './core/codes.js';
import { ceilingFromCounts, type CeilingOptions, hasText } from './core/score.js';
import type { MatchYouth, PlacementKind } from './match.model.js';

const MENTOR = 1;
const FIRST_WEEK = 2;
const WORKS_ALONE = 4;

/** The vacancies a youth may reach, each with its score ceiling (same order). */
export interface ReachableVacancies {
  vacancies: VacancyCandidate[];
  ceilings: number[];
}

export const KIND_BIT: Record<PlacementKind, number> = { summer_job: 1, job: 2, internship: 4, bbl_place: 8, work_experience: 16 };
export const KINDS = Object.keys(KIND_BIT) as PlacementKind[];

/**
 * A region's open vacancies with their kind, dates, kilometre-plane position and what a score
 * ceiling needs in flat typed arrays, so the pre-filter and the ceilings for one youth read a few
 * megabytes in order instead of every vacancy object. Built once per reload of the region's open
 * vacancies.
 */
export class VacancyIndex {
  readonly byId: Map<string, VacancyCandidate>;
  private readonly x: Float64Array;
  private readonly y: Float64Array;
  private readonly start: Int32Array;
  private readonly end: Int32Array;
  private readonly kind: Uint8Array;
  /** The latest date of birth old enough for the vacancy (legal and employer's minimum), as a day number. */
  private readonly latestBirth: Int32Array;
  private readonly days: Uint8Array;
  private readonly hours: Float64Array;
  /** MENTOR | FIRST_WEEK | WORKS_ALONE. */
  private readonly support: Uint8Array;
  /** Vacancy i asks skills skillNumbers[skillStart[i] .. skillStart[i+1]) (SKILL_NUMBERS), languages likewise. */
  private readonly skillStart: Int32Array;
  private readonly skillNumbers: Int32Array;
  private readonly languageStart: Int32Array;
  private readonly languageNumbers: Int32Array;

  constructor(readonly vacancies: VacancyCandidate[]) {
    const n = vacancies.length;
    this.byId = new Map(vacancies.map((v) => [v.id, v]));
    this.x = new Float64Array(n);
    this.y = new Float64Array(n);
    this.start = new Int32Array(n);
    this.end = new Int32Array(n);
    this.kind = new Uint8Array(n);
    this.latestBirth = new Int32Array(n);
    this.days = new Uint8Array(n);
    this.hours = new Float64Array(n);
    this.support = new Uint8Array(n);
    this.skillStart = new Int32Array(n + 1);
    this.languageStart = new Int32Array(n + 1);
    const skills: number[] = [];
    const languages: number[] = [];
    vacancies.forEach((v, i) => {
      this.x[i] = v.position.lon * KM_PER_DEG_LON;
      this.y[i] = v.position.lat * KM_PER_DEG_LAT;
      this.start[i] = dayNumber(v.startDate);
      this.end[i] = dayNumber(v.endDate);
      this.kind[i] = KIND_BIT[v.kind] ?? 0;
      this.latestBirth[i] = latestBirthDay(v.startDate, Math.max(v.minLegalAge, v.employerMinAge));
      this.days[i] = weekdayMask(v.weekdays);
      this.hours[i] = v.hoursPerWeek;
      this.support[i] = (hasText(v.mentorName) ? MENTOR : 0) | (hasText(v.firstWeek) ? FIRST_WEEK : 0) | (v.traits.worksAlone ? WORKS_ALONE : 0);
      for (const code of v.skills) skills.push(SKILL_NUMBERS.of(code));
      for (const code of v.languages) languages.push(LANGUAGE_NUMBERS.of(code));
      this.skillStart[i + 1] = skills.length;
      this.languageStart[i + 1] = languages.length;
    });
    this.skillNumbers = Int32Array.from(skills);
    this.languageNumbers = Int32Array.from(languages);
  }

  /**
   * The vacancies of one of `kinds`, overlapping [from, to] when given, within the widened
   * travel circle (searchRadius) of the youth, for which the youth is old enough, and which share
   * a weekday with the youth's windows and ask at most twice the youth's most hours: necessary
   * conditions only, the core checks the exact ones.
   */
  reachable(
    youth: Pick<MatchYouth, 'position' | 'dateOfBirth' | 'availability' | 'skills' | 'interests' | 'languages' | 'wishedKinds' | 'priority'>,
    travelKm: number,
    kinds: readonly PlacementKind[],
    from: string | null | undefined,
    to: string | null | undefined,
    opts: CeilingOptions,
  ): ReachableVacancies {
    const bits = kinds.reduce((b, k) => b | (KIND_BIT[k] ?? 0), 0);
    const lo = from ? dayNumber(from) : -Infinity;
    const hi = to ? dayNumber(to) : Infinity;
    const px = youth.position.lon * KM_PER_DEG_LON;
    const py = youth.position.lat * KM_PER_DEG_LAT;
    const born = dayNumber(youth.dateOfBirth);
    const free = availabilitySummary(youth.availability);
    const maxAsked = free.maxHours * 2;
    const r = searchRadius(travelKm);
    const r2 = r * r;
    const skillWords = wordsFor(SKILL_NUMBERS);
    const youthSkills = new Uint32Array(skillWords);
    setCodeBits(youthSkills, 0, skillWords, SKILL_NUMBERS, [...youth.skills, ...youth.interests]);
    const languageWords = wordsFor(LANGUAGE_NUMBERS);
    const youthLanguages = new Uint32Array(languageWords);
    setCodeBits(youthLanguages, 0, languageWords, LANGUAGE_NUMBERS, youth.languages);
    const wishIndex = KINDS.map((k) => youth.wishedKinds.indexOf(k));
    const { x, y, start, end, kind, latestBirth, days, hours, support, skillStart, skillNumbers, languageStart, languageNumbers, vacancies } = this;
    const out: ReachableVacancies = { vacancies: [], ceilings: [] };
    for (let i = 0; i < vacancies.length; i++) {
      if ((kind[i]! & bits) === 0 || end[i]! < lo || start[i]! > hi || born > latestBirth[i]! || (days[i]! & free.days) === 0 || hours[i]! > maxAsked) continue;
      const dx = x[i]! - px;
      const dy = y[i]! - py;
      const d2 = dx * dx + dy * dy;
      if (d2 > r2) continue;
      let skillsHad = 0;
      for (let j = skillStart[i]!; j < skillStart[i + 1]!; j++) if (mayHaveCode(youthSkills, 0, skillWords, skillNumbers[j]!)) skillsHad++;
      let languagesHad = 0;
      for (let j = languageStart[i]!; j < languageStart[i + 1]!; j++) if (mayHaveCode(youthLanguages, 0, languageWords, languageNumbers[j]!)) languagesHad++;
      const s = support[i]!;
      out.vacancies.push(vacancies[i]!);
      out.ceilings.push(
        ceilingFromCounts(
          opts,
          kmAtLeastOnPlane(d2),
          skillStart[i + 1]! - skillStart[i]!,
          skillsHad,
          hours[i]!,
          free.maxHours,
          languageStart[i + 1]! - languageStart[i]!,
          languagesHad,
          wishIndex[31 - Math.clz32(kind[i]!)]!,
          (s & MENTOR) !== 0,
          (s & FIRST_WEEK) !== 0,
          youth.priority && (s & MENTOR) !== 0 && (s & WORKS_ALONE) === 0,
        ),
      );
    }
    return out;
  }
}
