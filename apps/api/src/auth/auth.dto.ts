import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH, ROLES, type Role } from '@startbaan/platform';

export class LoginDto {
  @ApiProperty({ example: 'wsp@voorbeeld.startbaan.test', maxLength: 254 })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ format: 'password', maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}

export class RefreshDto {
  @ApiProperty({ description: 'The refresh token of the last sign-in or refresh.', maxLength: 200 })
  @IsString()
  @MinLength(20)
  @MaxLength(200)
  refreshToken: string;
}

export class TokenPairDto {
  @ApiProperty() accessToken: string;
  @ApiProperty({ enum: ['Bearer'] }) tokenType: 'Bearer';
  @ApiProperty({ description: 'Seconds until the access token expires.' }) expiresIn: number;
  @ApiProperty({ description: 'Single use: each refresh returns a new one.' }) refreshToken: string;
  @ApiProperty({ format: 'date-time' }) refreshExpiresAt: string;
}

export class UserDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty({ format: 'uuid' }) regionId: string;
  @ApiProperty({ enum: ['active', 'disabled'] }) status: 'active' | 'disabled';
}

export const toUserDto = (u: UserDto): UserDto => ({
  id: u.id,
  email: u.email,
  displayName: u.displayName,
  role: u.role,
  organisationId: u.organisationId,
  regionId: u.regionId,
  status: u.status,
});
