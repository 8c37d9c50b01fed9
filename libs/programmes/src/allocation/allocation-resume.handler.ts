import { Injectable } from '@nestjs/common';
import { type EventHandler, HandlesEvent } from '@startbaan/platform';
import { AllocationService } from './allocation.service.js';

/** The sweep for allocation runs whose worker stopped (see AllocationService.resumeAbandoned). */
@Injectable()
@HandlesEvent('allocation.resume')
export class AllocationResumeHandler implements EventHandler<Record<string, never>> {
  constructor(private readonly allocation: AllocationService) {}

  async handle(): Promise<void> {
    await this.allocation.resumeAbandoned();
  }
}
