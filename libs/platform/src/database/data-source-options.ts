import type { DataSourceOptions, Logger } from 'typeorm';
import type { MigrationClass } from './migration-registry.js';
import { TypeOrmLogAdapter } from './typeorm-logger.js';

export const MIGRATIONS_TABLE = 'typeorm_migrations';

export interface DataSourceExtras {
  /** TypeORM's console loggers print a failed statement's parameters: ours (the default) never does. */
  logger?: Logger;
  /** What the application migrates with and checks the schema against: migrationRegistry over the libs it loads. */
  migrations?: MigrationClass[];
}

/** Options shared by the apps, the command line and the tests. `synchronize` is never on. */
export function dataSourceOptions(databaseUrl: string, poolSize = 10, { logger = new TypeOrmLogAdapter(), migrations = [] }: DataSourceExtras = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsRun: false,
    migrations,
    migrationsTableName: MIGRATIONS_TABLE,
    migrationsTransactionMode: 'each',
    extra: { max: poolSize, application_name: 'startbaan' },
    logger,
  };
}
