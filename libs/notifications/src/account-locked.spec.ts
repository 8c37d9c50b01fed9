import { accountLockedNotice } from './account-locked.js';
import { renderNoticeEmail } from './notice-email.js';

describe('account locked notice', () => {
  it('says in the reader\'s language that the account is locked, until when (Amsterdam time), and that the right password waits too', () => {
    const notice = accountLockedNotice(new Date('2026-03-02T09:15:00Z'));
    const nl = renderNoticeEmail(notice.title, notice.lines, 'nl', 'https://startbaan.example');
    expect(nl.subject).toBe('Startbaan: Je account is tijdelijk geblokkeerd na te veel mislukte pogingen om in te loggen');
    expect(nl.text).toContain('Je kunt weer inloggen na 2 maart om 10:15 (Nederlandse tijd).');
    expect(nl.text).toContain('ook met het juiste wachtwoord niet');
    const en = renderNoticeEmail(notice.title, notice.lines, 'en', 'https://startbaan.example');
    expect(en.text).toContain('You can sign in again after 2 March at 10:15 (Amsterdam time).');
  });

  it('says the lock is over when it ended before the notice was written', () => {
    expect(accountLockedNotice(null).lines[0]).toEqual({ nl: 'Je kunt inmiddels weer inloggen.', en: 'You can sign in again now.' });
  });
});
