import { ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { FOLLOW_UP_MOMENTS, type FollowUpMoment, WORK_SKILLS, type WorkSkill } from '@startbaan/placements';

// What the task list answers: one schema per kind of task, told apart by kind, each with the ids
// of what it is about (data) for the portal's links. The services that make tasks decide data.

/** What every task has, whatever its kind. */
class TaskFields {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() titleNl: string;
  @ApiProperty() titleEn: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'null: no due date' }) dueOn: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'null: still to do' }) doneAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class CheckInTaskDataDto {
  @ApiProperty({ format: 'uuid' }) placementId: string;
  @ApiProperty({ format: 'uuid' }) checkInId: string;
  @ApiProperty({ example: 'Kandidaat 7KQ2' }) pseudonym: string;
}

/** A check-in of a placement is due (the coach who proposed the youth). */
export class CheckInTaskDto extends TaskFields {
  @ApiProperty({ enum: ['check_in'] }) kind: 'check_in';
  @ApiProperty({ type: CheckInTaskDataDto }) data: CheckInTaskDataDto;
}

export class CheckInConcernTaskDataDto {
  @ApiProperty({ format: 'uuid' }) placementId: string;
  @ApiProperty({ format: 'uuid' }) checkInId: string;
  @ApiProperty({ enum: WORK_SKILLS, isArray: true, description: 'the work skills rated a concern' }) skills: WorkSkill[];
}

/** A check-in rated a work skill a concern: talk it through with the youth and the employer. */
export class CheckInConcernTaskDto extends TaskFields {
  @ApiProperty({ enum: ['check_in_concern'] }) kind: 'check_in_concern';
  @ApiProperty({ type: CheckInConcernTaskDataDto }) data: CheckInConcernTaskDataDto;
}

export class FollowUpTaskDataDto {
  @ApiProperty({ format: 'uuid' }) placementId: string;
  @ApiProperty({ enum: FOLLOW_UP_MOMENTS }) moment: FollowUpMoment;
}

/** Record what became of the youth at the end of a placement, or 3 or 6 months later. */
export class FollowUpTaskDto extends TaskFields {
  @ApiProperty({ enum: ['follow_up'] }) kind: 'follow_up';
  @ApiProperty({ type: FollowUpTaskDataDto }) data: FollowUpTaskDataDto;
}

export class EmployerDormantTaskDataDto {
  @ApiProperty({ format: 'uuid' }) employerId: string;
  @ApiProperty({ format: 'date-time', description: 'since when it has had no open vacancy' }) since: string;
  @ApiProperty({ type: 'integer' }) lookBackMonths: number;
}

/** An employer has had no open vacancy for too long: get in touch (its account manager, else WSP staff). */
export class EmployerDormantTaskDto extends TaskFields {
  @ApiProperty({ enum: ['employer_dormant'] }) kind: 'employer_dormant';
  @ApiProperty({ type: EmployerDormantTaskDataDto }) data: EmployerDormantTaskDataDto;
}

export class IntakeContactTaskDataDto {
  @ApiProperty({ format: 'uuid' }) signupId: string;
  @ApiProperty() programmeName: string;
  @ApiProperty() firstName: string;
  @ApiProperty({ description: 'the number the code could not be sent to' }) phone: string;
  @ApiProperty({ description: 'why the text message was not sent' }) reason: string;
}

/** Someone signed up by phone and the code could not be sent: call them (WSP staff). */
export class IntakeContactTaskDto extends TaskFields {
  @ApiProperty({ enum: ['intake_contact'] }) kind: 'intake_contact';
  @ApiProperty({ type: IntakeContactTaskDataDto }) data: IntakeContactTaskDataDto;
}

export class EmailFailedTaskDataDto {
  @ApiProperty({ format: 'uuid' }) emailId: string;
  @ApiProperty({ example: 'proposal', description: 'the kind of e-mail; never who it was for' }) kind: string;
  @ApiProperty({ type: 'integer' }) attempts: number;
  @ApiProperty() reason: string;
}

/** An e-mail could not be sent after its last try: check the mail server (WSP staff). */
export class EmailFailedTaskDto extends TaskFields {
  @ApiProperty({ enum: ['email_failed'] }) kind: 'email_failed';
  @ApiProperty({ type: EmailFailedTaskDataDto }) data: EmailFailedTaskDataDto;
}

/** Every kind of task, for @ApiExtraModels. */
export const TASK_DTOS = [CheckInTaskDto, CheckInConcernTaskDto, FollowUpTaskDto, EmployerDormantTaskDto, IntakeContactTaskDto, EmailFailedTaskDto];

export type TaskDto = CheckInTaskDto | CheckInConcernTaskDto | FollowUpTaskDto | EmployerDormantTaskDto | IntakeContactTaskDto | EmailFailedTaskDto;

export class TaskListDto {
  @ApiProperty({
    type: 'array',
    items: { oneOf: TASK_DTOS.map((dto) => ({ $ref: getSchemaPath(dto) })) },
    description: 'those without a due date first, then the earliest due; at most 200. Each kind has its own data.',
  })
  items: TaskDto[];
}
