import { nameTheYouth, renderNoticeEmail } from './notice-email.js';
import { isYouthsContact } from './notifier.js';

describe("naming the youth in an e-mail to the youth's own contact person", () => {
  const mail = renderNoticeEmail(
    { nl: 'Kandidaat TFWX – "Vakkenvuller": in contact gebracht', en: 'Candidate TFWX – "Vakkenvuller": introduced' },
    [{ nl: 'Kandidaat TFWX heeft morgen een gesprek.', en: 'Candidate TFWX has an interview tomorrow.' }],
    'nl',
    'https://startbaan.test',
  );

  it('puts the first name where the pseudonym stood, in Dutch and in English, every time it occurs', () => {
    expect(nameTheYouth(mail.text, 'Kandidaat TFWX', 'Sami')).toContain('Sami – "Vakkenvuller": in contact gebracht');
    expect(nameTheYouth(mail.text, 'Kandidaat TFWX', 'Sami')).toContain('Sami heeft morgen een gesprek.');
    expect(nameTheYouth(mail.text, 'Kandidaat TFWX', 'Sami')).not.toContain('TFWX');
    expect(nameTheYouth('Candidate TFWX – "Shelf stacker": introduced', 'Kandidaat TFWX', 'Sami')).toBe('Sami – "Shelf stacker": introduced');
  });

  it("leaves another youth's pseudonym, a longer code and text without one as they are", () => {
    expect(nameTheYouth('Kandidaat TFWXY en Kandidaat ABCD', 'Kandidaat TFWX', 'Sami')).toBe('Kandidaat TFWXY en Kandidaat ABCD');
    expect(nameTheYouth('Nieuw bericht', 'Kandidaat TFWX', 'Sami')).toBe('Nieuw bericht');
    // A pseudonym or name missing (an erased youth): nothing is replaced.
    expect(nameTheYouth('Kandidaat TFWX', 'Kandidaat ', 'Sami')).toBe('Kandidaat TFWX');
    expect(nameTheYouth('Kandidaat TFWX', 'Kandidaat TFWX', '')).toBe('Kandidaat TFWX');
  });

  it("names the youth only to its contact: a coach of its organisation, or WSP staff when it came through open intake", () => {
    const org = 'org-a';
    expect(isYouthsContact({ role: 'coach', organisation_id: org }, org)).toBe(true);
    expect(isYouthsContact({ role: 'coach', organisation_id: 'org-b' }, org)).toBe(false);
    // WSP staff see a coached youth's profile, not its identity (a programme's proposal they published).
    expect(isYouthsContact({ role: 'wsp_staff', organisation_id: 'wsp' }, org)).toBe(false);
    expect(isYouthsContact({ role: 'wsp_staff', organisation_id: 'wsp' }, null)).toBe(true);
    expect(isYouthsContact({ role: 'coach', organisation_id: org }, null)).toBe(false);
    expect(isYouthsContact({ role: 'admin', organisation_id: 'wsp' }, null)).toBe(false);
    expect(isYouthsContact({ role: 'employer', organisation_id: org }, org)).toBe(false);
  });
});
