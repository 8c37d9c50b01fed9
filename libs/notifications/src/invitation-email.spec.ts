import { renderInvitationEmail } from './invitation-email.js';

const payload = {
  invitationId: 'i',
  email: 'sam@startbaan.test',
  displayName: 'Sam',
  role: 'coach' as const,
  organisationName: 'Jongerenwerk De Brug',
  inviteUrl: 'http://x/invitations/accept#token=secret',
  expiresAt: '2026-12-01T10:00:00.000Z',
};

describe('invitation e-mail', () => {
  it('says in Dutch and English who invites whom, as what, and until when', () => {
    const m = renderInvitationEmail(payload, payload.inviteUrl);
    expect(m.subject).toBe('Uitnodiging voor Startbaan / Invitation to Startbaan — Jongerenwerk De Brug');
    expect(m.text).toContain('als jongerencoach van Jongerenwerk De Brug');
    expect(m.text).toContain('as youth coach of Jongerenwerk De Brug');
    expect(m.text).toContain('1 december 2026 om 11:00');
    expect(m.text.match(/#token=secret/g)).toHaveLength(2);
  });

  it('can be rendered without the link, for the log', () => {
    expect(renderInvitationEmail(payload, '[invitation link]').text).not.toContain('secret');
  });
});
