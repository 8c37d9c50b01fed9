import { Youth1795600000000 } from './1795600000000-Youth.js';
import { Pc4MunicipalityNames1797530000000 } from './1797530000000-Pc4MunicipalityNames.js';
import { ConsentsByYouth1797630000000 } from './1797630000000-ConsentsByYouth.js';
import type { MigrationClass } from '@startbaan/platform';

/**
 * The youth lib's migrations, oldest first: frozen text, never edited once run anywhere.
 * `npm run migration:generate -- <Name> --lib youth` writes a new one here and appends it.
 * The applications run them, with the other libs', in timestamp order (migrationRegistry).
 */
export const YOUTH_MIGRATIONS: MigrationClass[] = [
  Youth1795600000000,
  Pc4MunicipalityNames1797530000000,
  ConsentsByYouth1797630000000,
];
