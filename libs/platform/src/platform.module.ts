import { createSecretKey } from 'node:crypto';
import { type DynamicModule, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEvent } from './audit/audit-event.entity.js';
import { AuditService } from './audit/audit.service.js';
import { AuthService } from './auth/auth.service.js';
import { Invitation } from './auth/invitation.entity.js';
import { InvitationsService } from './auth/invitations.service.js';
import { PasswordReset } from './auth/password-reset.entity.js';
import { PasswordResetsService } from './auth/password-resets.service.js';
import { RefreshToken } from './auth/refresh-token.entity.js';
import { SessionRevocations } from './auth/session-revocations.js';
import { UserAccount } from './auth/user-account.entity.js';
import { UsersService } from './auth/users.service.js';
import type { AppConfig, Env } from './config/app-config.js';
import { APP_CONFIG, PlatformConfigModule } from './config/config.module.js';
import { DATA_CIPHER_PROVIDER, KEYED_HASHER_PROVIDER } from './crypto/data-cipher.provider.js';
import { DataCipher } from './crypto/data-cipher.js';
import { KeyedHasher } from './crypto/keyed-hash.js';
import { DatabaseModule } from './database/database.module.js';
import { RateLimiter } from './redis/rate-limiter.js';
import { RedisModule } from './redis/redis.module.js';
import { OutboxEvent } from './outbox/outbox-event.entity.js';
import { OutboxService } from './outbox/outbox.service.js';
import { ProcessedEvent } from './outbox/processed-event.entity.js';
import { Organisation } from './tenancy/organisation.entity.js';
import { Region } from './tenancy/region.entity.js';
import { TenancyService } from './tenancy/tenancy.service.js';
import { Clock } from './time/clock.js';
import { Pc4AreaRow } from './geo/pc4-area.entity.js';

export const PLATFORM_ENTITIES = [Region, Pc4AreaRow, Organisation, UserAccount, RefreshToken, Invitation, PasswordReset, AuditEvent, OutboxEvent, ProcessedEvent];

const SERVICES = [AuditService, OutboxService, AuthService, SessionRevocations, UsersService, InvitationsService, PasswordResetsService, TenancyService, RateLimiter];

/** Configuration, database and the platform services, shared by the API and the worker. */
@Module({})
export class PlatformModule {
  static forRoot(env?: Env, options: { clock?: Clock } = {}): DynamicModule {
    return {
      module: PlatformModule,
      global: true,
      imports: [
        PlatformConfigModule.forRoot(env),
        DatabaseModule,
        RedisModule,
        TypeOrmModule.forFeature(PLATFORM_ENTITIES),
        JwtModule.registerAsync({
          inject: [APP_CONFIG],
          // A key object made once: given a string, the JWT library tries to read it as a public key on every verification first.
          useFactory: (config: AppConfig) => ({ secret: createSecretKey(Buffer.from(config.jwtSecret, 'utf8')), signOptions: { algorithm: 'HS256' } }),
        }),
      ],
      providers: [...SERVICES, DATA_CIPHER_PROVIDER, KEYED_HASHER_PROVIDER, { provide: Clock, useValue: options.clock ?? new Clock() }],
      exports: [...SERVICES, DataCipher, KeyedHasher, Clock, TypeOrmModule, JwtModule],
    };
  }
}
