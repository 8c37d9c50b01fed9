import type { MigrationInterface } from 'typeorm';
import { type MigrationClass, migrationRegistry, migrationTimestamp } from './migration-registry.js';

const migration = (name: string): MigrationClass => {
  const cls = class implements MigrationInterface {
    async up(): Promise<void> {}
    async down(): Promise<void> {}
  };
  Object.defineProperty(cls, 'name', { value: name });
  return cls;
};

describe('migrationRegistry', () => {
  const a = migration('Foundation1795426329098');
  const b = migration('Youth1795600000000');
  const c = migration('Employers1795700000000');
  const d = migration('PasswordReset1797400000000');

  it('puts the libs’ lists in one timestamp order, whatever order the libs come in', () => {
    expect(migrationRegistry([b, d], [c], [a])).toEqual([a, b, c, d]);
    expect(migrationRegistry([a, c], [b, d])).toEqual([a, b, c, d]);
    expect(migrationRegistry([], [d, a])).toEqual([a, d]);
  });

  it('keeps a migration listed twice once (two apps may share a lib)', () => {
    expect(migrationRegistry([a, b], [b])).toEqual([a, b]);
  });

  it('refuses two migrations with one timestamp: TypeORM would run them in either order', () => {
    expect(() => migrationRegistry([b], [migration('Other1795600000000')])).toThrow('Youth1795600000000 and Other1795600000000 share the timestamp 1795600000000');
  });

  it('refuses a migration whose name does not end in a 13-digit timestamp', () => {
    expect(() => migrationRegistry([migration('NoStamp')])).toThrow('NoStamp has no 13-digit timestamp');
    expect(() => migrationTimestamp(migration('Short123456789012'))).toThrow('13-digit');
    expect(migrationTimestamp(d)).toBe('1797400000000');
  });
});
