import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, mapPage, PageQuery, Roles, TenancyService, UsersService } from '@startbaan/platform';
import { toUserDto, UserDto } from '../auth/auth.dto.js';
import { UuidPipe } from '../common.js';
import { ApiProblem } from '../responses.js';
import {
  CreateOrganisationDto,
  OrganisationDto,
  OrganisationPageDto,
  OrganisationQuery,
  toOrganisationDto,
  UserPageDto,
  UserStatusDto,
} from './organisations.dto.js';

@ApiTags('organisations')
@ApiBearerAuth()
@Controller('organisations')
export class OrganisationsController {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly users: UsersService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Organisations of your region', description: 'WSP staff and admins see the whole region; others see their own organisation.' })
  @ApiOkResponse({ type: OrganisationPageDto })
  async list(@CurrentActor() actor: Actor, @Query() query: OrganisationQuery): Promise<OrganisationPageDto> {
    return mapPage(await this.tenancy.listOrganisations(actor, query), toOrganisationDto);
  }

  @Post()
  @Roles('wsp_staff', 'admin')
  @ApiOperation({
    summary: 'Add an organisation to your region',
    description: 'A coaching organisation, an employer or a WSP, named once per region. Invite its people with POST /invitations; an employer in the network is added with POST /employers.',
  })
  @ApiCreatedResponse({ type: OrganisationDto })
  @ApiProblem(409, 'An organisation with this name already exists in the region (organisation-exists).')
  async create(@CurrentActor() actor: Actor, @Body() body: CreateOrganisationDto): Promise<OrganisationDto> {
    return toOrganisationDto(await this.tenancy.createOrganisation(actor, body));
  }

  @Get(':id')
  @ApiOperation({ summary: 'One organisation', description: 'Another region\'s organisation, or one you may not see, answers 404.' })
  @ApiOkResponse({ type: OrganisationDto })
  async get(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<OrganisationDto> {
    return toOrganisationDto(await this.tenancy.getOrganisation(actor, id));
  }

  @Get(':id/users')
  @ApiOperation({
    summary: 'Accounts of one organisation',
    description: "Name, e-mail, role and status of each account, cursor-paginated. WSP staff and admins: any organisation of the region; others: their own (another's answers 404).",
  })
  @ApiOkResponse({ type: UserPageDto })
  async users_(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Query() query: PageQuery): Promise<UserPageDto> {
    const org = await this.tenancy.getOrganisation(actor, id);
    return mapPage(await this.users.listOfOrganisation(actor, org.id, query), toUserDto);
  }

  @Put(':id/users/:userId/status')
  @Roles('wsp_staff', 'admin')
  @ApiOperation({
    summary: 'Close or reopen an account',
    description:
      'For someone who left (or came back to) an organisation of your region. Closing ends every session of the account at once and refuses its sign-in (403 account-disabled) until reopened; nothing it made is removed. WSP staff close and reopen the accounts of coaches and employers, admins any account but their own. Audited.',
  })
  @ApiOkResponse({ type: UserDto })
  @ApiProblem(403, 'Your own account, or (as WSP staff) the account of WSP staff or an admin.')
  @ApiProblem(404, 'No such account in this organisation, or an organisation of another region.')
  async setUserStatus(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Param('userId', UuidPipe) userId: string, @Body() body: UserStatusDto): Promise<UserDto> {
    const org = await this.tenancy.getOrganisation(actor, id);
    return toUserDto(await this.users.setStatus(actor, org.id, userId, body.status));
  }
}
