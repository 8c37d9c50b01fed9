import type { MigrationInterface } from 'typeorm';

/** A migration class as a lib lists it: `<Name><13-digit timestamp>`, e.g. `Youth1795600000000`. */
export type MigrationClass = new () => MigrationInterface;

const STAMPED = /^[A-Z][A-Za-z0-9]*?(\d{13})$/;

/** The timestamp a migration's class name ends with (TypeORM reads the same digits). */
export function migrationTimestamp(migration: MigrationClass): string {
  const stamp = STAMPED.exec(migration.name)?.[1];
  if (!stamp) throw new Error(`Migration ${migration.name} has no 13-digit timestamp at the end of its name.`);
  return stamp;
}

/**
 * One ordered list of migrations from the lists of the libs an application loads. Each lib keeps
 * its own migrations (libs/<lib>/src/migrations); this puts them in timestamp order, so a
 * migration may rely on every earlier one whatever lib holds it. Two migrations with one name or
 * one timestamp are refused: TypeORM would run only one of them, or run them in either order.
 */
export function migrationRegistry(...libs: readonly (readonly MigrationClass[])[]): MigrationClass[] {
  const byStamp = new Map<string, MigrationClass>();
  for (const migration of libs.flat()) {
    const stamp = migrationTimestamp(migration);
    const other = byStamp.get(stamp);
    if (other === migration) continue;
    if (other) throw new Error(`Migrations ${other.name} and ${migration.name} share the timestamp ${stamp}.`);
    byStamp.set(stamp, migration);
  }
  return [...byStamp.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, migration]) => migration);
}
