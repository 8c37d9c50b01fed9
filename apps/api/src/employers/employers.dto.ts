import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsEmail, IsIn, IsInt, IsNumber, IsString, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { EMPLOYER_STATUSES, type EmployerStatus, SIZE_CLASSES, type SizeClass, VACANCY_KINDS, VACANCY_STATUSES, VOG_BASES, VOG_GUIDES, VOG_PAYERS, WEEKDAYS } from '@startbaan/employers';
import type { VacancyKind, VacancyStatus, VogBasis, VogGuide, VogPayer, Weekday } from '@startbaan/employers';
import { IsCalendarDate, IsDecimal, IsMoney, MAX_INT4, Omittable, PageQuery, QueryNumber } from '@startbaan/platform';
import { NestedObject } from '../common.js';

const list = (v: readonly string[]) => v.join(', ');
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const PC4 = /^[1-9]\d{3}$/;
const bool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class CreateEmployerDto {
  @ApiProperty({ maxLength: 160 }) @IsString() @Length(2, 160) name: string;
  @ApiProperty({ example: '12345678', description: 'KvK number: 8 digits (format only; it has no check digit)' })
  @Matches(/^\d{8}$/, { message: 'kvk must be 8 digits' })
  kvk: string;
  @ApiPropertyOptional({ example: '000012345678', description: 'vestigingsnummer: 12 digits' })
  @Omittable()
  @Matches(/^\d{12}$/, { message: 'vestigingsnummer must be 12 digits' })
  vestigingsnummer?: string;
  @ApiProperty({ example: 'I', description: 'SBI section letter (GET /employers/sectors)' }) @Matches(/^[A-U]$/, { message: 'sector must be an SBI section letter A to U' }) sector: string;
  @ApiProperty({ type: [String], example: ['3072'] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(20) @ArrayUnique() @Matches(PC4, { each: true, message: 'locations must be 4-digit postcode areas' })
  locations: string[];
  @ApiProperty({ enum: SIZE_CLASSES }) @IsIn(SIZE_CLASSES, { message: `sizeClass must be one of ${list(SIZE_CLASSES)}` }) sizeClass: SizeClass;
  @ApiProperty({ maxLength: 120 }) @IsString() @Length(2, 120) contactName: string;
  @ApiPropertyOptional() @Omittable() @IsEmail({}, { message: 'contactEmail must be an e-mail address' }) contactEmail?: string;
  @ApiPropertyOptional() @Omittable() @Matches(/^\+?[0-9 ()-]{8,20}$/, { message: 'contactPhone must be a phone number' }) contactPhone?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @Omittable() @IsUUID('all', { message: 'accountManagerId must be a UUID' }) accountManagerId?: string;
  @ApiPropertyOptional({ maxLength: 4000, description: "the account manager's notes; WSP only" }) @Omittable() @IsString() @MaxLength(4000) notes?: string;
}

export class UpdateEmployerDto {
  @ApiProperty({ minimum: 1, maximum: MAX_INT4 }) @IsInt() @Min(1) @Max(MAX_INT4) version: number;
  @ApiPropertyOptional() @Omittable() @IsString() @Length(2, 160) name?: string;
  @ApiPropertyOptional() @Omittable() @Matches(/^[A-U]$/, { message: 'sector must be an SBI section letter A to U' }) sector?: string;
  @ApiPropertyOptional({ type: [String] })
  @Omittable() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(20) @ArrayUnique() @Matches(PC4, { each: true, message: 'locations must be 4-digit postcode areas' })
  locations?: string[];
  @ApiPropertyOptional({ enum: SIZE_CLASSES }) @Omittable() @IsIn(SIZE_CLASSES, { message: `sizeClass must be one of ${list(SIZE_CLASSES)}` }) sizeClass?: SizeClass;
  @ApiPropertyOptional() @Omittable() @IsString() @Length(2, 120) contactName?: string;
  @ApiPropertyOptional() @Omittable() @IsEmail({}, { message: 'contactEmail must be an e-mail address' }) contactEmail?: string;
  @ApiPropertyOptional() @Omittable() @Matches(/^\+?[0-9 ()-]{8,20}$/, { message: 'contactPhone must be a phone number' }) contactPhone?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @Omittable() @IsUUID('all', { message: 'accountManagerId must be a UUID' }) accountManagerId?: string;
  @ApiPropertyOptional() @Omittable() @IsString() @MaxLength(4000) notes?: string;
}

export class EmployerStatusDto {
  @ApiProperty({ enum: EMPLOYER_STATUSES }) @IsIn(EMPLOYER_STATUSES, { message: `status must be one of ${list(EMPLOYER_STATUSES)}` }) status: EmployerStatus;
  @ApiPropertyOptional({ maxLength: 500 }) @Omittable() @IsString() @MaxLength(500) note?: string;
}

export class EmployerQueryDto extends PageQuery {
  @ApiPropertyOptional() @Omittable() @Matches(/^[A-U]$/, { message: 'sector must be an SBI section letter A to U' }) sector?: string;
  @ApiPropertyOptional({ enum: EMPLOYER_STATUSES }) @Omittable() @IsIn(EMPLOYER_STATUSES, { message: `status must be one of ${list(EMPLOYER_STATUSES)}` }) status?: EmployerStatus;
  @ApiPropertyOptional() @Omittable() @Matches(PC4, { message: 'pc4 must be a 4-digit postcode area' }) pc4?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @Omittable() @IsUUID('all', { message: 'accountManagerId must be a UUID' }) accountManagerId?: string;
  @ApiPropertyOptional() @Omittable() @Transform(bool) @IsBoolean({ message: 'hasOpenVacancies must be true or false' }) hasOpenVacancies?: boolean;
}

export class AcceptPledgeDto {
  @ApiProperty({ description: 'the version you read (GET /pledge)', minimum: 1, maximum: MAX_INT4 }) @IsInt() @Min(1) @Max(MAX_INT4) version: number;
}

export class ScheduleDto {
  @ApiProperty({ enum: WEEKDAYS, isArray: true })
  @IsArray() @ArrayMinSize(1) @ArrayUnique() @IsIn(WEEKDAYS, { each: true, message: `weekdays must be of ${list(WEEKDAYS)}` })
  weekdays: Weekday[];
  @ApiProperty({ example: '09:00' }) @Matches(TIME, { message: 'earliestStart must be a time as HH:MM' }) earliestStart: string;
  @ApiProperty({ example: '17:00' }) @Matches(TIME, { message: 'latestEnd must be a time as HH:MM' }) latestEnd: string;
  @ApiProperty() @IsBoolean() weekends: boolean;
}

export class TraitsDto {
  @ApiProperty() @IsBoolean() worksAlone: boolean;
  @ApiProperty({ description: 'delivery, driving' }) @IsBoolean() movesAround: boolean;
  @ApiProperty() @IsBoolean() handlesCash: boolean;
  @ApiProperty({ description: 'port, airport, distribution centre' }) @IsBoolean() logisticsHub: boolean;
  @ApiProperty() @IsBoolean() eveningWork: boolean;
  @ApiProperty() @IsBoolean() machines: boolean;
  @ApiProperty() @IsBoolean() servesAlcohol: boolean;
  @ApiProperty() @IsBoolean() heavyLifting: boolean;
  @ApiProperty({ description: 'toxic or carcinogenic substances, pesticides' }) @IsBoolean() dangerousSubstances: boolean;
}

export class VogDto {
  @ApiProperty({ enum: VOG_BASES }) @IsIn(VOG_BASES, { message: `basis must be one of ${list(VOG_BASES)}` }) basis: VogBasis;
  @ApiPropertyOptional({ enum: ['childcare', 'education', 'taxi'], description: 'derived from the vacancy (sector, SBI code, function aspects); when given it must match' })
  @Omittable()
  @IsIn(['childcare', 'education', 'taxi'], { message: 'legalSector must be one of childcare, education, taxi' })
  legalSector?: 'childcare' | 'education' | 'taxi';
  @ApiProperty({ type: [Number], example: [21], minimum: 1, maximum: 99, description: 'Justis function aspects of the general profile' })
  @IsArray() @ArrayMaxSize(20) @ArrayUnique() @IsInt({ each: true, message: 'functionAspects must be numbers' })
  @Min(1, { each: true, message: 'functionAspects must be numbers from 1 to 99' })
  @Max(99, { each: true, message: 'functionAspects must be numbers from 1 to 99' })
  functionAspects: number[];
  @ApiPropertyOptional({ minimum: 1, maximum: 99 }) @Omittable() @IsInt() @Min(1) @Max(99) screeningProfile?: number;
  @ApiProperty({ enum: VOG_PAYERS }) @IsIn(VOG_PAYERS, { message: `paidBy must be one of ${list(VOG_PAYERS)}` }) paidBy: VogPayer;
}

const SBI_CODE = /^\d{2}(\.\d{1,3})?$/;

class VacancyFields {
  @ApiProperty({ enum: VACANCY_KINDS }) @IsIn(VACANCY_KINDS, { message: `kind must be one of ${list(VACANCY_KINDS)}` }) kind: VacancyKind;
  @ApiProperty({ maxLength: 120 }) @IsString() @Length(3, 120) title: string;
  @ApiProperty({ maxLength: 4000 }) @IsString() @Length(10, 4000) description: string;
  @ApiProperty({ example: 'I' }) @Matches(/^[A-U]$/, { message: 'sector must be an SBI section letter A to U' }) sector: string;
  @ApiProperty({ example: '3072' }) @Matches(PC4, { message: 'pc4 must be a 4-digit postcode area' }) pc4: string;
  @ApiProperty({ example: '2027-07-05' }) @IsCalendarDate() startDate: string;
  @ApiProperty({ example: '2027-08-13' }) @IsCalendarDate() endDate: string;
  @ApiProperty({ minimum: 1, maximum: 80 }) @IsDecimal(1) @Min(1) @Max(80) hoursPerWeek: number;
  @ApiProperty({ minimum: 1, maximum: 24 }) @IsDecimal(1) @Min(1) @Max(24) hoursPerDay: number;
  @ApiProperty({ type: ScheduleDto }) @NestedObject(() => ScheduleDto) schedule: ScheduleDto;
  @ApiProperty({ type: TraitsDto }) @NestedObject(() => TraitsDto) traits: TraitsDto;
  @ApiProperty({ description: 'false for holiday work (summer jobs)' }) @IsBoolean() duringSchoolWeeks: boolean;
  @ApiProperty({ minimum: 1, maximum: 500 }) @IsInt() @Min(1) @Max(500) places: number;
  @ApiPropertyOptional({ description: 'gross euros an hour, in whole cents; not for work_experience (left out or null)', minimum: 0, maximum: 200, nullable: true, type: Number }) @Omittable({ nullable: true }) @IsMoney() @Min(0) @Max(200) hourlyWage?: number | null;
  @ApiProperty({ type: [String] }) @IsArray() @ArrayMaxSize(20) @ArrayUnique() @Matches(/^[a-z][a-z0-9_]{1,59}$/, { each: true, message: 'skills must be vocabulary codes' }) skills: string[];
  @ApiProperty({ type: [String] }) @IsArray() @ArrayMaxSize(10) @ArrayUnique() @Matches(/^[a-z]{2}$/, { each: true, message: 'languages must be ISO 639-1 codes' }) languages: string[];
  @ApiProperty({ minimum: 13, maximum: 27, description: 'the youngest age the employer wants; at least the legal minimum' }) @IsInt() @Min(13) @Max(27) minimumAge: number;
  @ApiPropertyOptional({ maxLength: 120, nullable: true, type: String }) @Omittable({ nullable: true }) @IsString() @MaxLength(120) mentorName?: string | null;
  @ApiPropertyOptional({ maxLength: 1000, description: 'how the first week goes', nullable: true, type: String }) @Omittable({ nullable: true }) @IsString() @MaxLength(1000) firstWeek?: string | null;
  @ApiPropertyOptional({ description: 'SBB leerbedrijf-ID; required for internship and bbl_place' }) @Omittable() @Matches(/^\d{6,12}$/, { message: 'leerbedrijfId must be 6 to 12 digits' }) leerbedrijfId?: string;
  @ApiPropertyOptional({ description: '5-digit crebo code; required for internship and bbl_place' }) @Omittable() @Matches(/^\d{5}$/, { message: 'crebo must be 5 digits' }) crebo?: string;
  @ApiPropertyOptional({ example: '88.91', description: "the SBI code of the activity (e.g. 88.91 kinderopvang, 49.32 taxivervoer); it must fall in the sector's section" })
  @Omittable()
  @Matches(SBI_CODE, { message: 'sbiCode must be an SBI code such as 88.91 (two digits, a dot, one to three digits)' })
  sbiCode?: string;
  @ApiProperty({ type: VogDto }) @NestedObject(() => VogDto) vog: VogDto;
}

export class CreateVacancyDto extends VacancyFields {
  @ApiPropertyOptional({ format: 'uuid', description: 'WSP staff: the employer; employer users post for their own' })
  @Omittable()
  @IsUUID('all', { message: 'employerId must be a UUID' })
  employerId?: string;
}

export class UpdateVacancyDto {
  @ApiProperty({ minimum: 1, maximum: MAX_INT4 }) @IsInt() @Min(1) @Max(MAX_INT4) version: number;
  @ApiPropertyOptional() @Omittable() @IsString() @Length(3, 120) title?: string;
  @ApiPropertyOptional() @Omittable() @IsString() @Length(10, 4000) description?: string;
  @ApiPropertyOptional({ example: '2027-07-05' }) @Omittable() @IsCalendarDate() startDate?: string;
  @ApiPropertyOptional({ example: '2027-08-13' }) @Omittable() @IsCalendarDate() endDate?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 80 }) @Omittable() @IsDecimal(1) @Min(1) @Max(80) hoursPerWeek?: number;
  @ApiPropertyOptional({ minimum: 1, maximum: 24 }) @Omittable() @IsDecimal(1) @Min(1) @Max(24) hoursPerDay?: number;
  @ApiPropertyOptional({ type: ScheduleDto }) @Omittable() @NestedObject(() => ScheduleDto) schedule?: ScheduleDto;
  @ApiPropertyOptional({ type: TraitsDto }) @Omittable() @NestedObject(() => TraitsDto) traits?: TraitsDto;
  @ApiPropertyOptional() @Omittable() @IsBoolean() duringSchoolWeeks?: boolean;
  @ApiPropertyOptional({ minimum: 1, maximum: 500 }) @Omittable() @IsInt() @Min(1) @Max(500) places?: number;
  @ApiPropertyOptional({ description: 'gross euros an hour, in whole cents; null: unpaid', minimum: 0, maximum: 200, nullable: true, type: Number }) @Omittable({ nullable: true }) @IsMoney() @Min(0) @Max(200) hourlyWage?: number | null;
  @ApiPropertyOptional({ minimum: 13, maximum: 27 }) @Omittable() @IsInt() @Min(13) @Max(27) minimumAge?: number;
  @ApiPropertyOptional({ maxLength: 120, nullable: true, type: String, description: 'null: none' }) @Omittable({ nullable: true }) @IsString() @MaxLength(120) mentorName?: string | null;
  @ApiPropertyOptional({ maxLength: 1000, nullable: true, type: String, description: 'null: none' }) @Omittable({ nullable: true }) @IsString() @MaxLength(1000) firstWeek?: string | null;
  @ApiPropertyOptional({ example: '88.91' })
  @Omittable()
  @Matches(SBI_CODE, { message: 'sbiCode must be an SBI code such as 88.91 (two digits, a dot, one to three digits)' })
  sbiCode?: string;
  @ApiPropertyOptional({ type: VogDto }) @Omittable() @NestedObject(() => VogDto) vog?: VogDto;
  @ApiPropertyOptional({ type: [String], description: 'vocabulary codes (GET /vocabulary/skills); an empty list clears them' }) @Omittable() @IsArray() @ArrayMaxSize(20) @ArrayUnique() @Matches(/^[a-z][a-z0-9_]{1,59}$/, { each: true, message: 'skills must be vocabulary codes' }) skills?: string[];
}

export class ReviewDto {
  @ApiPropertyOptional({ maxLength: 1000, description: 'required when sending back' }) @Omittable() @IsString() @MaxLength(1000) comment?: string;
}

export class VacancyQueryDto extends PageQuery {
  @ApiPropertyOptional({ enum: VACANCY_STATUSES }) @Omittable() @IsIn(VACANCY_STATUSES, { message: `status must be one of ${list(VACANCY_STATUSES)}` }) status?: VacancyStatus;
  @ApiPropertyOptional({ enum: VACANCY_KINDS }) @Omittable() @IsIn(VACANCY_KINDS, { message: `kind must be one of ${list(VACANCY_KINDS)}` }) kind?: VacancyKind;
  @ApiPropertyOptional() @Omittable() @Matches(/^[A-U]$/, { message: 'sector must be an SBI section letter A to U' }) sector?: string;
  @ApiPropertyOptional({ description: 'with maxKm: only vacancies within that distance of this PC4' }) @Omittable() @Matches(PC4, { message: 'nearPc4 must be a 4-digit postcode area' }) nearPc4?: string;
  @ApiPropertyOptional({ default: 10, minimum: 1, maximum: 200 }) @Omittable() @QueryNumber() @IsNumber() @Min(1) @Max(200) maxKm?: number;
  @ApiPropertyOptional({ minimum: 0, maximum: 80 }) @Omittable() @QueryNumber() @IsNumber() @Min(0) @Max(80) minHours?: number;
  @ApiPropertyOptional({ minimum: 0, maximum: 80 }) @Omittable() @QueryNumber() @IsNumber() @Min(0) @Max(80) maxHours?: number;
  @ApiPropertyOptional({ example: '2027-07-01' }) @Omittable() @IsCalendarDate() from?: string;
  @ApiPropertyOptional({ example: '2027-08-31' }) @Omittable() @IsCalendarDate() to?: string;
  @ApiPropertyOptional() @Omittable() @Transform(bool) @IsBoolean({ message: 'vogAsked must be true or false' }) vogAsked?: boolean;
  @ApiPropertyOptional({ description: 'only vacancies whose minimum legal age is at most this', minimum: 13, maximum: 27 }) @Omittable() @QueryNumber() @IsInt() @Min(13) @Max(27) legalAgeAtMost?: number;
  @ApiPropertyOptional({ format: 'uuid', description: "only this employer's vacancies (WSP staff: an employer's page; an employer gets only its own anyway)" })
  @Omittable()
  @IsUUID('all', { message: 'employerId must be a UUID' })
  employerId?: string;
}

export class VacancyGetQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'coach: one of your youths, for the coach-only VOG indication' })
  @Omittable()
  @IsUUID('all', { message: 'youthId must be a UUID' })
  youthId?: string;
}

export class VogGuidanceQuery {
  @ApiPropertyOptional({
    enum: VOG_GUIDES,
    description: "who helps the youth: coach (a coach's own youths; the default for coaches), wsp (open intake: no coach) or any (the default for others)",
  })
  @Omittable()
  @IsIn(VOG_GUIDES, { message: `guide must be one of ${VOG_GUIDES.join(', ')}` })
  guide?: VogGuide;
}

export class VogIndicationRefDto {
  @ApiProperty({ enum: ['no_vog_needed', 'likely_fine', 'talk_it_through'] }) code: 'no_vog_needed' | 'likely_fine' | 'talk_it_through';
  @ApiProperty({ description: "why, in the reader's language; an indication to discuss, never Justis' decision" }) reason: string;
}

/** The VOG part of every representation of a vacancy (built by vacancyVog in libs/employers). */
export class VacancyVogDto {
  @ApiProperty({ enum: VOG_BASES }) basis: VogBasis;
  @ApiProperty({ description: "one line in the reader's language (the language of the access token: PUT /me/language, then refresh)" }) summary: string;
  @ApiProperty({ example: '/vacancies/0b7c2a4e-5d6f-4a1b-9c8d-7e6f5a4b3c2d/vog-guidance', description: 'the full guidance in both languages' }) guidance: string;
}

/**
 * The same, where a coach may read it about one of their own youths: only there can the
 * indication come, so no other reader's schema names it.
 */
export class VacancyVogForYouthDto extends VacancyVogDto {
  @ApiPropertyOptional({ type: VogIndicationRefDto, description: "coach only, about one of the coach's own youths (a read of the sealed VOG concern, audited)" })
  indication?: VogIndicationRefDto;
}

export class VogGuidanceSourceDto {
  @ApiProperty({ description: 'the rule table row a fact of the section comes from' }) source: string;
  @ApiProperty({ format: 'date', description: 'the day that row applies from' }) validFrom: string;
}

export class VogGuidanceSectionDto {
  @ApiProperty() title: string;
  @ApiProperty() body: string;
  @ApiProperty({ type: [VogGuidanceSourceDto], description: 'where the facts of this section come from' }) sources: VogGuidanceSourceDto[];
}

export class VogGuidanceTextDto {
  @ApiProperty() summary: string;
  @ApiProperty({ type: [VogGuidanceSectionDto] }) sections: VogGuidanceSectionDto[];
}

export class VogGuidanceDto {
  @ApiProperty({ description: 'version of the guidance texts' }) version: number;
  @ApiProperty({ description: 'whether the vacancy asks for a VOG' }) asked: boolean;
  @ApiProperty({ enum: VOG_GUIDES, description: 'who the texts send the youth to for help' }) guide: VogGuide;
  @ApiProperty({ type: VogGuidanceTextDto, description: 'Dutch, at B1 level' }) nl: VogGuidanceTextDto;
  @ApiProperty({ type: VogGuidanceTextDto }) en: VogGuidanceTextDto;
}

export class VacancyVogGuidanceDto {
  @ApiProperty({ format: 'uuid' }) vacancyId: string;
  @ApiProperty({ type: VacancyVogDto }) vog: VacancyVogDto;
  @ApiProperty({ type: VogGuidanceDto }) guidance: VogGuidanceDto;
}
