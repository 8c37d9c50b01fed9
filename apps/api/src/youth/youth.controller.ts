import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiExtraModels, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { type Actor, Clock, CurrentActor, Roles } from '@startbaan/platform';
import { type CoachYouth, today, type WspYouth, YouthService } from '@startbaan/youth';
import { UuidPipe } from '../common.js';
import { ApiProblem } from '../responses.js';
import { YouthExportDto } from './youth-export.dto.js';
import { ConsentDto, PurposeQuery, RegisterYouthDto, SealedRecordInputDto, UpdateYouthDto, WithdrawConsentDto, YouthListQuery } from './youth.dto.js';
import {
  CoachYouthDto,
  ConsentViewDto,
  SealedRecordDto,
  toCoachYouthDto,
  toConsentDto,
  toSealedDto,
  toWspYouthDto,
  YouthPageDto,
  YouthProfileDto,
} from './youth.views.js';

/** Who may call the routes through which a youth's AVG rights are exercised (YouthService.contactYouth). */
const CONTACT_ONLY =
  "For the youth's contact: a coach for a youth of their own organisation, or WSP staff for a youth of their region without an organisation (from open intake). Other coaches and WSP staff get 404; employers and admins 403.";

/**
 * Youth profiles. Coaches work on their own organisation's youths; WSP staff read the
 * pseudonymous profiles of the region and act as the contact of youths from open intake (no
 * organisation) for their consents, export and erasure; employers and admins have no access here.
 */
@ApiTags('youths')
@ApiBearerAuth()
@ApiExtraModels(CoachYouthDto, YouthProfileDto)
@Controller('youths')
export class YouthController {
  constructor(
    private readonly youths: YouthService,
    private readonly clock: Clock,
  ) {}

  /** The day ages are reckoned on. */
  private today(): string {
    return today(this.clock.now());
  }

  @Post()
  @Roles('coach')
  @ApiOperation({ summary: 'Register a youth you coach', description: 'Gives the youth a pseudonym; name and contact are stored encrypted.' })
  @ApiCreatedResponse({ type: CoachYouthDto })
  @ApiProblem(400, "Invalid input: errors names each field. Besides the shapes: an age outside the region's band (dateOfBirth), an unknown PC4, a skill or interest not in the vocabulary, availability that ends before it starts, a crebo without an mbo level.")
  async register(@CurrentActor() actor: Actor, @Body() body: RegisterYouthDto): Promise<CoachYouthDto> {
    return toCoachYouthDto(await this.youths.register(actor, body), this.today());
  }

  @Get()
  @Roles('coach', 'wsp_staff')
  @ApiOperation({
    summary: 'Youths: your own (coach) or those of the region who consented to matching (WSP)',
    description:
      "Coaches get their organisation's active youths as CoachYouthDto; WSP staff the pseudonymous profiles (YouthProfileDto: no identity, no date of birth, priority yes/no only) of the region's active youths who consented to matching. Filters combine; cursor pagination.",
  })
  @ApiOkResponse({ type: YouthPageDto })
  async list(@CurrentActor() actor: Actor, @Query() query: YouthListQuery): Promise<{ items: (CoachYouthDto | YouthProfileDto)[]; nextCursor: string | null }> {
    const page = await this.youths.list(actor, query);
    const day = this.today();
    return actor.role === 'coach'
      ? { items: (page.items as CoachYouth[]).map((y) => toCoachYouthDto(y, day)), nextCursor: page.nextCursor }
      : { items: (page.items as WspYouth[]).map((y) => toWspYouthDto(y, day)), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @Roles('coach', 'wsp_staff')
  @ApiOperation({ summary: 'One youth', description: "Another organisation's youth answers 404." })
  @ApiExtraModels(CoachYouthDto, YouthProfileDto)
  @ApiOkResponse({
    description: 'a coach gets the CoachYouth (identity, consents, date of birth), WSP staff the pseudonymous YouthProfile',
    schema: { anyOf: [{ $ref: getSchemaPath(CoachYouthDto) }, { $ref: getSchemaPath(YouthProfileDto) }] },
  })
  async get(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<CoachYouthDto | YouthProfileDto> {
    const v = await this.youths.get(actor, id);
    return 'coach' in v ? toCoachYouthDto(v.coach, this.today()) : toWspYouthDto(v.wsp, this.today());
  }

  @Patch(':id')
  @Roles('coach')
  @ApiOperation({ summary: 'Change a youth you coach', description: 'Send the version you read; 409 with currentVersion when it changed meanwhile.' })
  @ApiOkResponse({ type: CoachYouthDto })
  @ApiProblem(400, 'Invalid input: errors names each field (the same checks as registering).')
  @ApiProblem(409, 'The youth was changed meanwhile (version-conflict): currentVersion is the version now.')
  async update(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: UpdateYouthDto): Promise<CoachYouthDto> {
    return toCoachYouthDto(await this.youths.update(actor, id, body), this.today());
  }

  @Post(':id/consents')
  @Roles('coach')
  @ApiOperation({ summary: 'Record consent', description: 'Under 16 a parent or guardian gives it. Nothing is shared before consent.' })
  @ApiCreatedResponse({ type: ConsentViewDto })
  @ApiProblem(400, 'Invalid input: givenAt in the future, or givenBy the youth under 16 (a parent or guardian consents then).')
  @ApiProblem(409, 'This consent is already on record and not withdrawn (consent-exists).')
  async consent(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: ConsentDto): Promise<ConsentViewDto> {
    return toConsentDto(await this.youths.giveConsent(actor, id, body));
  }

  @Get(':id/consents')
  @Roles('coach', 'wsp_staff')
  @ApiOperation({ summary: "The youth's consents, given and withdrawn", description: CONTACT_ONLY })
  @ApiOkResponse({ type: [ConsentViewDto] })
  async consents(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<ConsentViewDto[]> {
    return (await this.youths.consents(actor, id)).map(toConsentDto);
  }

  @Post(':id/consents/:consentId/withdrawal')
  @Roles('coach', 'wsp_staff')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Withdraw a consent',
    description: `Stops matching (scope matching) and introductions (scope introductions); the youth's open proposals are withdrawn. Audited. ${CONTACT_ONLY}`,
  })
  @ApiOkResponse({ type: ConsentViewDto })
  @ApiProblem(404, 'No such youth for you, or no such consent of the youth.')
  @ApiProblem(409, 'The consent was withdrawn already (consent-withdrawn).')
  async withdraw(
    @CurrentActor() actor: Actor,
    @Param('id', UuidPipe) id: string,
    @Param('consentId', UuidPipe) consentId: string,
    @Body() body: WithdrawConsentDto,
  ): Promise<ConsentViewDto> {
    return toConsentDto(await this.youths.withdrawConsent(actor, id, consentId, body.reason));
  }

  @Get(':id/sealed')
  @Roles('coach')
  @ApiOperation({ summary: 'Read the sealed risk record', description: 'Own organisation only; every read is audited with its purpose.' })
  @ApiOkResponse({ type: SealedRecordDto })
  async readSealed(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Query() q: PurposeQuery): Promise<SealedRecordDto> {
    return toSealedDto(await this.youths.readSealed(actor, id, q.purpose));
  }

  @Put(':id/sealed')
  @Roles('coach')
  @ApiOperation({ summary: 'Write the sealed risk record', description: 'Send the version you read (0 for a new record); audited with its purpose.' })
  @ApiOkResponse({ type: SealedRecordDto })
  @ApiProblem(400, 'Invalid input: errors names each field; also priority without priorityReason, an unknown risk factor, an offence date in the future, a VOG concern level of none with an offence category or date.')
  @ApiProblem(409, 'The sealed record was changed meanwhile (version-conflict): currentVersion is the version now.')
  async writeSealed(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: SealedRecordInputDto): Promise<SealedRecordDto> {
    const { purpose, ...input } = body;
    return toSealedDto(await this.youths.writeSealed(actor, id, { ...input, priorityReason: input.priorityReason ?? null }, purpose));
  }

  @Get(':id/export')
  @Roles('coach', 'wsp_staff')
  @ApiOperation({
    summary: 'AVG export: everything kept about the youth, as JSON',
    description: `Audited. The sealed record is in it for the own coach only (a youth from open intake has none). ${CONTACT_ONLY}`,
  })
  @ApiOkResponse({ type: YouthExportDto })
  export(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<Record<string, unknown>> {
    return this.youths.export(actor, id);
  }

  @Delete(':id')
  @Roles('coach', 'wsp_staff')
  @HttpCode(204)
  @ApiOperation({
    summary: 'AVG erasure on request',
    description: `Deletes identity, sealed record, consents, contact key, programme entries, allocation matches and the message threads of its proposals for good; the profile is anonymised, proposals keep only the pseudonym. Audited. ${CONTACT_ONLY}`,
  })
  @ApiNoContentResponse({ description: 'Erased.' })
  async erase(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<void> {
    await this.youths.erase(actor, id);
  }
}
