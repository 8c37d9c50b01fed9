import type { ProposalState } from '../proposal-flow.js';

/**
 * The message thread of a proposal: the employer on one side, the youth's contact person on
 * the other. Pure: no Nest, no TypeORM.
 */

export const THREAD_SIDES = ['employer', 'contact'] as const;
export type ThreadSide = (typeof THREAD_SIDES)[number];

/** The longest message (the database checks it too). */
export const MESSAGE_MAX_LENGTH = 2000;

/** Both sides write from the introduction until the placement ends. */
export const THREAD_WRITABLE: readonly ProposalState[] = ['introduced', 'interview_planned', 'interviewed', 'offered', 'accepted', 'placed'];

export type ThreadAccess = 'none' | 'read' | 'write';

/**
 * What a thread allows in a proposal's state. There is none before the introduction (the
 * employer has no one to write to yet, and a thread would say that a youth agreed). Once the
 * proposal closes (declined, withdrawn, completed, ended early) after an introduction, it stays
 * readable, as a record of what was agreed, and takes no new messages. Whether the employer may
 * still see a withdrawn proposal at all is not the thread's rule: it may not, as for the
 * proposal itself.
 */
export function threadAccess(state: ProposalState, wasIntroduced: boolean): ThreadAccess {
  if (THREAD_WRITABLE.includes(state)) return 'write';
  return wasIntroduced ? 'read' : 'none';
}

/** A text in Dutch and English (the shape of the notifications' Bilingual). */
type Bilingual = { nl: string; en: string };

/**
 * How the contact person signs to the employer: by the youth's first name, which the employer
 * has since the introduction, and nothing else (never a coach, an organisation or an address).
 */
export function contactSignature(firstName: string | null): Bilingual {
  return firstName
    ? { nl: `Contactpersoon van ${firstName}`, en: `Contact person of ${firstName}` }
    : { nl: 'Contactpersoon van de kandidaat', en: "The candidate's contact person" };
}

/** How the employer's messages are signed to the contact person: the user and the employer. */
export const employerSignature = (displayName: string, employerName: string): Bilingual => {
  const s = `${displayName} (${employerName})`;
  return { nl: s, en: s };
};

/** Where the thread is, for the introduction and the notices. */
export const threadPath = (proposalId: string): string => `/proposals/${proposalId}/messages`;
