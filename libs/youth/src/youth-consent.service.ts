import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor, AuditService, Clock, OutboxService, Problem } from '@startbaan/platform';
import { DataSource } from 'typeorm';
import { type ConsentGivenBy, type ConsentScope, YouthConsent } from './youth.entity.js';
import { ageOn, consentGiverProblem, today } from './youth.model.js';
import { YouthRecords } from './youth-records.js';

/** The youth's consents (matching, introductions): recorded by the own coach, listed and withdrawn by the youth's contact. */
@Injectable()
export class YouthConsentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly records: YouthRecords,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  async giveConsent(actor: Actor, id: string, input: { scope: ConsentScope; givenBy: ConsentGivenBy; givenAt?: string }): Promise<YouthConsent> {
    return this.dataSource.transaction(async (m) => {
      const youth = await this.records.ownYouth(m, actor, id, true);
      const now = this.clock.now();
      const givenAt = input.givenAt ? new Date(input.givenAt) : now;
      if (givenAt.getTime() > now.getTime() + 60_000) throw Problem.invalid('givenAt', 'must not be in the future');
      const giverProblem = consentGiverProblem(ageOn(youth.dateOfBirth!, today(givenAt)), input.givenBy);
      if (giverProblem) throw Problem.invalid('givenBy', giverProblem);
      const repo = m.getRepository(YouthConsent);
      if (await this.records.hasConsent(m, id, input.scope)) {
        throw Problem.conflict('consent-exists', `Consent for ${input.scope} is already recorded and not withdrawn.`);
      }
      const consent = await repo.save(repo.create({ youthId: id, scope: input.scope, givenBy: input.givenBy, givenAt, recordedBy: actor.userId }));
      await this.records.touch(m, id);
      await this.audit.record(actor, { action: 'youth.consent.given', subjectType: 'youth', subjectId: id, purpose: `record consent for ${input.scope}` }, m);
      // Matching starts with this consent, so the match alerts that registration could not run run now
      // (for the same profile version: a version already alerted on is not alerted again).
      if (input.scope === 'matching') await this.outbox.add(m, { type: 'youth.changed', regionId: actor.regionId, payload: { youthId: id, version: youth.version } });
      return consent;
    });
  }

  /** The youth's consents, given and withdrawn, for its contact (the own coach, or the WSP for a youth from open intake). */
  async consents(actor: Actor, id: string): Promise<YouthConsent[]> {
    const m = this.dataSource.manager;
    await this.records.contactYouth(m, actor, id);
    return m.getRepository(YouthConsent).find({ where: { youthId: id }, order: { createdAt: 'ASC' } });
  }

  async withdrawConsent(actor: Actor, id: string, consentId: string, reason: string): Promise<YouthConsent> {
    return this.dataSource.transaction(async (m) => {
      await this.records.contactYouth(m, actor, id, true);
      const repo = m.getRepository(YouthConsent);
      const consent = await repo.findOneBy({ id: consentId, youthId: id });
      if (!consent) throw Problem.notFound('Consent');
      if (consent.withdrawnAt) throw Problem.conflict('consent-withdrawn', `This consent was already withdrawn on ${consent.withdrawnAt.toISOString()}.`);
      consent.withdrawnAt = this.clock.now();
      consent.withdrawnBy = actor.userId;
      consent.withdrawalReason = reason;
      await repo.save(consent);
      await this.records.touch(m, id);
      await this.audit.record(actor, { action: 'youth.consent.withdrawn', subjectType: 'youth', subjectId: id, purpose: `withdraw consent for ${consent.scope}` }, m);
      await this.outbox.add(m, { type: 'youth.consent_withdrawn', regionId: actor.regionId, payload: { youthId: id, scope: consent.scope } });
      return consent;
    });
  }
}
