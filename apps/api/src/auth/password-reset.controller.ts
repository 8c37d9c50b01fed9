import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsEmail, IsString, Length, Matches, MaxLength } from 'class-validator';
import { LoginRateLimitGuard, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, PasswordResetsService, Public, RequestId } from '@startbaan/platform';
import { RateLimited } from '../responses.js';

export class PasswordResetRequestDto {
  @ApiProperty({ maxLength: 254, example: 'werkgever@goudenkorstje.startbaan.test' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;
}

export class PasswordResetAcceptedDto {
  @ApiProperty({ description: 'The same for every address, with an account or without.' }) detail: string;
}

export class PasswordResetConfirmDto {
  @ApiProperty({ description: 'The token from the link in the e-mail.' })
  @IsString()
  @Length(20, 100)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'token must be the token from the link in the e-mail' })
  token: string;

  @ApiProperty({ format: 'password', minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH, { message: `password must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters long` })
  password: string;
}

const ACCEPTED = 'If an active account has this address, an e-mail with a link to choose a new password is on its way.';

@ApiTags('auth')
@Controller('auth/password-reset')
export class PasswordResetController {
  constructor(private readonly resets: PasswordResetsService) {}

  @Post()
  @Public()
  @RateLimited(LoginRateLimitGuard)
  @HttpCode(202)
  @ApiOperation({
    summary: 'Forgotten password: e-mail a link to choose a new one',
    description:
      `Always 202 with the same body, whether or not an account has the address: the answer tells no one which addresses have accounts. Counted with the sign-in attempts (429). The e-mail (through the outbox and the worker; only where SMTP is configured) holds a single-use link that works for PASSWORD_RESET_TTL_MINUTES; a newer request replaces it.`,
  })
  @ApiAcceptedResponse({ type: PasswordResetAcceptedDto })
  async request(@Body() body: PasswordResetRequestDto, @RequestId() requestId?: string): Promise<PasswordResetAcceptedDto> {
    await this.resets.request(body.email, requestId);
    return { detail: ACCEPTED };
  }

  @Post('confirm')
  @Public()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Choose the new password with the token from the e-mail',
    description: 'The link works once. It signs out every session of the account (its access tokens at once) and lifts a lock from failed sign-ins. 404 for an unknown token; 410 once used, replaced or expired.',
  })
  @ApiNoContentResponse()
  async confirm(@Body() body: PasswordResetConfirmDto, @RequestId() requestId?: string): Promise<void> {
    await this.resets.confirm(body.token, body.password, requestId);
  }
}
