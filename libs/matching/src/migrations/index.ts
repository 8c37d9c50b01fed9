import { Matching1795800000000 } from './1795800000000-Matching.js';
import { MatchingYouths1796100000000 } from './1796100000000-MatchingYouths.js';
import { DropYouthTravelIndex1797610000000 } from './1797610000000-DropYouthTravelIndex.js';
import type { MigrationClass } from '@startbaan/platform';

/**
 * The matching lib's migrations, oldest first: frozen text, never edited once run anywhere.
 * `npm run migration:generate -- <Name> --lib matching` writes a new one here and appends it.
 * The applications run them, with the other libs', in timestamp order (migrationRegistry).
 */
export const MATCHING_MIGRATIONS: MigrationClass[] = [
  Matching1795800000000,
  MatchingYouths1796100000000,
  DropYouthTravelIndex1797610000000,
];
