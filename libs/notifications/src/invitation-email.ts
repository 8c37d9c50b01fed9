import type { InvitationFacts, Role } from '@startbaan/platform';

const ROLE_NL: Record<Role, string> = { coach: 'jongerencoach', employer: 'werkgever', wsp_staff: 'medewerker WSP', admin: 'beheerder' };
const ROLE_EN: Record<Role, string> = { coach: 'youth coach', employer: 'employer', wsp_staff: 'WSP staff member', admin: 'administrator' };

/** The invitation e-mail, Dutch first, then English. Pure: easy to read and to test. */
export function renderInvitationEmail(p: InvitationFacts, link: string): { subject: string; text: string } {
  const until = new Date(p.expiresAt).toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'long', timeStyle: 'short' });
  const untilEn = new Date(p.expiresAt).toLocaleString('en-GB', { timeZone: 'Europe/Amsterdam', dateStyle: 'long', timeStyle: 'short' });
  return {
    subject: `Uitnodiging voor Startbaan / Invitation to Startbaan — ${p.organisationName}`,
    text: [
      `Hallo ${p.displayName},`,
      '',
      `Je bent uitgenodigd om als ${ROLE_NL[p.role]} van ${p.organisationName} mee te doen aan Startbaan.`,
      `Kies je wachtwoord via deze link (geldig tot ${until}, één keer te gebruiken):`,
      link,
      '',
      '---',
      '',
      `Hello ${p.displayName},`,
      '',
      `You have been invited to join Startbaan as ${ROLE_EN[p.role]} of ${p.organisationName}.`,
      `Choose your password with this link (valid until ${untilEn}, single use):`,
      link,
    ].join('\n'),
  };
}

/**
 * To an address that has a Startbaan account already (in another region): no link, and nothing
 * the inviter could learn from; the holder knows where to sign in.
 */
export function renderInvitationToAccountHolder(p: InvitationFacts): { subject: string; text: string } {
  return {
    subject: `Uitnodiging voor Startbaan / Invitation to Startbaan — ${p.organisationName}`,
    text: [
      `Hallo ${p.displayName},`,
      '',
      `${p.organisationName} nodigde dit e-mailadres uit voor Startbaan. Je hebt met dit adres al een account, dus je hoeft niets te doen: log in zoals je gewend bent.`,
      `Wil je ook voor ${p.organisationName} werken? Vraag dan om een uitnodiging op een ander e-mailadres.`,
      '',
      '---',
      '',
      `Hello ${p.displayName},`,
      '',
      `${p.organisationName} invited this e-mail address to Startbaan. You already have an account with this address, so there is nothing to do: sign in as usual.`,
      `Want to work for ${p.organisationName} too? Ask for an invitation to another e-mail address.`,
    ].join('\n'),
  };
}
