import { renderYouthInterviewReminder, type YouthContact, youthContactLine } from './youth-reminder.js';

const facts = (contact: YouthContact) =>
  renderYouthInterviewReminder({
    firstName: 'Isa',
    employerName: 'Bakkerij de Korenaar',
    title: 'Zomerhulp',
    soon: { nl: 'morgen', en: 'tomorrow' },
    when: { nl: 'dinsdag 6 juli 10:00', en: 'Tuesday 6 July 10:00' },
    where: { nl: 'plaats: Hoofdstraat 1', en: 'place: Hoofdstraat 1' },
    vog: { nl: 'Voor dit werk is geen VOG nodig.', en: 'This work needs no VOG.' },
    contact,
  });

describe('the interview reminder to the youth', () => {
  it('sends a youth from open intake to its contact person at the WSP, never to a coach it does not have', () => {
    const mail = facts('wsp');
    expect(mail.text).toContain('Laat het je contactpersoon bij het Werkgeversservicepunt weten. Succes!');
    expect(mail.text).toContain('Let your contact person at the WSP (employer service point) know. Good luck!');
    expect(`${mail.subject}\n${mail.text}`).not.toMatch(/coach/i);
  });

  it('still sends a coached youth to its coach', () => {
    const mail = facts('coach');
    expect(mail.text).toContain('Laat het je coach weten. Succes!');
    expect(mail.text).toContain('Let your coach know. Good luck!');
    expect(mail.text).not.toMatch(/Werkgeversservicepunt|WSP/);
  });

  it('says the same in both mails apart from whom to tell', () => {
    const strip = (text: string, contact: YouthContact) => text.replace(youthContactLine(contact).nl, '').replace(youthContactLine(contact).en, '');
    expect(strip(facts('wsp').text, 'wsp')).toBe(strip(facts('coach').text, 'coach'));
    expect(facts('wsp').subject).toBe(facts('coach').subject);
  });
});
