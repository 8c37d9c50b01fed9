import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor, Clock, onlyRow, Problem, seesWholeRegion } from '@startbaan/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { type ProgrammeStatus, VISIBLE_TO_ALL } from '../programme-rules.js';
import { MAX_ERROR, ROUNDING_BASE, SHIFT_PROBABILITY } from './cell-key.js';
import {
  isoWeek,
  openView,
  organisationTable,
  type ProposalFacts,
  reportCsv,
  reportFilename,
  type SnapshotFigures,
  snapshotFigures,
  type SnapshotMoment,
  protectedView,
  type TableView,
  type YouthFacts,
} from './monitoring-rules.js';

/** Programmes that get a weekly snapshot: from opening until they close. */
export const WEEKLY_SNAPSHOT_STATUSES: readonly ProgrammeStatus[] = ['open', 'allocating', 'published'];

export interface MonitoringProgramme {
  id: string;
  name: string;
  status: ProgrammeStatus;
  openedAt: Date | null;
  closedAt: Date | null;
}

export interface SnapshotSummary {
  id: string;
  moment: SnapshotMoment;
  isoWeek: string;
  takenAt: Date;
}

/**
 * Who the figures are for. The region (WSP staff, admins, exports) gets the whole programme
 * with every figure protected by the cell-key method; a coaching organisation gets its own
 * youths only, exact, and nothing else.
 */
export type Audience = { kind: 'region' } | { kind: 'organisation'; organisationId: string };

export interface MonitoringReport extends TableView {
  /** When the figures were computed: the snapshot's moment, or now for the current figures. */
  asOf: Date;
}

/** How the figures of a report are protected, for its reader. */
export interface Protection {
  applied: boolean;
  /** Shown figures are multiples of this; one that comes to 0 is left empty. */
  base: number;
  /** The most a shown figure differs from the true count. */
  maxError: number;
  /** How many figures in a hundred may differ by more than base - 1. */
  shiftedPerHundred: number;
}

export interface MonitoringView {
  programme: MonitoringProgramme;
  audience: Audience['kind'];
  protection: Protection;
}

export interface MonitoringOverview extends MonitoringView {
  snapshots: SnapshotSummary[];
  current: MonitoringReport;
}

export interface MonitoringSnapshotView extends MonitoringView {
  snapshot: SnapshotSummary;
  report: MonitoringReport;
}

/** A report as it is exported: which programme, which moment (or the figures now), for whom. */
export interface MonitoringExport {
  programme: MonitoringProgramme;
  audience: Audience['kind'];
  moment: SnapshotMoment | 'current';
  report: MonitoringReport;
}

/** The CSV file of a report, and its name. */
export function monitoringCsv(e: MonitoringExport): { filename: string; body: string } {
  return {
    filename: reportFilename(e.programme.name, e.moment, e.report.asOf, e.audience === 'organisation'),
    body: reportCsv({ programme: e.programme.name, moment: e.moment, takenAt: e.report.asOf }, e.report),
  };
}

export const currentExport = (o: MonitoringOverview): MonitoringExport => ({ programme: o.programme, audience: o.audience, moment: 'current', report: o.current });
export const snapshotExport = (s: MonitoringSnapshotView): MonitoringExport => ({ programme: s.programme, audience: s.audience, moment: s.snapshot.moment, report: s.report });


/**
 * Monitoring of summer programmes: the baseline when a programme opens, weekly snapshots while
 * it runs and one at its close, and the figures now; for WSP staff the whole programme by the
 * cell-key method (snapshot and current alike), for a coach the own organisation's youths.
 */
@Injectable()
export class MonitoringService {
  private readonly logger = new Logger('monitoring');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * Stores the programme's figures as they stand, in the caller's transaction (the programmes
   * service takes the baseline as it opens a programme and the last one as it closes it). A
   * baseline or close that exists already, or a weekly one in the same ISO week (of `at`, UTC),
   * is kept and nothing is written: `created` says which.
   */
  async takeSnapshot(m: EntityManager, programmeId: string, moment: SnapshotMoment, at: Date): Promise<{ id: string; created: boolean }> {
    const figures = await this.figures(m, programmeId);
    const week = isoWeek(at);
    const [inserted]: { id: string }[] = await m.query(
      `INSERT INTO monitoring_snapshot (programme_id, moment, iso_week, taken_at, figures) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT DO NOTHING RETURNING id`,
      [programmeId, moment, week, at.toISOString(), figures],
    );
    if (inserted) return { id: inserted.id, created: true };
    // Nothing inserted: the snapshot it clashed with is there.
    const existing = onlyRow<{ id: string }>(
      await m.query(`SELECT id FROM monitoring_snapshot WHERE programme_id = $1 AND moment = $2 AND (moment <> 'weekly' OR iso_week = $3)`, [programmeId, moment, week]),
      `the ${moment} snapshot of programme ${programmeId}`,
    );
    return { id: existing.id, created: false };
  }

  /** The weekly job: a snapshot of every running programme of every region, once per ISO week. Returns how many were new. */
  async snapshotRunning(now: Date): Promise<number> {
    const programmes: { id: string }[] = await this.dataSource.query(`SELECT id FROM programme WHERE status = ANY($1) ORDER BY id`, [WEEKLY_SNAPSHOT_STATUSES]);
    let created = 0;
    for (const p of programmes) {
      const done = await this.dataSource.transaction((m) => this.takeSnapshot(m, p.id, 'weekly', now));
      if (done.created) created += 1;
    }
    this.logger.log(`weekly monitoring: ${created} new snapshot(s) of ${programmes.length} running programme(s), week ${isoWeek(now)}`);
    return created;
  }

  /** The snapshots of a programme and its figures now, as the actor may see them. */
  async overview(actor: Actor, programmeId: string): Promise<MonitoringOverview> {
    const { programme, audience } = await this.access(actor, programmeId);
    const m = this.dataSource.manager;
    const snapshots: SnapshotSummary[] = await m.query(
      `SELECT id, moment, iso_week AS "isoWeek", taken_at AS "takenAt" FROM monitoring_snapshot WHERE programme_id = $1 ORDER BY taken_at, id`,
      [programme.id],
    );
    const current = report(await this.figures(m, programme.id), audience, this.clock.now());
    return { ...viewOf(programme, audience), snapshots, current };
  }

  /** One snapshot as the actor may see it; 404 when it is not one of this programme's. */
  async snapshot(actor: Actor, programmeId: string, snapshotId: string): Promise<MonitoringSnapshotView> {
    const { programme, audience } = await this.access(actor, programmeId);
    return this.snapshotFor(programme, audience, snapshotId);
  }

  /**
   * The region's view of a programme found by name, for exports outside the API (the CLI): the
   * latest snapshot, one by id or moment (`baseline`, `close`), or `current` for the figures now.
   */
  async regionExport(regionCode: string | null, programmeName: string, which: string): Promise<MonitoringExport> {
    const found: (MonitoringProgramme & { region: string })[] = await this.dataSource.query(
      `SELECT p.id, p.name, p.status, p.opened_at AS "openedAt", p.closed_at AS "closedAt", r.code AS region
       FROM programme p JOIN region r ON r.id = p.region_id WHERE lower(p.name) = lower($1) AND ($2::text IS NULL OR r.code = $2) ORDER BY r.code`,
      [programmeName, regionCode],
    );
    if (found.length === 0) throw Problem.notFound(`Programme "${programmeName}"`);
    if (found.length > 1) throw Problem.badRequest('ambiguous-programme', `Programmes called "${programmeName}" exist in regions ${found.map((p) => p.region).join(', ')}: name the region.`);
    const { region: _region, ...programme } = found[0]!;
    const audience: Audience = { kind: 'region' };
    if (which === 'current') {
      return { programme, audience: audience.kind, moment: 'current', report: report(await this.figures(this.dataSource.manager, programme.id), audience, this.clock.now()) };
    }
    const [snap]: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM monitoring_snapshot WHERE programme_id = $1 AND ($2 = 'latest' OR moment = $2 OR id::text = $2) ORDER BY taken_at DESC, id LIMIT 1`,
      [programme.id, which],
    );
    if (!snap) throw Problem.notFound(`Snapshot "${which}" of "${programmeName}"`);
    return snapshotExport(await this.snapshotFor(programme, audience, snap.id));
  }

  private async snapshotFor(programme: MonitoringProgramme, audience: Audience, snapshotId: string): Promise<MonitoringSnapshotView> {
    const [row]: (SnapshotSummary & { figures: SnapshotFigures })[] = await this.dataSource.query(
      `SELECT id, moment, iso_week AS "isoWeek", taken_at AS "takenAt", figures FROM monitoring_snapshot WHERE id = $1 AND programme_id = $2`,
      [snapshotId, programme.id],
    );
    if (!row) throw Problem.notFound('Snapshot');
    const { figures, ...snapshot } = row;
    return { ...viewOf(programme, audience), snapshot, report: report(figures, audience, new Date(snapshot.takenAt)) };
  }

  /**
   * A programme of the actor's region (404 otherwise, and for a coach while it is a draft, as
   * for the programme itself), with the audience the actor belongs to. Employers: 403.
   */
  private async access(actor: Actor, programmeId: string): Promise<{ programme: MonitoringProgramme; audience: Audience }> {
    if (!seesWholeRegion(actor) && actor.role !== 'coach') throw Problem.forbidden('Monitoring is for WSP staff and coaches.');
    const [programme]: MonitoringProgramme[] = await this.dataSource.query(
      `SELECT id, name, status, opened_at AS "openedAt", closed_at AS "closedAt" FROM programme WHERE id = $1 AND region_id = $2`,
      [programmeId, actor.regionId],
    );
    if (!programme || (!seesWholeRegion(actor) && !VISIBLE_TO_ALL.includes(programme.status))) throw Problem.notFound('Programme');
    return { programme, audience: seesWholeRegion(actor) ? { kind: 'region' } : { kind: 'organisation', organisationId: actor.organisationId } };
  }

  /** The programme's figures now, exact and with their cell keys, for every audience. */
  private async figures(m: EntityManager, programmeId: string): Promise<SnapshotFigures> {
    // One after the other: `m` may be a transaction's single connection (the snapshot at open and close).
    const youths = await loadYouthFacts(m, programmeId);
    const sectors: { code: string; label_nl: string }[] = await m.query(`SELECT code, label_nl FROM sbi_section`);
    return snapshotFigures(youths, new Map(sectors.map((s) => [s.code, s.label_nl])));
  }
}

function viewOf(programme: MonitoringProgramme, audience: Audience): MonitoringView {
  const applied = audience.kind === 'region';
  return {
    programme,
    audience: audience.kind,
    protection: applied ? { applied, base: ROUNDING_BASE, maxError: MAX_ERROR, shiftedPerHundred: SHIFT_PROBABILITY * 100 } : { applied, base: 1, maxError: 0, shiftedPerHundred: 0 },
  };
}

function report(f: SnapshotFigures, audience: Audience, asOf: Date): MonitoringReport {
  const table = audience.kind === 'region' ? protectedView(f) : openView(organisationTable(f, audience.organisationId));
  return { asOf, ...table };
}

/**
 * The youths of the programme with what the measures read. The programme's proposals are those
 * it made (`programme_id`) and those of its youths for its vacancies made directly by a coach.
 */
async function loadYouthFacts(m: EntityManager, programmeId: string): Promise<YouthFacts[]> {
  // One after the other: `m` may be a transaction's single connection (the snapshot at open and close).
  const [youths, choices, proposals]: [
    {
      youth_id: string;
      source: YouthFacts['source'];
      priority: boolean;
      sealed_version: number;
      organisation_id: string | null;
      municipality: string | null;
      cell_key: string | null;
    }[],
    { youth_id: string; kind: string; sector: string }[],
    (Omit<ProposalFacts, 'outcomes'> & { youth_id: string; outcomes: ProposalFacts['outcomes'] | null })[],
  ] = [
    await m.query(
      `SELECT e.youth_id, e.source, COALESCE(s.priority, false) AS priority, COALESCE(s.version, 0) AS sealed_version, y.organisation_id, a.municipality, k.key AS cell_key
       FROM programme_entry e JOIN youth y ON y.id = e.youth_id LEFT JOIN youth_cell_key k ON k.youth_id = y.id
         LEFT JOIN youth_sealed s ON s.youth_id = y.id LEFT JOIN pc4_area a ON a.pc4 = y.pc4
       WHERE e.programme_id = $1`,
      [programmeId],
    ),
    await m.query(
      `SELECT e.youth_id, v.kind, v.sector FROM programme_entry e CROSS JOIN LATERAL unnest(e.choices) AS c(vacancy_id) JOIN vacancy v ON v.id = c.vacancy_id
       WHERE e.programme_id = $1`,
      [programmeId],
    ),
    await m.query(
      `SELECT p.youth_id, v.kind, v.sector, p.interview,
         ARRAY(SELECT DISTINCT t.to_state FROM proposal_transition t WHERE t.proposal_id = p.id) AS reached,
         pl.start_date::text AS "placementStart",
         (SELECT jsonb_object_agg(o.moment, o.status) FROM placement_outcome o WHERE o.placement_id = pl.id) AS outcomes
       FROM proposal p JOIN vacancy v ON v.id = p.vacancy_id LEFT JOIN placement pl ON pl.proposal_id = p.id
       WHERE p.youth_id IN (SELECT youth_id FROM programme_entry WHERE programme_id = $1)
         AND (p.programme_id = $1 OR p.vacancy_id IN (SELECT vacancy_id FROM programme_vacancy WHERE programme_id = $1))`,
      [programmeId],
    ),
  ];
  const by = <T extends { youth_id: string }>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const r of rows) map.set(r.youth_id, [...(map.get(r.youth_id) ?? []), r]);
    return map;
  };
  const choicesOf = by(choices);
  const proposalsOf = by(proposals);
  // Every youth gets a key when it is made (a trigger); a youth without one would drop out of the figures unseen.
  const keyless = youths.filter((y) => y.cell_key === null).length;
  if (keyless) throw new Error(`monitoring: ${keyless} youth(s) of programme ${programmeId} have no cell key`);
  return youths.map((y) => ({
    source: y.source,
    priority: y.priority,
    key: Number(y.cell_key),
    sealedVersion: y.sealed_version,
    organisationId: y.organisation_id,
    municipality: y.municipality,
    choices: (choicesOf.get(y.youth_id) ?? []).map((c) => ({ kind: c.kind, sector: c.sector })),
    proposals: (proposalsOf.get(y.youth_id) ?? []).map((p) => ({
      kind: p.kind,
      sector: p.sector,
      reached: p.reached,
      interview: p.interview,
      placementStart: p.placementStart,
      outcomes: p.outcomes ?? {},
    })),
  }));
}
