import { ApiProperty, getSchemaPath } from '@nestjs/swagger';
import type { CoachYouth, ConsentView, SealedRecord, WspYouth, Youth } from '@startbaan/youth';
import { ageOn, PRIORITY_REASONS, type PriorityReason } from '@startbaan/youth';
import { AvailabilityWindowDto, EducationDto, IdentityDto, VogConcernDto } from './youth.dto.js';

export class ConsentViewDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['matching', 'introductions'] }) scope: string;
  @ApiProperty({ enum: ['youth', 'parent_guardian'] }) givenBy: string;
  @ApiProperty({ format: 'date-time' }) givenAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) withdrawnAt: string | null;
  @ApiProperty({ type: String, nullable: true }) withdrawalReason: string | null;
}

/** The profile fields WSP staff and the coach both see. */
export class YouthProfileDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Kandidaat 7KQ2' }) pseudonym: string;
  @ApiProperty() age: number;
  @ApiProperty({ example: '3072' }) pc4: string;
  @ApiProperty({ type: EducationDto }) education: EducationDto;
  @ApiProperty({ type: [String] }) skills: string[];
  @ApiProperty({ type: [String] }) interests: string[];
  @ApiProperty({ type: String, nullable: true }) otherSkills: string | null;
  @ApiProperty({ type: [String] }) languages: string[];
  @ApiProperty({ type: [AvailabilityWindowDto] }) availability: AvailabilityWindowDto[];
  @ApiProperty({ type: [String] }) wishedKinds: string[];
  @ApiProperty() maxTravelKm: number;
  @ApiProperty({ type: String, nullable: true }) motivation: string | null;
  @ApiProperty({ description: 'priority yes/no; the reason stays with the coach' }) priority: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class OrganisationRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() kind: string;
}

/** What the youth's own coaching organisation sees. */
export class CoachYouthDto extends YouthProfileDto {
  @ApiProperty() dateOfBirth: string;
  @ApiProperty() version: number;
  @ApiProperty({ type: IdentityDto }) identity: IdentityDto;
  @ApiProperty({ type: OrganisationRefDto, nullable: true }) referringOrganisation: OrganisationRefDto | null;
  @ApiProperty({ type: [ConsentViewDto] }) consents: ConsentViewDto[];
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty() matchAlerts: boolean;
}

export class YouthPageDto {
  @ApiProperty({
    type: 'array',
    items: { anyOf: [{ $ref: getSchemaPath(CoachYouthDto) }, { $ref: getSchemaPath(YouthProfileDto) }] },
    description: 'coaches get CoachYouth items, WSP staff YouthProfile items',
  })
  items: (CoachYouthDto | YouthProfileDto)[];
  @ApiProperty({ type: String, nullable: true, description: 'the cursor of the next page; null on the last' }) nextCursor: string | null;
}

export class SealedRecordDto {
  @ApiProperty() priority: boolean;
  @ApiProperty({ enum: [...PRIORITY_REASONS, null], nullable: true, description: 'null without priority' }) priorityReason: PriorityReason | null;
  @ApiProperty({ type: [String] }) riskFactors: string[];
  @ApiProperty() notes: string;
  @ApiProperty({ type: VogConcernDto }) vogConcern: VogConcernDto;
  @ApiProperty({ description: '0 when nothing was recorded yet' }) version: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'null when nothing was recorded yet' }) updatedAt: string | null;
}

export const toConsentDto = (c: ConsentView): ConsentViewDto => ({
  id: c.id,
  scope: c.scope,
  givenBy: c.givenBy,
  givenAt: c.givenAt.toISOString(),
  withdrawnAt: c.withdrawnAt?.toISOString() ?? null,
  withdrawalReason: c.withdrawalReason,
});

/** `today` is the day the age is reckoned on (the clock's). */
function profile(y: Youth, priority: boolean, today: string): YouthProfileDto {
  return {
    id: y.id,
    pseudonym: y.pseudonym,
    age: ageOn(y.dateOfBirth!, today),
    pc4: y.pc4!,
    education: y.education as EducationDto,
    skills: y.skills,
    interests: y.interests,
    otherSkills: y.otherSkills,
    languages: y.languages,
    availability: y.availability,
    wishedKinds: y.wishedKinds,
    maxTravelKm: y.maxTravelKm!,
    motivation: y.motivation,
    priority,
    createdAt: y.createdAt.toISOString(),
  };
}

/** WSP staff: the pseudonymous profile and the priority boolean; nothing sealed, no identity, no referrer. */
export const toWspYouthDto = (v: WspYouth, today: string): YouthProfileDto => profile(v.youth, v.priority, today);

export const toCoachYouthDto = (v: CoachYouth, today: string): CoachYouthDto => ({
  ...profile(v.youth, v.priority, today),
  dateOfBirth: v.youth.dateOfBirth!,
  version: v.youth.version,
  identity: v.identity,
  referringOrganisation: v.organisation,
  consents: v.consents.map(toConsentDto),
  updatedAt: v.youth.updatedAt.toISOString(),
  matchAlerts: v.youth.matchAlerts,
});

export const toSealedDto = (s: SealedRecord): SealedRecordDto => ({
  priority: s.priority,
  priorityReason: s.priorityReason,
  riskFactors: s.riskFactors,
  notes: s.notes,
  vogConcern: s.vogConcern,
  version: s.version,
  updatedAt: s.updatedAt?.toISOString() ?? null,
});
