import { Programmes1796400000000 } from './1796400000000-Programmes.js';
import { OpenIntake1796500000000 } from './1796500000000-OpenIntake.js';
import { ProgrammeMonitoring1796600000000 } from './1796600000000-ProgrammeMonitoring.js';
import { ProgrammeChoicesFollowEnlisting1797200000000 } from './1797200000000-ProgrammeChoicesFollowEnlisting.js';
import { MonitoringCellKeys1797300000000 } from './1797300000000-MonitoringCellKeys.js';
import { ResumableAllocationRuns1797520000000 } from './1797520000000-ResumableAllocationRuns.js';
import { ProgrammeEntryPages1797620000000 } from './1797620000000-ProgrammeEntryPages.js';
import type { MigrationClass } from '@startbaan/platform';

/**
 * The programmes lib's migrations, oldest first: frozen text, never edited once run anywhere.
 * `npm run migration:generate -- <Name> --lib programmes` writes a new one here and appends it.
 * The applications run them, with the other libs', in timestamp order (migrationRegistry).
 */
export const PROGRAMME_MIGRATIONS: MigrationClass[] = [
  Programmes1796400000000,
  OpenIntake1796500000000,
  ProgrammeMonitoring1796600000000,
  ProgrammeChoicesFollowEnlisting1797200000000,
  MonitoringCellKeys1797300000000,
  ResumableAllocationRuns1797520000000,
  ProgrammeEntryPages1797620000000,
];
