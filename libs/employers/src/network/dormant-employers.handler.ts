import { Injectable } from '@nestjs/common';
import { Clock, type EventHandler, HandlesEvent } from '@startbaan/platform';
import { NetworkService } from './network.service.js';

/** The daily look for dormant employers (a job scheduler on the `maintenance` queue), by the injected clock. */
@Injectable()
@HandlesEvent('network.dormant')
export class DormantEmployersHandler implements EventHandler {
  constructor(
    private readonly network: NetworkService,
    private readonly clock: Clock,
  ) {}

  async handle(): Promise<void> {
    await this.network.followUpDormant(this.clock.now());
  }
}
