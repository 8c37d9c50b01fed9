import { Body, Controller, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, InvitationsService, Public, RequestId, Roles } from '@startbaan/platform';
import { toUserDto } from '../auth/auth.dto.js';
import { ApiProblem } from '../responses.js';
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
  @ApiProblem(403, 'Your role may not invite (x-roles), or WSP staff inviting an admin: only an admin invites an admin.')
  @ApiProblem(404, 'organisationId is no organisation of your region.')
  @ApiProblem(409, 'An account with this e-mail address already exists in your region (account-exists).')
  @ApiProblem(422, "The role does not belong in that kind of organisation (role-does-not-fit-organisation; errors names role): a coach in a coaching organisation, an employer user in an employer, WSP staff and admins in the WSP; or the address is one of the installation's operators (operator-address; errors names email), whose accounts are made with admin:create.")
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
  @ApiOperation({
    summary: 'Accept an invitation and choose a password',
    description: 'No sign-in: the token from the invitation link is the proof. It works once and until it expires; the account is created with the role and organisation of the invitation. Sign in with POST /auth/login afterwards.',
  })
  @ApiCreatedResponse({ type: UserDto })
  @ApiProblem(404, 'No invitation has this token.')
  @ApiProblem(409, 'An account with the invited e-mail address exists already (account-exists).')
  @ApiProblem(410, 'The invitation was used already (invitation-used), replaced or withdrawn (invitation-revoked), or has expired (invitation-expired).')
  @ApiProblem(422, "The invited address has since become one of the installation's operators (operator-address): their accounts are made with admin:create.")
  async accept(@Body() body: AcceptInvitationDto, @RequestId() requestId?: string): Promise<UserDto> {
    return toUserDto(await this.invitations.accept(body.token, body.password, requestId));
  }
}
