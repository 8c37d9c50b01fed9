import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsString, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsCalendarDate, Omittable } from '@startbaan/platform';
import { CONSENT_GIVERS, type ConsentGivenBy, PLACEMENT_KINDS, type PlacementKind } from '@startbaan/youth';
import { NestedObject } from '../common.js';
import { AvailabilityWindowDto } from '../youth/youth.dto.js';
import { VogGuidanceSourceDto } from '../employers/employers.dto.js';

const CODE = /^[a-z][a-z0-9_]{1,59}$/;

export class IntakeProgrammeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Zomerbanen Rotterdam 2027' }) name: string;
  @ApiProperty({ example: 15, description: 'youngest age on workFrom' }) minAge: number;
  @ApiProperty({ example: 21, description: 'oldest age on workFrom' }) maxAge: number;
  @ApiProperty({ example: '2027-03-01', description: 'first day of sign-up' }) applyFrom: string;
  @ApiProperty({ example: '2027-05-15', description: 'last day of sign-up' }) applyTo: string;
  @ApiProperty({ example: '2027-07-05', description: 'first day of work' }) workFrom: string;
  @ApiProperty({ example: '2027-08-27', description: 'last day of work' }) workTo: string;
  @ApiProperty({ enum: PLACEMENT_KINDS, isArray: true, description: 'the kinds of work this programme takes' }) kinds: PlacementKind[];
}

export class IntakeConsentDto {
  @ApiProperty({ description: 'the WSP may match you to the programme\'s jobs; must be true to take part' })
  @IsBoolean({ message: 'matching must be true or false' })
  matching: boolean;
  @ApiPropertyOptional({ default: false, description: 'the WSP may introduce you to an employer (first name and your contact) when you agree to meet' })
  @Omittable()
  @IsBoolean({ message: 'introductions must be true or false' })
  introductions?: boolean;
  @ApiProperty({ enum: CONSENT_GIVERS, description: 'under 16 a parent or guardian gives consent' })
  @IsIn(CONSENT_GIVERS, { message: `givenBy must be one of ${CONSENT_GIVERS.join(', ')}` })
  givenBy: ConsentGivenBy;
}

export class SignupDto {
  @ApiProperty({ maxLength: 80, example: 'Sam' }) @IsString() @Length(1, 80) firstName: string;
  @ApiProperty({ maxLength: 254, example: 'sam@example.nl', description: 'an e-mail address or a Dutch mobile number (06…); the code goes there' })
  @IsString()
  @Length(3, 254)
  contact: string;
  @ApiProperty({ example: '2010-03-14' })
  @IsCalendarDate()
  dateOfBirth: string;
  @ApiProperty({ example: '3072', description: '4-digit postcode area' }) @Matches(/^[1-9]\d{3}$/, { message: 'pc4 must be the 4 digits of a Dutch postcode' }) pc4: string;
  @ApiProperty({ type: [AvailabilityWindowDto], description: 'when you can work' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => AvailabilityWindowDto)
  availability: AvailabilityWindowDto[];
  @ApiProperty({ enum: PLACEMENT_KINDS, isArray: true, description: "in order of preference; within the programme's kinds" })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(PLACEMENT_KINDS, { each: true, message: `wishedKinds must be of ${PLACEMENT_KINDS.join(', ')}` })
  wishedKinds: PlacementKind[];
  @ApiPropertyOptional({ type: [String], maxItems: 30, description: 'interest codes from the vocabulary (kind interest)' })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(30)
  @Matches(CODE, { each: true, message: 'interests must be vocabulary codes' })
  interests?: string[];
  @ApiPropertyOptional({ maxLength: 600, description: 'in your own words' }) @Omittable() @IsString() @MaxLength(600) motivation?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 100, description: 'how far you will travel, in km' })
  @Omittable()
  @IsInt({ message: 'maxTravelKm must be a whole number' })
  @Min(1)
  @Max(100)
  maxTravelKm?: number;
  @ApiProperty({ type: IntakeConsentDto })
  @NestedObject(() => IntakeConsentDto, 'consent is required: say who agrees to taking part (under 16: a parent or guardian)')
  consent: IntakeConsentDto;
}

export class SignupReceiptDto {
  @ApiProperty({ format: 'uuid', description: 'send the code to POST /intake/signups/{signupId}/verify' }) signupId: string;
  @ApiProperty({ enum: ['email', 'phone'], description: 'where the code went' }) codeSentTo: 'email' | 'phone';
  @ApiProperty({ format: 'date-time', description: 'the code works until then' }) expiresAt: string;
}

export class VerifyDto {
  @ApiProperty({ example: '048213', description: 'the six digits we sent' }) @Matches(/^\d{6}$/, { message: 'code must be the six digits we sent' }) code: string;
}

export class BilingualDto {
  @ApiProperty() nl: string;
  @ApiProperty() en: string;
}

export class SignupConfirmationDto {
  @ApiProperty({ enum: ['confirmed'] }) status: 'confirmed';
  @ApiProperty({ example: 'Zomerbanen Rotterdam 2027' }) programmeName: string;
  @ApiProperty({ type: BilingualDto }) message: BilingualDto;
}

export class KindVogSectionDto {
  @ApiProperty() title: string;
  @ApiProperty() body: string;
  @ApiProperty({ type: [VogGuidanceSourceDto], description: 'where the facts of this section come from' }) sources: VogGuidanceSourceDto[];
}

export class KindVogTextDto {
  @ApiProperty({ description: 'one or two sentences' }) summary: string;
  @ApiProperty({ type: [KindVogSectionDto] }) sections: KindVogSectionDto[];
}

export class KindVogGuidanceDto {
  @ApiProperty({ enum: PLACEMENT_KINDS }) kind: PlacementKind;
  @ApiProperty({ type: KindVogTextDto, description: 'Dutch, B1 level' }) nl: KindVogTextDto;
  @ApiProperty({ type: KindVogTextDto }) en: KindVogTextDto;
}
