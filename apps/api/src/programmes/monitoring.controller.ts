import { Controller, Get, Param, Query, Res, type Type } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { type Actor, CurrentActor, Omittable, Roles } from '@startbaan/platform';
import { IsIn } from 'class-validator';
import type { Response } from 'express';
import {
  CSV_COLUMNS,
  currentExport,
  type MonitoringExport,
  type MonitoringOverview,
  MonitoringService,
  type MonitoringSnapshotView,
  monitoringCsv,
  snapshotExport,
} from '@startbaan/programmes';
import { UuidPipe } from '../common.js';
import { ApiProblem } from '../responses.js';
import { MonitoringOverviewDto, MonitoringSnapshotDto } from './monitoring.dto.js';

const FORMATS = ['json', 'csv'] as const;

export class MonitoringFormatDto {
  @ApiPropertyOptional({ enum: FORMATS, default: 'json', description: 'csv: the report as a CSV file (text/csv, with a file name)' })
  @Omittable()
  @IsIn(FORMATS, { message: `format must be one of ${FORMATS.join(', ')}` })
  format?: (typeof FORMATS)[number];
}

const WHO =
  'WSP staff and admins of the region: the whole programme, every figure protected by the cell-key method: a multiple of 5, 19 in 20 within 4 of the true count and ' +
  'all within 9, the same for the same youths in every report; a figure that comes to 0 (nobody, or a few) is null (empty in CSV), and a kind, sector or area row is ' +
  'left out when its signedUp is; protection says so. Figures are rounded each on their own: a total need not be the sum of its rows. ' +
  'Coaches: only their own organisation\'s youths, exact. ' +
  'A report: overall, byKind, bySector, byArea (home municipality); each row {key, label, counts {signedUp, signedUpIntake, signedUpCoach, priority, ' +
  'proposed, introduced, firstInterview, showedUpFirstInterview, placed, completed, endedEarly, threeMonths…/sixMonths… follow-ups}, priorityShare}; all counts are youths.';
const CSV_HINT = `?format=csv gives text/csv (RFC 4180, comma, decimal point, header row: ${CSV_COLUMNS.slice(0, 6).join(', ')}, then one column per count and priority_share).`;
/** The report as JSON (this schema), or with ?format=csv as a CSV file to save (Content-Disposition names it). */
const report = (json: Type<unknown>) => ({
  description: 'The report: JSON, or with ?format=csv a CSV file (text/csv; charset=utf-8) with Content-Disposition: attachment and a file name.',
  content: { 'application/json': { schema: { $ref: getSchemaPath(json) } }, 'text/csv': { schema: { type: 'string' } } },
  headers: { 'Content-Disposition': { description: 'CSV only: attachment; filename="…csv"', schema: { type: 'string' } } },
});
const forbidden = 'Employers: monitoring is for WSP staff and coaches.';
const notFound = 'No such programme in your region (a draft, for a coach), or no such snapshot of it.';
const badRequest = 'An id that is no UUID, or an unknown format: the field and what it allows.';

/** Monitoring of a summer programme: its snapshots and its figures now, as JSON or CSV. */
@ApiTags('programmes')
@ApiBearerAuth()
@ApiExtraModels(MonitoringOverviewDto, MonitoringSnapshotDto)
@Roles('wsp_staff', 'admin', 'coach')
@Controller('programmes/:id/monitoring')
export class MonitoringController {
  constructor(private readonly monitoring: MonitoringService) {}

  @Get()
  @ApiOperation({
    summary: "A programme's monitoring: its snapshots and the figures now",
    description: `snapshots: [{id, moment (baseline | weekly | close), isoWeek, takenAt}]; current: the report computed now. ${WHO} ${CSV_HINT}`,
  })
  @ApiOkResponse(report(MonitoringOverviewDto))
  @ApiProblem(400, badRequest)
  @ApiProblem(403, forbidden)
  @ApiProblem(404, notFound)
  async overview(
    @CurrentActor() actor: Actor,
    @Param('id', UuidPipe) id: string,
    @Query() q: MonitoringFormatDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<MonitoringOverview | string> {
    const overview = await this.monitoring.overview(actor, id);
    return q.format === 'csv' ? sendCsv(res, currentExport(overview)) : overview;
  }

  @Get(':snapshotId')
  @ApiOperation({ summary: 'One monitoring snapshot of a programme', description: `snapshot {id, moment, isoWeek, takenAt} and its report. ${WHO} ${CSV_HINT}` })
  @ApiOkResponse(report(MonitoringSnapshotDto))
  @ApiProblem(400, badRequest)
  @ApiProblem(403, forbidden)
  @ApiProblem(404, notFound)
  async snapshot(
    @CurrentActor() actor: Actor,
    @Param('id', UuidPipe) id: string,
    @Param('snapshotId', UuidPipe) snapshotId: string,
    @Query() q: MonitoringFormatDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<MonitoringSnapshotView | string> {
    const view = await this.monitoring.snapshot(actor, id, snapshotId);
    return q.format === 'csv' ? sendCsv(res, snapshotExport(view)) : view;
  }
}

function sendCsv(res: Response, e: MonitoringExport): string {
  const { filename, body } = monitoringCsv(e);
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  return body;
}
