import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { YouthModule } from '@startbaan/youth';
import { EMPLOYER_ENTITIES } from './employer.entity.js';
import { EmployersService } from './employers.service.js';
import { VacanciesService } from './vacancies.service.js';

@Module({
  imports: [TypeOrmModule.forFeature(EMPLOYER_ENTITIES), YouthModule],
  providers: [EmployersService, VacanciesService],
  exports: [EmployersService, VacanciesService],
})
export class EmployersModule {}
