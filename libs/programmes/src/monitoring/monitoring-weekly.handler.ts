import { Injectable } from '@nestjs/common';
import { Clock, type EventHandler, HandlesEvent } from '@startbaan/platform';
import { MonitoringService } from './monitoring.service.js';

/** The weekly snapshot of every running programme (a job scheduler on the `maintenance` queue), by the injected clock. */
@Injectable()
@HandlesEvent('monitoring.weekly')
export class MonitoringWeeklyHandler implements EventHandler {
  constructor(
    private readonly monitoring: MonitoringService,
    private readonly clock: Clock,
  ) {}

  async handle(): Promise<void> {
    await this.monitoring.snapshotRunning(this.clock.now());
  }
}
