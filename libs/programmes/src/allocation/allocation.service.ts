import { randomBytes, randomInt } from 'node:crypto';
import { hostname } from 'node:os';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type VacancyVog, type VacancyVogRef, vacancyVog } from '@startbaan/employers';
import { MatchingService, vacancyCandidates, youthsByIds } from '@startbaan/matching';
import { ProposalsService } from '@startbaan/placements';
import { type Actor, APP_CONFIG, type AppConfig, AuditService, type ChangedRows, Clock, onlyRow, OutboxService, Problem, sanitiseError } from '@startbaan/platform';
import type { DataSource, EntityManager } from 'typeorm';
import { RUNS_ALLOWED } from '../programme-rules.js';
import { ProgrammesService } from '../programmes.service.js';
import { buildInstance, type ProgrammeVacancyPlaces, type ProgrammeYouth } from './allocation-input.js';
import { allocate, checkAllocation, priorityMatched } from './deferred-acceptance.js';

/** A programme proposal in one of these states gives its place back (and its youth goes into the next round). */
export const RELEASED_STATES = ['declined', 'withdrawn', 'expired'] as const;

export type RunStatus = 'queued' | 'running' | 'draft' | 'failed' | 'published' | 'superseded';

export interface AllocationRun {
  id: string;
  programmeId: string;
  round: number;
  seed: number;
  status: RunStatus;
  progress: number;
  startedAt: string;
  finishedAt: string | null;
  publishedAt: string | null;
  report: AllocationReport | null;
  error: string | null;
}

export interface AllocationReport {
  round: number;
  seed: number;
  youths: number;
  vacancies: number;
  places: number;
  choices: number;
  feasibleChoices: number;
  choicesMadeForYouths: number;
  choicesNoLongerOffered: number;
  /** Choices left out because the vacancy's employer already had a proposal for the youth (any state). */
  choicesAtEmployersMetBefore: number;
  matched: number;
  unmatched: number;
  priorityYouths: number;
  priorityMatched: number;
  /** The same seed and choices without the priority tier: what the tier changes. */
  priorityMatchedWithoutTier: number;
  blockingPairs: number;
  overCapacity: number;
  outsideChoices: number;
  infeasibleMatches: number;
  /** load = read (from PostgreSQL) + build (every choice checked and scored by the matching core). */
  ms: { load: number; read: number; build: number; allocate: number; check: number; store: number; total: number };
  peakRssMb: number;
}

export interface RunMatch {
  youthId: string;
  pseudonym: string;
  priority: boolean;
  vacancyId: string | null;
  vacancyTitle: string | null;
  /** The matched vacancy's VOG, as every representation of a vacancy carries it; null without a match. */
  vog: VacancyVogRef | null;
  choiceRank: number | null;
  score: number | null;
}

const RUN = `SELECT id, programme_id AS "programmeId", round, seed::float8 AS seed, status, progress, started_at AS "startedAt", finished_at AS "finishedAt",
  published_at AS "publishedAt", report, error FROM allocation_run`;

const ALL_KINDS = ['summer_job', 'job', 'internship', 'bbl_place', 'work_experience'] as const;

/** A run is given up after this many workers stopped while computing it (the input itself may be what kills them). */
export const MAX_RUN_ATTEMPTS = 3;

/** A run this worker claimed, with what computing it needs from its programme. */
interface ClaimedRun {
  id: string;
  round: number;
  /** A bigint, read as float8 (it fits: seeds are below 2^32). */
  seed: number;
  attempts: number;
  programmeId: string;
  regionId: string;
  maxChoices: number;
}

/** Who holds a run's lease: this process, recognisably in the table. */
const HOLDER = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`.slice(0, 120);

/** The lease was lost (it ran out and another worker took the run): this worker's result is not wanted. */
class LeaseLost extends Error {
  override name = 'LeaseLost';
}

const ms = (from: number) => Math.round((performance.now() - from) * 10) / 10;

/**
 * Allocation runs of a summer programme. WSP staff start one (a job on the `allocation` queue
 * computes it: youth-proposing deferred acceptance over the entries' ranked choices and the
 * places still open, with the priority tier, the shared match score and a lottery from the
 * recorded seed) and may run drafts as often as they like; publishing the latest draft turns its
 * matches into proposals, and the placement flow takes over. Youths unmatched or whose proposal
 * came to nothing, and the places that remain, go into the next round.
 */
@Injectable()
export class AllocationService {
  private readonly logger = new Logger(AllocationService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly programmes: ProgrammesService,
    private readonly matching: MatchingService,
    private readonly proposals: ProposalsService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async start(actor: Actor, programmeId: string, seed?: number): Promise<AllocationRun> {
    const chosenSeed = seed ?? randomInt(0, 2 ** 32);
    return this.dataSource.transaction(async (m) => {
      const p = await this.programmes.load(m, actor, programmeId, true);
      if (!RUNS_ALLOWED.includes(p.status)) {
        throw Problem.conflict('programme-not-allocating', `An allocation can run while the programme is ${RUNS_ALLOWED.join(', ')}; it is ${p.status}.`, { currentState: p.status });
      }
      const [active]: { id: string }[] = await m.query(`SELECT id FROM allocation_run WHERE programme_id = $1 AND status IN ('queued', 'running')`, [programmeId]);
      if (active) throw Problem.conflict('allocation-running', 'An allocation of this programme is already running: wait for it to finish.', { runId: active.id });
      const { round } = onlyRow<{ round: number }>(
        await m.query(`SELECT COALESCE(max(round), 0)::int + 1 AS round FROM allocation_run WHERE programme_id = $1 AND status = 'published'`, [programmeId]),
        'the next round',
      );
      // The draft before stays a draft until this run has one to take its place (see execute).
      const { id } = onlyRow<{ id: string }>(
        await m.query(`INSERT INTO allocation_run (programme_id, round, seed, started_by) VALUES ($1, $2, $3, $4) RETURNING id`, [programmeId, round, chosenSeed, actor.userId]),
        'the new allocation run',
      );
      await this.outbox.add(m, { type: 'allocation.run', regionId: actor.regionId, payload: { runId: id } });
      await this.audit.record(actor, { action: 'allocation.started', subjectType: 'allocation_run', subjectId: id, purpose: `allocate programme ${programmeId}` }, m);
      return this.loadRun(m, programmeId, id);
    });
  }

  async runs(actor: Actor, programmeId: string): Promise<AllocationRun[]> {
    await this.programmes.load(this.dataSource.manager, actor, programmeId);
    return this.dataSource.query(`${RUN} WHERE programme_id = $1 ORDER BY started_at DESC, id`, [programmeId]);
  }

  async run(actor: Actor, programmeId: string, runId: string): Promise<AllocationRun> {
    await this.programmes.load(this.dataSource.manager, actor, programmeId);
    return this.loadRun(this.dataSource.manager, programmeId, runId);
  }

  /** Each youth of the run with the vacancy they were matched to (or none), for WSP staff. */
  async matches(actor: Actor, programmeId: string, runId: string): Promise<RunMatch[]> {
    await this.run(actor, programmeId, runId);
    const rows: (Omit<RunMatch, 'vog'> & { vog: VacancyVog | null })[] = await this.dataSource.query(
      `SELECT am.youth_id AS "youthId", y.pseudonym, COALESCE(s.priority, false) AS priority, am.vacancy_id AS "vacancyId", v.title AS "vacancyTitle", v.vog,
              am.choice_rank AS "choiceRank", am.score
         FROM allocation_match am JOIN youth y ON y.id = am.youth_id LEFT JOIN youth_sealed s ON s.youth_id = y.id LEFT JOIN vacancy v ON v.id = am.vacancy_id
        WHERE am.run_id = $1 ORDER BY am.vacancy_id IS NULL, v.title, y.pseudonym`,
      [runId],
    );
    return rows.map((r) => ({ ...r, vog: r.vacancyId && r.vog ? vacancyVog({ id: r.vacancyId, vog: r.vog }, actor.language) : null }));
  }

  private async loadRun(m: EntityManager, programmeId: string, runId: string): Promise<AllocationRun> {
    const [run]: AllocationRun[] = await m.query(`${RUN} WHERE id = $1 AND programme_id = $2`, [runId, programmeId]);
    if (!run) throw Problem.notFound('Allocation run');
    return run;
  }

  /**
   * Publishes the latest draft: a proposal per match (the same note for every youth, whoever
   * entered them: the employer meets a candidate of the programme), the matched entries marked
   * proposed, the programme published. Youths who withdrew their consent to introductions since
   * are left out and counted.
   */
  async publish(actor: Actor, programmeId: string, runId: string): Promise<{ run: AllocationRun; proposals: number; withoutConsent: number; employerMetBefore: number }> {
    let proposals = 0;
    let withoutConsent = 0;
    let employerMetBefore = 0;
    await this.programmes.moveTo(actor, programmeId, 'published', async (m, p) => {
      // A failed run leaves the draft before it as the latest.
      const [latest]: { id: string; status: RunStatus }[] = await m.query(`SELECT id, status FROM allocation_run WHERE programme_id = $1 AND status <> 'failed' ORDER BY started_at DESC, id LIMIT 1`, [programmeId]);
      if (!latest || latest.id !== runId || latest.status !== 'draft') {
        throw Problem.conflict('not-latest-draft', 'Only the latest run, finished as a draft, can be published.', { latestRunId: latest?.id ?? null, latestStatus: latest?.status ?? null });
      }
      // A match is published when the youth still consents to introductions and the employer has
      // not met the youth since the draft was made (a coach may have proposed meanwhile): a round
      // never brings an employer a candidate it already had a proposal for, in any state.
      // Counts without GROUP BY: always one row.
      const counts = onlyRow<{ withoutConsent: number; employerMetBefore: number }>(
        await m.query(
          `SELECT count(*) FILTER (WHERE NOT consent)::int AS "withoutConsent", count(*) FILTER (WHERE consent AND met)::int AS "employerMetBefore"
             FROM (SELECT EXISTS (SELECT 1 FROM youth_consent c WHERE c.youth_id = y.id AND c.scope = 'introductions' AND c.withdrawn_at IS NULL) AS consent,
                          EXISTS (SELECT 1 FROM proposal o WHERE o.youth_id = y.id AND o.employer_id = v.employer_id) AS met
                     FROM allocation_match am JOIN vacancy v ON v.id = am.vacancy_id JOIN youth y ON y.id = am.youth_id
                    WHERE am.run_id = $1 AND y.status = 'active') x`,
          [runId],
        ),
        'the matches to publish',
      );
      // A proposal is the youth's contact's: notices, reminders and check-in tasks go to whoever
      // proposed. For a coached youth that is the coach who entered the youth (or registered it, or
      // another coach of its organisation); for a youth from open intake, the WSP.
      const rows: { id: string }[] = await m.query(
        `INSERT INTO proposal (region_id, vacancy_id, employer_id, youth_id, coach_organisation_id, proposed_by, note, programme_id, allocation_run_id, created_at)
         SELECT v.region_id, v.id, v.employer_id, y.id, COALESCE(y.organisation_id, $3::uuid),
                COALESCE(
                  (SELECT u.id FROM user_account u WHERE u.id = e.entered_by AND u.status = 'active' AND u.organisation_id = COALESCE(y.organisation_id, $3::uuid)),
                  (SELECT u.id FROM user_account u WHERE u.id = y.created_by AND u.status = 'active' AND u.organisation_id = y.organisation_id),
                  (SELECT u.id FROM user_account u WHERE u.organisation_id = y.organisation_id AND u.role = 'coach' AND u.status = 'active' ORDER BY u.created_at, u.id LIMIT 1),
                  $4),
                $5, $2, am.run_id, $6
           FROM allocation_match am JOIN vacancy v ON v.id = am.vacancy_id JOIN youth y ON y.id = am.youth_id
           LEFT JOIN programme_entry e ON e.programme_id = $2 AND e.youth_id = y.id
          WHERE am.run_id = $1 AND y.status = 'active'
            AND EXISTS (SELECT 1 FROM youth_consent c WHERE c.youth_id = y.id AND c.scope = 'introductions' AND c.withdrawn_at IS NULL)
            AND NOT EXISTS (SELECT 1 FROM proposal o WHERE o.youth_id = y.id AND o.employer_id = v.employer_id)
         RETURNING id`,
        [runId, programmeId, actor.organisationId, actor.userId, `Aangemeld via ${p.name}`, this.clock.now()],
      );
      await this.proposals.setStates(m, actor, rows.map((row) => ({ id: row.id, regionId: actor.regionId })), null, 'proposed');
      proposals = rows.length;
      withoutConsent = counts.withoutConsent;
      employerMetBefore = counts.employerMetBefore;
      await m.query(
        `UPDATE programme_entry e SET status = 'proposed', updated_at = now()
           FROM proposal pr WHERE pr.allocation_run_id = $1 AND pr.youth_id = e.youth_id AND e.programme_id = $2`,
        [runId, programmeId],
      );
      await m.query(`UPDATE allocation_run SET status = 'published', published_at = now() WHERE id = $1`, [runId]);
      await this.audit.record(actor, { action: 'allocation.published', subjectType: 'allocation_run', subjectId: runId, purpose: `publish programme ${programmeId}` }, m);
    });
    return { run: await this.loadRun(this.dataSource.manager, programmeId, runId), proposals, withoutConsent, employerMetBefore };
  }

  // ---------------------------------------------------------------------------------------------
  // The job

  /**
   * Computes a run (the `allocation.run` handler). The worker claims the run with a lease
   * (ALLOCATION_LEASE_SECONDS) and renews it at each step; a run finished (or failed) by an
   * earlier delivery of the job is left alone. A run whose worker stopped (its lease ran out) is
   * claimed again and computed from the start: the matches are written in the transaction that
   * makes the run a draft, and only by the lease's holder, so a redone run stores one result.
   * The draft before it is superseded in that same transaction, not when the run starts. After
   * MAX_RUN_ATTEMPTS claims the run fails. A run another worker still holds makes this delivery
   * fail (BullMQ tries it again later); the maintenance sweep (`resumeAbandoned`) brings back a
   * run whose job is gone. A failure in the computation marks the run failed, not retried.
   */
  async execute(runId: string): Promise<void> {
    const t0 = performance.now();
    const lease = this.config.allocationLeaseSeconds;
    // An UPDATE … RETURNING answers [rows, affected count].
    const [[run]] = await this.dataSource.query<ChangedRows<ClaimedRun>>(
      `UPDATE allocation_run r SET status = 'running', progress = 5, claimed_by = $2, lease_until = now() + make_interval(secs => $3), attempts = r.attempts + 1
         FROM programme p
        WHERE r.id = $1 AND p.id = r.programme_id AND r.attempts < $4
          AND (r.status = 'queued' OR (r.status = 'running' AND (r.lease_until IS NULL OR r.lease_until < now())))
        RETURNING r.id, r.round, r.seed::float8 AS seed, r.attempts, p.id AS "programmeId", p.region_id AS "regionId", p.max_choices AS "maxChoices"`,
      [runId, HOLDER, lease, MAX_RUN_ATTEMPTS],
    );
    if (!run) {
      const [now]: { status: RunStatus; held: boolean }[] = await this.dataSource.query(
        `SELECT status, COALESCE(lease_until > now(), false) AS held FROM allocation_run WHERE id = $1`,
        [runId],
      );
      if (now && ['queued', 'running'].includes(now.status)) {
        if (now.held) throw new Error(`allocation run ${runId} is held by another worker's lease; trying again later`);
        await this.giveUp(runId, `the run was started ${MAX_RUN_ATTEMPTS} times and its worker stopped each time`);
      }
      return;
    }
    if (run.attempts > 1) this.logger.warn(`allocation run ${runId}: attempt ${run.attempts} (a worker stopped while computing it)`);
    try {
      const progress = async (n: number) => {
        const [, renewed] = await this.dataSource.query<ChangedRows>(
          `UPDATE allocation_run SET progress = $2, lease_until = now() + make_interval(secs => $4) WHERE id = $1 AND status = 'running' AND claimed_by = $3`,
          [runId, n, HOLDER, lease],
        );
        if (!renewed) throw new LeaseLost();
      };
      const { youths, vacancies } = await this.loadInstanceData(run.programmeId, run.regionId);
      const readMs = ms(t0);
      const ctx = await this.matching.context();
      const built = buildInstance(youths, vacancies, ctx, run.maxChoices);
      const loadMs = ms(t0);
      await progress(40);

      const t1 = performance.now();
      const result = allocate(built.instance, run.seed);
      const withoutTier = allocate(built.instance, run.seed, { useTier: false, lottery: result.lottery });
      const allocateMs = ms(t1);
      await progress(60);

      const t2 = performance.now();
      const check = checkAllocation(built.instance, result);
      const checkMs = ms(t2);
      if (check.overCapacity.length || check.outsideChoices.length || check.infeasible.length || check.blockingPairs.length) {
        // Counts in words: the run's error is shown redacted, and quoted JSON would be redacted whole.
        throw new Error(
          `the result failed its check: ${check.blockingPairs.length} blocking pair(s), ${check.overCapacity.length} vacancy(ies) over capacity, ` +
            `${check.outsideChoices.length} match(es) outside the choices, ${check.infeasible.length} infeasible match(es)`,
        );
      }
      await progress(80);

      const t3 = performance.now();
      const inst = built.instance;
      const youthIds: string[] = [];
      const vacancyIds: (string | null)[] = [];
      const ranks: (number | null)[] = [];
      const scores: (number | null)[] = [];
      let feasibleChoices = 0;
      for (let c = 0; c < inst.feasible.length; c++) feasibleChoices += inst.feasible[c]!;
      for (let y = 0; y < inst.youths; y++) {
        const v = result.matchOf[y]!;
        youthIds.push(built.youthIds[y]!);
        let rank: number | null = null;
        let points: number | null = null;
        if (v >= 0) {
          for (let c = inst.choiceStart[y]!; c < inst.choiceStart[y + 1]!; c++) {
            if (inst.choices[c] === v) {
              rank = c - inst.choiceStart[y]! + 1;
              points = inst.scores[c]!;
              break;
            }
          }
        }
        vacancyIds.push(v >= 0 ? built.vacancyIds[v]! : null);
        ranks.push(rank);
        scores.push(points);
      }
      const matched = vacancyIds.filter((v) => v !== null).length;
      let priorityYouths = 0;
      for (let y = 0; y < inst.youths; y++) priorityYouths += inst.priority[y]!;
      const report: AllocationReport = {
        round: run.round,
        seed: run.seed,
        youths: inst.youths,
        vacancies: inst.places.length,
        places: inst.places.reduce((a, b) => a + b, 0),
        choices: inst.choices.length,
        feasibleChoices,
        choicesMadeForYouths: built.suggested,
        choicesNoLongerOffered: built.unknownChoices,
        choicesAtEmployersMetBefore: built.metChoices,
        matched,
        unmatched: inst.youths - matched,
        priorityYouths,
        priorityMatched: priorityMatched(inst, result),
        priorityMatchedWithoutTier: priorityMatched(inst, withoutTier),
        blockingPairs: check.blockingPairs.length,
        overCapacity: check.overCapacity.length,
        outsideChoices: check.outsideChoices.length,
        infeasibleMatches: check.infeasible.length,
        ms: { load: loadMs, read: readMs, build: Math.round((loadMs - readMs) * 10) / 10, allocate: allocateMs, check: checkMs, store: 0, total: 0 },
        peakRssMb: 0,
      };
      await this.dataSource.transaction(async (m) => {
        // The holder's row lock first: a worker whose lease ran out and was taken over stores nothing.
        const [, held] = await m.query<ChangedRows>(`UPDATE allocation_run SET progress = 95 WHERE id = $1 AND status = 'running' AND claimed_by = $2`, [runId, HOLDER]);
        if (!held) throw new LeaseLost();
        await m.query(`DELETE FROM allocation_match WHERE run_id = $1`, [runId]);
        await m.query(
          `INSERT INTO allocation_match (run_id, youth_id, vacancy_id, choice_rank, score)
           SELECT $1, * FROM unnest($2::uuid[], $3::uuid[], $4::smallint[], $5::smallint[])`,
          [runId, youthIds, vacancyIds, ranks, scores],
        );
        report.ms.store = ms(t3);
        report.ms.total = ms(t0);
        report.peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
        await m.query(`UPDATE allocation_run SET status = 'draft', progress = 100, finished_at = now(), report = $2, lease_until = NULL WHERE id = $1`, [runId, JSON.stringify(report)]);
        await m.query(`UPDATE allocation_run SET status = 'superseded' WHERE programme_id = $1 AND status = 'draft' AND id <> $2`, [run.programmeId, runId]);
      });
    } catch (err) {
      if (err instanceof LeaseLost) {
        this.logger.warn(`allocation run ${runId}: the lease ran out and another worker took the run over; this result is dropped`);
        return;
      }
      // The run's error is shown to WSP staff and logged: the sanitised message, never a value from the data.
      const safe = sanitiseError(err);
      this.logger.error({ err: safe }, `allocation run ${runId} failed`);
      await this.dataSource.query(`UPDATE allocation_run SET status = 'failed', finished_at = now(), error = $2, lease_until = NULL WHERE id = $1 AND status = 'running' AND claimed_by = $3`, [
        runId,
        safe.message.slice(0, 2000),
        HOLDER,
      ]);
    }
  }

  private async giveUp(runId: string, why: string): Promise<void> {
    this.logger.error(`allocation run ${runId} failed: ${why}`);
    await this.dataSource.query(
      `UPDATE allocation_run SET status = 'failed', finished_at = now(), error = $2, lease_until = NULL WHERE id = $1 AND status IN ('queued', 'running')`,
      [runId, why],
    );
  }

  /**
   * The maintenance sweep: a run whose worker stopped (running, lease run out) or whose job never
   * came (queued for longer than a lease) is queued again with a new job through the outbox; one
   * started too often fails. The lease is set forward here too, so the next sweep does not queue it twice.
   */
  async resumeAbandoned(): Promise<{ resumed: number; failed: number }> {
    const lease = this.config.allocationLeaseSeconds;
    return this.dataSource.transaction(async (m) => {
      const rows: { id: string; regionId: string; attempts: number }[] = await m.query(
        `SELECT r.id, p.region_id AS "regionId", r.attempts FROM allocation_run r JOIN programme p ON p.id = r.programme_id
          WHERE r.status IN ('queued', 'running') AND COALESCE(r.lease_until, r.started_at + make_interval(secs => $1)) < now()
          ORDER BY r.started_at FOR UPDATE OF r SKIP LOCKED`,
        [lease],
      );
      let resumed = 0;
      let failed = 0;
      for (const r of rows) {
        if (r.attempts >= MAX_RUN_ATTEMPTS) {
          await m.query(`UPDATE allocation_run SET status = 'failed', finished_at = now(), error = $2, lease_until = NULL WHERE id = $1`, [
            r.id,
            `the run was started ${MAX_RUN_ATTEMPTS} times and its worker stopped each time`,
          ]);
          failed++;
          continue;
        }
        await m.query(`UPDATE allocation_run SET status = 'queued', claimed_by = NULL, lease_until = now() + make_interval(secs => $2) WHERE id = $1`, [r.id, lease]);
        await this.outbox.add(m, { type: 'allocation.run', regionId: r.regionId, payload: { runId: r.id } });
        resumed++;
      }
      if (resumed || failed) this.logger.warn(`allocation runs left behind by a stopped worker: ${resumed} queued again, ${failed} failed`);
      return { resumed, failed };
    });
  }

  /**
   * What a run allocates: the programme's vacancies with the places not yet taken by a
   * programme proposal that is still going (or ended in a placement), and the youths entered
   * who have no such proposal (never matched, or their proposal was declined, withdrawn or
   * expired) and still consent to matching (their choices are scored), with their ranked choices.
   */
  private async loadInstanceData(programmeId: string, regionId: string): Promise<{ youths: ProgrammeYouth[]; vacancies: ProgrammeVacancyPlaces[] }> {
    return this.dataSource.transaction('REPEATABLE READ', async (m) => {
      const offered: { vacancy_id: string; places: number }[] = await m.query(
        `SELECT pv.vacancy_id, pv.places - (SELECT count(*) FROM proposal pr WHERE pr.programme_id = pv.programme_id AND pr.vacancy_id = pv.vacancy_id AND pr.state <> ALL($2))::int AS places
           FROM programme_vacancy pv WHERE pv.programme_id = $1 ORDER BY pv.vacancy_id`,
        [programmeId, RELEASED_STATES],
      );
      const placesOf = new Map(offered.map((o) => [o.vacancy_id, o.places]));
      const found = await vacancyCandidates(m, { regionId, lat: 0, lon: 0, radiusKm: 0, kinds: [...ALL_KINDS], vacancyIds: [...placesOf.keys()], anyStatus: true, wholeRegion: true });
      const vacancies = found.sort((a, b) => a.id.localeCompare(b.id)).map((vacancy) => ({ vacancy, places: placesOf.get(vacancy.id) ?? 0 }));
      // The choices as one comma-separated text each: splitting it is many times cheaper than the
      // driver's parsing of a uuid[] (20,000 entries of 10 choices took most of the load).
      const entries: { youth_id: string; choices: string | null }[] = await m.query(
        `SELECT e.youth_id, array_to_string(e.choices, ',') AS choices FROM programme_entry e
          WHERE e.programme_id = $1 AND e.status <> 'withdrawn'
            AND EXISTS (SELECT 1 FROM youth_consent c WHERE c.youth_id = e.youth_id AND c.scope = 'matching' AND c.withdrawn_at IS NULL)
            AND NOT EXISTS (SELECT 1 FROM proposal pr WHERE pr.programme_id = e.programme_id AND pr.youth_id = e.youth_id AND pr.state <> ALL($2))
          ORDER BY e.youth_id`,
        [programmeId, RELEASED_STATES],
      );
      const entered = entries.map((e) => e.youth_id);
      // For each youth, the programme's vacancies at employers that already had a proposal for the youth.
      const met: { youth_id: string; vacancy_ids: string[] }[] = await m.query(
        `SELECT pr.youth_id, array_agg(DISTINCT pv.vacancy_id) AS vacancy_ids
           FROM proposal pr JOIN vacancy v ON v.employer_id = pr.employer_id JOIN programme_vacancy pv ON pv.vacancy_id = v.id AND pv.programme_id = $2
          WHERE pr.youth_id = ANY($1::uuid[]) GROUP BY pr.youth_id`,
        [entered, programmeId],
      );
      const metAt = new Map(met.map((r) => [r.youth_id, new Set(r.vacancy_ids)]));
      const byId = new Map((await youthsByIds(m, entered)).map((y) => [y.id, y]));
      const youths = entries.flatMap((e) => {
        const youth = byId.get(e.youth_id);
        return youth ? [{ youth, choices: e.choices ? e.choices.split(',') : [], metAt: metAt.get(e.youth_id) }] : [];
      });
      return { youths, vacancies };
    });
  }
}

