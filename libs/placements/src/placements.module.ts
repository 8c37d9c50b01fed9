import { Module } from '@nestjs/common';
import { EmployersModule } from '@startbaan/employers';
import { MatchingModule } from '@startbaan/matching';
import { InboxModule, NotificationsModule } from '@startbaan/notifications';
import { YouthModule } from '@startbaan/youth';
import { PlacementsService } from './placements.service.js';
import {
  ConsentWithdrawnHandler,
  InterviewReminderHandler,
  PlacementChangedHandler,
  ProposalChangedHandler,
  ProposalExpiryHandler,
  RemindersDueHandler,
} from './proposal-notifications.js';
import { ProposalExpiryService } from './proposal-expiry.service.js';
import { ProposalInboxService } from './proposal-inbox.service.js';
import { ProposalStates } from './proposal-states.js';
import { ProposalStepsService } from './proposal-steps.service.js';
import { ProposalsService } from './proposals.service.js';
import { ProposingService } from './proposing.service.js';
import { ProposalMessageHandler } from './thread/thread-notices.js';
import { ProposalThreadService } from './thread/thread.service.js';

@Module({
  imports: [YouthModule, EmployersModule, MatchingModule, InboxModule],
  providers: [ProposalsService, ProposalStates, ProposingService, ProposalInboxService, ProposalStepsService, ProposalExpiryService, PlacementsService, ProposalThreadService],
  exports: [ProposalsService, PlacementsService, ProposalThreadService],
})
export class PlacementsModule {}

/** Handlers on the notifications and maintenance queues (worker only). */
@Module({
  imports: [PlacementsModule, NotificationsModule, YouthModule],
  providers: [ProposalChangedHandler, ConsentWithdrawnHandler, ProposalExpiryHandler, RemindersDueHandler, InterviewReminderHandler, PlacementChangedHandler, ProposalMessageHandler],
})
export class PlacementsWorkerModule {}
