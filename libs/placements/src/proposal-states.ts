import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { VacanciesService, type VogIndication } from '@startbaan/employers';
import { type Actor, AuditService, Clock, onlyRow, OutboxService, Problem } from '@startbaan/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { type DeclineReason, type ProposalState } from './proposal-flow.js';
import { assertTransition, seesProposal, historyRole, isProposalContact, type ProposalRow, selectFor } from './proposal-rows.js';

/**
 * The one way a proposal is read for an actor and changes state: the row, its history row and
 * its `proposal.changed` outbox event in one transaction. Shared by the proposal services.
 */
@Injectable()
export class ProposalStates {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vacancies: VacanciesService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  /**
   * The one way a proposal changes state: the row (unless it was just inserted), its history
   * row and its `proposal.changed` outbox event, all in the caller's transaction.
   */
  async setState(
    m: EntityManager,
    actor: Actor | null,
    p: { id: string; regionId: string },
    from: ProposalState | null,
    to: ProposalState,
  ): Promise<void> {
    await this.setStates(m, actor, [p], from, to);
  }

  /** setState for many proposals moving the same way, in three statements (a programme's publishing makes thousands). */
  async setStates(m: EntityManager, actor: Actor | null, ps: readonly { id: string; regionId: string }[], from: ProposalState | null, to: ProposalState): Promise<void> {
    if (!ps.length) return;
    const ids = ps.map((p) => p.id);
    if (from !== null) await m.query(`UPDATE proposal SET state = $2, state_changed_at = $3, version = version + 1 WHERE id = ANY($1::uuid[])`, [ids, to, this.clock.now()]);
    await m.query(
      `INSERT INTO proposal_transition (proposal_id, from_state, to_state, by_user, by_role)
       SELECT id, $2::varchar, $3::varchar, $4::uuid, $5::varchar FROM unnest($1::uuid[]) WITH ORDINALITY AS t(id, n) ORDER BY n`,
      [ids, from, to, actor?.userId ?? null, actor ? historyRole(actor) : 'system'],
    );
    await this.outbox.addMany(
      m,
      ps.map((p) => ({ type: 'proposal.changed' as const, regionId: p.regionId, payload: { proposalId: p.id, from, to } })),
    );
  }

  /** Loads a proposal the actor may see (seesProposal). */
  async load(m: EntityManager, actor: Actor, id: string, lock = false): Promise<ProposalRow> {
    const [p]: ProposalRow[] = await m.query(`${selectFor(actor)} WHERE p.id = $1 AND p.region_id = $2${lock ? ' FOR UPDATE OF p' : ''}`, [id, actor.regionId]);
    if (!p || !seesProposal(actor, p)) throw Problem.notFound('Proposal');
    return p;
  }

  /** A transition with extra writes in the same transaction. */
  async withState(actor: Actor, id: string, to: ProposalState, extra: (m: EntityManager, p: ProposalRow) => Promise<void>): Promise<ProposalRow> {
    return this.dataSource.transaction(async (m) => {
      const p = await this.load(m, actor, id, true);
      assertTransition(p.state, to, actor, p);
      await extra(m, p);
      await this.setState(m, actor, p, p.state, to);
      await this.audit.record(actor, { action: `proposal.${to}`, subjectType: 'proposal', subjectId: id, purpose: `${p.state} → ${to}` }, m);
      // The row locked and changed above.
      return onlyRow<ProposalRow>(await m.query(`${selectFor(actor)} WHERE p.id = $1`, [id]), `proposal ${id}`);
    });
  }

  async move(actor: Actor, id: string, to: ProposalState, extra: { declineReason?: DeclineReason; withdrawReason?: string } = {}): Promise<ProposalRow> {
    return this.withState(actor, id, to, async (m) => {
      // Each writes only its own column: the employer's role may not touch the withdrawal reason.
      if (extra.declineReason) await m.query(`UPDATE proposal SET decline_reason = $2 WHERE id = $1`, [id, extra.declineReason]);
      if (extra.withdrawReason) await m.query(`UPDATE proposal SET withdraw_reason = $2 WHERE id = $1`, [id, extra.withdrawReason]);
    });
  }

  async get(actor: Actor, id: string): Promise<ProposalRow> {
    return this.load(this.dataSource.manager, actor, id);
  }

  /**
   * For the coach whose organisation proposed the youth: the coach-only VOG indication of the
   * proposal's vacancy for that youth (a read of the sealed VOG concern, audited); undefined for
   * anyone else. One proposal, one read: lists do not carry it (the coach opens the proposal).
   */
  async vogIndication(actor: Actor, p: ProposalRow): Promise<VogIndication | undefined> {
    if (actor.role !== 'coach' || !isProposalContact(actor, p)) return undefined;
    return this.vacancies.indication(actor, p, p.youthId, `VOG indication for proposal ${p.id}`);
  }
}
