import { NOTIFICATION_ENTITIES } from '@startbaan/notifications';
import { PLATFORM_ENTITIES } from '@startbaan/platform';
import { EMPLOYER_ENTITIES } from '@startbaan/employers';
import { YOUTH_ENTITIES } from '@startbaan/youth';

/** Every entity of every lib: what `migration:generate` compares the database with. */
export const ALL_ENTITIES = [...PLATFORM_ENTITIES, ...NOTIFICATION_ENTITIES, ...YOUTH_ENTITIES, ...EMPLOYER_ENTITIES];
