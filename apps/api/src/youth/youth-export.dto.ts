import { ApiProperty } from '@nestjs/swagger';
import { CONSENT_GIVERS, PLACEMENT_KINDS } from '@startbaan/youth';
import { AvailabilityWindowDto, EducationDto, IdentityDto } from './youth.dto.js';
import { OrganisationRefDto, SealedRecordDto } from './youth.views.js';

// The AVG export (YouthRightsService.export): everything kept about a youth, as it is kept.
// Unlike the other youth answers these are the stored records, every column, not a view of them.

/** The youth's row as stored. */
export class ExportedYouthDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) regionId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'the coaching organisation; null for a youth from open intake' }) organisationId: string | null;
  @ApiProperty({ example: 'Kandidaat 7KQ2' }) pseudonym: string;
  @ApiProperty({ enum: ['active'], description: 'an erased youth has nothing left to export (404)' }) status: 'active';
  @ApiProperty({ type: String, format: 'date', nullable: true }) dateOfBirth: string | null;
  @ApiProperty({ type: String, nullable: true, example: '3072' }) pc4: string | null;
  @ApiProperty({ type: String, nullable: true, description: "the education's level, kept apart for searching" }) educationLevel: string | null;
  @ApiProperty({ type: EducationDto }) education: EducationDto;
  @ApiProperty({ type: [String] }) skills: string[];
  @ApiProperty({ type: [String] }) interests: string[];
  @ApiProperty({ type: String, nullable: true }) otherSkills: string | null;
  @ApiProperty({ type: [String] }) languages: string[];
  @ApiProperty({ type: [AvailabilityWindowDto] }) availability: AvailabilityWindowDto[];
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'the first day of the availability, kept for searching' }) availableFrom: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'the last day of the availability, kept for searching' }) availableTo: string | null;
  @ApiProperty({ enum: PLACEMENT_KINDS, isArray: true }) wishedKinds: string[];
  @ApiProperty({ type: 'integer', nullable: true }) maxTravelKm: number | null;
  @ApiProperty({ type: String, nullable: true }) motivation: string | null;
  @ApiProperty() matchAlerts: boolean;
  @ApiProperty({ type: 'integer' }) version: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'the account that registered the youth' }) createdBy: string | null;
  @ApiProperty({ format: 'date-time', description: 'counts for erasure after inactivity' }) lastActivityAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) erasedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

/** A consent as kept: who recorded and withdrew it too. */
export class ExportedConsentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) youthId: string;
  @ApiProperty({ enum: ['matching', 'introductions'] }) scope: string;
  @ApiProperty({ enum: CONSENT_GIVERS }) givenBy: string;
  @ApiProperty({ format: 'date-time' }) givenAt: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) recordedBy: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) withdrawnAt: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) withdrawnBy: string | null;
  @ApiProperty({ type: String, nullable: true }) withdrawalReason: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

/** A message of a thread about one of the youth's proposals: the side wrote it, not a named person. */
export class ExportedMessageDto {
  @ApiProperty({ format: 'uuid' }) proposalId: string;
  @ApiProperty() vacancyTitle: string;
  @ApiProperty({ enum: ['employer', 'contact'] }) side: string;
  @ApiProperty() body: string;
  @ApiProperty({ format: 'date-time' }) sentAt: string;
}

export class ExportedAuditEventDto {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ example: 'youth.sealed.read' }) action: string;
  @ApiProperty({ type: String, nullable: true, description: 'the role of who did it; null: the system' }) actorRole: string | null;
  @ApiProperty() purpose: string;
}

export class YouthExportDto {
  @ApiProperty({ format: 'date-time' }) exportedAt: string;
  @ApiProperty({ type: ExportedYouthDto }) profile: ExportedYouthDto;
  @ApiProperty({ type: IdentityDto }) identity: IdentityDto;
  @ApiProperty({ type: OrganisationRefDto, nullable: true, description: 'the coaching organisation; null for a youth from open intake' }) organisation: OrganisationRefDto | null;
  @ApiProperty({ type: [ExportedConsentDto], description: 'in the order they were recorded, withdrawn ones too' }) consents: ExportedConsentDto[];
  @ApiProperty({ type: SealedRecordDto, nullable: true, description: "the own coach only; null for WSP staff (a youth from open intake has none)" }) sealedRecord: SealedRecordDto | null;
  @ApiProperty({ type: [ExportedMessageDto], description: "the threads with employers about the youth's proposals, oldest first" }) messages: ExportedMessageDto[];
  @ApiProperty({ type: [ExportedAuditEventDto], description: 'everything done with the record, oldest first' }) auditTrail: ExportedAuditEventDto[];
}
