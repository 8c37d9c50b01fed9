import { EmailSentAfterCommit1797520000001 } from './1797520000001-EmailSentAfterCommit.js';
import type { MigrationClass } from '@startbaan/platform';

/**
 * The notifications lib's migrations, oldest first: frozen text, never edited once run anywhere.
 * `npm run migration:generate -- <Name> --lib notifications` writes a new one here and appends it.
 * The applications run them, with the other libs', in timestamp order (migrationRegistry).
 * The tables this lib reads were made with the changes that first needed them (email_message
 * in platform's Foundation, inbox_item in matching's Matching, sms_message in programmes'
 * OpenIntake, task in placements' PlacementFollowThrough); later changes to them live here.
 */
export const NOTIFICATION_MIGRATIONS: MigrationClass[] = [EmailSentAfterCommit1797520000001];
