/**
 * From a programme's youths and vacancies to the allocation core's flat arrays, pure: each
 * choice is checked against the hard filters and scored by the one matching core, so the
 * allocation, the suggestions and the match alerts agree on what fits.
 */
import { type FailureCode, feasibility, type MatchContext, type MatchVacancy, type MatchYouth, score } from '@startbaan/matching/core';
import type { AllocationInstance } from './deferred-acceptance.js';

/**
 * The hard filters of an allocation (legal and employer age, availability, education for mbo
 * places, the vacancy still open). Distance and the wished kinds are the youth's own choice here:
 * a youth who ranks a vacancy wants it.
 */
export const ALLOCATION_FILTERS: ReadonlySet<string> = new Set<FailureCode>(['not_open', 'too_young_legal', 'too_young_employer', 'availability', 'education']);

export interface ProgrammeYouth {
  youth: MatchYouth;
  /** Vacancy ids, most wished first; empty: choose for the youth (see buildInstance). */
  choices: readonly string[];
  /**
   * Vacancies of employers that already had a proposal for this youth, in any state: a round
   * never brings an employer a candidate it has met, so that who comes back after a decline
   * (the priority tier decides that) cannot be seen.
   */
  metAt?: ReadonlySet<string>;
}

export interface ProgrammeVacancyPlaces {
  vacancy: MatchVacancy;
  /** Places still to fill in this round. */
  places: number;
}

export interface BuiltInstance {
  instance: AllocationInstance;
  youthIds: string[];
  vacancyIds: string[];
  /** Youths whose choices were made for them from the best-scoring fitting vacancies. */
  suggested: number;
  /** Choices dropped because the vacancy is no longer in the programme. */
  unknownChoices: number;
  /** Choices dropped because the vacancy's employer already had a proposal for the youth. */
  metChoices: number;
}

const passes = (y: MatchYouth, v: MatchVacancy, ctx: MatchContext): boolean => feasibility(y, v, ctx).failures.every((f) => !ALLOCATION_FILTERS.has(f.code));

/** The shared score (the employer-side components only: priority counts through the tier, nothing else). */
const sharedScore = (y: MatchYouth, v: MatchVacancy, ctx: MatchContext): number => score(y, v, ctx, { side: 'shared' }).total;

/**
 * Builds the instance. A youth without choices (from open intake, whose contact did not rank
 * for them) gets up to `maxChoices` choices made for them: the fitting programme vacancies of a
 * kind they wish and within their travel distance, best score first, as suggestions would show.
 */
export function buildInstance(youths: readonly ProgrammeYouth[], vacancies: readonly ProgrammeVacancyPlaces[], ctx: MatchContext, maxChoices: number): BuiltInstance {
  const vacancyIndex = new Map(vacancies.map((v, i) => [v.vacancy.id, i]));
  const choiceStart = new Int32Array(youths.length + 1);
  const choices: number[] = [];
  const scores: number[] = [];
  const feasible: number[] = [];
  const priority = new Uint8Array(youths.length);
  let suggested = 0;
  let unknownChoices = 0;
  let metChoices = 0;
  const none: ReadonlySet<string> = new Set();
  youths.forEach((py, i) => {
    const metAt = py.metAt ?? none;
    const y = py.youth;
    priority[i] = y.priority ? 1 : 0;
    let ranked: number[];
    if (py.choices.length) {
      ranked = [];
      for (const id of py.choices) {
        const at = vacancyIndex.get(id);
        if (at === undefined) unknownChoices++;
        else if (metAt.has(id)) metChoices++;
        else ranked.push(at);
      }
    } else {
      ranked = suggestChoices(y, vacancies, ctx, maxChoices, metAt);
      if (ranked.length) suggested++;
    }
    for (const at of ranked) {
      const v = vacancies[at]!.vacancy;
      const ok = passes(y, v, ctx);
      choices.push(at);
      feasible.push(ok ? 1 : 0);
      scores.push(ok ? sharedScore(y, v, ctx) : 0);
    }
    choiceStart[i + 1] = choices.length;
  });
  return {
    instance: {
      youths: youths.length,
      priority,
      choiceStart,
      choices: Int32Array.from(choices),
      scores: Uint8Array.from(scores),
      feasible: Uint8Array.from(feasible),
      places: Int32Array.from(vacancies.map((v) => Math.max(0, v.places))),
    },
    youthIds: youths.map((y) => y.youth.id),
    vacancyIds: vacancies.map((v) => v.vacancy.id),
    suggested,
    unknownChoices,
    metChoices,
  };
}

function suggestChoices(y: MatchYouth, vacancies: readonly ProgrammeVacancyPlaces[], ctx: MatchContext, maxChoices: number, metAt: ReadonlySet<string>): number[] {
  const fitting: { at: number; score: number; km: number; id: string }[] = [];
  vacancies.forEach((pv, at) => {
    if (metAt.has(pv.vacancy.id)) return;
    const f = feasibility(y, pv.vacancy, ctx);
    const ok = f.failures.every((x) => !ALLOCATION_FILTERS.has(x.code) && x.code !== 'kind_not_wished' && x.code !== 'too_far');
    if (ok && pv.places > 0) fitting.push({ at, score: sharedScore(y, pv.vacancy, ctx), km: f.distanceKm, id: pv.vacancy.id });
  });
  fitting.sort((a, b) => b.score - a.score || a.km - b.km || a.id.localeCompare(b.id));
  return fitting.slice(0, maxChoices).map((f) => f.at);
}
