import { Foundation1795426329098 } from './1795426329098-Foundation.js';
import { LeastPrivilege1796900000000 } from './1796900000000-LeastPrivilege.js';
import { JobsCarryIds1797000000000 } from './1797000000000-JobsCarryIds.js';
import { OutboxNotify1797160000000 } from './1797160000000-OutboxNotify.js';
import { PasswordReset1797400000000 } from './1797400000000-PasswordReset.js';
import { OutboxRedrive1797640000000 } from './1797640000000-OutboxRedrive.js';
import type { MigrationClass } from '../database/migration-registry.js';

/**
 * The platform lib's migrations, oldest first: frozen text, never edited once run anywhere.
 * `npm run migration:generate -- <Name> --lib platform` writes a new one here and appends it.
 * The applications run them, with the other libs', in timestamp order (migrationRegistry).
 */
export const PLATFORM_MIGRATIONS: MigrationClass[] = [
  Foundation1795426329098,
  LeastPrivilege1796900000000,
  JobsCarryIds1797000000000,
  OutboxNotify1797160000000,
  PasswordReset1797400000000,
  OutboxRedrive1797640000000,
];
