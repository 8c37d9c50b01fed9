import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DECLINE_REASONS, type DeclineReason, PROPOSAL_STATES, type ProposalState, THREAD_SIDES, type ThreadSide } from '@startbaan/placements';
import { EDUCATION_LEVELS, type EducationLevel } from '@startbaan/youth';
import { NEXT_CURSOR, TextDto } from '../common.dto.js';
import { VacancyVogDto, VacancyVogForYouthDto } from '../employers/employers.dto.js';
import { AvailabilityWindowDto } from '../youth/youth.dto.js';

// What the proposal routes answer. The employer and the youth's side see a proposal differently:
// ProposalDto is the coach's and the WSP's, EmployerProposalDto the employer's (the anonymous
// candidate card), and neither names a field of the other.

/** A proposal as the coach's organisation and WSP staff see it. */
export class ProposalDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) youthId: string;
  @ApiProperty({ example: 'Kandidaat 7KQ2' }) pseudonym: string;
  @ApiProperty({ example: 'Kandidaat 4HX9', description: 'how the employer knows the youth: each employer has its own pseudonym for a youth' }) pseudonymAtEmployer: string;
  @ApiProperty({ format: 'uuid' }) vacancyId: string;
  @ApiProperty() vacancyTitle: string;
  @ApiProperty({ type: VacancyVogForYouthDto, description: "the vacancy's VOG; indication only on GET /proposals/{id}, for a coach of the proposing organisation" })
  vog: VacancyVogForYouthDto;
  @ApiProperty({ description: "the coach's note to the employer" }) note: string;
  @ApiProperty({ enum: PROPOSAL_STATES }) state: ProposalState;
  @ApiProperty({ enum: [...DECLINE_REASONS, null], nullable: true, description: "the employer's reason category; null unless declined" }) declineReason: string | null;
  @ApiProperty({ type: String, nullable: true, description: "why it was withdrawn: for the youth's contact person only, null for everyone else" }) withdrawReason: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'the placement, once the offer was accepted' }) placementId: string | null;
  @ApiProperty({ format: 'date-time' }) stateChangedAt: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiPropertyOptional({ type: 'integer', description: "in lists, for the youth's contact person (coaches, and WSP staff for youths from open intake): the employer's messages not read yet" })
  unreadMessages?: number;
}

export class ProposalPageDto {
  @ApiProperty({ type: [ProposalDto] }) items: ProposalDto[];
  @ApiProperty(NEXT_CURSOR) nextCursor: string | null;
}

/** Everything an employer may learn about a youth before the introduction; no name, no contact. */
export class CandidateCardDto {
  @ApiProperty({ example: 'Kandidaat 4HX9', description: "this employer's own pseudonym for the youth" }) pseudonym: string;
  @ApiProperty({ type: 'integer' }) ageYears: number;
  @ApiProperty({ enum: [...EDUCATION_LEVELS, null], nullable: true }) educationLevel: EducationLevel | null;
  @ApiProperty({ type: [String], description: 'skill codes' }) skills: string[];
  @ApiProperty({ type: [String], description: 'interest codes' }) interests: string[];
  @ApiProperty({ type: [String], description: 'ISO 639-1 codes' }) languages: string[];
  @ApiProperty({ type: [AvailabilityWindowDto] }) availability: AvailabilityWindowDto[];
  @ApiProperty({ type: String, nullable: true, description: "in the youth's own words" }) motivation: string | null;
  @ApiProperty({ enum: ['0-5', '5-10', '10-20', '20+', null], nullable: true, description: 'km from the youth to the vacancy, as a band' }) distanceBand: '0-5' | '5-10' | '10-20' | '20+' | null;
}

export class IntroductionContactDto {
  @ApiProperty({ enum: ['email', 'phone', 'whatsapp', 'messages'], description: "the youth's own channel, or messages: the proposal's thread with the youth's contact person" })
  channel: 'email' | 'phone' | 'whatsapp' | 'messages';
  @ApiProperty({ description: 'the address or number; for messages the route of the thread' }) value: string;
}

export class IntroductionDto {
  @ApiProperty() firstName: string;
  @ApiPropertyOptional({ description: 'once the offer was accepted' }) lastName?: string;
  @ApiProperty({ type: IntroductionContactDto }) contact: IntroductionContactDto;
  @ApiProperty({ example: '/proposals/0b7c2a4e-5d6f-4a1b-9c8d-7e6f5a4b3c2d/messages', description: "the route of the thread with the youth's contact person" }) messages: string;
}

export class InterviewHistoryEntryDto {
  @ApiProperty({ format: 'date-time', description: 'a slot planned before' }) at: string;
  @ApiPropertyOptional({ enum: ['showed_up', 'no_show', 'rescheduled'], description: 'what came of it, when recorded' }) outcome?: 'showed_up' | 'no_show' | 'rescheduled';
}

export class ProposalInterviewDto {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiPropertyOptional() place?: string;
  @ApiPropertyOptional({ description: 'an https link' }) videoLink?: string;
  @ApiPropertyOptional({ enum: ['showed_up', 'no_show', 'rescheduled'], description: 'once recorded' }) outcome?: 'showed_up' | 'no_show' | 'rescheduled';
  @ApiProperty({ type: [InterviewHistoryEntryDto], description: 'the slots before this one, oldest first' }) history: InterviewHistoryEntryDto[];
}

export class ProposalOfferDto {
  @ApiProperty({ format: 'date' }) startDate: string;
  @ApiProperty({ format: 'date', description: "the last day; the vacancy's end date when the employer gave none" }) endDate: string;
  @ApiProperty() hoursPerWeek: number;
  @ApiProperty({ type: Number, nullable: true, description: 'gross euros an hour; null for work experience' }) hourlyWage: number | null;
}

/** A proposal as its employer sees it: the candidate card and the coach's note; more from the introduction on. */
export class EmployerProposalDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) vacancyId: string;
  @ApiProperty() vacancyTitle: string;
  @ApiProperty({ type: VacancyVogDto }) vog: VacancyVogDto;
  @ApiProperty({ enum: PROPOSAL_STATES, description: 'never withdrawn or expired: those are gone for the employer (404)' }) state: ProposalState;
  @ApiProperty({ format: 'date-time' }) proposedAt: string;
  @ApiProperty({ description: "the coach's note" }) note: string;
  @ApiProperty({ type: CandidateCardDto }) candidate: CandidateCardDto;
  @ApiPropertyOptional({ type: 'integer', description: "in the list, and from the introduction on: the contact person's messages not read yet" }) unreadMessages?: number;
  @ApiPropertyOptional({ type: IntroductionDto, description: 'GET /proposals/{id} from the introduction on: who the youth is and how to reach them' }) introduction?: IntroductionDto;
  @ApiPropertyOptional({ type: ProposalInterviewDto, nullable: true, description: 'with introduction: the interview, null while none is planned' }) interview?: ProposalInterviewDto | null;
  @ApiPropertyOptional({ type: ProposalOfferDto, nullable: true, description: 'with introduction: the offer, null while none is made' }) offer?: ProposalOfferDto | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'with introduction: the placement, once the offer was accepted' }) placementId?: string | null;
}

export class EmployerProposalPageDto {
  @ApiProperty({ type: [EmployerProposalDto], description: 'in order of proposal time' }) items: EmployerProposalDto[];
  @ApiProperty(NEXT_CURSOR) nextCursor: string | null;
}

/** What a step answers: the proposal and the state it is in now. */
export class ProposalStepDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: PROPOSAL_STATES }) state: ProposalState;
}

export class ProposalDeclinedDto extends ProposalStepDto {
  @ApiProperty({ enum: DECLINE_REASONS }) declineReason: DeclineReason;
}

export class ThreadMessageDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: THREAD_SIDES, description: "who wrote it: the employer, or the youth's contact person" }) side: ThreadSide;
  @ApiProperty({ type: TextDto, description: 'the signature as this reader sees it' }) from: TextDto;
  @ApiProperty() body: string;
  @ApiProperty({ format: 'date-time' }) sentAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'when the other side first read it' }) readAt: string | null;
}

export class ThreadDto {
  @ApiProperty({ format: 'uuid' }) proposalId: string;
  @ApiProperty({ enum: THREAD_SIDES }) yourSide: ThreadSide;
  @ApiProperty({ type: TextDto, description: 'who you write to' }) with: TextDto;
  @ApiProperty({ description: 'false once the proposal closed' }) writable: boolean;
  @ApiProperty({ type: 'integer', description: "the other side's messages still unread after this page" }) unread: number;
  @ApiProperty({ type: [ThreadMessageDto], description: 'oldest first' }) items: ThreadMessageDto[];
  @ApiProperty(NEXT_CURSOR) nextCursor: string | null;
}
