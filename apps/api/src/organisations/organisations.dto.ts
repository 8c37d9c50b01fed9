import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { Omittable, ORGANISATION_KINDS, type OrganisationKind, PageQuery } from '@startbaan/platform';
import { UserDto } from '../auth/auth.dto.js';

export class CreateOrganisationDto {
  @ApiProperty({ enum: ORGANISATION_KINDS })
  @IsIn(ORGANISATION_KINDS, { message: `kind must be one of ${ORGANISATION_KINDS.join(', ')}` })
  kind: OrganisationKind;

  @ApiProperty({ minLength: 2, maxLength: 160, example: 'Jongerenwerk Noord' })
  @IsString()
  @Length(2, 160)
  name: string;
}

export class OrganisationQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ORGANISATION_KINDS })
  @Omittable()
  @IsIn(ORGANISATION_KINDS, { message: `kind must be one of ${ORGANISATION_KINDS.join(', ')}` })
  kind?: OrganisationKind;
}

export class OrganisationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ORGANISATION_KINDS }) kind: OrganisationKind;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class OrganisationPageDto {
  @ApiProperty({ type: [OrganisationDto] }) items: OrganisationDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

export class UserPageDto {
  @ApiProperty({ type: [UserDto] }) items: UserDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

export const toOrganisationDto = (o: { id: string; kind: OrganisationKind; name: string; createdAt: Date }): OrganisationDto => ({
  id: o.id,
  kind: o.kind,
  name: o.name,
  createdAt: o.createdAt.toISOString(),
});

export class UserStatusDto {
  @ApiProperty({ enum: ['active', 'disabled'], description: '`disabled` closes the account and ends its sessions at once; `active` reopens it.' })
  @IsIn(['active', 'disabled'], { message: 'status must be one of active, disabled' })
  status: 'active' | 'disabled';
}
