import type { Bilingual } from '@startbaan/notifications';

/** Who the youth turns to about a proposal: the own coach, or the WSP for a youth from open intake. */
export type YouthContact = 'coach' | 'wsp';

/** What an interview reminder to the youth is about. */
export interface YouthReminderFacts {
  firstName: string;
  employerName: string;
  title: string;
  soon: Bilingual;
  when: Bilingual;
  where: Bilingual;
  vog: Bilingual;
  contact: YouthContact;
}

/**
 * Whom the youth tells when the interview does not work out. A youth from open intake has no
 * coach: "your coach" would send it looking for someone who is not there.
 */
export function youthContactLine(contact: YouthContact): Bilingual {
  return contact === 'wsp'
    ? { nl: 'Lukt het niet of heb je vragen? Laat het je contactpersoon bij het Werkgeversservicepunt weten.', en: "Can't make it, or any questions? Let your contact person at the WSP (employer service point) know." }
    : { nl: 'Lukt het niet of heb je vragen? Laat het je coach weten.', en: "Can't make it, or any questions? Let your coach know." };
}

/** The interview reminder to the youth's own e-mail, in Dutch and English (the youth has no account, so no language). Pure. */
export function renderYouthInterviewReminder(f: YouthReminderFacts): { subject: string; text: string } {
  const ask = youthContactLine(f.contact);
  return {
    subject: `Herinnering: je gesprek bij ${f.employerName} / Reminder: your interview at ${f.employerName}`,
    text: [
      `Hoi ${f.firstName},`,
      '',
      `Je sollicitatiegesprek bij ${f.employerName} ("${f.title}") is ${f.soon.nl}: ${f.when.nl}, ${f.where.nl}.`,
      f.vog.nl,
      `${ask.nl} Succes!`,
      '',
      '---',
      '',
      `Hi ${f.firstName},`,
      '',
      `Your interview at ${f.employerName} ("${f.title}") is ${f.soon.en}: ${f.when.en}, ${f.where.en}.`,
      f.vog.en,
      `${ask.en} Good luck!`,
    ].join('\n'),
  };
}
