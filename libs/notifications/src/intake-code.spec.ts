import { randomBytes } from 'node:crypto';
import { DataCipher } from '@startbaan/platform';
import { openIntakeCode, renderIntakeCodeEmail, renderIntakeCodeSms, sealIntakeCode } from './intake-code.js';

const facts = { signupId: 's-1', programmeName: 'Zomerbaan 2027', channel: 'email' as const, expiresAt: '2027-05-03T10:15:00.000Z' };

describe('intake code message', () => {
  const cipher = new DataCipher([{ id: 'k1', key: randomBytes(32) }]);

  it('keeps the code only encrypted, and only for its own sign-up', () => {
    const sealed = sealIntakeCode(cipher, 's-1', { to: 'sam@example.test', firstName: 'Sam', code: '048213' });
    expect(sealed.data.toString('latin1')).not.toMatch(/048213|sam@example|Sam/);
    expect(openIntakeCode(cipher, 's-1', sealed)).toEqual({ to: 'sam@example.test', firstName: 'Sam', code: '048213' });
    expect(() => openIntakeCode(cipher, 's-2', sealed)).toThrow();
  });

  it('is Dutch with an English line, says until when the code works, and can be rendered without the code', () => {
    const mail = renderIntakeCodeEmail(facts, 'Sam', '048213');
    expect(mail.subject).toBe('Bevestig je aanmelding voor Zomerbaan 2027 / Confirm your sign-up');
    expect(mail.text).toMatch(/^Hoi Sam,/);
    expect(mail.text).toContain('De code werkt tot 12:15');
    expect(mail.text).toMatch(/English: your code .* is 048213; it works until 12:15/);
    expect(mail.text.match(/048213/g)).toHaveLength(2);
    expect(renderIntakeCodeEmail(facts, 'Sam', '[code]').text).not.toContain('048213');
    expect(renderIntakeCodeSms(facts, '048213')).toBe('Je code voor Zomerbaan 2027: 048213 (geldig tot 12:15). Your code: 048213.');
  });
});
