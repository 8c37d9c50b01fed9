import { Injectable } from '@nestjs/common';
import { YouthRecords } from './youth-records.js';
import { YouthProfilesService } from './youth-profiles.service.js';
import { YouthConsentService } from './youth-consent.service.js';
import { YouthSealedService } from './youth-sealed.service.js';
import { YouthIntroductionsService } from './youth-introductions.service.js';
import { YouthRightsService } from './youth-rights.service.js';

export * from './youth-views.js';

/**
 * The youth lib's one entry for the rest of the application: youth profiles, identity, consent
 * and the sealed record, each kept in a service of its own (registration and profile, consent,
 * the sealed record, introductions, AVG rights) and reached through here. Who may see what
 * (ARCHITECTURE.md §1) is decided in those services, not in controllers: the coach's own
 * organisation sees everything, WSP staff of the region see the profile and `priority` once the
 * youth consented to matching, everyone else gets a 404. The youth's AVG rights (consents,
 * export, erasure) are exercised by its contact: the own coach, or for a youth from open intake
 * the region's WSP.
 */
@Injectable()
export class YouthService {
  constructor(
    private readonly records: YouthRecords,
    private readonly profiles: YouthProfilesService,
    private readonly consent: YouthConsentService,
    private readonly sealed: YouthSealedService,
    private readonly introductions: YouthIntroductionsService,
    private readonly rights: YouthRightsService,
  ) {}

  // --- YouthRecords ----------------------------------------------------------

  checkProfile(...a: Parameters<YouthRecords['checkProfile']>): ReturnType<YouthRecords['checkProfile']> {
    return this.records.checkProfile(...a);
  }

  hasConsent(...a: Parameters<YouthRecords['hasConsent']>): ReturnType<YouthRecords['hasConsent']> {
    return this.records.hasConsent(...a);
  }

  // --- YouthProfilesService --------------------------------------------------

  register(...a: Parameters<YouthProfilesService['register']>): ReturnType<YouthProfilesService['register']> {
    return this.profiles.register(...a);
  }

  update(...a: Parameters<YouthProfilesService['update']>): ReturnType<YouthProfilesService['update']> {
    return this.profiles.update(...a);
  }

  get(...a: Parameters<YouthProfilesService['get']>): ReturnType<YouthProfilesService['get']> {
    return this.profiles.get(...a);
  }

  list(...a: Parameters<YouthProfilesService['list']>): ReturnType<YouthProfilesService['list']> {
    return this.profiles.list(...a);
  }

  enrolFromIntake(...a: Parameters<YouthProfilesService['enrolFromIntake']>): ReturnType<YouthProfilesService['enrolFromIntake']> {
    return this.profiles.enrolFromIntake(...a);
  }

  // --- YouthConsentService ---------------------------------------------------

  giveConsent(...a: Parameters<YouthConsentService['giveConsent']>): ReturnType<YouthConsentService['giveConsent']> {
    return this.consent.giveConsent(...a);
  }

  consents(...a: Parameters<YouthConsentService['consents']>): ReturnType<YouthConsentService['consents']> {
    return this.consent.consents(...a);
  }

  withdrawConsent(...a: Parameters<YouthConsentService['withdrawConsent']>): ReturnType<YouthConsentService['withdrawConsent']> {
    return this.consent.withdrawConsent(...a);
  }

  // --- YouthSealedService ----------------------------------------------------

  readSealed(...a: Parameters<YouthSealedService['readSealed']>): ReturnType<YouthSealedService['readSealed']> {
    return this.sealed.readSealed(...a);
  }

  vogContext(...a: Parameters<YouthSealedService['vogContext']>): ReturnType<YouthSealedService['vogContext']> {
    return this.sealed.vogContext(...a);
  }

  forMatching(...a: Parameters<YouthSealedService['forMatching']>): ReturnType<YouthSealedService['forMatching']> {
    return this.sealed.forMatching(...a);
  }

  writeSealed(...a: Parameters<YouthSealedService['writeSealed']>): ReturnType<YouthSealedService['writeSealed']> {
    return this.sealed.writeSealed(...a);
  }

  // --- YouthIntroductionsService ---------------------------------------------

  firstNameForContact(...a: Parameters<YouthIntroductionsService['firstNameForContact']>): ReturnType<YouthIntroductionsService['firstNameForContact']> {
    return this.introductions.firstNameForContact(...a);
  }

  forProposal(...a: Parameters<YouthIntroductionsService['forProposal']>): ReturnType<YouthIntroductionsService['forProposal']> {
    return this.introductions.forProposal(...a);
  }

  identityForEmployer(...a: Parameters<YouthIntroductionsService['identityForEmployer']>): ReturnType<YouthIntroductionsService['identityForEmployer']> {
    return this.introductions.identityForEmployer(...a);
  }

  firstNameForEmployer(...a: Parameters<YouthIntroductionsService['firstNameForEmployer']>): ReturnType<YouthIntroductionsService['firstNameForEmployer']> {
    return this.introductions.firstNameForEmployer(...a);
  }

  reminderContact(...a: Parameters<YouthIntroductionsService['reminderContact']>): ReturnType<YouthIntroductionsService['reminderContact']> {
    return this.introductions.reminderContact(...a);
  }

  // --- YouthRightsService ----------------------------------------------------

  export(...a: Parameters<YouthRightsService['export']>): ReturnType<YouthRightsService['export']> {
    return this.rights.export(...a);
  }

  erase(...a: Parameters<YouthRightsService['erase']>): ReturnType<YouthRightsService['erase']> {
    return this.rights.erase(...a);
  }

  purgeInactive(...a: Parameters<YouthRightsService['purgeInactive']>): ReturnType<YouthRightsService['purgeInactive']> {
    return this.rights.purgeInactive(...a);
  }
}
