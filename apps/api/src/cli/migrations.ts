import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataSourceOptions, migrateWithLock, pendingMigrations } from '@startbaan/platform';
import { DataSource } from 'typeorm';
import { ALL_ENTITIES } from './schema.js';

const MIGRATIONS_DIR = 'libs/platform/src/database/migrations';

export async function withDataSource<T>(databaseUrl: string, fn: (ds: DataSource) => Promise<T>): Promise<T> {
  const ds = new DataSource({ ...dataSourceOptions(databaseUrl, 2), entities: ALL_ENTITIES });
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

/**
 * Writes a migration with the SQL that brings the database (which must be fully migrated)
 * in line with the entities, and registers it in the migrations index.
 */
export async function migrationGenerate(databaseUrl: string, name: string, cwd = process.cwd()): Promise<string | null> {
  if (!/^[A-Z][A-Za-z0-9]{2,60}$/.test(name)) throw new Error('The migration name must be PascalCase, e.g. AddVacancies.');
  const pending = await migrationShow(databaseUrl);
  if (pending.length) throw new Error(`Run the pending migrations first (${pending.join(', ')}).`);
  const sql = await withDataSource(databaseUrl, (ds) => ds.driver.createSchemaBuilder().log());
  if (sql.upQueries.length === 0) return null;
  const stamp = Date.now();
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
  const dir = join(cwd, MIGRATIONS_DIR);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${file}.ts`), body);
  const indexPath = join(dir, 'index.ts');
  const index = readFileSync(indexPath, 'utf8');
  const withImport = `import { ${className} } from './${file}.js';\n${index}`;
  const updated = withImport.replace(/export const MIGRATIONS[^\n]*?= \[([\s\S]*?)\];/, (_m, list: string) => {
    const items = list.split(',').map((s) => s.trim()).filter(Boolean);
    items.push(className);
    return `export const MIGRATIONS: (new () => unknown)[] = [\n${items.map((i) => `  ${i},`).join('\n')}\n];`;
  });
  writeFileSync(indexPath, updated);
  return join(MIGRATIONS_DIR, `${file}.ts`);
}
