import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor, AuditService, Clock } from '@startbaan/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { YouthConsent } from './youth.entity.js';
import { isOwnCoach } from './youth.model.js';
import { YouthRecords } from './youth-records.js';

/** An audit event about the youth, as the export gives it. */
interface ExportedAuditEvent {
  at: Date;
  action: string;
  actorRole: string | null;
  purpose: string;
}

/** A message of a thread about one of the youth's proposals: the side wrote it, not a named person. */
interface ExportedMessage {
  proposalId: string;
  vacancyTitle: string;
  side: string;
  body: string;
  sentAt: Date;
}

/** The youth's AVG rights exercised by its contact (export, erasure), and erasure after inactivity (retention). */
@Injectable()
export class YouthRightsService {
  // Named as before the split, so the retention log reads the same.
  private readonly logger = new Logger('YouthService');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly records: YouthRecords,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Everything kept about the youth, for its contact; audited. */
  async export(actor: Actor, id: string): Promise<Record<string, unknown>> {
    return this.dataSource.transaction(async (m) => {
      const youth = await this.records.contactYouth(m, actor, id);
      const view = await this.records.coachView(m, youth);
      // The consents as kept, every column: the youth's record, not the coach's view of it.
      const consents = await m.getRepository(YouthConsent).find({ where: { youthId: id }, order: { createdAt: 'ASC' } });
      // The sealed record is opened for the own coach only. WSP staff act for youths without an
      // organisation, who have none (only a coach writes one, and a coached youth's organisation
      // cannot be deleted), and even if one existed they must never read it (ARCHITECTURE.md §1).
      const sealed = isOwnCoach(actor, youth) ? await this.records.decryptSealed(m, id) : null;
      const audit: ExportedAuditEvent[] = await m.query(
        `SELECT at, action, actor_role AS "actorRole", purpose FROM audit_event WHERE subject_type = 'youth' AND subject_id = $1 ORDER BY at, id`,
        [id],
      );
      // The threads with employers about the youth's proposals: who wrote is the side, not a person.
      const messages: ExportedMessage[] = await m.query(
        `SELECT pm.proposal_id AS "proposalId", v.title AS "vacancyTitle", pm.side, pm.body, pm.created_at AS "sentAt"
         FROM proposal_message pm JOIN proposal p ON p.id = pm.proposal_id JOIN vacancy v ON v.id = p.vacancy_id
         WHERE p.youth_id = $1 ORDER BY pm.created_at, pm.id`,
        [id],
      );
      await this.audit.record(actor, { action: 'youth.exported', subjectType: 'youth', subjectId: id, purpose: 'AVG: give the youth what is kept about them' }, m);
      return { exportedAt: this.clock.now().toISOString(), profile: youth, identity: view.identity, organisation: view.organisation, consents, sealedRecord: sealed, messages, auditTrail: audit };
    });
  }

  /** Erasure on request of the youth, by its contact; audited. */
  async erase(actor: Actor, id: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      await this.records.contactYouth(m, actor, id, true);
      await this.eraseIn(m, id);
      await this.audit.record(actor, { action: 'youth.erased', subjectType: 'youth', subjectId: id, purpose: 'AVG: erasure on request' }, m);
    });
  }

  /**
   * Deletes for good what is kept about the youth, in the caller's transaction: identity, sealed
   * record, consents, the intake contact key, programme entries (the youth's ranked choices),
   * allocation matches, and the message threads of its proposals (free text between the employer
   * and the contact person, which may name the youth), and the youth's monitoring cell key. The youth row stays, blanked to
   * its pseudonym, because proposals and placements point at it and are the employers' history too; a programme's earlier
   * figures stay in its monitoring snapshots and run reports, which hold counts only (a snapshot keeps its cells' keys, so
   * it shows the same protected figures after the erasure as before; the youth counts in no figure taken after it).
   */
  private async eraseIn(m: EntityManager, id: string): Promise<void> {
    await m.query(`DELETE FROM youth_identity WHERE youth_id = $1`, [id]);
    await m.query(`DELETE FROM youth_sealed WHERE youth_id = $1`, [id]);
    await m.query(`DELETE FROM youth_consent WHERE youth_id = $1`, [id]);
    await m.query(`DELETE FROM youth_contact_key WHERE youth_id = $1`, [id]);
    await m.query(`DELETE FROM youth_cell_key WHERE youth_id = $1`, [id]);
    await m.query(`DELETE FROM programme_entry WHERE youth_id = $1`, [id]);
    await m.query(`DELETE FROM allocation_match WHERE youth_id = $1`, [id]);
    await m.query(`DELETE FROM proposal_message WHERE proposal_id IN (SELECT id FROM proposal WHERE youth_id = $1)`, [id]);
    await m.query(
      `UPDATE youth SET status = 'erased', erased_at = now(), date_of_birth = NULL, pc4 = NULL, education_level = NULL, education = '{}',
         skills = '{}', interests = '{}', other_skills = NULL, languages = '{}', availability = '[]', available_from = NULL, available_to = NULL,
         wished_kinds = '{}', max_travel_km = NULL, motivation = NULL, created_by = NULL, version = version + 1
       WHERE id = $1`,
      [id],
    );
  }

  /** Erases youths with no activity for `months` before `now`; returns how many. Logs counts, never names. */
  async purgeInactive(months: number, now: Date, batch = 200): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.dataSource.transaction(async (m) => {
        const rows: { id: string; region_id: string }[] = await m.query(
          `SELECT id, region_id FROM youth WHERE status = 'active' AND last_activity_at < $3::timestamptz - make_interval(months => $1)
           ORDER BY last_activity_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
          [months, batch, now],
        );
        for (const r of rows) {
          await this.eraseIn(m, r.id);
          await this.audit.record(null, { action: 'youth.erased', subjectType: 'youth', subjectId: r.id, regionId: r.region_id, purpose: `retention: no activity for ${months} months` }, m);
        }
        return rows.length;
      });
      total += n;
      if (n < batch) break;
    }
    this.logger.log(`retention purge: ${total} inactive youth record(s) erased (older than ${months} months)`);
    return total;
  }
}
