import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { VacanciesService } from '@startbaan/employers';
import { feasibility, MatchingService, toMatchYouth } from '@startbaan/matching';
import { type Actor, AuditService, Clock, databaseFailure, onlyRow, Problem } from '@startbaan/platform';
import { YouthService } from '@startbaan/youth';
import { DataSource, type EntityManager } from 'typeorm';
import { OPEN_STATES, PROPOSE_AGAIN_AFTER, type ProposalState } from './proposal-flow.js';
import { PROPOSAL_FILTERS, type ProposalRow, SELECT } from './proposal-rows.js';
import { ProposalStates } from './proposal-states.js';

/** A coach proposes a youth for an open vacancy: consent to introductions, the hard filters, one open proposal per pair, the Idempotency-Key. */
@Injectable()
export class ProposingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly states: ProposalStates,
    private readonly youths: YouthService,
    private readonly vacancies: VacanciesService,
    private readonly matching: MatchingService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The proposal this actor already made with this key, if any; the key of another youth or vacancy is a 409. */
  private async replay(actor: Actor, input: { youthId: string; vacancyId: string }, idempotencyKey: string): Promise<{ proposal: ProposalRow; replayed: true } | undefined> {
    const [done]: ProposalRow[] = await this.dataSource.query(`${SELECT} WHERE p.proposed_by = $1 AND p.idempotency_key = $2`, [actor.userId, idempotencyKey]);
    if (!done) return undefined;
    if (done.youthId !== input.youthId || done.vacancyId !== input.vacancyId) {
      throw Problem.conflict('idempotency-key-reused', 'This Idempotency-Key was used for a proposal of another youth or vacancy; use a new key.');
    }
    return { proposal: done, replayed: true };
  }

  /** An open proposal of the pair, or one that closed it for good (PROPOSE_AGAIN_AFTER). */
  private static proposedBefore(existing: { id: string; state: ProposalState }): Problem {
    if (OPEN_STATES.includes(existing.state)) {
      return Problem.conflict('proposal-exists', `This youth already has an open proposal (${existing.state}) for this vacancy.`, { proposalId: existing.id });
    }
    return Problem.conflict('proposed-before', `This youth was proposed for this vacancy before (${existing.state}); a youth is proposed for a vacancy once, unless the employer never answered.`, {
      proposalId: existing.id,
    });
  }

  async propose(actor: Actor, input: { youthId: string; vacancyId: string; note: string }, idempotencyKey?: string): Promise<{ proposal: ProposalRow; replayed: boolean }> {
    if (idempotencyKey) {
      const done = await this.replay(actor, input, idempotencyKey);
      if (done) return done;
    }
    const y = await this.youths.forProposal(actor, input.youthId);
    if (!y.consentIntroductions) {
      throw Problem.conflict('no-consent', 'The youth has not consented to introductions to employers: record that consent first (scope introductions).');
    }
    const view = await this.vacancies.get(actor, input.vacancyId);
    const v = view.vacancy;
    const ctx = await this.matching.context();
    const vacancy = await this.matching.vacancyForMatching(this.dataSource.manager, actor.regionId, v.id, v.status);
    const youth = toMatchYouth(y.youth, { lat: y.lat, lon: y.lon });
    const failures = feasibility(youth, vacancy, ctx).failures.filter((f) => PROPOSAL_FILTERS.has(f.code));
    if (failures.length) {
      throw new Problem(422, 'not-feasible', 'Does not fit', failures.map((f) => f.text.en).join(' '), { reasons: failures });
    }
    // The latest proposal of this youth for this vacancy that bars another: any but an expired one.
    const earlier = async (m: EntityManager): Promise<{ id: string; state: ProposalState } | undefined> =>
      (await m.query<{ id: string; state: ProposalState }[]>(`SELECT id, state FROM proposal WHERE youth_id = $1 AND vacancy_id = $2 AND state <> ALL($3) ORDER BY created_at DESC LIMIT 1`, [y.youth.id, v.id, PROPOSE_AGAIN_AFTER]))[0];
    try {
      return await this.dataSource.transaction(async (m) => {
        const existing = await earlier(m);
        if (existing) throw ProposingService.proposedBefore(existing);
        const { id } = onlyRow<{ id: string }>(
          await m.query(
            // Its time is the clock's: the employer's response SLA counts from it.
            `INSERT INTO proposal (region_id, vacancy_id, employer_id, youth_id, coach_organisation_id, proposed_by, note, idempotency_key, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
            [actor.regionId, v.id, v.employerId, y.youth.id, actor.organisationId, actor.userId, input.note, idempotencyKey ?? null, this.clock.now()],
          ),
          'the new proposal',
        );
        await this.states.setState(m, actor, { id, regionId: actor.regionId }, null, 'proposed');
        await this.audit.record(actor, { action: 'proposal.created', subjectType: 'proposal', subjectId: id, purpose: 'propose a youth for a vacancy' }, m);
        return { proposal: onlyRow<ProposalRow>(await m.query(`${SELECT} WHERE p.id = $1`, [id]), `proposal ${id}`), replayed: false };
      });
    } catch (err) {
      // Requests at the same moment all pass the check above; the unique indexes let one insert
      // through, and each other one is answered as if it had come a moment later.
      if (databaseFailure(err)?.code !== '23505') throw err;
      const done = idempotencyKey ? await this.replay(actor, input, idempotencyKey) : undefined;
      if (done) return done;
      const existing = await earlier(this.dataSource.manager);
      if (existing) throw ProposingService.proposedBefore(existing);
      throw err;
    }
  }
}
