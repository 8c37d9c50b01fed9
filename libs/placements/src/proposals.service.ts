import { Injectable } from '@nestjs/common';
import { ProposalStates } from './proposal-states.js';
import { ProposingService } from './proposing.service.js';
import { ProposalInboxService } from './proposal-inbox.service.js';
import { ProposalStepsService } from './proposal-steps.service.js';
import { ProposalExpiryService } from './proposal-expiry.service.js';

export { assertTransition, type EmployerProposal, type Interview, isProposalContact, type Offer, type ProposalRow, seesProposal, type UnansweredProposal, UNANSWERED_SHOWN_DAYS } from './proposal-rows.js';

/**
 * Proposals: a coach proposes a youth for an open vacancy; the employer meets a candidate card
 * (through the employer database role), never a file. Every state change writes its history row
 * and its outbox event in the same transaction. Each part has a service of its own (proposing,
 * the lists and the employer's inbox, the steps, expiry, the state changes) reached through here.
 */
@Injectable()
export class ProposalsService {
  constructor(
    private readonly states: ProposalStates,
    private readonly proposing: ProposingService,
    private readonly inbox: ProposalInboxService,
    private readonly steps: ProposalStepsService,
    private readonly expiry: ProposalExpiryService,
  ) {}

  setState(...a: Parameters<ProposalStates['setState']>): ReturnType<ProposalStates['setState']> {
    return this.states.setState(...a);
  }

  setStates(...a: Parameters<ProposalStates['setStates']>): ReturnType<ProposalStates['setStates']> {
    return this.states.setStates(...a);
  }

  move(...a: Parameters<ProposalStates['move']>): ReturnType<ProposalStates['move']> {
    return this.states.move(...a);
  }

  get(...a: Parameters<ProposalStates['get']>): ReturnType<ProposalStates['get']> {
    return this.states.get(...a);
  }

  vogIndication(...a: Parameters<ProposalStates['vogIndication']>): ReturnType<ProposalStates['vogIndication']> {
    return this.states.vogIndication(...a);
  }

  propose(...a: Parameters<ProposingService['propose']>): ReturnType<ProposingService['propose']> {
    return this.proposing.propose(...a);
  }

  list(...a: Parameters<ProposalInboxService['list']>): ReturnType<ProposalInboxService['list']> {
    return this.inbox.list(...a);
  }

  employerInbox(...a: Parameters<ProposalInboxService['employerInbox']>): ReturnType<ProposalInboxService['employerInbox']> {
    return this.inbox.employerInbox(...a);
  }

  employerView(...a: Parameters<ProposalInboxService['employerView']>): ReturnType<ProposalInboxService['employerView']> {
    return this.inbox.employerView(...a);
  }

  introduce(...a: Parameters<ProposalStepsService['introduce']>): ReturnType<ProposalStepsService['introduce']> {
    return this.steps.introduce(...a);
  }

  planInterview(...a: Parameters<ProposalStepsService['planInterview']>): ReturnType<ProposalStepsService['planInterview']> {
    return this.steps.planInterview(...a);
  }

  interviewOutcome(...a: Parameters<ProposalStepsService['interviewOutcome']>): ReturnType<ProposalStepsService['interviewOutcome']> {
    return this.steps.interviewOutcome(...a);
  }

  offer(...a: Parameters<ProposalStepsService['offer']>): ReturnType<ProposalStepsService['offer']> {
    return this.steps.offer(...a);
  }

  accept(...a: Parameters<ProposalStepsService['accept']>): ReturnType<ProposalStepsService['accept']> {
    return this.steps.accept(...a);
  }

  expireOverdue(...a: Parameters<ProposalExpiryService['expireOverdue']>): ReturnType<ProposalExpiryService['expireOverdue']> {
    return this.expiry.expireOverdue(...a);
  }

  unansweredPastSla(...a: Parameters<ProposalExpiryService['unansweredPastSla']>): ReturnType<ProposalExpiryService['unansweredPastSla']> {
    return this.expiry.unansweredPastSla(...a);
  }

  closeForWithdrawnConsent(...a: Parameters<ProposalExpiryService['closeForWithdrawnConsent']>): ReturnType<ProposalExpiryService['closeForWithdrawnConsent']> {
    return this.expiry.closeForWithdrawnConsent(...a);
  }
}
