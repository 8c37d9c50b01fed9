/** What the forgotten-password e-mail says, in the account's language first, then the other. Pure. */
export interface PasswordResetFacts {
  displayName: string;
  language: 'nl' | 'en';
  expiresAt: string;
}

export function renderPasswordResetEmail(p: PasswordResetFacts, link: string): { subject: string; text: string } {
  const when = (locale: string) => new Date(p.expiresAt).toLocaleString(locale, { timeZone: 'Europe/Amsterdam', dateStyle: 'long', timeStyle: 'short' });
  const nl = [
    `Hallo ${p.displayName},`,
    '',
    'Je vroeg om een nieuw wachtwoord voor Startbaan. Kies het via deze link.',
    `De link werkt één keer, tot ${when('nl-NL')}:`,
    link,
    '',
    'Vroeg je dit niet? Dan hoef je niets te doen. Je wachtwoord blijft zoals het is.',
  ];
  const en = [
    `Hello ${p.displayName},`,
    '',
    'You asked for a new Startbaan password. Choose it with this link.',
    `The link works once, until ${when('en-GB')}:`,
    link,
    '',
    'Did you not ask for this? Then there is nothing to do. Your password stays as it is.',
  ];
  const [first, second] = p.language === 'en' ? [en, nl] : [nl, en];
  return {
    subject: p.language === 'en' ? 'Your new Startbaan password / Je nieuwe wachtwoord' : 'Je nieuwe wachtwoord voor Startbaan / Your new password',
    text: [...first, '', '---', '', ...second].join('\n'),
  };
}
