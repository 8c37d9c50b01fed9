/**
 * The summer programme's rules, pure: its states and who moves it, the age band, and what a
 * youth's ranked choices may be.
 */
import { ageOn } from '@startbaan/youth/model';

export const PROGRAMME_STATUSES = ['draft', 'open', 'allocating', 'published', 'closed'] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];

/**
 * Where a programme may go from each state (WSP staff move it). `open`: sign-up, enrolment and
 * enlisting vacancies; `allocating`: the lists are fixed and allocation runs are drafted (back to
 * `open` reopens the lists); `published`: a run's matches became proposals (a next round goes
 * back through `allocating`); `closed`: final.
 */
export const PROGRAMME_FLOW: Readonly<Record<ProgrammeStatus, readonly ProgrammeStatus[]>> = {
  draft: ['open'],
  open: ['allocating', 'closed'],
  allocating: ['open', 'published', 'closed'],
  published: ['allocating', 'closed'],
  closed: [],
};

/** Employers and coaches see a programme once it is open; WSP staff also see drafts. */
export const VISIBLE_TO_ALL: readonly ProgrammeStatus[] = ['open', 'allocating', 'published', 'closed'];

/** States in which youths may be entered and choices changed, and employers may enlist vacancies. */
export const LISTS_OPEN: readonly ProgrammeStatus[] = ['draft', 'open'];
/** States in which an allocation run may be started (a draft run changes nothing until published). */
export const RUNS_ALLOWED: readonly ProgrammeStatus[] = ['open', 'allocating', 'published'];

export const DEFAULT_AGE_BAND = { min: 15, max: 21 } as const;
export const DEFAULT_MAX_CHOICES = 5;

/** The age band is checked on the first day of work: who is 21 then may take part. */
export function inAgeBand(dateOfBirth: string, p: { minAge: number; maxAge: number; workFrom: string }): boolean {
  const age = ageOn(dateOfBirth, p.workFrom);
  return age >= p.minAge && age <= p.maxAge;
}

export interface ChoiceProblem {
  field: string;
  detail: string;
}

/** A youth's ranked choices: each a programme vacancy, none twice, at most `maxChoices`. */
export function choiceProblems(choices: readonly string[], maxChoices: number, inProgramme: ReadonlySet<string>): ChoiceProblem[] {
  const problems: ChoiceProblem[] = [];
  if (choices.length > maxChoices) problems.push({ field: 'choices', detail: `at most ${maxChoices} choices in this programme, not ${choices.length}` });
  const seen = new Set<string>();
  choices.forEach((id, i) => {
    if (seen.has(id)) problems.push({ field: `choices[${i}]`, detail: 'chosen twice: each vacancy once, most wished first' });
    else if (!inProgramme.has(id)) problems.push({ field: `choices[${i}]`, detail: 'not a vacancy of this programme' });
    seen.add(id);
  });
  return problems;
}
