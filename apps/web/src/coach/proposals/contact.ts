import { useClaims } from '../../api/queries';
import type { useT } from '../../i18n/i18n';
import { type Consent, useContactConsents } from '../api';

// The coach's proposal and placement pages serve WSP staff too: they are the contact person of a
// youth from open intake, who has no coach, and take its steps.

/** How a proposal's youth is named to WSP staff, who know only the pseudonym: "Kandidaat 7KQ2", "Candidate 7KQ2". */
export const anonymous = (t: ReturnType<typeof useT>, pseudonym: string): string => t('candidate.anonymous', { code: pseudonym.replace(/^Kandidaat\s+/i, '') });

/**
 * Whether the reader is the youth's contact person, who takes the youth's steps: a coach always
 * (a coach sees the own organisation's proposals only); WSP staff for a youth from open intake,
 * the one youth whose consents the API gives them (a coached youth's answer 404, an admin's 403).
 */
export function useContactPerson(youthId: string | undefined): { coach: boolean; contact: boolean; pending: boolean; consents: Consent[] | undefined } {
  const coach = useClaims().role === 'coach';
  const consents = useContactConsents(youthId, !coach);
  return { coach, contact: coach || consents.isSuccess, pending: !coach && (!youthId || consents.isPending), consents: consents.data };
}
