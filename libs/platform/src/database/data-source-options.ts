import type { DataSourceOptions, Logger } from 'typeorm';
import { MIGRATIONS } from './migrations/index.js';
import { TypeOrmLogAdapter } from './typeorm-logger.js';

export const MIGRATIONS_TABLE = 'typeorm_migrations';

/** Options shared by the apps, the command line and the tests. `synchronize` is never on. */
export function dataSourceOptions(databaseUrl: string, poolSize = 10, logger: Logger = new TypeOrmLogAdapter()): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsRun: false,
    migrations: MIGRATIONS,
    migrationsTableName: MIGRATIONS_TABLE,
    migrationsTransactionMode: 'each',
    extra: { max: poolSize, application_name: 'startbaan' },
    // TypeORM's console loggers print a failed statement's parameters: ours never does.
    logger,
  };
}
