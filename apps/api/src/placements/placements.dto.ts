import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { CHECK_IN_LABELS, type CheckInLabel, END_REASONS, FOLLOW_UP_MOMENTS, FOLLOW_UP_STATUSES, SKILL_RATINGS, type SkillRating } from '@startbaan/placements';
import { VacancyVogDto } from '../employers/employers.dto.js';

// What the placement routes answer (PlacementsService builds them). The employer reads a placement
// through its own database role, which cannot see the coach's check-ins: EmployerPlacementDto is
// that view, PlacementDto the coach's organisation's and the WSP's.

const ratingRule = { message: `each work skill must be one of ${SKILL_RATINGS.join(', ')}` };
/** The work skills of a check-in, each rated: what a coach records (CheckInDto) and reads back. */
export class WorkSkillsDto {
  @ApiProperty({ enum: SKILL_RATINGS, description: 'comes on time' }) @IsIn(SKILL_RATINGS, ratingRule) onTime: SkillRating;
  @ApiProperty({ enum: SKILL_RATINGS, description: 'calls in sick properly' }) @IsIn(SKILL_RATINGS, ratingRule) callsInSick: SkillRating;
  @ApiProperty({ enum: SKILL_RATINGS, description: 'reports being late' }) @IsIn(SKILL_RATINGS, ratingRule) reportsLateness: SkillRating;
  @ApiProperty({ enum: SKILL_RATINGS, description: 'follows instructions' }) @IsIn(SKILL_RATINGS, ratingRule) followsInstructions: SkillRating;
  @ApiProperty({ enum: SKILL_RATINGS, description: 'asks for help' }) @IsIn(SKILL_RATINGS, ratingRule) asksForHelp: SkillRating;
}

const PLACEMENT_STATES = ['active', 'completed', 'ended_early'] as const;

/** A check-in as the employer sees it: when it is due and the mentor's note, nothing of the coach's. */
export class EmployerCheckInDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: CHECK_IN_LABELS, description: 'week: at the end of that week of the placement; last_week: in its last week' }) label: CheckInLabel;
  @ApiProperty({ type: 'integer' }) week: number;
  @ApiProperty({ format: 'date' }) dueOn: string;
  @ApiProperty({ type: String, nullable: true, description: "the mentor's short note" }) mentorNote: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) mentorNoteAt: string | null;
}

/** A check-in as the youth's side sees it: the coach's ratings and note, and the mentor's note. */
export class CheckInViewDto extends EmployerCheckInDto {
  @ApiProperty({ type: WorkSkillsDto, nullable: true, description: 'each work skill rated; null until recorded' }) skills: WorkSkillsDto | null;
  @ApiProperty({ type: String, nullable: true, description: "the coach's note" }) note: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'null until recorded' }) recordedAt: string | null;
}

export class PlacementOutcomeDto {
  @ApiProperty({ enum: FOLLOW_UP_MOMENTS }) moment: string;
  @ApiProperty({ enum: FOLLOW_UP_STATUSES, description: 'what the youth went on to' }) status: string;
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
}

export class RefereeDto {
  @ApiProperty() name: string;
  @ApiProperty() email: string;
}

/** The fields of a placement both sides see. */
class PlacementFields {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) proposalId: string;
  @ApiProperty({ format: 'uuid' }) vacancyId: string;
  @ApiProperty({ type: VacancyVogDto }) vog: VacancyVogDto;
  @ApiProperty({ format: 'date' }) startDate: string;
  @ApiProperty({ format: 'date' }) endDate: string;
  @ApiProperty() hoursPerWeek: number;
  @ApiProperty({ type: Number, nullable: true, description: 'gross euros an hour; null for work experience' }) hourlyWage: number | null;
  @ApiProperty({ enum: PLACEMENT_STATES }) state: (typeof PLACEMENT_STATES)[number];
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'the last day worked, once ended' }) endedOn: string | null;
  @ApiProperty({ enum: [...END_REASONS, null], nullable: true, description: 'why it ended early; null otherwise' }) endReason: string | null;
  @ApiProperty({ type: String, nullable: true, description: "the employer's reference for the youth's next application" }) referenceText: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) referenceAt: string | null;
}

/** A placement as its employer sees it: dates, hours, wage, its mentor notes and its reference. */
export class EmployerPlacementDto extends PlacementFields {
  @ApiProperty({ type: [EmployerCheckInDto], description: 'in week order' }) checkIns: EmployerCheckInDto[];
}

/** A placement as the coach's organisation and WSP staff see it. */
export class PlacementDto extends PlacementFields {
  @ApiProperty({ format: 'uuid' }) regionId: string;
  @ApiProperty({ format: 'uuid' }) employerId: string;
  @ApiProperty({ format: 'uuid' }) youthId: string;
  @ApiProperty({ example: 'Kandidaat 7KQ2' }) pseudonym: string;
  @ApiProperty() vacancyTitle: string;
  @ApiProperty({ type: [CheckInViewDto], description: 'in week order' }) checkIns: CheckInViewDto[];
  @ApiProperty({ type: [PlacementOutcomeDto], description: 'what became of the youth at the end and at the follow-ups, in the order recorded' }) outcomes: PlacementOutcomeDto[];
  @ApiProperty({ type: RefereeDto, nullable: true, description: "the WSP staff member named as referee; null: none" }) referee: RefereeDto | null;
}
