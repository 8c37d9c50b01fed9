import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InboxModule } from '@startbaan/notifications';
import { YouthModule } from '@startbaan/youth';
import { EMPLOYER_ENTITIES } from './employer.entity.js';
import { EmployersService } from './employers.service.js';
import { DormantEmployersHandler } from './network/dormant-employers.handler.js';
import { NetworkService } from './network/network.service.js';
import { VacanciesService } from './vacancies.service.js';

@Module({
  imports: [TypeOrmModule.forFeature(EMPLOYER_ENTITIES), YouthModule, InboxModule],
  providers: [EmployersService, VacanciesService, NetworkService],
  exports: [EmployersService, VacanciesService, NetworkService],
})
export class EmployersModule {}

/** The dormant-employer follow-ups on the `maintenance` queue (worker only). */
@Module({
  imports: [EmployersModule],
  providers: [DormantEmployersHandler],
})
export class EmployersWorkerModule {}
