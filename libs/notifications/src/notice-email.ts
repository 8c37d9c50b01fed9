export type Language = 'nl' | 'en';
export interface Bilingual {
  nl: string;
  en: string;
}

/**
 * The e-mail for one notice, in the recipient's language. It says what happened (the notice's
 * title, which is written for that recipient) and where to look; nothing from the notice's data
 * is added, so an e-mail never carries more than the in-app title does.
 */
export function renderNoticeEmail(title: Bilingual, lines: Bilingual[] | undefined, language: Language, publicUrl: string): { subject: string; text: string } {
  const t = (b: Bilingual) => b[language];
  const body = [
    language === 'nl' ? 'Hallo,' : 'Hello,',
    '',
    t(title),
    ...(lines?.length ? ['', ...lines.map(t)] : []),
    '',
    language === 'nl' ? `Bekijk het in Startbaan: ${publicUrl}` : `See it in Startbaan: ${publicUrl}`,
    '',
    language === 'nl'
      ? 'Je krijgt deze e-mail omdat je een account bij Startbaan hebt.'
      : 'You receive this e-mail because you have a Startbaan account.',
  ];
  return { subject: `Startbaan: ${t(title)}`.slice(0, 200), text: body.join('\n') };
}

/**
 * The text as sent to the youth's own contact person: the youth's pseudonym ("Kandidaat TFWX",
 * in English "Candidate TFWX") replaced by the first name they know the youth by. Only the
 * message that leaves is named; what the e-mail log and the inbox keep stays pseudonymous.
 */
export function nameTheYouth(text: string, pseudonym: string, firstName: string): string {
  const code = pseudonym.replace(/^Kandidaat /, '');
  if (!code || !firstName) return text;
  const escaped = code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.replace(new RegExp(`\\b(?:Kandidaat|Candidate) ${escaped}\\b`, 'g'), firstName);
}
