import { Module } from '@nestjs/common';
import { MonitoringWeeklyHandler } from './monitoring-weekly.handler.js';
import { MonitoringService } from './monitoring.service.js';

@Module({
  providers: [MonitoringService],
  exports: [MonitoringService],
})
export class MonitoringModule {}

/** The weekly snapshots on the `maintenance` queue (worker only). */
@Module({
  imports: [MonitoringModule],
  providers: [MonitoringWeeklyHandler],
})
export class MonitoringWorkerModule {}
