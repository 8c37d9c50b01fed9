import { Injectable } from '@nestjs/common';
import { Clock, type EventHandler, HandlesEvent } from '@startbaan/platform';
import { IntakeService } from './intake.service.js';

/** The hourly purge of pending sign-ups whose code expired (a job scheduler on `maintenance`). */
@Injectable()
@HandlesEvent('intake.purge')
export class IntakePurgeHandler implements EventHandler {
  constructor(
    private readonly intake: IntakeService,
    private readonly clock: Clock,
  ) {}

  async handle(): Promise<void> {
    await this.intake.purgeExpired(this.clock.now());
  }
}
