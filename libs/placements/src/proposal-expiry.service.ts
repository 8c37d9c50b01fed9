import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type VacancyVog, vacancyVog } from '@startbaan/employers';
import { type Actor, Clock, onlyRow, Problem, rowsAsJson, seesWholeRegion } from '@startbaan/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { workingDaysBetween, workingDaysBetweenSql, workingDaysCutoffSql } from './working-days.js';
import { AWAITING_EMPLOYER, OPEN_STATES, overdueOnlyBefore, pastResponseSla, type ProposalState } from './proposal-flow.js';
import { type UnansweredProposal, UNANSWERED_SHOWN_DAYS } from './proposal-rows.js';
import { ProposalStates } from './proposal-states.js';

/** Proposals that end without a step: unanswered past the region's SLA (expiry, and the WSP's view of them), or consent withdrawn. */
@Injectable()
export class ProposalExpiryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly states: ProposalStates,
    private readonly clock: Clock,
  ) {}

  /**
   * Proposals still waiting for the employer after the region's SLA in working days expire; the
   * coach is told (through the outbox). Returns how many.
   */
  async expireOverdue(now: Date): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      const rows = await this.overdue(m, now);
      for (const r of rows) await this.states.setState(m, null, r, r.state, 'expired');
      return rows.length;
    });
  }

  /** The unanswered proposals past their region's SLA, oldest first, each locked (others' locked rows are left for the next run). */
  private async overdue(m: EntityManager, now: Date): Promise<{ id: string; regionId: string; state: ProposalState }[]> {
    const rows: { id: string; regionId: string; state: ProposalState; created_at: Date; sla: number }[] = await m.query(
      `SELECT p.id, p.region_id AS "regionId", p.state, p.created_at, r.proposal_sla_working_days AS sla FROM proposal p JOIN region r ON r.id = p.region_id
       WHERE p.state = ANY($1) AND p.created_at < $2::timestamptz
         AND ${workingDaysBetweenSql('p.created_at', '$3::timestamptz')} >= r.proposal_sla_working_days
       ORDER BY p.created_at, p.id FOR UPDATE OF p SKIP LOCKED`,
      [AWAITING_EMPLOYER, overdueOnlyBefore(now).toISOString(), now.toISOString()],
    );
    // PostgreSQL decided by the same count (so only these rows are locked); the rule in code has the last word.
    return rows.filter((r) => pastResponseSla(new Date(r.created_at), now, r.sla));
  }

  /**
   * For the WSP's network view: proposals the employer left unanswered past the region's SLA,
   * oldest first. Those still waiting (by the rule expiry applies) and those that expired in the
   * last UNANSWERED_SHOWN_DAYS days: only the system expires, and only unanswered proposals.
   * The first `limit`, and how many there are.
   */
  async unansweredPastSla(actor: Actor, limit: number): Promise<{ slaWorkingDays: number; expiredShownDays: number; total: number; items: UnansweredProposal[] }> {
    if (!seesWholeRegion(actor)) throw Problem.forbidden('Only WSP staff see the unanswered proposals of the region.');
    const now = this.clock.now();
    // One statement: the region's SLA, how many proposals are past it (still waiting, by the rule
    // expiry applies: proposed before the instant the SLA's working days reach back to, counted
    // once in PostgreSQL; or expired lately), and the first `limit` of them with their vacancy and
    // employer. Only that page leaves the database, as one JSON array (rowsAsJson, kept prepared;
    // times as text).
    const found = await rowsAsJson<{ sla: number; total: number | null; id: string | null; state: ProposalState; created_at: string; expired_at: string | null; vacancy_id: string; title: string; vog: VacancyVog; employer_id: string; name: string }>(
      this.dataSource.manager,
      `SELECT r.proposal_sla_working_days AS sla, q.total, q.id, q.state, q.created_at, q.expired_at, q.vacancy_id, v.title, v.vog, q.employer_id, o.name
       FROM region r
       LEFT JOIN LATERAL (
         SELECT p.id, p.state, p.created_at, CASE WHEN p.state = 'expired' THEN p.state_changed_at END AS expired_at, p.vacancy_id, p.employer_id,
                count(*) OVER ()::int AS total
         FROM proposal p
         WHERE p.region_id = r.id
           AND ((p.state = ANY($2) AND p.created_at < $3::timestamptz AND p.created_at < ${workingDaysCutoffSql('r.proposal_sla_working_days', '$4::timestamptz')})
                OR (p.state = 'expired' AND p.state_changed_at >= $4::timestamptz - make_interval(days => $5)))
         ORDER BY p.created_at, p.id
         LIMIT $6
       ) q ON true
       LEFT JOIN vacancy v ON v.id = q.vacancy_id
       LEFT JOIN organisation o ON o.id = q.employer_id
       WHERE r.id = $1
       ORDER BY q.created_at, q.id`,
      [actor.regionId, AWAITING_EMPLOYER, overdueOnlyBefore(now).toISOString(), now.toISOString(), UNANSWERED_SHOWN_DAYS, limit],
    );
    // The region's row comes with or without proposals (LEFT JOIN LATERAL): none means no such region.
    const { sla } = onlyRow(found, `the proposal SLA of region ${actor.regionId}`);
    const rows = found.filter((r) => r.id !== null);
    return {
      slaWorkingDays: sla,
      expiredShownDays: UNANSWERED_SHOWN_DAYS,
      total: rows[0]?.total ?? 0,
      items: rows.map((r) => ({
        proposalId: r.id!,
        state: r.state,
        proposedAt: new Date(r.created_at),
        expiredAt: r.expired_at === null ? null : new Date(r.expired_at),
        workingDaysWaiting: workingDaysBetween(new Date(r.created_at), r.expired_at ? new Date(r.expired_at) : now),
        vacancy: { id: r.vacancy_id, title: r.title, vog: vacancyVog({ id: r.vacancy_id, vog: r.vog }, actor.language) },
        employer: { id: r.employer_id, name: r.name },
      })),
    };
  }

  /**
   * Consent withdrawn: every open proposal it covered is withdrawn. The proposal says which
   * consent; the youth's own words stay on the consent, for the youth's contact alone.
   */
  async closeForWithdrawnConsent(m: EntityManager, youthId: string, scope: string): Promise<number> {
    const open: { id: string; regionId: string; state: ProposalState }[] = await m.query(
      `SELECT id, region_id AS "regionId", state FROM proposal WHERE youth_id = $1 AND state = ANY($2) FOR UPDATE`,
      [youthId, OPEN_STATES],
    );
    for (const p of open) {
      await m.query(`UPDATE proposal SET withdraw_reason = $2 WHERE id = $1`, [p.id, `consent to ${scope} withdrawn`]);
      await this.states.setState(m, null, p, p.state, 'withdrawn');
    }
    return open.length;
  }
}
