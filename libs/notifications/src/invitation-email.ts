import type { InvitationCreatedPayload, Role } from '@startbaan/platform';

const ROLE_NL: Record<Role, string> = { coach: 'jongerencoach', employer: 'werkgever', wsp_staff: 'medewerker WSP', admin: 'beheerder' };
const ROLE_EN: Record<Role, string> = { coach: 'youth coach', employer: 'employer', wsp_staff: 'WSP staff member', admin: 'administrator' };

/** The invitation e-mail, Dutch first, then English. Pure: easy to read and to test. */
export function renderInvitationEmail(p: InvitationCreatedPayload, link: string): { subject: string; text: string } {
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
