import { Global, Inject, Injectable, Logger, Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { dataSourceOptions } from './data-source-options.js';
import { usePreparedStatements } from './prepared-statements.js';
import { APP_ROLE, loginPrivileges, useSessionRoles } from './session-role.js';

/** Warns when the application's login could do everything (the schema itself is checked before the application is built: checkSchemaAtStart). */
@Injectable()
class LoginCheck implements OnModuleInit {
  private readonly logger = new Logger('database');

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    const login = await loginPrivileges(this.dataSource);
    if (login.superuser || login.ownsTables) {
      const why = login.superuser ? 'a superuser' : 'the owner of the schema';
      const text = `The database login "${login.name}" is ${why}: the employer role and the grants cannot protect anything while the application can do everything. Give the API and the worker a login that is a member of ${APP_ROLE} and owns nothing (README, security).`;
      if (this.config.nodeEnv === 'production') this.logger.warn(text);
      else this.logger.debug(text);
    }
  }
}

/** Every connection keeps the statements it ran prepared (DB_PREPARED_STATEMENTS), from before the first request. */
@Injectable()
class PreparedStatements implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    usePreparedStatements(this.dataSource, this.config.dbPreparedStatements);
  }
}

/**
 * A connection that takes longer than DB_CONNECT_TIMEOUT_MS is given up (a request waiting for
 * one of the pool's gets the same bound): while PostgreSQL is away a request is answered 503
 * within that time instead of hanging. A statement that runs or waits for a lock longer than
 * DB_STATEMENT_TIMEOUT_MS is cancelled by PostgreSQL itself (a connection setting, so every
 * statement of the API and the worker has it; migrations, run by the command line, do not), and
 * the request is answered 503 `timeout` with Retry-After.
 */
function withTimeouts(options: DataSourceOptions, config: AppConfig): DataSourceOptions {
  const statement = config.dbStatementTimeoutMs > 0 ? { statement_timeout: config.dbStatementTimeoutMs } : {};
  return { ...options, extra: { ...(options.extra as object), connectionTimeoutMillis: config.dbConnectTimeoutMs, ...statement } } as DataSourceOptions;
}

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        ...withTimeouts(dataSourceOptions(config.databaseUrl, config.dbPoolSize), config),
        autoLoadEntities: true,
        retryAttempts: 3,
        retryDelay: 1000,
      }),
      // Every connection runs as the role of the request it serves (an employer's: EMPLOYER_ROLE).
      dataSourceFactory: async (options) => {
        const dataSource = await new DataSource(options!).initialize();
        useSessionRoles(dataSource);
        return dataSource;
      },
    }),
  ],
  providers: [PreparedStatements, LoginCheck],
})
export class DatabaseModule {}
