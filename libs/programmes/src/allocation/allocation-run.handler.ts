import { Injectable } from '@nestjs/common';
import { type DeliveredEvent, type EventHandler, HandlesEvent } from '@startbaan/platform';
import { AllocationService } from './allocation.service.js';

/** Computes an allocation run on the `allocation` queue (see AllocationService.execute: a repeated delivery does nothing). */
@Injectable()
@HandlesEvent('allocation.run')
export class AllocationRunHandler implements EventHandler<{ runId: string }> {
  constructor(private readonly allocation: AllocationService) {}

  async handle(event: DeliveredEvent<{ runId: string }>): Promise<void> {
    await this.allocation.execute(event.payload.runId);
  }
}
