import { Module } from '@nestjs/common';
import { InboxModule } from '@startbaan/notifications';
import { YouthModule } from '@startbaan/youth';
import { VacancyOpenedAlertHandler, YouthChangedAlertHandler } from './match-alerts.js';
import { MatchingService } from './matching.service.js';

/** Suggestions (API and worker). */
@Module({
  imports: [YouthModule],
  providers: [MatchingService],
  exports: [MatchingService],
})
export class MatchingModule {}

/** The match-alert handlers on the `matching` queue (worker only). */
@Module({
  imports: [MatchingModule, InboxModule],
  providers: [VacancyOpenedAlertHandler, YouthChangedAlertHandler],
})
export class MatchAlertsModule {}
