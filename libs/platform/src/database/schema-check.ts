import type { DataSource } from 'typeorm';

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

/** At start-up: refuse a schema that is behind, unless told to migrate (as `migrator`, the schema owner's login, when given). */
export async function ensureSchemaCurrent(dataSource: DataSource, migrateOnStart: boolean, migrator: DataSource = dataSource): Promise<void> {
  const pending = await pendingMigrations(dataSource);
  if (pending.length === 0) return;
  if (!migrateOnStart) throw new SchemaBehindError(pending);
  await migrateWithLock(migrator);
}
