import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags, PartialType } from '@nestjs/swagger';
import { type AllocationRun, AllocationService, type Entry, type Programme, PROGRAMME_STATUSES, type ProgrammeStatus, ProgrammesService, type ProgrammeVacancy, type RunMatch } from '@startbaan/programmes';
import { type Actor, CurrentActor, IsCalendarDate, Omittable, type Page, PageQuery, Roles } from '@startbaan/platform';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { UuidPipe } from '../common.js';
import { ApiProblem } from '../responses.js';
import { AllocationRunDto, ProgrammeDto, ProgrammeEntryDto, ProgrammeEntryPageDto, ProgrammeVacancyDto, PublishedRunDto, RunMatchDto } from './programmes.dto.js';

const WINDOWS = 'maxAge below minAge, a window that ends before it starts, or work that starts before sign-up ends';
const LISTS_CLOSED = 'The programme is not draft or open: its lists are closed (programme-lists-closed; currentState).';

export class CreateProgrammeDto {
  @ApiProperty({ example: 'Zomerbanen 2027', maxLength: 120 }) @IsString() @MinLength(3) @MaxLength(120) name: string;
  @ApiPropertyOptional({ default: 15, minimum: 13, maximum: 27 }) @Omittable() @IsInt() @Min(13) @Max(27) minAge?: number;
  @ApiPropertyOptional({ default: 21, minimum: 13, maximum: 27 }) @Omittable() @IsInt() @Min(13) @Max(27) maxAge?: number;
  @ApiProperty({ example: '2027-03-01', description: 'first day of sign-up and enrolment' }) @IsCalendarDate() applyFrom: string;
  @ApiProperty({ example: '2027-05-15' }) @IsCalendarDate() applyTo: string;
  @ApiProperty({ example: '2027-07-05', description: 'first day of work (the age band is checked on it)' }) @IsCalendarDate() workFrom: string;
  @ApiProperty({ example: '2027-08-27' }) @IsCalendarDate() workTo: string;
  @ApiPropertyOptional({ default: 5, minimum: 1, maximum: 20 }) @Omittable() @IsInt() @Min(1) @Max(20) maxChoices?: number;
  @ApiPropertyOptional({ default: true, description: 'only summer jobs, or other kinds too' }) @Omittable() @IsBoolean() summerJobsOnly?: boolean;
}

// Left out is unchanged; null is checked (and refused) as the field's own rules say, as everywhere.
export class UpdateProgrammeDto extends PartialType(CreateProgrammeDto, { skipNullProperties: false }) {}

export class ProgrammeStatusDto {
  @ApiProperty({ enum: PROGRAMME_STATUSES }) @IsIn(PROGRAMME_STATUSES, { message: `status must be one of ${PROGRAMME_STATUSES.join(', ')}` }) status: ProgrammeStatus;
}

export class EnlistDto {
  @ApiProperty({ minimum: 1, maximum: 999, description: "places for the programme, at most the vacancy's own" }) @IsInt() @Min(1) @Max(999) places: number;
}

export class ChoicesDto {
  @ApiProperty({ type: [String], description: "the programme's vacancy ids, most wished first (at most the programme's maxChoices)" })
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: 'each choice must be a vacancy id (UUID)' })
  choices: string[];
}

export class StartRunDto {
  @ApiPropertyOptional({ minimum: 0, maximum: 4294967295, description: 'the lottery seed, to reproduce a run; drawn at random when left out' })
  @Omittable()
  @IsInt()
  @Min(0)
  @Max(4294967295)
  seed?: number;
}

@ApiTags('programmes')
@ApiBearerAuth()
@Controller('programmes')
export class ProgrammesController {
  constructor(
    private readonly programmes: ProgrammesService,
    private readonly allocation: AllocationService,
  ) {}

  @Post()
  @Roles('wsp_staff', 'admin')
  @ApiOperation({
    summary: 'Create a summer programme (draft): age band, sign-up and work windows, choices per youth, kinds',
    description: 'Only WSP staff see a draft; it opens with POST /programmes/{id}/status. Left out: ages 15 to 21, 5 choices, summer jobs only.',
  })
  @ApiCreatedResponse({ type: ProgrammeDto })
  @ApiProblem(400, `Invalid input: errors names each field; also ${WINDOWS}.`)
  @ApiProblem(409, 'The region has a programme of this name already (programme-name-taken).')
  create(@CurrentActor() actor: Actor, @Body() body: CreateProgrammeDto): Promise<Programme> {
    return this.programmes.create(actor, body);
  }

  @Get()
  @ApiOperation({
    summary: "The region's programmes (WSP staff also see drafts)",
    description: 'Latest work window first. Coaches and employers see a programme once it is open.',
  })
  @ApiOkResponse({ type: [ProgrammeDto] })
  list(@CurrentActor() actor: Actor): Promise<Programme[]> {
    return this.programmes.list(actor);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A programme', description: 'A draft answers 404 to anyone but WSP staff and admins.' })
  @ApiOkResponse({ type: ProgrammeDto })
  get(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<Programme> {
    return this.programmes.get(actor, id);
  }

  @Patch(':id')
  @Roles('wsp_staff', 'admin')
  @ApiOperation({ summary: 'Change a draft programme', description: 'A field left out stays as it is. Once open, a programme keeps its settings.' })
  @ApiOkResponse({ type: ProgrammeDto })
  @ApiProblem(400, `Invalid input: errors names each field; also ${WINDOWS}, on the programme as changed.`)
  @ApiProblem(409, 'The programme is not a draft any more (programme-not-draft).')
  update(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: UpdateProgrammeDto): Promise<Programme> {
    return this.programmes.update(actor, id, body);
  }

  @Post(':id/status')
  @Roles('wsp_staff', 'admin')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Move the programme: draft → open → allocating → published → closed (allocating ↔ open, published → allocating for a next round)',
    description:
      'Opening takes the baseline monitoring snapshot, closing the last one. Publishing goes through POST /programmes/{id}/allocation-runs/{runId}/publish. Moving to the status it has changes nothing.',
  })
  @ApiOkResponse({ type: ProgrammeDto })
  @ApiProblem(409, 'Not allowed from the current state (programme-transition): currentState and allowed are given.')
  move(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: ProgrammeStatusDto): Promise<Programme> {
    return this.programmes.moveTo(actor, id, body.status);
  }

  @Get(':id/vacancies')
  @ApiOperation({ summary: "The programme's vacancies with their places (an employer sees its own)", description: 'Each with its vog (schema VacancyVogDto): basis, the summary in your language, the guidance route.' })
  @ApiOkResponse({ type: [ProgrammeVacancyDto] })
  vacancies(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<ProgrammeVacancy[]> {
    return this.programmes.vacancies(actor, id);
  }

  @Put(':id/vacancies/:vacancyId')
  @Roles('employer', 'wsp_staff', 'admin')
  @ApiOperation({
    summary: 'Enlist a vacancy with a number of places (or change the places), while the programme is draft or open',
    description: 'An employer enlists its own vacancies; WSP staff any of the region. The vacancy must be open or in review, of a kind the programme takes and within its work window.',
  })
  @ApiOkResponse({ type: ProgrammeVacancyDto })
  @ApiProblem(400, "Invalid input: errors names each field; also a kind the programme does not take, dates outside its work window, more places than the vacancy's own.")
  @ApiProblem(404, 'No such programme that you may see, or no such vacancy of yours (of the region, for WSP staff).')
  @ApiProblem(409, `${LISTS_CLOSED} Or the vacancy is not open or in review (vacancy-not-open).`)
  enlist(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Param('vacancyId', UuidPipe) vacancyId: string, @Body() body: EnlistDto): Promise<ProgrammeVacancy> {
    return this.programmes.enlist(actor, id, vacancyId, body.places);
  }

  @Delete(':id/vacancies/:vacancyId')
  @Roles('employer', 'wsp_staff', 'admin')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Take a vacancy out of the programme (its choices go too), while the programme is draft or open',
    description: "The youths' choices of it are removed from their entries. An employer takes out its own vacancies only.",
  })
  @ApiNoContentResponse({ description: 'Taken out.' })
  @ApiProblem(404, 'No such programme that you may see, or the vacancy is not in it (or not yours).')
  @ApiProblem(409, LISTS_CLOSED)
  async withdrawVacancy(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Param('vacancyId', UuidPipe) vacancyId: string): Promise<void> {
    await this.programmes.withdrawVacancy(actor, id, vacancyId);
  }

  @Get(':id/entries')
  @Roles('coach', 'wsp_staff', 'admin')
  @ApiOperation({
    summary: "Youths in the programme with their choices, a page in the order they were entered: a coach sees their own organisation's, WSP staff everyone",
    description: 'Each entry: the pseudonym, where it came from (coach or open intake), the ranked choices, its status and priority yes/no.',
  })
  @ApiOkResponse({ type: ProgrammeEntryPageDto })
  entries(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Query() query: PageQuery): Promise<Page<Entry>> {
    return this.programmes.entries(actor, id, query);
  }

  @Put(':id/entries/:youthId')
  @Roles('coach', 'wsp_staff', 'admin')
  @ApiOperation({
    summary: "Enrol a youth with ranked choices, or change them (coach: own youths; WSP staff: youths from open intake)",
    description: "The choices are the programme's vacancy ids, most wished first, at most its maxChoices. The youth must be in the programme's age band on its first day of work.",
  })
  @ApiOkResponse({ type: ProgrammeEntryDto })
  @ApiProblem(400, "Invalid input: errors names each field; also a youth outside the age band, too many choices, a repeated choice or one that is not the programme's.")
  @ApiProblem(404, 'No such programme that you may see, or no such youth you are the contact of.')
  @ApiProblem(409, `${LISTS_CLOSED} Or the youth has not consented to introductions (no-consent).`)
  enter(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Param('youthId', UuidPipe) youthId: string, @Body() body: ChoicesDto): Promise<Entry> {
    return this.programmes.enter(actor, id, youthId, body.choices);
  }

  @Delete(':id/entries/:youthId')
  @Roles('coach', 'wsp_staff', 'admin')
  @HttpCode(204)
  @ApiOperation({ summary: 'Take a youth out of the programme', description: "The entry is kept as withdrawn; the youth's choices no longer count in a run." })
  @ApiNoContentResponse({ description: 'Taken out.' })
  @ApiProblem(404, 'No such programme that you may see, or the youth has no entry in it that you may see.')
  async withdrawEntry(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Param('youthId', UuidPipe) youthId: string): Promise<void> {
    await this.programmes.withdrawEntry(actor, id, youthId);
  }

  @Post(':id/allocation-runs')
  @Roles('wsp_staff', 'admin')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Start an allocation run (a draft; its seed is recorded): follow its progress on the run',
    description: 'Queued as a job on the allocation queue; the answer is the queued run. One run at a time per programme; a new run supersedes the draft before it.',
  })
  @ApiAcceptedResponse({ type: AllocationRunDto })
  @ApiProblem(409, 'A run of this programme is still going (allocation-running: runId), or the programme is not open, allocating or published (programme-not-allocating: currentState).')
  startRun(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: StartRunDto): Promise<AllocationRun> {
    return this.allocation.start(actor, id, body.seed);
  }

  @Get(':id/allocation-runs')
  @Roles('wsp_staff', 'admin')
  @ApiOperation({ summary: 'The allocation runs, latest first', description: 'Each with its status, seed and, when done, its report.' })
  @ApiOkResponse({ type: [AllocationRunDto] })
  runs(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<AllocationRun[]> {
    return this.allocation.runs(actor, id);
  }

  @Get(':id/allocation-runs/:runId')
  @Roles('wsp_staff', 'admin')
  @ApiOperation({
    summary: 'A run: status, progress, and when done its report (sizes, matched, priority matched with and without the tier, blocking pairs, times)',
    description: 'Poll it after starting a run: queued, running, then draft (or failed).',
  })
  @ApiOkResponse({ type: AllocationRunDto })
  @ApiProblem(404, 'No such programme in your region, or no such run of it.')
  run(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Param('runId', UuidPipe) runId: string): Promise<AllocationRun> {
    return this.allocation.run(actor, id, runId);
  }

  @Get(':id/allocation-runs/:runId/matches')
  @Roles('wsp_staff', 'admin')
  @ApiOperation({ summary: "Each youth of the run with the vacancy matched (or none: the next round's)", description: "A match carries its vacancy's vog (schema VacancyVogDto), null without a match." })
  @ApiOkResponse({ type: [RunMatchDto] })
  @ApiProblem(404, 'No such programme in your region, or no such run of it.')
  matches(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Param('runId', UuidPipe) runId: string): Promise<RunMatch[]> {
    return this.allocation.matches(actor, id, runId);
  }

  @Post(':id/allocation-runs/:runId/publish')
  @Roles('wsp_staff', 'admin')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Publish the latest draft: its matches become proposals and the placement flow takes over',
    description:
      'Each match becomes a proposal with the same note, unless the youth withdrew consent to introductions or the employer met the youth meanwhile (counted apart). The programme becomes published.',
  })
  @ApiOkResponse({ type: PublishedRunDto })
  @ApiProblem(
    409,
    'Not the latest run finished as a draft (not-latest-draft: latestRunId, latestStatus), or the programme cannot be published from its state (programme-transition: currentState, allowed).',
  )
  publish(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Param('runId', UuidPipe) runId: string): Promise<{ run: AllocationRun; proposals: number; withoutConsent: number; employerMetBefore: number }> {
    return this.allocation.publish(actor, id, runId);
  }
}
