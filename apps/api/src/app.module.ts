import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import {
  AccessTokenGuard,
  type Clock,
  createValidationPipe,
  type Env,
  LoginRateLimitGuard,
  PlatformModule,
  ProblemFilter,
  QueuesModule,
  RedisHealthIndicator,
  RolesGuard,
} from '@startbaan/platform';
import { EmployersModule } from '@startbaan/employers';
import { MatchingModule } from '@startbaan/matching';
import { PlacementsModule } from '@startbaan/placements';
import { IntakeModule, MonitoringModule, ProgrammesModule } from '@startbaan/programmes';
import { MeController, PlacementsController, RegionSettingsController } from './placements/placements.controller.js';
import { ProposalsController } from './placements/proposals.controller.js';
import { InboxModule } from '@startbaan/notifications';
import { InboxController, MatchingController } from './matching/matching.controller.js';
import { YouthModule } from '@startbaan/youth';
import { EmployersController, VacanciesController } from './employers/employers.controller.js';
import { NetworkController } from './employers/network.controller.js';
import { VacancyPreviewController } from './employers/vacancy-preview.controller.js';
import { VocabularyController } from './youth/vocabulary.controller.js';
import { YouthController } from './youth/youth.controller.js';
import { AuthController } from './auth/auth.controller.js';
import { BrowserSessionController } from './auth/browser-session.controller.js';
import { PasswordResetController } from './auth/password-reset.controller.js';
import { SameOriginGuard } from './auth/browser-session.js';
import { HealthController } from './health/health.controller.js';
import { InvitationsController } from './invitations/invitations.controller.js';
import { OrganisationsController } from './organisations/organisations.controller.js';
import { ProgrammesController } from './programmes/programmes.controller.js';
import { IntakeController } from './intake/intake.controller.js';
import { MonitoringController } from './programmes/monitoring.controller.js';

/** The HTTP API: wiring only; behaviour lives in the libs. */
@Module({})
export class ApiModule {
  static forRoot(env: Env = process.env, extraModules: Type[] = [], options: { clock?: Clock } = {}): DynamicModule {
    return {
      module: ApiModule,
      imports: [PlatformModule.forRoot(env, options), TerminusModule.forRoot({ errorLogStyle: 'json', logger: false }), QueuesModule, YouthModule, EmployersModule, MatchingModule, InboxModule, PlacementsModule, ProgrammesModule, MonitoringModule, IntakeModule, ...extraModules],
      controllers: [AuthController, BrowserSessionController, PasswordResetController, OrganisationsController, InvitationsController, HealthController, YouthController, VocabularyController, EmployersController, VacancyPreviewController, VacanciesController, NetworkController, MatchingController, InboxController, ProposalsController, PlacementsController, MeController, RegionSettingsController, ProgrammesController, MonitoringController, IntakeController],
      providers: [
        RedisHealthIndicator,
        LoginRateLimitGuard,
        SameOriginGuard,
        { provide: APP_GUARD, useClass: AccessTokenGuard },
        { provide: APP_GUARD, useClass: RolesGuard },
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
    };
  }
}
