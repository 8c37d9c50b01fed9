import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EmployersService, SBI_SECTIONS, VacanciesService } from '@startbaan/employers';
import { type Actor, CurrentActor, Roles } from '@startbaan/platform';
import { UuidPipe } from '../common.js';
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
} from './employers.dto.js';
import { toEmployerJson, toVacancyJson } from './employers.views.js';

type Json = Record<string, unknown>;
const obj = { schema: { type: 'object' } };

@ApiTags('employers')
@ApiBearerAuth()
@Controller()
export class EmployersController {
  constructor(private readonly employers: EmployersService) {}

  @Get('employers/sectors')
  @ApiOperation({ summary: 'SBI sections (sector letters) with Dutch and English labels' })
  sectors(): typeof SBI_SECTIONS {
    return SBI_SECTIONS;
  }

  @Post('employers')
  @Roles('wsp_staff', 'admin')
  @ApiOperation({ summary: 'Add an employer to the network', description: 'Creates its organisation; invite its users with POST /invitations.' })
  @ApiOkResponse(obj)
  async create(@CurrentActor() actor: Actor, @Body() body: CreateEmployerDto): Promise<Json> {
    return toEmployerJson(await this.employers.create(actor, body), actor);
  }

  @Get('employers')
  @Roles('wsp_staff', 'admin')
  @ApiOperation({ summary: 'Search the employer network' })
  @ApiOkResponse(obj)
  async list(@CurrentActor() actor: Actor, @Query() q: EmployerQueryDto): Promise<{ items: Json[]; nextCursor: string | null }> {
    const page = await this.employers.list(actor, q);
    return { items: page.items.map((d) => toEmployerJson(d, actor)), nextCursor: page.nextCursor };
  }

  @Get('employers/:id')
  @Roles('wsp_staff', 'admin', 'employer')
  @ApiOperation({ summary: 'One employer', description: 'WSP staff: any of the region; an employer user: its own.' })
  @ApiOkResponse(obj)
  async get(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<Json> {
    return toEmployerJson(await this.employers.get(actor, id), actor);
  }

  @Patch('employers/:id')
  @Roles('wsp_staff', 'admin')
  @ApiOperation({ summary: 'Change an employer', description: 'Send the version you read; 409 with currentVersion otherwise.' })
  @ApiOkResponse(obj)
  async update(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: UpdateEmployerDto): Promise<Json> {
    return toEmployerJson(await this.employers.update(actor, id, body), actor);
  }

  @Post('employers/:id/status')
  @Roles('wsp_staff', 'admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Change the status (prospect, active, dormant, ended); kept with its date' })
  @ApiOkResponse(obj)
  async status(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: EmployerStatusDto): Promise<Json> {
    return toEmployerJson(await this.employers.changeStatus(actor, id, body.status, body.note), actor);
  }

  @Get('pledge')
  @ApiOperation({ summary: 'The current friendly-employer pledge (Dutch and English)' })
  @ApiOkResponse(obj)
  pledge(): ReturnType<EmployersService['currentPledge']> {
    return this.employers.currentPledge();
  }

  @Post('employers/:id/pledge')
  @Roles('employer')
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept the current pledge for your employer', description: 'Needed before vacancies can be published; a new version asks again.' })
  @ApiOkResponse(obj)
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
  @ApiOkResponse(obj)
  async create(@CurrentActor() actor: Actor, @Body() body: CreateVacancyDto): Promise<Json> {
    return toVacancyJson(await this.vacancies.create(actor, body), actor);
  }

  @Get()
  @ApiOperation({
    summary: 'Vacancies',
    description: 'Employers: their own. WSP: the region. Coaches: open ones. Every vacancy carries its VOG (vog: the requirement, the summary in your language, the guidance route) and its full guidance.',
  })
  @ApiOkResponse(obj)
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
  async vogGuidance(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<VacancyVogGuidanceDto> {
    return this.vacancies.guidance(actor, id);
  }

  @Get(':id')
  @ApiOperation({
    summary: 'One vacancy',
    description:
      'vog is the requirement as posted plus the summary in your language and the guidance route (schema VacancyVogDto); vogGuidance is the full guidance. ' +
      'Coaches may pass youthId for the coach-only VOG indication (vog.indication, and vogIndicationForYouth in both languages; audited as a sealed read).',
  })
  @ApiOkResponse(obj)
  async get(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Query() q: VacancyGetQuery): Promise<Json> {
    return toVacancyJson(await this.vacancies.get(actor, id, q.youthId), actor);
  }

  @Patch(':id')
  @Roles('employer', 'wsp_staff', 'admin')
  @ApiOperation({ summary: 'Change a vacancy', description: 'Changing hours, age, wage or VOG of an open vacancy sends it back to review.' })
  @ApiOkResponse(obj)
  async update(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: UpdateVacancyDto): Promise<Json> {
    return toVacancyJson(await this.vacancies.update(actor, id, body), actor);
  }

  @Post(':id/submit')
  @Roles('employer', 'wsp_staff', 'admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Submit for WSP review (needs the accepted current pledge)' })
  @ApiOkResponse(obj)
  async submit(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<Json> {
    return toVacancyJson(await this.vacancies.act(actor, id, 'submit'), actor);
  }

  @Post(':id/approve')
  @Roles('wsp_staff', 'admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'WSP review: open the vacancy' })
  @ApiOkResponse(obj)
  async approve(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: ReviewDto): Promise<Json> {
    return toVacancyJson(await this.vacancies.act(actor, id, 'approve', body.comment), actor);
  }

  @Post(':id/send-back')
  @Roles('wsp_staff', 'admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'WSP review: send back to the employer with comments' })
  @ApiOkResponse(obj)
  async sendBack(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: ReviewDto): Promise<Json> {
    return toVacancyJson(await this.vacancies.act(actor, id, 'send_back', body.comment), actor);
  }

  @Post(':id/close')
  @Roles('employer', 'wsp_staff', 'admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close the vacancy' })
  @ApiOkResponse(obj)
  async close(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<Json> {
    return toVacancyJson(await this.vacancies.act(actor, id, 'close'), actor);
  }
}
