import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { TasksService } from '@startbaan/notifications';
import {
  END_REASONS,
  type EndReason,
  FOLLOW_UP_MOMENTS,
  FOLLOW_UP_STATUSES,
  type FollowUpMoment,
  type FollowUpStatus,
  PlacementsService,
  WORK_SKILLS,
} from '@startbaan/placements';
import { type Actor, CurrentActor, IsCalendarDate, Omittable, Roles, UsersService } from '@startbaan/platform';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { NestedObject, UuidPipe } from '../common.js';
import { ApiProblem } from '../responses.js';
import { EmployerPlacementDto, PlacementDto, WorkSkillsDto } from './placements.dto.js';
import { TASK_DTOS, TaskListDto } from './tasks.dto.js';

/** What a route answers that both sides of a placement may call. */
const eitherView = {
  description: "the employer gets the EmployerPlacement, the youth's side (coach, WSP staff) the Placement",
  schema: { anyOf: [{ $ref: getSchemaPath(PlacementDto) }, { $ref: getSchemaPath(EmployerPlacementDto) }] },
};
const ENDED = 'The placement has ended: check-ins can no longer change (placement-ended; state).';
const settings = {
  schema: {
    type: 'object',
    required: ['proposalSlaWorkingDays', 'checkInWeeks'],
    properties: { proposalSlaWorkingDays: { type: 'integer', minimum: 1, maximum: 60 }, checkInWeeks: { type: 'array', items: { type: 'integer', minimum: 1, maximum: 52 } } },
  },
};

export class CheckInDto {
  @ApiProperty({ type: WorkSkillsDto, description: `every one of ${WORK_SKILLS.join(', ')}` })
  @NestedObject(() => WorkSkillsDto)
  skills: WorkSkillsDto;

  @ApiPropertyOptional({ maxLength: 1000 }) @Omittable() @IsString() @MaxLength(1000) note?: string;
}

export class MentorNoteDto {
  @ApiProperty({ maxLength: 500, description: "the mentor's short note" }) @IsString() @MinLength(1) @MaxLength(500) note: string;
}

export class EndDto {
  @ApiProperty({ enum: ['completed', 'ended_early'] })
  @IsIn(['completed', 'ended_early'], { message: 'outcome must be one of completed, ended_early' })
  outcome: 'completed' | 'ended_early';

  @ApiPropertyOptional({ enum: END_REASONS, description: 'required when ended_early' })
  @Omittable()
  @IsIn(END_REASONS, { message: `reason must be one of ${END_REASONS.join(', ')}` })
  reason?: EndReason;

  @ApiPropertyOptional({ enum: FOLLOW_UP_STATUSES, description: 'what the youth goes on to, if known now' })
  @Omittable()
  @IsIn(FOLLOW_UP_STATUSES, { message: `status must be one of ${FOLLOW_UP_STATUSES.join(', ')}` })
  status?: FollowUpStatus;

  @ApiPropertyOptional({ example: '2027-08-27', description: 'the last day worked; today when left out' })
  @Omittable()
  @IsCalendarDate()
  endedOn?: string;
}

export class FollowUpDto {
  @ApiProperty({ enum: FOLLOW_UP_MOMENTS }) @IsIn(FOLLOW_UP_MOMENTS, { message: `moment must be one of ${FOLLOW_UP_MOMENTS.join(', ')}` }) moment: FollowUpMoment;
  @ApiProperty({ enum: FOLLOW_UP_STATUSES }) @IsIn(FOLLOW_UP_STATUSES, { message: `status must be one of ${FOLLOW_UP_STATUSES.join(', ')}` }) status: FollowUpStatus;
}

export class ReferenceDto {
  @ApiProperty({ maxLength: 2000, description: "the employer's reference for the youth's next application" }) @IsString() @MinLength(1) @MaxLength(2000) text: string;
}

@ApiTags('placements')
@ApiBearerAuth()
@ApiExtraModels(PlacementDto, EmployerPlacementDto)
@Controller('placements')
export class PlacementsController {
  constructor(private readonly placements: PlacementsService) {}

  @Get(':id')
  @ApiOperation({
    summary: 'A placement',
    description: "Coach and WSP: with the check-ins' work skills and the follow-ups. Employer: dates, hours, wage, its mentor notes and reference only. Everyone: the vacancy's vog (schema VacancyVogDto).",
  })
  @ApiOkResponse(eitherView)
  get(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<Record<string, unknown>> {
    return this.placements.get(actor, id);
  }

  @Put(':id/check-ins/:checkInId')
  @Roles('coach', 'wsp_staff', 'admin')
  @ApiOperation({
    summary: 'Record a check-in: each work skill good, working_on_it or concern (a concern becomes your task)',
    description: "By the youth's contact person (its coach, or WSP staff for a youth from open intake), on one of the placement's check-ins; recording it again overwrites it. Answers the placement.",
  })
  @ApiOkResponse({ type: PlacementDto })
  @ApiProblem(403, "Your role may not record check-ins (x-roles), or you are not the youth's contact person.")
  @ApiProblem(404, 'No such placement that you may see, or no such check-in of it.')
  @ApiProblem(409, ENDED)
  checkIn(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Param('checkInId', UuidPipe) checkInId: string, @Body() body: CheckInDto): Promise<Record<string, unknown>> {
    return this.placements.recordCheckIn(actor, id, checkInId, { skills: { ...body.skills }, note: body.note });
  }

  @Put(':id/check-ins/:checkInId/mentor-note')
  @Roles('employer')
  @ApiOperation({
    summary: "The mentor's short note on a check-in",
    description: "By the placement's employer, while the placement is active; writing it again overwrites it. Answers the placement as the employer sees it.",
  })
  @ApiOkResponse({ type: EmployerPlacementDto })
  @ApiProblem(404, 'No such placement of yours, or no such check-in of it.')
  @ApiProblem(409, ENDED)
  mentorNote(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Param('checkInId', UuidPipe) checkInId: string, @Body() body: MentorNoteDto): Promise<Record<string, unknown>> {
    return this.placements.mentorNote(actor, id, checkInId, body.note);
  }

  @Post(':id/end')
  @Roles('coach', 'employer', 'wsp_staff', 'admin')
  @HttpCode(200)
  @ApiOperation({
    summary: 'End the placement: completed, or ended_early with a reason; follow-ups at 3 and 6 months become the coach\'s tasks',
    description: "By the coach, the employer or WSP staff. The youth's contact person may say at once what the youth goes on to (status). Answers the placement.",
  })
  @ApiOkResponse(eitherView)
  @ApiProblem(400, 'Invalid input: errors names each field; also ended_early without a reason or completed with one, an end before the start, status from someone who is not the contact person.')
  @ApiProblem(409, 'The placement has ended already (invalid-transition: currentState and allowed).')
  end(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: EndDto): Promise<Record<string, unknown>> {
    return this.placements.end(actor, id, body);
  }

  @Put(':id/follow-ups')
  @Roles('coach', 'wsp_staff', 'admin')
  @ApiOperation({
    summary: 'What became of the youth at the end, after 3 or after 6 months',
    description: 'By the coach or WSP staff, once the placement has ended; recording a moment again replaces it, and the follow-up task of that moment is done with it. Monitoring counts these.',
  })
  @ApiOkResponse({ type: PlacementDto })
  @ApiProblem(409, 'The placement has not ended yet (placement-active; state).')
  followUp(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: FollowUpDto): Promise<Record<string, unknown>> {
    return this.placements.followUp(actor, id, body);
  }

  @Put(':id/reference')
  @Roles('employer')
  @ApiOperation({
    summary: "Write the reference for the youth's next application",
    description: "By the placement's employer, at any time; writing it again replaces it. The youth's coach is told.",
  })
  @ApiOkResponse({ type: EmployerPlacementDto })
  reference(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: ReferenceDto): Promise<Record<string, unknown>> {
    return this.placements.reference(actor, id, body.text);
  }

  @Put(':id/referee')
  @Roles('wsp_staff', 'admin')
  @ApiOperation({
    summary: "Name yourself (WSP) as referee for the youth's next application",
    description: 'The coach sees your name and e-mail address as the referee on the placement; naming yourself again replaces whoever was named.',
  })
  @ApiOkResponse({ type: PlacementDto })
  referee(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<Record<string, unknown>> {
    return this.placements.nameReferee(actor, id);
  }
}

export class TasksQuery {
  @ApiPropertyOptional({ description: 'only tasks not done yet (default true)' })
  @Omittable()
  @Type(() => String)
  @IsIn(['true', 'false'], { message: 'open must be true or false' })
  open?: 'true' | 'false';
}

export class LanguageDto {
  @ApiProperty({ enum: ['nl', 'en'] }) @IsIn(['nl', 'en'], { message: 'language must be one of nl, en' }) language: 'nl' | 'en';
}

@ApiTags('me')
@ApiBearerAuth()
@ApiExtraModels(...TASK_DTOS)
@Controller('me')
export class MeController {
  constructor(
    private readonly tasks: TasksService,
    private readonly users: UsersService,
  ) {}

  @Get('tasks')
  @ApiOperation({
    summary: 'Your tasks: check-ins due, concerns to act on, follow-ups to record',
    description: 'Open tasks by default (open=false: done ones too), those without a due date first, then the earliest due; at most 200.',
  })
  @ApiOkResponse({ type: TaskListDto })
  async list(@CurrentActor() actor: Actor, @Query() q: TasksQuery): Promise<{ items: unknown[] }> {
    return { items: await this.tasks.list(actor, { open: q.open !== 'false' }) };
  }

  @Post('tasks/:id/done')
  @HttpCode(204)
  @ApiOperation({ summary: 'Mark a task done', description: 'Only your own tasks; marking one done again changes nothing.' })
  @ApiNoContentResponse({ description: 'Done.' })
  async done(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<void> {
    await this.tasks.markDone(actor, id);
  }

  @Put('language')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Your language (nl or en): of your e-mails, and of what the API writes for you (the VOG summary of a vacancy)',
    description: 'E-mails follow at once; the API reads the language from the access token, so there it counts from the next token (refresh it, or sign in again).',
  })
  @ApiNoContentResponse({ description: 'Saved.' })
  async language(@CurrentActor() actor: Actor, @Body() body: LanguageDto): Promise<void> {
    await this.users.setLanguage(actor, body.language);
  }
}

export class RegionSettingsDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 60, description: 'working days an employer has to answer a proposal before it expires' })
  @Omittable()
  @IsInt({ message: 'proposalSlaWorkingDays must be a whole number' })
  @Min(1)
  @Max(60)
  proposalSlaWorkingDays?: number;

  @ApiPropertyOptional({ type: [Number], example: [1, 2, 4], minimum: 1, maximum: 52, description: 'check-ins at the end of these weeks of new placements (the last week always has one)' })
  @Omittable()
  @IsArray({ message: 'checkInWeeks must be a list of week numbers' })
  @ArrayMaxSize(12)
  @IsInt({ each: true, message: 'checkInWeeks must hold whole week numbers' })
  @Min(1, { each: true, message: 'checkInWeeks must hold weeks from 1 to 52' })
  @Max(52, { each: true, message: 'checkInWeeks must hold weeks from 1 to 52' })
  checkInWeeks?: number[];
}

@ApiTags('placements')
@ApiBearerAuth()
@Controller('region/settings')
export class RegionSettingsController {
  constructor(private readonly placements: PlacementsService) {}

  @Get()
  @ApiOperation({
    summary: "The region's placement settings: proposal SLA and check-in weeks",
    description: 'For everyone of the region: how many working days an employer has to answer a proposal before it expires, and the weeks of new placements that get a check-in.',
  })
  @ApiOkResponse(settings)
  @ApiProblem(404, 'The region of your account no longer exists.')
  get(@CurrentActor() actor: Actor): Promise<Record<string, unknown>> {
    return this.placements.settings(actor);
  }

  @Put()
  @Roles('wsp_staff', 'admin')
  @ApiOperation({
    summary: 'Change the proposal SLA or the check-in weeks (new placements follow the new weeks)',
    description: 'A field left out stays as it is. Audited. Placements made before keep their check-ins.',
  })
  @ApiOkResponse(settings)
  put(@CurrentActor() actor: Actor, @Body() body: RegionSettingsDto): Promise<Record<string, unknown>> {
    return this.placements.updateSettings(actor, body);
  }
}
