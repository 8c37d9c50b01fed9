import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsEmail, IsIn, IsInt, IsString, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsCalendarDate, IsDateTime, MAX_INT4, Omittable, PageQuery, QueryNumber } from '@startbaan/platform';
import {
  CONSENT_GIVERS,
  type ConsentGivenBy,
  EDUCATION_LEVELS,
  EDUCATION_STATUSES,
  type EducationLevel,
  type EducationStatus,
  OFFENCE_CATEGORIES,
  type OffenceCategory,
  PERIODS,
  type Period,
  PLACEMENT_KINDS,
  type PlacementKind,
  PREFERRED_CONTACTS,
  type PreferredContact,
  PRIORITY_REASONS,
  type PriorityReason,
  VOG_CONCERNS,
  type VogConcernLevel,
  WEEKDAYS,
  type Weekday,
} from '@startbaan/youth';
import { NestedObject } from '../common.js';
const list = (values: readonly string[]) => values.join(', ');
const CODE = /^[a-z][a-z0-9_]{1,59}$/;

export class AvailabilityWindowDto {
  @ApiProperty({ example: '2027-07-05' }) @IsCalendarDate() from: string;
  @ApiProperty({ example: '2027-08-13' }) @IsCalendarDate() to: string;
  @ApiProperty({ minimum: 1, maximum: 60 }) @IsInt({ message: 'hoursPerWeek must be a whole number' }) @Min(1) @Max(60) hoursPerWeek: number;
  @ApiProperty({ enum: WEEKDAYS, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @IsIn(WEEKDAYS, { each: true, message: `weekdays must be of ${list(WEEKDAYS)}` })
  weekdays: Weekday[];
  @ApiProperty({ enum: PERIODS, description: 'school: term time; holiday: school holidays or not at school' })
  @IsIn(PERIODS, { message: `period must be one of ${list(PERIODS)}` })
  period: Period;
}

export class EducationDto {
  @ApiProperty({ enum: EDUCATION_LEVELS }) @IsIn(EDUCATION_LEVELS, { message: `level must be one of ${list(EDUCATION_LEVELS)}` }) level: EducationLevel;
  @ApiProperty({ enum: EDUCATION_STATUSES }) @IsIn(EDUCATION_STATUSES, { message: `status must be one of ${list(EDUCATION_STATUSES)}` }) status: EducationStatus;
  @ApiPropertyOptional({ maxLength: 120 }) @Omittable() @IsString() @MaxLength(120) school?: string;
  @ApiPropertyOptional({ maxLength: 120, example: 'Medewerker horeca' }) @Omittable() @IsString() @MaxLength(120) track?: string;
  @ApiPropertyOptional({ example: '25180', description: 'crebo code of the mbo programme (5 digits)' })
  @Omittable()
  @Matches(/^\d{5}$/, { message: 'crebo must be 5 digits' })
  crebo?: string;
}

export class IdentityDto {
  @ApiProperty({ maxLength: 80 }) @IsString() @Length(1, 80) firstName: string;
  @ApiProperty({ maxLength: 120 }) @IsString() @Length(1, 120) lastName: string;
  @ApiPropertyOptional({ example: '+31612345678' })
  @Omittable()
  @Matches(/^\+?[0-9 ()-]{8,20}$/, { message: 'phone must be a phone number (8 to 20 digits, spaces, +, -, brackets)' })
  phone?: string;
  @ApiPropertyOptional() @Omittable() @IsEmail({}, { message: 'email must be an e-mail address' }) @MaxLength(254) email?: string;
  @ApiProperty({ enum: PREFERRED_CONTACTS, description: "how an introduced employer reaches the youth: the youth's own phone, e-mail or WhatsApp, or via_coach: through the proposal's message thread with the contact person (the employer never gets the coach's name or address)" })
  @IsIn(PREFERRED_CONTACTS, { message: `preferredContact must be one of ${list(PREFERRED_CONTACTS)}` })
  preferredContact: PreferredContact;
}

export class IdentityPatchDto {
  @ApiPropertyOptional({ maxLength: 80 }) @Omittable() @IsString() @Length(1, 80) firstName?: string;
  @ApiPropertyOptional({ maxLength: 120 }) @Omittable() @IsString() @Length(1, 120) lastName?: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'null: none (removes it)' })
  @Omittable({ nullable: true })
  @Matches(/^\+?[0-9 ()-]{8,20}$/, { message: 'phone must be a phone number' })
  phone?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'null: none (removes it)' })
  @Omittable({ nullable: true })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email?: string | null;
  @ApiPropertyOptional({ enum: PREFERRED_CONTACTS, description: "how an introduced employer reaches the youth: the youth's own phone, e-mail or WhatsApp, or via_coach: through the proposal's message thread with the contact person (the employer never gets the coach's name or address)" })
  @Omittable()
  @IsIn(PREFERRED_CONTACTS, { message: `preferredContact must be one of ${list(PREFERRED_CONTACTS)}` })
  preferredContact?: PreferredContact;
}

class ProfileFields {
  @ApiProperty({ example: '2010-03-14' }) @IsCalendarDate() dateOfBirth: string;
  @ApiProperty({ example: '3072', description: '4-digit postcode area' }) @Matches(/^[1-9]\d{3}$/, { message: 'pc4 must be the 4 digits of a Dutch postcode' }) pc4: string;
  @ApiProperty({ type: EducationDto }) @NestedObject(() => EducationDto) education: EducationDto;
  @ApiProperty({ type: [String], description: 'skill codes from GET /vocabulary/skills', maxItems: 30 })
  @IsArray() @ArrayMaxSize(30) @Matches(CODE, { each: true, message: 'skills must be vocabulary codes' })
  skills: string[];
  @ApiProperty({ type: [String], description: 'interest codes from GET /vocabulary/skills', maxItems: 30 })
  @IsArray() @ArrayMaxSize(30) @Matches(CODE, { each: true, message: 'interests must be vocabulary codes' })
  interests: string[];
  @ApiPropertyOptional({ maxLength: 200, description: 'what the vocabulary lacks, in a few words' }) @Omittable() @IsString() @MaxLength(200) otherSkills?: string;
  @ApiProperty({ type: [String], example: ['nl', 'en', 'ar'], description: 'ISO 639-1 codes' })
  @IsArray() @ArrayMaxSize(10) @ArrayUnique() @Matches(/^[a-z]{2}$/, { each: true, message: 'languages must be two-letter ISO 639-1 codes such as nl' })
  languages: string[];
  @ApiProperty({ type: [AvailabilityWindowDto] }) @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => AvailabilityWindowDto) availability: AvailabilityWindowDto[];
  @ApiProperty({ enum: PLACEMENT_KINDS, isArray: true, description: 'in order of preference' })
  @IsArray() @ArrayMinSize(1) @ArrayUnique() @IsIn(PLACEMENT_KINDS, { each: true, message: `wishedKinds must be of ${list(PLACEMENT_KINDS)}` })
  wishedKinds: PlacementKind[];
  @ApiProperty({ minimum: 1, maximum: 100 }) @IsInt({ message: 'maxTravelKm must be a whole number' }) @Min(1) @Max(100) maxTravelKm: number;
  @ApiPropertyOptional({ maxLength: 600, description: "in the youth's own words" }) @Omittable() @IsString() @MaxLength(600) motivation?: string;
}

export class RegisterYouthDto extends ProfileFields {
  @ApiProperty({ type: IdentityDto }) @NestedObject(() => IdentityDto) identity: IdentityDto;
}

export class UpdateYouthDto {
  @ApiProperty({ description: 'the version you read; a newer one answers 409', minimum: 1, maximum: MAX_INT4 }) @IsInt() @Min(1) @Max(MAX_INT4) version: number;
  @ApiPropertyOptional() @Omittable() @IsCalendarDate() dateOfBirth?: string;
  @ApiPropertyOptional() @Omittable() @Matches(/^[1-9]\d{3}$/, { message: 'pc4 must be the 4 digits of a Dutch postcode' }) pc4?: string;
  @ApiPropertyOptional({ type: EducationDto }) @Omittable() @NestedObject(() => EducationDto) education?: EducationDto;
  @ApiPropertyOptional({ type: [String] }) @Omittable() @IsArray() @ArrayMaxSize(30) @Matches(CODE, { each: true, message: 'skills must be vocabulary codes' }) skills?: string[];
  @ApiPropertyOptional({ type: [String] }) @Omittable() @IsArray() @ArrayMaxSize(30) @Matches(CODE, { each: true, message: 'interests must be vocabulary codes' }) interests?: string[];
  @ApiPropertyOptional({ maxLength: 200, nullable: true, type: String, description: 'null: none' }) @Omittable({ nullable: true }) @IsString() @MaxLength(200) otherSkills?: string | null;
  @ApiPropertyOptional({ type: [String] })
  @Omittable() @IsArray() @ArrayMaxSize(10) @ArrayUnique() @Matches(/^[a-z]{2}$/, { each: true, message: 'languages must be two-letter ISO 639-1 codes such as nl' })
  languages?: string[];
  @ApiPropertyOptional({ type: [AvailabilityWindowDto] }) @Omittable() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => AvailabilityWindowDto) availability?: AvailabilityWindowDto[];
  @ApiPropertyOptional({ enum: PLACEMENT_KINDS, isArray: true })
  @Omittable() @IsArray() @ArrayMinSize(1) @ArrayUnique() @IsIn(PLACEMENT_KINDS, { each: true, message: `wishedKinds must be of ${list(PLACEMENT_KINDS)}` })
  wishedKinds?: PlacementKind[];
  @ApiPropertyOptional({ minimum: 1, maximum: 100 }) @Omittable() @IsInt() @Min(1) @Max(100) maxTravelKm?: number;
  @ApiPropertyOptional({ maxLength: 600, nullable: true, type: String, description: 'null: none' }) @Omittable({ nullable: true }) @IsString() @MaxLength(600) motivation?: string | null;
  @ApiPropertyOptional({ type: IdentityPatchDto }) @Omittable() @NestedObject(() => IdentityPatchDto) identity?: IdentityPatchDto;
  @ApiPropertyOptional({ description: 'false: no match alerts about this youth' }) @Omittable() @IsBoolean({ message: 'matchAlerts must be true or false' }) matchAlerts?: boolean;
}

const toArray = ({ value }: { value: unknown }) => (value === undefined ? undefined : Array.isArray(value) ? value : [value]);

export class YouthListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: PLACEMENT_KINDS }) @Omittable() @IsIn(PLACEMENT_KINDS, { message: `kind must be one of ${list(PLACEMENT_KINDS)}` }) kind?: PlacementKind;
  @ApiPropertyOptional({ description: 'available on some day from this date' }) @Omittable() @IsCalendarDate() availableFrom?: string;
  @ApiPropertyOptional({ description: 'available on some day up to this date' }) @Omittable() @IsCalendarDate() availableTo?: string;
  @ApiPropertyOptional({ minimum: 10, maximum: 40 }) @Omittable() @QueryNumber() @IsInt() @Min(10) @Max(40) minAge?: number;
  @ApiPropertyOptional({ minimum: 10, maximum: 40 }) @Omittable() @QueryNumber() @IsInt() @Min(10) @Max(40) maxAge?: number;
  @ApiPropertyOptional({ type: [String], description: 'skill codes the youth must all have (repeat the parameter)' })
  @Omittable() @Transform(toArray) @IsArray() @ArrayMaxSize(10) @Matches(CODE, { each: true, message: 'skill must be vocabulary codes' })
  skill?: string[];
}

export class ConsentDto {
  @ApiProperty({ enum: ['matching', 'introductions'], description: 'matching: within the region; introductions: to employers' })
  @IsIn(['matching', 'introductions'], { message: 'scope must be one of matching, introductions' })
  scope: 'matching' | 'introductions';
  @ApiProperty({ enum: CONSENT_GIVERS, description: 'under 16 a parent or guardian consents' })
  @IsIn(CONSENT_GIVERS, { message: `givenBy must be one of ${CONSENT_GIVERS.join(', ')}` })
  givenBy: ConsentGivenBy;
  @ApiPropertyOptional({ format: 'date-time', description: 'when it was given; now when left out' })
  @Omittable()
  @IsDateTime()
  givenAt?: string;
}

export class WithdrawConsentDto {
  @ApiProperty({ minLength: 3, maxLength: 300, description: 'shown to the coach, or to the WSP for a youth from open intake' }) @IsString() @Length(3, 300) reason: string;
}

export class VogConcernDto {
  @ApiProperty({ enum: VOG_CONCERNS }) @IsIn(VOG_CONCERNS, { message: `level must be one of ${list(VOG_CONCERNS)}` }) level: VogConcernLevel;
  @ApiPropertyOptional({ enum: OFFENCE_CATEGORIES })
  @Omittable()
  @IsIn(OFFENCE_CATEGORIES, { message: `offenceCategory must be one of ${list(OFFENCE_CATEGORIES)}` })
  offenceCategory?: OffenceCategory;
  @ApiPropertyOptional({ example: '2025-06-01' }) @Omittable() @IsCalendarDate() lastOffenceDate?: string;
}

export class PurposeQuery {
  @ApiProperty({ description: 'why you read the sealed record; kept in the audit log', minLength: 5, maxLength: 200, example: 'prepare the coaching talk' })
  @IsString({ message: 'purpose is required: say why you read the sealed record' })
  @Length(5, 200, { message: 'purpose must be 5 to 200 characters' })
  purpose: string;
}

export class SealedRecordInputDto {
  @ApiProperty({ description: 'why you write it; kept in the audit log', minLength: 5, maxLength: 200 })
  @IsString({ message: 'purpose is required: say why you write the sealed record' })
  @Length(5, 200, { message: 'purpose must be 5 to 200 characters' })
  purpose: string;
  @ApiPropertyOptional({ description: 'the version you read (0 or left out when there is none yet)', minimum: 0, maximum: MAX_INT4 }) @Omittable() @IsInt() @Min(0) @Max(MAX_INT4) version?: number;
  @ApiProperty() @IsBoolean({ message: 'priority must be true or false' }) priority: boolean;
  @ApiPropertyOptional({ enum: [...PRIORITY_REASONS, null], nullable: true, description: 'required when priority is true' })
  @Omittable({ nullable: true })
  @IsIn(PRIORITY_REASONS, { message: `priorityReason must be one of ${list(PRIORITY_REASONS)}` })
  priorityReason?: PriorityReason;
  @ApiProperty({ type: [String], description: 'codes from GET /vocabulary/risk-factors' })
  @IsArray() @ArrayMaxSize(47) @ArrayUnique() @Matches(CODE, { each: true, message: 'riskFactors must be risk factor codes' })
  riskFactors: string[];
  @ApiProperty({ maxLength: 4000 }) @IsString() @MaxLength(4000) notes: string;
  @ApiProperty({ type: VogConcernDto }) @NestedObject(() => VogConcernDto) vogConcern: VogConcernDto;
}
