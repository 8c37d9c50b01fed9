import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { PROPOSAL_STATES, type ProposalState } from '@startbaan/placements';
import { VacancyVogDto } from '../employers/employers.dto.js';

// What the inbox answers: one schema per kind of notification, told apart by kind. Every item
// holds entries: a match digest one per (youth, vacancy) pair, added to all day; every other kind
// one entry (key change) with what the notice is about. The worker's handlers write them.

/** What every inbox item has, whatever its kind. */
class InboxItemFields {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() titleNl: string;
  @ApiProperty() titleEn: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'null: not read yet (a digest that grows is unread again)' }) readAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

/** The key of the one entry of a notice that is not a digest. */
const CHANGE = { enum: ['change'], description: 'a notice has one entry' } as const;

export class MatchDigestEntryDto {
  @ApiProperty({ description: '<youthId>:<vacancyId>: a pair matched again replaces its entry' }) key: string;
  @ApiProperty({ format: 'uuid' }) youthId: string;
  @ApiProperty({ example: 'Kandidaat 7KQ2' }) pseudonym: string;
  @ApiProperty({ format: 'uuid' }) vacancyId: string;
  @ApiProperty() vacancyTitle: string;
  @ApiProperty({ type: VacancyVogDto, description: 'in your language when the digest was written; no indication (alerts read no sealed records)' }) vog: VacancyVogDto;
  @ApiProperty({ description: 'the match score' }) score: number;
}

export class MatchDigestDataDto {
  @ApiProperty({ type: [MatchDigestEntryDto] }) entries: MatchDigestEntryDto[];
}

/** New matches for the coach's youths, one digest a day. */
export class MatchDigestItemDto extends InboxItemFields {
  @ApiProperty({ enum: ['match_digest'] }) kind: 'match_digest';
  @ApiProperty({ type: MatchDigestDataDto }) data: MatchDigestDataDto;
}

/** A proposal's news for the coach who proposed the youth. */
export class ProposalNewsEntryDto {
  @ApiProperty(CHANGE) key: 'change';
  @ApiProperty({ format: 'uuid' }) proposalId: string;
  @ApiProperty({ enum: PROPOSAL_STATES, description: 'the state the proposal moved to' }) state: ProposalState;
  @ApiProperty({ example: 'Kandidaat 7KQ2' }) pseudonym: string;
  @ApiProperty({ format: 'uuid' }) vacancyId: string;
  @ApiProperty() vacancyTitle: string;
  @ApiProperty({ type: VacancyVogDto, description: 'in your language when the item was written' }) vog: VacancyVogDto;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'withdrawn: why' }) withdrawReason?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: "declined: the employer's reason category" }) declineReason?: string | null;
  @ApiPropertyOptional({ description: 'true: every place of the vacancy is taken' }) vacancyFilled?: boolean;
}

/** A proposal's news for the employer's users: the vacancy, never the youth. */
export class EmployerProposalNewsEntryDto {
  @ApiProperty(CHANGE) key: 'change';
  @ApiProperty({ format: 'uuid' }) proposalId: string;
  @ApiProperty() vacancyTitle: string;
}

export class ProposalNewsDataDto {
  @ApiProperty({
    type: 'array',
    items: { anyOf: [{ $ref: getSchemaPath(ProposalNewsEntryDto) }, { $ref: getSchemaPath(EmployerProposalNewsEntryDto) }] },
    description: "the coach's entry, or the employer's",
  })
  entries: (ProposalNewsEntryDto | EmployerProposalNewsEntryDto)[];
}

/** A proposal moved on: proposed, introduced, declined, withdrawn, expired, accepted… */
export class ProposalNewsItemDto extends InboxItemFields {
  @ApiProperty({ enum: ['proposal'] }) kind: 'proposal';
  @ApiProperty({ type: ProposalNewsDataDto }) data: ProposalNewsDataDto;
}

export class InterviewReminderEntryDto {
  @ApiProperty(CHANGE) key: 'change';
  @ApiProperty({ format: 'uuid' }) proposalId: string;
  @ApiProperty({ example: 'Kandidaat 7KQ2' }) pseudonym: string;
  @ApiProperty({ format: 'uuid' }) vacancyId: string;
  @ApiProperty() vacancyTitle: string;
  @ApiProperty({ type: VacancyVogDto }) vog: VacancyVogDto;
  @ApiProperty({ format: 'date-time', description: 'the interview' }) slotAt: string;
  @ApiProperty({ enum: ['day_before', 'two_hours'] }) reminder: 'day_before' | 'two_hours';
  @ApiProperty({ description: "whether the youth's own e-mail got the reminder too" }) youthReminded: boolean;
}

export class InterviewReminderDataDto {
  @ApiProperty({ type: [InterviewReminderEntryDto] }) entries: InterviewReminderEntryDto[];
}

/** An interview of one of the coach's youths is tomorrow, or in two hours. */
export class InterviewReminderItemDto extends InboxItemFields {
  @ApiProperty({ enum: ['interview_reminder'] }) kind: 'interview_reminder';
  @ApiProperty({ type: InterviewReminderDataDto }) data: InterviewReminderDataDto;
}

export class PlacementNewsEntryDto {
  @ApiProperty(CHANGE) key: 'change';
  @ApiProperty({ format: 'uuid' }) placementId: string;
  @ApiProperty({ example: 'Kandidaat 7KQ2' }) pseudonym: string;
  @ApiProperty() vacancyTitle: string;
  @ApiProperty({ enum: ['concern', 'ended', 'reference'], description: 'a check-in with a concern, the ending, or the reference written' }) what: 'concern' | 'ended' | 'reference';
}

export class PlacementNewsDataDto {
  @ApiProperty({ type: [PlacementNewsEntryDto] }) entries: PlacementNewsEntryDto[];
}

/** News of a placement for the coach who proposed the youth. */
export class PlacementNewsItemDto extends InboxItemFields {
  @ApiProperty({ enum: ['placement'] }) kind: 'placement';
  @ApiProperty({ type: PlacementNewsDataDto }) data: PlacementNewsDataDto;
}

/** A message from the youth's contact person, for the employer's users. */
export class EmployerMessageNewsEntryDto {
  @ApiProperty(CHANGE) key: 'change';
  @ApiProperty({ format: 'uuid' }) proposalId: string;
  @ApiProperty() vacancyTitle: string;
  @ApiProperty({ example: '/proposals/0b7c2a4e-5d6f-4a1b-9c8d-7e6f5a4b3c2d/messages', description: 'the route of the thread' }) messages: string;
}

/** A message from the employer, for the youth's contact person. */
export class ContactMessageNewsEntryDto extends EmployerMessageNewsEntryDto {
  @ApiProperty({ example: 'Kandidaat 7KQ2' }) pseudonym: string;
  @ApiProperty() employerName: string;
}

export class MessageNewsDataDto {
  @ApiProperty({
    type: 'array',
    items: { anyOf: [{ $ref: getSchemaPath(ContactMessageNewsEntryDto) }, { $ref: getSchemaPath(EmployerMessageNewsEntryDto) }] },
    description: "the contact person's entry (with the youth's pseudonym and the employer), or the employer's",
  })
  entries: (ContactMessageNewsEntryDto | EmployerMessageNewsEntryDto)[];
}

/** A new message in a proposal's thread (never what it says). */
export class MessageNewsItemDto extends InboxItemFields {
  @ApiProperty({ enum: ['proposal_message'] }) kind: 'proposal_message';
  @ApiProperty({ type: MessageNewsDataDto }) data: MessageNewsDataDto;
}

export class AccountLockedEntryDto {
  @ApiProperty(CHANGE) key: 'change';
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'until when sign-in is locked' }) lockedUntil: string | null;
}

export class AccountLockedDataDto {
  @ApiProperty({ type: [AccountLockedEntryDto] }) entries: AccountLockedEntryDto[];
}

/** Too many wrong passwords locked your account for a while. */
export class AccountLockedItemDto extends InboxItemFields {
  @ApiProperty({ enum: ['account_locked'] }) kind: 'account_locked';
  @ApiProperty({ type: AccountLockedDataDto }) data: AccountLockedDataDto;
}

/** Every kind of inbox item. */
const INBOX_ITEM_DTOS = [MatchDigestItemDto, ProposalNewsItemDto, InterviewReminderItemDto, PlacementNewsItemDto, MessageNewsItemDto, AccountLockedItemDto];

/** The schemas the inbox names by reference only, for @ApiExtraModels. */
export const INBOX_MODELS = [...INBOX_ITEM_DTOS, ProposalNewsEntryDto, EmployerProposalNewsEntryDto, ContactMessageNewsEntryDto, EmployerMessageNewsEntryDto];

export type InboxItemDto = MatchDigestItemDto | ProposalNewsItemDto | InterviewReminderItemDto | PlacementNewsItemDto | MessageNewsItemDto | AccountLockedItemDto;

export class InboxDto {
  @ApiProperty({ type: 'array', items: { oneOf: INBOX_ITEM_DTOS.map((dto) => ({ $ref: getSchemaPath(dto) })) }, description: 'newest first, at most 50' })
  items: InboxItemDto[];
}
