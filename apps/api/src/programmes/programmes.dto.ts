import { ApiProperty } from '@nestjs/swagger';
import { VACANCY_KINDS } from '@startbaan/employers';
import { PROGRAMME_STATUSES, type ProgrammeStatus, type RunStatus } from '@startbaan/programmes';
import { NEXT_CURSOR } from '../common.dto.js';
import { VacancyVogDto } from '../employers/employers.dto.js';

// What the programme routes answer (ProgrammesService and AllocationService build them).

const RUN_STATUSES: readonly RunStatus[] = ['queued', 'running', 'draft', 'failed', 'published', 'superseded'];

export class ProgrammeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) regionId: string;
  @ApiProperty({ example: 'Zomerbanen 2027' }) name: string;
  @ApiProperty({ type: 'integer', description: 'the youngest age on the first day of work' }) minAge: number;
  @ApiProperty({ type: 'integer', description: 'the oldest age on the first day of work' }) maxAge: number;
  @ApiProperty({ format: 'date', description: 'first day of sign-up and enrolment' }) applyFrom: string;
  @ApiProperty({ format: 'date' }) applyTo: string;
  @ApiProperty({ format: 'date', description: 'first day of work' }) workFrom: string;
  @ApiProperty({ format: 'date' }) workTo: string;
  @ApiProperty({ type: 'integer', description: 'how many vacancies a youth may choose' }) maxChoices: number;
  @ApiProperty({ description: 'only summer jobs, or other kinds too' }) summerJobsOnly: boolean;
  @ApiProperty({ enum: PROGRAMME_STATUSES }) status: ProgrammeStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'when it first opened' }) openedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt: string | null;
  @ApiProperty({ type: 'integer' }) version: number;
}

/** A vacancy enlisted in a programme, with its places there. */
export class ProgrammeVacancyDto {
  @ApiProperty({ format: 'uuid' }) vacancyId: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: VACANCY_KINDS }) kind: string;
  @ApiProperty({ format: 'uuid' }) employerId: string;
  @ApiProperty() employerName: string;
  @ApiProperty({ example: '3072' }) pc4: string;
  @ApiProperty({ format: 'date' }) startDate: string;
  @ApiProperty({ format: 'date' }) endDate: string;
  @ApiProperty({ type: 'integer', description: 'places for the programme' }) places: number;
  @ApiProperty({ type: VacancyVogDto }) vog: VacancyVogDto;
}

/** A youth in a programme, with the ranked choices. */
export class ProgrammeEntryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) youthId: string;
  @ApiProperty({ example: 'Kandidaat 7KQ2' }) pseudonym: string;
  @ApiProperty({ enum: ['intake', 'coach'], description: 'open intake, or enrolled by a coach' }) source: 'intake' | 'coach';
  @ApiProperty({ type: [String], format: 'uuid', description: "the programme's vacancy ids, most wished first" }) choices: string[];
  @ApiProperty({ enum: ['entered', 'proposed', 'withdrawn'] }) status: 'entered' | 'proposed' | 'withdrawn';
  @ApiProperty({ description: 'priority yes/no (the reason stays with the coach)' }) priority: boolean;
}

export class ProgrammeEntryPageDto {
  @ApiProperty({ type: [ProgrammeEntryDto], description: 'in the order they were entered' }) items: ProgrammeEntryDto[];
  @ApiProperty(NEXT_CURSOR) nextCursor: string | null;
}

/** How long each part of a run took, in milliseconds; load = read + build. */
export class AllocationTimesDto {
  @ApiProperty() load: number;
  @ApiProperty({ description: 'reading the input from PostgreSQL' }) read: number;
  @ApiProperty({ description: 'checking and scoring every choice' }) build: number;
  @ApiProperty() allocate: number;
  @ApiProperty() check: number;
  @ApiProperty() store: number;
  @ApiProperty() total: number;
}

/** What a finished run found: the sizes, the matches and the checks of the result. */
export class AllocationReportDto {
  @ApiProperty({ type: 'integer' }) round: number;
  @ApiProperty({ type: 'integer' }) seed: number;
  @ApiProperty({ type: 'integer' }) youths: number;
  @ApiProperty({ type: 'integer' }) vacancies: number;
  @ApiProperty({ type: 'integer' }) places: number;
  @ApiProperty({ type: 'integer' }) choices: number;
  @ApiProperty({ type: 'integer', description: 'choices that pass the hard filters' }) feasibleChoices: number;
  @ApiProperty({ type: 'integer', description: 'youths who chose nothing, whose choices were made for them from the best-scoring fitting vacancies' }) choicesMadeForYouths: number;
  @ApiProperty({ type: 'integer', description: 'choices dropped because the vacancy is no longer in the programme' }) choicesNoLongerOffered: number;
  @ApiProperty({ type: 'integer', description: "choices dropped because the vacancy's employer already had a proposal for the youth" }) choicesAtEmployersMetBefore: number;
  @ApiProperty({ type: 'integer' }) matched: number;
  @ApiProperty({ type: 'integer' }) unmatched: number;
  @ApiProperty({ type: 'integer' }) priorityYouths: number;
  @ApiProperty({ type: 'integer' }) priorityMatched: number;
  @ApiProperty({ type: 'integer', description: 'the same seed and choices without the priority tier: what the tier changes' }) priorityMatchedWithoutTier: number;
  @ApiProperty({ type: 'integer', description: 'pairs who would both rather have each other (0 for a stable result)' }) blockingPairs: number;
  @ApiProperty({ type: 'integer' }) overCapacity: number;
  @ApiProperty({ type: 'integer' }) outsideChoices: number;
  @ApiProperty({ type: 'integer' }) infeasibleMatches: number;
  @ApiProperty({ type: AllocationTimesDto }) ms: AllocationTimesDto;
  @ApiProperty({ type: 'integer', description: "the worker's peak memory in MB" }) peakRssMb: number;
}

export class AllocationRunDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty({ type: 'integer', description: 'the round of allocation: 1, then one more after each publishing' }) round: number;
  @ApiProperty({ type: 'integer', description: 'the lottery seed: the same seed and input give the same result' }) seed: number;
  @ApiProperty({ enum: RUN_STATUSES }) status: RunStatus;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100, description: 'percent done' }) progress: number;
  @ApiProperty({ format: 'date-time' }) startedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finishedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt: string | null;
  @ApiProperty({ type: AllocationReportDto, nullable: true, description: 'once finished as a draft' }) report: AllocationReportDto | null;
  @ApiProperty({ type: String, nullable: true, description: 'why it failed' }) error: string | null;
}

/** A youth of a run, with the vacancy matched or none. */
export class RunMatchDto {
  @ApiProperty({ format: 'uuid' }) youthId: string;
  @ApiProperty({ example: 'Kandidaat 7KQ2' }) pseudonym: string;
  @ApiProperty() priority: boolean;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: "null: no match (the youth goes into the next round)" }) vacancyId: string | null;
  @ApiProperty({ type: String, nullable: true }) vacancyTitle: string | null;
  @ApiProperty({ type: VacancyVogDto, nullable: true, description: "the matched vacancy's VOG; null without a match" }) vog: VacancyVogDto | null;
  @ApiProperty({ type: 'integer', nullable: true, description: "the match's place among the youth's choices, 1 first" }) choiceRank: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) score: number | null;
}

export class PublishedRunDto {
  @ApiProperty({ type: AllocationRunDto }) run: AllocationRunDto;
  @ApiProperty({ type: 'integer', description: 'proposals made' }) proposals: number;
  @ApiProperty({ type: 'integer', description: 'matches left out: the youth withdrew consent to introductions' }) withoutConsent: number;
  @ApiProperty({ type: 'integer', description: 'matches left out: the employer met the youth meanwhile' }) employerMetBefore: number;
}
