import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsIn, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, ROLES, type Role } from '@startbaan/platform';
import { UserDto } from '../auth/auth.dto.js';

export class CreateInvitationDto {
  @ApiProperty({ maxLength: 254, example: 'coach@jongerenwerk.test' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ minLength: 1, maxLength: 120, example: 'Samira' })
  @IsString()
  @Length(1, 120)
  displayName: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role: Role;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'organisationId must be a UUID' })
  organisationId: string;
}

export class InvitationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({ enum: ['email', 'link'], description: "email: the invitee gets the link by e-mail, and it is nowhere else. link: this deployment sends no e-mail (no SMTP): inviteUrl is the link, shown once, to hand over to the invitee alone." })
  delivery: 'email' | 'link';
  @ApiProperty({ type: String, format: 'uri', nullable: true, description: 'Only when delivery is link; null otherwise.' }) inviteUrl: string | null;
}

export class AcceptInvitationDto {
  @ApiProperty({ description: 'The token from the invitation link.' })
  @IsString()
  @Length(20, 100)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'token must be the token from the invitation link' })
  token: string;

  @ApiProperty({ format: 'password', minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH, {
    message: `password must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters long`,
  })
  password: string;
}

export { UserDto };
