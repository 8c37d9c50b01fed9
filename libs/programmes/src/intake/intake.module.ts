import { Module } from '@nestjs/common';
import { YouthModule } from '@startbaan/youth';
import { IntakePurgeHandler } from './intake-purge.handler.js';
import { IntakeRateLimitGuard } from './intake-rate-limit.guard.js';
import { IntakeService } from './intake.service.js';

@Module({
  imports: [YouthModule],
  providers: [IntakeService, IntakeRateLimitGuard],
  exports: [IntakeService, IntakeRateLimitGuard],
})
export class IntakeModule {}

/** The purge of expired sign-ups (worker only). */
@Module({
  imports: [IntakeModule],
  providers: [IntakePurgeHandler],
})
export class IntakeWorkerModule {}
