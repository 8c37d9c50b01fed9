import { ApiProperty } from '@nestjs/swagger';
import { type Cell, MEASURES, PROGRAMME_STATUSES, type ProgrammeStatus, SNAPSHOT_MOMENTS, type SnapshotMoment } from '@startbaan/programmes';
import { recordDto } from '../common.dto.js';

// What the monitoring routes answer as JSON (MonitoringService builds it; ?format=csv is the
// same report as a file).

/** A report row's figures: one per measure, in report order, named as the service names them. */
const MonitoringCountsDto = recordDto('MonitoringCountsDto', MEASURES, {
  type: 'integer',
  nullable: true,
  description: 'youths; null where the figure is protected away (WSP staff: one that comes to 0)',
});

export class MonitoringRowDto {
  @ApiProperty({ type: String, nullable: true, description: 'the kind, sector letter or municipality; null for the overall row' }) key: string | null;
  @ApiProperty({ example: 'totaal' }) label: string;
  @ApiProperty({ type: MonitoringCountsDto }) counts: Record<string, Cell>;
  @ApiProperty({ type: Number, nullable: true, minimum: 0, maximum: 1, description: 'priority / signedUp, two decimals, from the figures as shown; null when either is not shown' })
  priorityShare: number | null;
}

export class MonitoringReportDto {
  @ApiProperty({ format: 'date-time', description: "when the figures were computed: the snapshot's moment, or now" }) asOf: string;
  @ApiProperty({ type: MonitoringRowDto }) overall: MonitoringRowDto;
  @ApiProperty({ type: [MonitoringRowDto] }) byKind: MonitoringRowDto[];
  @ApiProperty({ type: [MonitoringRowDto] }) bySector: MonitoringRowDto[];
  @ApiProperty({ type: [MonitoringRowDto], description: 'by home municipality' }) byArea: MonitoringRowDto[];
}

export class MonitoringProgrammeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: PROGRAMME_STATUSES }) status: ProgrammeStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) openedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt: string | null;
}

/** How the figures are protected for this reader. */
export class ProtectionDto {
  @ApiProperty({ description: 'true for WSP staff and admins (the cell-key method); false for a coach, who gets exact figures' }) applied: boolean;
  @ApiProperty({ type: 'integer', description: 'shown figures are multiples of this' }) base: number;
  @ApiProperty({ type: 'integer', description: 'the most a shown figure differs from the true count' }) maxError: number;
  @ApiProperty({ description: 'how many figures in a hundred may differ by more than base - 1' }) shiftedPerHundred: number;
}

export class SnapshotSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: SNAPSHOT_MOMENTS, description: 'baseline when the programme opened, weekly while it runs, close at its end' }) moment: SnapshotMoment;
  @ApiProperty({ example: '2027-W27' }) isoWeek: string;
  @ApiProperty({ format: 'date-time' }) takenAt: string;
}

/** The parts of every monitoring answer: which programme, for whom, how protected. */
class MonitoringViewFields {
  @ApiProperty({ type: MonitoringProgrammeDto }) programme: MonitoringProgrammeDto;
  @ApiProperty({ enum: ['region', 'organisation'], description: "region: the whole programme (WSP staff, admins); organisation: a coach's own youths" }) audience: 'region' | 'organisation';
  @ApiProperty({ type: ProtectionDto }) protection: ProtectionDto;
}

export class MonitoringOverviewDto extends MonitoringViewFields {
  @ApiProperty({ type: [SnapshotSummaryDto], description: 'oldest first' }) snapshots: SnapshotSummaryDto[];
  @ApiProperty({ type: MonitoringReportDto, description: 'the figures now' }) current: MonitoringReportDto;
}

export class MonitoringSnapshotDto extends MonitoringViewFields {
  @ApiProperty({ type: SnapshotSummaryDto }) snapshot: SnapshotSummaryDto;
  @ApiProperty({ type: MonitoringReportDto }) report: MonitoringReportDto;
}
