import { Module } from '@nestjs/common';
import { MatchingModule } from '@startbaan/matching';
import { PlacementsModule } from '@startbaan/placements';
import { YouthModule } from '@startbaan/youth';
import { AllocationResumeHandler } from './allocation/allocation-resume.handler.js';
import { AllocationRunHandler } from './allocation/allocation-run.handler.js';
import { AllocationService } from './allocation/allocation.service.js';
import { MonitoringModule } from './monitoring/monitoring.module.js';
import { ProgrammesService } from './programmes.service.js';

@Module({
  imports: [YouthModule, MatchingModule, PlacementsModule, MonitoringModule],
  providers: [ProgrammesService, AllocationService],
  exports: [ProgrammesService, AllocationService],
})
export class ProgrammesModule {}

/** The allocation job and its sweep (worker only). */
@Module({
  imports: [ProgrammesModule],
  providers: [AllocationRunHandler, AllocationResumeHandler],
})
export class ProgrammesWorkerModule {}
