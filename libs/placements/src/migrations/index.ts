import { Proposals1795900000000 } from './1795900000000-Proposals.js';
import { Placements1796000000000 } from './1796000000000-Placements.js';
import { PlacementFollowThrough1796200000000 } from './1796200000000-PlacementFollowThrough.js';
import { ProposeOnce1796700000000 } from './1796700000000-ProposeOnce.js';
import { ProposalMessages1796750000000 } from './1796750000000-ProposalMessages.js';
import { EmployerPseudonyms1796800000000 } from './1796800000000-EmployerPseudonyms.js';
import type { MigrationClass } from '@startbaan/platform';

/**
 * The placements lib's migrations, oldest first: frozen text, never edited once run anywhere.
 * `npm run migration:generate -- <Name> --lib placements` writes a new one here and appends it.
 * The applications run them, with the other libs', in timestamp order (migrationRegistry).
 */
export const PLACEMENT_MIGRATIONS: MigrationClass[] = [
  Proposals1795900000000,
  Placements1796000000000,
  PlacementFollowThrough1796200000000,
  ProposeOnce1796700000000,
  ProposalMessages1796750000000,
  EmployerPseudonyms1796800000000,
];
