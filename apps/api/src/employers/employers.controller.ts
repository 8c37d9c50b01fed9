import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { EmployersService, SBI_SECTIONS, VacanciesService } from '@startbaan/employers';
import { type Actor, CurrentActor, Roles } from '@startbaan/platform';
import { UuidPipe } from '../common.js';
import { ApiProblem, ApiWithoutDatabase } from '../responses.js';
import {
  AcceptPledgeDto,
  CreateEmployerDto,
  CreateVacancyDto,
  EmployerQueryDto,
  EmployerStatusDto,
  ReviewDto,
  UpdateEmployerDto,
  UpdateVacancyDto,
  VacancyGetQuery,
  VacancyQueryDto,
  VacancyVogGuidanceDto,
  VogGuidanceQuery,
} from './employers.dto.js';
import { EmployerDto, VacancyDto, VacancyPageDto, WspEmployerDto, WspEmployerPageDto } from './employers-views.dto.js';
import { toEmployerJson, toVacancyJson } from './employers.views.js';

type Json = Record<string, unknown>;
const versionConflict = 'Changed meanwhile (version-conflict): currentVersion is the version now; read it again and apply your change to it.';
const transition =
  "The vacancy's status does not allow this (invalid-transition: currentStatus and allowed), or the employer has not accepted the current pledge (pledge-required).";

@ApiTags('employers')
@ApiBearerAuth()
@ApiExtraModels(EmployerDto, WspEmployerDto)
@Controller()
export class EmployersController {
  constructor(private readonly employers: EmployersService) {}

  @Get('employers/sectors')
  @ApiOperation({
    summary: 'SBI sections (sector letters) with Dutch and English labels',
    description: "The sector letters (A to U) of the CBS's Standaard Bedrijfsindeling that employers and vacancies are filed under.",
  })
  @ApiWithoutDatabase()
  @ApiOkResponse({
    schema: {
      type: 'array',
      items: { type: 'object', required: ['code', 'labelNl', 'labelEn'], properties: { code: { type: 'string', example: 'I' }, labelNl: { type: 'string' }, labelEn: { type: 'string' } } },
    },
  })
  sectors(): typeof SBI_SECTIONS {
    return SBI_SECTIONS;
  }

  @Post('employers')
  @Roles('wsp_staff', 'admin')
  @ApiOperation({ summary: 'Add an employer to the network', description: 'Creates its organisation; invite its users with POST /invitations.' })
  @ApiCreatedResponse({ type: WspEmployerDto })
  @ApiProblem(400, 'Invalid input: errors names each field; also a sector that is no SBI letter, an unknown PC4 among the locations, an account manager who is no active WSP user of the region.')
  @ApiProblem(409, 'An employer with this KvK number (and establishment number) is in the network already (employer-exists), or an organisation of that name is in the region (organisation-exists).')
  async create(@CurrentActor() actor: Actor, @Body() body: CreateEmployerDto): Promise<Json> {
    return toEmployerJson(await this.employers.create(actor, body), actor);
  }

  @Get('employers')
  @Roles('wsp_staff', 'admin')
  @ApiOperation({
    summary: 'Search the employer network',
    description: "The region's employers with their details for the WSP (notes, status history, vacancy figures), filtered by status, sector, PC4, account manager and whether they have open vacancies; cursor pagination.",
  })
  @ApiOkResponse({ type: WspEmployerPageDto })
  async list(@CurrentActor() actor: Actor, @Query() q: EmployerQueryDto): Promise<{ items: Json[]; nextCursor: string | null }> {
    const page = await this.employers.list(actor, q);
    return { items: page.items.map((d) => toEmployerJson(d, actor)), nextCursor: page.nextCursor };
  }

  @Get('employers/:id')
  @Roles('wsp_staff', 'admin', 'employer')
  @ApiOperation({ summary: 'One employer', description: 'WSP staff: any of the region; an employer user: its own.' })
  @ApiOkResponse({
    description: "WSP staff and admins get the WspEmployer (the account manager's notes, the status history, the vacancy figures); an employer user its own Employer",
    schema: { anyOf: [{ $ref: getSchemaPath(WspEmployerDto) }, { $ref: getSchemaPath(EmployerDto) }] },
  })
  async get(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<Json> {
    return toEmployerJson(await this.employers.get(actor, id), actor);
  }

  @Patch('employers/:id')
  @Roles('wsp_staff', 'admin')
  @ApiOperation({ summary: 'Change an employer', description: 'Send the version you read; 409 with currentVersion otherwise.' })
  @ApiOkResponse({ type: WspEmployerDto })
  @ApiProblem(400, 'Invalid input: errors names each field (the same checks as adding one).')
  @ApiProblem(409, versionConflict)
  async update(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: UpdateEmployerDto): Promise<Json> {
    return toEmployerJson(await this.employers.update(actor, id, body), actor);
  }

  @Post('employers/:id/status')
  @Roles('wsp_staff', 'admin')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Change the status (prospect, active, dormant, ended); kept with its date',
    description: "Each change is kept in the employer's status history with its date, note and who made it. The dormant-employer follow-ups leave the status to the account manager.",
  })
  @ApiOkResponse({ type: WspEmployerDto })
  @ApiProblem(409, 'The employer has this status already (status-unchanged).')
  async status(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: EmployerStatusDto): Promise<Json> {
    return toEmployerJson(await this.employers.changeStatus(actor, id, body.status, body.note), actor);
  }

  @Get('pledge')
  @ApiOperation({
    summary: 'The current friendly-employer pledge (Dutch and English)',
    description: "The latest version of the pledge an employer accepts before its vacancies can be reviewed (POST /employers/{id}/pledge with this version).",
  })
  @ApiOkResponse({
    schema: {
      type: 'object',
      required: ['version', 'textNl', 'textEn', 'publishedAt'],
      properties: { version: { type: 'integer' }, textNl: { type: 'string' }, textEn: { type: 'string' }, publishedAt: { type: 'string', format: 'date-time' } },
    },
  })
  pledge(): ReturnType<EmployersService['currentPledge']> {
    return this.employers.currentPledge();
  }

  @Post('employers/:id/pledge')
  @Roles('employer')
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept the current pledge for your employer', description: 'Needed before vacancies can be published; a new version asks again.' })
  @ApiOkResponse({ type: EmployerDto })
  @ApiProblem(400, 'Invalid input: version is not the current pledge version (read GET /pledge).')
  @ApiProblem(404, 'Not your own employer.')
  async accept(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: AcceptPledgeDto): Promise<Json> {
    return toEmployerJson(await this.employers.acceptPledge(actor, id, body.version), actor);
  }
}

@ApiTags('vacancies')
@ApiBearerAuth()
@Controller('vacancies')
export class VacanciesController {
  constructor(private readonly vacancies: VacanciesService) {}

  @Post()
  @Roles('employer', 'wsp_staff', 'admin')
  @ApiOperation({ summary: 'Post a vacancy (as a draft)', description: 'Checks labour law, minimum wage and kind rules; computes the minimum legal age.' })
  @ApiCreatedResponse({ type: VacancyDto })
  @ApiProblem(
    400,
    'Invalid input: errors names each field. Besides the shapes: the youth labour-law bands (hours, age), the minimum wage, the VOG rules (a VOG the law requires, its function aspects), the kind rules (a learning company and crebo for internships and BBL places, a summer job of at most 12 weeks), an unknown PC4, sector, skill or SBI code, and employerId missing for WSP staff.',
  )
  @ApiProblem(403, 'Your role may not post vacancies (x-roles), or your employer is not in the network yet.')
  @ApiProblem(404, 'employerId is no employer of the region, or not your own.')
  async create(@CurrentActor() actor: Actor, @Body() body: CreateVacancyDto): Promise<Json> {
    return toVacancyJson(await this.vacancies.create(actor, body), actor);
  }

  @Get()
  @ApiOperation({
    summary: 'Vacancies',
    description:
      'Employers: their own. WSP: the region. Coaches: open ones. Every vacancy carries its VOG (vog: the requirement, the summary in your language, the guidance route); ' +
      'the full guidance (vogGuidance) is on GET /vacancies/{id} and on the guidance route, not in the list.',
  })
  @ApiOkResponse({ type: VacancyPageDto })
  @ApiProblem(400, 'Invalid input: errors names each filter and what it allows; also an unknown nearPc4.')
  async list(@CurrentActor() actor: Actor, @Query() q: VacancyQueryDto): Promise<{ items: Json[]; nextCursor: string | null }> {
    const page = await this.vacancies.list(actor, q);
    return { items: page.items.map((v) => toVacancyJson(v, actor)), nextCursor: page.nextCursor };
  }

  @Get(':id/vog-guidance')
  @ApiOperation({
    summary: "The vacancy's full VOG guidance, in Dutch (B1) and English",
    description:
      'For everyone who may see the vacancy (404 otherwise, as GET /vacancies/{id}): vog (basis, the summary in your language, this route) and guidance ' +
      '(version, asked, nl and en, each a summary and sections). Every representation of a vacancy links here (vog.guidance).',
  })
  @ApiOkResponse({ type: VacancyVogGuidanceDto })
  @ApiProblem(400, 'Invalid input: guide is not coach, wsp or any.')
  async vogGuidance(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Query() q: VogGuidanceQuery): Promise<VacancyVogGuidanceDto> {
    return this.vacancies.guidance(actor, id, q.guide);
  }

  @Get(':id')
  @ApiOperation({
    summary: 'One vacancy',
    description:
      'vog is the requirement as posted plus the summary in your language and the guidance route (schema PostedVacancyVogDto); vogGuidance is the full guidance. ' +
      'Coaches may pass youthId for the coach-only VOG indication (vog.indication, and vogIndicationForYouth in both languages; audited as a sealed read).',
  })
  @ApiOkResponse({ type: VacancyDto })
  @ApiProblem(400, 'Invalid input: an id that is no UUID, or youthId from someone who is not a coach.')
  @ApiProblem(404, "No such vacancy that you may see, or (youthId) no such youth of your organisation.")
  async get(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Query() q: VacancyGetQuery): Promise<Json> {
    return toVacancyJson(await this.vacancies.get(actor, id, q.youthId), actor);
  }

  @Patch(':id')
  @Roles('employer', 'wsp_staff', 'admin')
  @ApiOperation({ summary: 'Change a vacancy', description: 'Changing hours, age, wage or VOG of an open vacancy sends it back to review.' })
  @ApiOkResponse({ type: VacancyDto })
  @ApiProblem(400, 'Invalid input: errors names each field (the same checks as posting one, on the vacancy as changed).')
  @ApiProblem(409, `${versionConflict} Or the vacancy is filled or closed (vacancy-not-editable: currentStatus).`)
  async update(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: UpdateVacancyDto): Promise<Json> {
    return toVacancyJson(await this.vacancies.update(actor, id, body), actor);
  }

  @Post(':id/submit')
  @Roles('employer', 'wsp_staff', 'admin')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Submit for WSP review (needs the accepted current pledge)',
    description: "A draft (or an open vacancy) goes to review: the region's WSP staff see it in their review queue (GET /network/summary).",
  })
  @ApiOkResponse({ type: VacancyDto })
  @ApiProblem(409, transition)
  async submit(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<Json> {
    return toVacancyJson(await this.vacancies.act(actor, id, 'submit'), actor);
  }

  @Post(':id/approve')
  @Roles('wsp_staff', 'admin')
  @HttpCode(200)
  @ApiOperation({
    summary: 'WSP review: open the vacancy',
    description: 'The vacancy opens: coaches can see it and propose their youths for it, and match alerts go out. The comment is kept in its review history.',
  })
  @ApiOkResponse({ type: VacancyDto })
  @ApiProblem(409, transition)
  async approve(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: ReviewDto): Promise<Json> {
    return toVacancyJson(await this.vacancies.act(actor, id, 'approve', body.comment), actor);
  }

  @Post(':id/send-back')
  @Roles('wsp_staff', 'admin')
  @HttpCode(200)
  @ApiOperation({
    summary: 'WSP review: send back to the employer with comments',
    description: 'A submitted vacancy goes back to draft, with the comment (required) in its review history for the employer.',
  })
  @ApiOkResponse({ type: VacancyDto })
  @ApiProblem(400, 'Invalid input: the comment is missing.')
  @ApiProblem(409, "The vacancy's status does not allow this (invalid-transition: currentStatus and allowed).")
  async sendBack(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: ReviewDto): Promise<Json> {
    return toVacancyJson(await this.vacancies.act(actor, id, 'send_back', body.comment), actor);
  }

  @Post(':id/close')
  @Roles('employer', 'wsp_staff', 'admin')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Close the vacancy',
    description: 'For good: a closed vacancy is no longer suggested or open to proposals, and cannot be opened again. Its proposals and placements stay.',
  })
  @ApiOkResponse({ type: VacancyDto })
  @ApiProblem(409, "The vacancy is closed already (invalid-transition: currentStatus and allowed).")
  async close(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<Json> {
    return toVacancyJson(await this.vacancies.act(actor, id, 'close'), actor);
  }
}
