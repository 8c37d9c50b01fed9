import { Body, Controller, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, InvitationsService, Public, RequestId, Roles } from '@startbaan/platform';
import { toUserDto } from '../auth/auth.dto.js';
import { AcceptInvitationDto, CreateInvitationDto, InvitationDto, UserDto } from './invitations.dto.js';

@ApiTags('invitations')
@Controller('invitations')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post()
  @Roles('wsp_staff', 'admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Invite someone into an organisation of your region', description: 'The invitee gets an e-mail with a single-use link that expires.' })
  @ApiCreatedResponse({ type: InvitationDto })
  async create(@CurrentActor() actor: Actor, @Body() body: CreateInvitationDto): Promise<InvitationDto> {
    const { invitation, inviteUrl } = await this.invitations.invite(actor, body);
    return {
      id: invitation.id,
      email: invitation.email,
      role: invitation.role,
      organisationId: invitation.organisationId,
      expiresAt: invitation.expiresAt.toISOString(),
      delivery: inviteUrl ? 'link' : 'email',
      inviteUrl,
    };
  }

  @Post('accept')
  @Public()
  @ApiOperation({ summary: 'Accept an invitation and choose a password' })
  @ApiCreatedResponse({ type: UserDto })
  async accept(@Body() body: AcceptInvitationDto, @RequestId() requestId?: string): Promise<UserDto> {
    return toUserDto(await this.invitations.accept(body.token, body.password, requestId));
  }
}
