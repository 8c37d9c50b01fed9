import { Module } from '@nestjs/common';
import { EmployersModule } from '@startbaan/employers';
import { MatchingModule } from '@startbaan/matching';
import { InboxModule } from '@startbaan/notifications';
import { YouthModule } from '@startbaan/youth';
import { ConsentWithdrawnHandler, ProposalChangedHandler, ProposalExpiryHandler } from './proposal-notifications.js';
import { ProposalsService } from './proposals.service.js';

@Module({
  imports: [YouthModule, EmployersModule, MatchingModule],
  providers: [ProposalsService],
  exports: [ProposalsService],
})
export class PlacementsModule {}

/** Handlers on the notifications queue (worker only). */
@Module({
  imports: [PlacementsModule, InboxModule],
  providers: [ProposalChangedHandler, ConsentWithdrawnHandler, ProposalExpiryHandler],
})
export class PlacementsWorkerModule {}
