import { EMPLOYER_MIGRATIONS } from '@startbaan/employers';
import { MATCHING_MIGRATIONS } from '@startbaan/matching';
import { NOTIFICATION_MIGRATIONS } from '@startbaan/notifications';
import { PLACEMENT_MIGRATIONS } from '@startbaan/placements';
import { migrationRegistry, PLATFORM_MIGRATIONS } from '@startbaan/platform';
import { PROGRAMME_MIGRATIONS } from '@startbaan/programmes';
import { YOUTH_MIGRATIONS } from '@startbaan/youth';

/** The migrations of every lib the API loads, in timestamp order: what it checks the schema against and the command line runs. */
export const API_MIGRATIONS = migrationRegistry(
  PLATFORM_MIGRATIONS,
  NOTIFICATION_MIGRATIONS,
  YOUTH_MIGRATIONS,
  EMPLOYER_MIGRATIONS,
  MATCHING_MIGRATIONS,
  PLACEMENT_MIGRATIONS,
  PROGRAMME_MIGRATIONS,
);
