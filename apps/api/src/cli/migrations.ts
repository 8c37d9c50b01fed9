import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataSourceOptions, migrateWithLock, migrationTimestamp, pendingMigrations } from '@startbaan/platform';
import { DataSource } from 'typeorm';
import { API_MIGRATIONS } from '../migrations.js';
import { ALL_ENTITIES } from './schema.js';

/** The libs that keep migrations, each in libs/<lib>/src/migrations with an index.ts listing them. */
export const MIGRATION_LIBS = ['platform', 'notifications', 'youth', 'employers', 'matching', 'placements', 'programmes'] as const;
export type MigrationLib = (typeof MIGRATION_LIBS)[number];

export async function withDataSource<T>(databaseUrl: string, fn: (ds: DataSource) => Promise<T>): Promise<T> {
  const ds = new DataSource({ ...dataSourceOptions(databaseUrl, 2, { migrations: API_MIGRATIONS }), entities: ALL_ENTITIES });
  await ds.initialize();
  try {
    return await fn(ds);
  } finally {
    await ds.destroy();
  }
}

export async function migrationRun(databaseUrl: string): Promise<string[]> {
  return withDataSource(databaseUrl, migrateWithLock);
}

export async function migrationRevert(databaseUrl: string): Promise<void> {
  await withDataSource(databaseUrl, (ds) => ds.undoLastMigration({ transaction: 'each' }));
}

export async function migrationShow(databaseUrl: string): Promise<string[]> {
  return withDataSource(databaseUrl, pendingMigrations);
}

const q = (sql: string): string => '`' + sql.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';

/** What `migration:generate` would write: the SQL that brings a database in line with every lib's entities (none when they agree). */
export async function schemaDifference(databaseUrl: string): Promise<Awaited<ReturnType<ReturnType<DataSource['driver']['createSchemaBuilder']>['log']>>> {
  return withDataSource(databaseUrl, (ds) => ds.driver.createSchemaBuilder().log());
}

/**
 * Writes a migration into the given lib (libs/<lib>/src/migrations) with the SQL that brings the
 * database (which must be fully migrated) in line with the entities, and appends it to that lib's
 * list. The applications pick it up from the list (migrationRegistry orders it by timestamp).
 */
export async function migrationGenerate(databaseUrl: string, name: string, lib: string, cwd = process.cwd()): Promise<string | null> {
  if (!/^[A-Z][A-Za-z0-9]{2,60}$/.test(name)) throw new Error('The migration name must be PascalCase, e.g. AddVacancies.');
  if (!(MIGRATION_LIBS as readonly string[]).includes(lib)) throw new Error(`Say which lib the migration belongs to: --lib ${MIGRATION_LIBS.join('|')}.`);
  const dir = join('libs', lib, 'src', 'migrations');
  const indexPath = join(cwd, dir, 'index.ts');
  if (!existsSync(indexPath)) throw new Error(`${join(dir, 'index.ts')} is missing.`);
  const pending = await migrationShow(databaseUrl);
  if (pending.length) throw new Error(`Run the pending migrations first (${pending.join(', ')}).`);
  const sql = await schemaDifference(databaseUrl);
  if (sql.upQueries.length === 0) return null;
  // After every migration there is: TypeORM runs them by timestamp, and a new one must run last.
  const stamp = Math.max(Date.now(), ...API_MIGRATIONS.map((m) => Number(migrationTimestamp(m)) + 1));
  const className = `${name}${stamp}`;
  const file = `${stamp}-${name}`;
  const body = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${sql.upQueries.map((u) => `    await queryRunner.query(${q(u.query)}${u.parameters?.length ? `, ${JSON.stringify(u.parameters)}` : ''});`).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${sql.downQueries.reverse().map((d) => `    await queryRunner.query(${q(d.query)}${d.parameters?.length ? `, ${JSON.stringify(d.parameters)}` : ''});`).join('\n')}
  }
}
`;
  const index = readFileSync(indexPath, 'utf8');
  const list = /(export const [A-Z_]+_MIGRATIONS: MigrationClass\[\] = )\[([\s\S]*?)\];/;
  if (!list.test(index)) throw new Error(`${join(dir, 'index.ts')} has no <LIB>_MIGRATIONS list to append to.`);
  writeFileSync(join(cwd, dir, `${file}.ts`), body);
  const withImport = `import { ${className} } from './${file}.js';\n${index}`;
  const updated = withImport.replace(list, (_m, head: string, items: string) => {
    const names = items.split(',').map((i) => i.trim()).filter(Boolean);
    names.push(className);
    return `${head}[\n${names.map((i) => `  ${i},`).join('\n')}\n];`;
  });
  writeFileSync(indexPath, updated);
  return join(dir, `${file}.ts`);
}
