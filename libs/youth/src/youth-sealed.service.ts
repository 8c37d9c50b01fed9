import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor, AuditService, Clock, DataCipher, Problem } from '@startbaan/platform';
import { DataSource } from 'typeorm';
import { CRIMINAL_TIES_FACTORS } from './vocabulary/risk-factors.js';
import { Youth, YouthSealedRow } from './youth.entity.js';
import { type SealedContent, today } from './youth.model.js';
import { sealedContext, type SealedInput, type SealedRecord } from './youth-views.js';
import { YouthRecords } from './youth-records.js';

/** The sealed record (priority, risk factors, notes, VOG concern): the own coach only, every read and write audited. */
@Injectable()
export class YouthSealedService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly records: YouthRecords,
    private readonly cipher: DataCipher,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async readSealed(actor: Actor, id: string, purpose: string): Promise<SealedRecord> {
    return this.dataSource.transaction(async (m) => {
      await this.records.ownYouth(m, actor, id);
      const record = await this.records.decryptSealed(m, id);
      await this.audit.record(actor, { action: 'youth.sealed.read', subjectType: 'youth', subjectId: id, purpose }, m);
      return record;
    });
  }

  /**
   * What the coach-only VOG indication needs: the youth's date of birth and the sealed VOG
   * concern. A read of the sealed record, so it is audited like one.
   */
  async vogContext(actor: Actor, id: string, purpose: string): Promise<{ dateOfBirth: string; concern: SealedContent['vogConcern'] }> {
    return this.dataSource.transaction(async (m) => {
      const youth = await this.records.ownYouth(m, actor, id);
      const sealed = await this.records.decryptSealed(m, id);
      await this.audit.record(actor, { action: 'youth.sealed.read', subjectType: 'youth', subjectId: id, purpose }, m);
      return { dateOfBirth: youth.dateOfBirth!, concern: sealed.vogConcern };
    });
  }

  /**
   * The youth as the matching core needs it, for its own coach: profile, position, priority,
   * the derived criminal-ties flag and the sealed VOG concern (an audited sealed read). The
   * audit row is being written when this returns: `audited` settles once it is stored, and the
   * caller must await it before anything derived from the sealed record leaves the process
   * (so the suggestions are computed meanwhile, and still never answered without the audit).
   */
  async forMatching(actor: Actor, id: string, purpose: string): Promise<{
    audited: Promise<void>;
    youth: Youth;
    lat: number;
    lon: number;
    priority: boolean;
    criminalTies: boolean;
    vogConcern: SealedContent['vogConcern'];
    consentMatching: boolean;
  }> {
    // Two reads side by side, each on a connection of its own (suggestions are asked often, and a
    // request that holds fewer pooled connections waits less for one under load): the youth as the
    // coach's own, and its position, sealed row and consent in one statement. The sealed row is
    // opened, and its read audited, only once the youth proved to be the coach's own.
    const m = this.dataSource.manager;
    const [youth, [row]] = await Promise.all([
      this.records.ownYouth(m, actor, id),
      m.query(
        `SELECT a.lat, a.lon, s.key_id, s.data, s.priority, s.criminal_ties, s.version, s.updated_at,
                EXISTS (SELECT 1 FROM youth_consent c WHERE c.youth_id = y.id AND c.scope = 'matching' AND c.withdrawn_at IS NULL) AS consent
           FROM youth y JOIN pc4_area a ON a.pc4 = y.pc4 LEFT JOIN youth_sealed s ON s.youth_id = y.id
          WHERE y.id = $1`,
        [id],
      ) as Promise<{ lat: number; lon: number; key_id: string | null; data: Buffer | null; priority: boolean; criminal_ties: boolean; version: number; updated_at: Date; consent: boolean }[]>,
    ]);
    const pos = row!;
    const consentMatching = pos.consent;
    const sealedRow =
      pos.key_id === null || pos.data === null
        ? null
        : Object.assign(new YouthSealedRow(), { youthId: id, keyId: pos.key_id, data: pos.data, priority: pos.priority, criminalTies: pos.criminal_ties, version: pos.version, updatedAt: pos.updated_at });
    const sealed = this.records.openSealed(id, sealedRow);
    const audited = this.audit.record(actor, { action: 'youth.sealed.read', subjectType: 'youth', subjectId: id, purpose }, m);
    // Awaited by the caller; a failure here is its failure (this only keeps it from counting as unhandled meanwhile).
    audited.catch(() => undefined);
    return {
      audited,
      youth,
      lat: pos.lat,
      lon: pos.lon,
      priority: sealed.record.priority,
      criminalTies: sealed.criminalTies,
      vogConcern: sealed.record.vogConcern,
      consentMatching,
    };
  }

  async writeSealed(actor: Actor, id: string, input: SealedInput, purpose: string): Promise<SealedRecord> {
    return this.dataSource.transaction(async (m) => {
      await this.records.ownYouth(m, actor, id, true);
      await this.records.checkRiskFactors(m, input.riskFactors);
      if (input.priority && !input.priorityReason) throw Problem.invalid('priorityReason', 'is required when priority is true');
      const { lastOffenceDate } = input.vogConcern;
      if (lastOffenceDate && lastOffenceDate > today(this.clock.now())) throw Problem.invalid('vogConcern.lastOffenceDate', 'must not be in the future');
      if (input.vogConcern.level === 'none' && (input.vogConcern.offenceCategory || lastOffenceDate)) {
        throw Problem.invalid('vogConcern.level', 'must be possible or likely when an offence category or date is given');
      }
      const repo = m.getRepository(YouthSealedRow);
      const existing = await repo.findOneBy({ youthId: id });
      const current = existing?.version ?? 0;
      if ((input.version ?? 0) !== current) {
        throw Problem.conflict('version-conflict', `The sealed record was changed meanwhile: you edited version ${input.version ?? 0}, the current version is ${current}.`, {
          currentVersion: current,
        });
      }
      const content: SealedContent = {
        priorityReason: input.priority ? input.priorityReason : null,
        riskFactors: input.riskFactors,
        notes: input.notes,
        vogConcern: input.vogConcern,
      };
      const enc = this.cipher.encrypt(content, sealedContext(id));
      const criminalTies = input.riskFactors.some((f) => CRIMINAL_TIES_FACTORS.includes(f));
      const row = { youthId: id, priority: input.priority, criminalTies, keyId: enc.keyId, data: enc.data, version: current + 1, updatedBy: actor.userId };
      if (existing) await repo.update({ youthId: id }, row);
      else await repo.insert(row);
      await this.records.touch(m, id);
      await this.audit.record(actor, { action: 'youth.sealed.written', subjectType: 'youth', subjectId: id, purpose }, m);
      return this.records.decryptSealed(m, id);
    });
  }
}
