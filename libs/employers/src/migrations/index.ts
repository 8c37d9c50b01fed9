import { Employers1795700000000 } from './1795700000000-Employers.js';
import { VacancyStatusTimes1796340000000 } from './1796340000000-VacancyStatusTimes.js';
import { VacancySbiCode1797100000000 } from './1797100000000-VacancySbiCode.js';
import { VacancyStatusTimesGiven1797600000000 } from './1797600000000-VacancyStatusTimesGiven.js';
import type { MigrationClass } from '@startbaan/platform';

/**
 * The employers lib's migrations, oldest first: frozen text, never edited once run anywhere.
 * `npm run migration:generate -- <Name> --lib employers` writes a new one here and appends it.
 * The applications run them, with the other libs', in timestamp order (migrationRegistry).
 */
export const EMPLOYER_MIGRATIONS: MigrationClass[] = [
  Employers1795700000000,
  VacancyStatusTimes1796340000000,
  VacancySbiCode1797100000000,
  VacancyStatusTimesGiven1797600000000,
];
