import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { dataSourceOptions } from './data-source-options.js';
import type { MigrationClass } from './migration-registry.js';

/** Any constant will do as long as every Startbaan process uses the same one. */
const MIGRATION_LOCK_KEY = 741_302_118;

export class SchemaBehindError extends Error {
  constructor(readonly pending: string[]) {
    super(
      `The database schema is behind: ${pending.length} migration(s) not yet run (${pending.join(', ')}).\n` +
        'Run `npm run migration:run` first, or start with DB_MIGRATE_ON_START=true.',
    );
    this.name = 'SchemaBehindError';
  }
}

export async function pendingMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  try {
    const exists = await runner.hasTable(dataSource.options.migrationsTableName ?? 'migrations');
    const applied = new Set<string>();
    if (exists) {
      const rows: { name: string }[] = await runner.query(
        `SELECT name FROM "${dataSource.options.migrationsTableName}"`,
      );
      rows.forEach((r) => applied.add(r.name));
    }
    return dataSource.migrations.map((m) => m.name ?? m.constructor.name).filter((n) => !applied.has(n));
  } finally {
    await runner.release();
  }
}

/**
 * Runs pending migrations while holding a PostgreSQL advisory lock, so that replicas
 * starting together never race each other.
 */
export async function migrateWithLock(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const done = await dataSource.runMigrations({ transaction: 'each' });
    return done.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}

/** Refuses a schema that is behind, unless told to migrate (as the login `migrator` opens: the schema owner's, when given). */
export async function ensureSchemaCurrent(dataSource: DataSource, migrateOnStart: boolean, migrator: () => Promise<DataSource> = async () => dataSource): Promise<void> {
  const pending = await pendingMigrations(dataSource);
  if (pending.length === 0) return;
  if (!migrateOnStart) throw new SchemaBehindError(pending);
  const owner = await migrator();
  try {
    await migrateWithLock(owner);
  } finally {
    if (owner !== dataSource) await owner.destroy();
  }
}

/**
 * The start-up gate of the API and the worker, before either is built: a schema that is behind
 * stops the start (or, with DB_MIGRATE_ON_START, is migrated as the schema owner's login). It
 * runs on connections of its own, closed again, before the application opens any: a refused
 * start must leave nothing open (a worker's context that fails while it starts is never handed
 * to anyone who could close it). `migrations`: the application's list, from the libs it loads.
 */
export async function checkSchemaAtStart(config: AppConfig, migrations: MigrationClass[]): Promise<void> {
  const dataSource = await new DataSource(dataSourceOptions(config.databaseUrl, 1, { migrations })).initialize();
  const owner = config.databaseMigrationUrl;
  try {
    // Migrations need the schema owner; the application's own login cannot change the schema.
    const migrator = owner && owner !== config.databaseUrl ? () => new DataSource(dataSourceOptions(owner, 2, { migrations })).initialize() : undefined;
    await ensureSchemaCurrent(dataSource, config.dbMigrateOnStart, migrator);
  } finally {
    await dataSource.destroy();
  }
}
