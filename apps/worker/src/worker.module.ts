import { type DynamicModule, Module } from '@nestjs/common';
import { EmployersWorkerModule } from '@startbaan/employers';
import { NotificationsModule } from '@startbaan/notifications';
import { type Clock, type Env, PlatformModule, WorkerRuntimeModule, type WorkerSchedules } from '@startbaan/platform';
import { MatchAlertsModule } from '@startbaan/matching';
import { PlacementsWorkerModule } from '@startbaan/placements';
import { IntakeWorkerModule, MonitoringWorkerModule, ProgrammesWorkerModule } from '@startbaan/programmes';
import { RetentionPurgeHandler, YouthModule } from '@startbaan/youth';

/** The worker: queue processors and the outbox relay, no HTTP. Handlers come from the libs. */
@Module({})
export class WorkerModule {
  static forRoot(env: Env = process.env, options: { clock?: Clock; schedules?: WorkerSchedules } = {}): DynamicModule {
    return {
      module: WorkerModule,
      imports: [PlatformModule.forRoot(env, { clock: options.clock }), WorkerRuntimeModule.forRoot({ schedules: options.schedules }), NotificationsModule, YouthModule, MatchAlertsModule, PlacementsWorkerModule, EmployersWorkerModule, ProgrammesWorkerModule, MonitoringWorkerModule, IntakeWorkerModule],
      providers: [RetentionPurgeHandler],
    };
  }
}
