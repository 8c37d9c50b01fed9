import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EMPLOYER_STATUSES, type EmployerStatus, SIZE_CLASSES, type SizeClass, VACANCY_KINDS, VACANCY_STATUSES, VOG_PAYERS } from '@startbaan/employers';
import type { VacancyKind, VacancyStatus, VogPayer } from '@startbaan/employers';
import { NEXT_CURSOR, TextDto } from '../common.dto.js';
import { ScheduleDto, TraitsDto, VacancyVogForYouthDto, VogGuidanceDto } from './employers.dto.js';

// What the employer and vacancy routes answer (employers.views.ts builds them). A field only
// some readers get is optional, and says who gets it.

export class PledgeStateDto {
  @ApiProperty({ type: 'integer', description: 'the latest version of the pledge (GET /pledge)' }) currentVersion: number;
  @ApiProperty({ type: 'integer', nullable: true, description: 'the version the employer accepted last; null: none yet' }) acceptedVersion: number | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) acceptedAt: string | null;
}

export class AccountManagerDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() email: string;
}

/** An employer as its own users see it. */
export class EmployerDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: '12345678' }) kvk: string;
  @ApiProperty({ type: String, nullable: true, example: '000012345678' }) vestigingsnummer: string | null;
  @ApiProperty({ example: 'I', description: 'SBI section letter' }) sector: string;
  @ApiProperty({ type: [String], example: ['3072'], description: '4-digit postcode areas' }) locations: string[];
  @ApiProperty({ enum: SIZE_CLASSES }) sizeClass: SizeClass;
  @ApiProperty() contactName: string;
  @ApiProperty({ type: String, nullable: true }) contactEmail: string | null;
  @ApiProperty({ type: String, nullable: true }) contactPhone: string | null;
  @ApiProperty({ enum: EMPLOYER_STATUSES }) status: EmployerStatus;
  @ApiProperty({ type: PledgeStateDto }) pledge: PledgeStateDto;
  @ApiProperty({ type: AccountManagerDto, nullable: true, description: "the WSP's contact for this employer; null: none yet" }) accountManager: AccountManagerDto | null;
  @ApiProperty({ type: 'integer', description: 'send it back when changing the employer' }) version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class EmployerStatusChangeDto {
  @ApiProperty({ enum: EMPLOYER_STATUSES }) status: EmployerStatus;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ format: 'date-time' }) changedAt: string;
}

export class EmployerVacancyFiguresDto {
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: 'integer' }) open: number;
  @ApiProperty({ type: 'integer', description: 'vacancies that ask a VOG, for any reason' }) vogAsked: number;
}

/** An employer as WSP staff and admins see it: with the account manager's notes and the figures. */
export class WspEmployerDto extends EmployerDto {
  @ApiProperty({ description: "the account manager's notes" }) notes: string;
  @ApiProperty({ type: [EmployerStatusChangeDto], description: 'every status change, oldest first' }) statusHistory: EmployerStatusChangeDto[];
  @ApiProperty({ type: EmployerVacancyFiguresDto }) vacancies: EmployerVacancyFiguresDto;
  @ApiProperty({ type: Number, nullable: true, minimum: 0, maximum: 1, description: 'vogAsked / total, two decimals; null without vacancies' }) vogAskedShare: number | null;
}

export class WspEmployerPageDto {
  @ApiProperty({ type: [WspEmployerDto] }) items: WspEmployerDto[];
  @ApiProperty(NEXT_CURSOR) nextCursor: string | null;
}

export class LegalAgeReasonDto {
  @ApiProperty({ description: 'the youngest age at which this rule alone is met (99: never)' }) age: number;
  @ApiProperty() code: string;
  @ApiProperty({ type: TextDto }) text: TextDto;
  @ApiProperty() source: string;
}

/** The VOG of a vacancy as posted, with what every representation of a vacancy carries. */
export class PostedVacancyVogDto extends VacancyVogForYouthDto {
  @ApiPropertyOptional({ enum: ['childcare', 'education', 'taxi'], description: 'with legal_requirement: the sector whose law requires the VOG (derived from the vacancy)' })
  legalSector?: 'childcare' | 'education' | 'taxi';
  @ApiProperty({ type: [Number], example: [21], description: 'Justis function aspects of the general profile' }) functionAspects: number[];
  @ApiPropertyOptional({ type: 'integer', description: 'a specific screening profile, when the employer named one' }) screeningProfile?: number;
  @ApiProperty({ enum: VOG_PAYERS }) paidBy: VogPayer;
}

export class ReviewCommentDto {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ enum: ['approved', 'sent_back', 'resubmitted'] }) action: 'approved' | 'sent_back' | 'resubmitted';
  @ApiProperty({ description: "the reviewer's words (empty when approved without a comment)" }) comment: string;
}

export class ReviewWarningDto {
  @ApiProperty({ example: 'vog_childcare_suggested' }) code: string;
  @ApiProperty({ type: TextDto }) text: TextDto;
}

export class VacancyWageCheckDto {
  @ApiProperty({ type: 'integer', description: 'the youngest age the vacancy admits' }) youngestAge: number;
  @ApiProperty({ description: 'the wage offered, gross euros an hour' }) hourlyWage: number;
  @ApiProperty({ description: 'the highest legal minimum for that age over the period' }) minimum: number;
  @ApiProperty({ format: 'date', description: 'the first day that minimum is owed' }) from: string;
  @ApiProperty() source: string;
  @ApiProperty({ format: 'date' }) validFrom: string;
  @ApiProperty() ok: boolean;
}

/** A vacancy as a list carries it: the VOG summary and guidance route, not the full guidance. */
export class VacancyListItemDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) employerId: string;
  @ApiProperty() employerName: string;
  @ApiProperty({ enum: VACANCY_KINDS }) kind: VacancyKind;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty({ example: 'I', description: 'SBI section letter' }) sector: string;
  @ApiProperty({ example: '3072' }) pc4: string;
  @ApiProperty({ format: 'date' }) startDate: string;
  @ApiProperty({ format: 'date' }) endDate: string;
  @ApiProperty() hoursPerWeek: number;
  @ApiProperty() hoursPerDay: number;
  @ApiProperty({ type: ScheduleDto }) schedule: ScheduleDto;
  @ApiProperty({ type: TraitsDto }) traits: TraitsDto;
  @ApiProperty({ description: 'false for holiday work (summer jobs)' }) duringSchoolWeeks: boolean;
  @ApiProperty({ type: 'integer' }) places: number;
  @ApiProperty({ type: Number, nullable: true, description: 'gross euros an hour; null: unpaid (work experience)' }) hourlyWage: number | null;
  @ApiProperty({ type: [String], description: 'skill codes' }) skills: string[];
  @ApiProperty({ type: [String], description: 'ISO 639-1 codes' }) languages: string[];
  @ApiProperty({ type: 'integer', description: 'the youngest age the employer wants' }) minimumAge: number;
  @ApiProperty({ type: 'integer', description: 'the youngest age the law allows for this work' }) minimumLegalAge: number;
  @ApiProperty({ type: [LegalAgeReasonDto], description: 'why younger ages are excluded, youngest first' }) minimumLegalAgeReasons: LegalAgeReasonDto[];
  @ApiProperty({ type: String, nullable: true }) mentorName: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'how the first week goes' }) firstWeek: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'SBB leerbedrijf-ID (internships and BBL places)' }) leerbedrijfId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'crebo code (internships and BBL places)' }) crebo: string | null;
  @ApiProperty({ type: String, nullable: true, example: '88.91' }) sbiCode: string | null;
  @ApiProperty({ type: PostedVacancyVogDto, description: 'the requirement as posted, the summary in your language and the guidance route' }) vog: PostedVacancyVogDto;
  @ApiProperty({ enum: VACANCY_STATUSES }) status: VacancyStatus;
  @ApiProperty({ type: 'integer', description: 'send it back when changing the vacancy' }) version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'when it first opened; null: never open yet' }) openedAt: string | null;
  @ApiPropertyOptional({ type: [ReviewCommentDto], description: "employers, WSP staff and admins (not coaches): the WSP review's history" }) reviewComments?: ReviewCommentDto[];
  @ApiPropertyOptional({ type: TextDto, nullable: true, description: 'employers, WSP staff and admins (not coaches): a word to an employer who chose to ask a VOG' })
  vogNudge?: TextDto | null;
  @ApiPropertyOptional({ type: [ReviewWarningDto], description: 'WSP staff and admins: what to check before opening it' }) reviewWarnings?: ReviewWarningDto[];
  @ApiPropertyOptional({ type: VacancyWageCheckDto, nullable: true, description: 'WSP staff and admins: the wage against the legal minimum of the youngest youth it admits; null when unpaid' })
  wageCheck?: VacancyWageCheckDto | null;
}

/** The coach-only VOG indication for one of their youths, in both languages. */
export class VogIndicationForYouthDto {
  @ApiProperty({ enum: ['no_vog_needed', 'likely_fine', 'talk_it_through'] }) code: 'no_vog_needed' | 'likely_fine' | 'talk_it_through';
  @ApiProperty({ type: TextDto, description: "why; an indication to discuss, never Justis' decision" }) reason: TextDto;
}

/** One vacancy: everything a list carries, and the full VOG guidance. */
export class VacancyDto extends VacancyListItemDto {
  @ApiProperty({ type: VogGuidanceDto, description: 'the full guidance, Dutch (B1) and English' }) vogGuidance: VogGuidanceDto;
  @ApiPropertyOptional({ type: VogIndicationForYouthDto, description: 'a coach who passed youthId: the indication for that youth in both languages (the reason in each)' })
  vogIndicationForYouth?: VogIndicationForYouthDto;
}

export class VacancyPageDto {
  @ApiProperty({ type: [VacancyListItemDto] }) items: VacancyListItemDto[];
  @ApiProperty(NEXT_CURSOR) nextCursor: string | null;
}
