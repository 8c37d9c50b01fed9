import { ageBandProblem, codeHashInput, consentProblem, consentScopes, kindsAllowed, newCode, normaliseContact, signupClosedReason } from './intake-rules.js';

describe('open intake rules', () => {
  describe('contact', () => {
    it.each([
      ['Sam.de.Vries@Example.NL ', { channel: 'email', value: 'sam.de.vries@example.nl' }],
      ['sam+zomer@mail.example.test', { channel: 'email', value: 'sam+zomer@mail.example.test' }],
      ['06-12345678', { channel: 'phone', value: '+31612345678' }],
      ['06 1234 5678', { channel: 'phone', value: '+31612345678' }],
      ['+31 6 12345678', { channel: 'phone', value: '+31612345678' }],
      ['0031612345678', { channel: 'phone', value: '+31612345678' }],
      ['(06) 12.34.56.78', { channel: 'phone', value: '+31612345678' }],
    ])('normalises %j', (raw, expected) => {
      expect(normaliseContact(raw)).toEqual(expected);
    });

    it.each(['', 'sam', 'sam@', '@example.nl', 'sam@example', 'sam @example.nl', 'sam@exa_mple.nl', '010-1234567', '0612345', '061234567890', '+32612345678', '+31 10 1234567', `${'a'.repeat(65)}@example.nl`])(
      'refuses %j',
      (raw) => {
        expect(normaliseContact(raw)).toBeNull();
      },
    );
  });

  it('takes summer jobs only, or every kind', () => {
    expect(kindsAllowed(true)).toEqual(['summer_job']);
    expect(kindsAllowed(false)).toEqual(['summer_job', 'job', 'internship', 'bbl_place', 'work_experience']);
  });

  it('takes sign-ups only while open and within the window, both ends included', () => {
    const p = { status: 'open' as const, applyFrom: '2027-03-01', applyTo: '2027-04-30' };
    expect(signupClosedReason(p, '2027-03-01')).toBeNull();
    expect(signupClosedReason(p, '2027-04-30')).toBeNull();
    expect(signupClosedReason(p, '2027-02-28')).toBe('Sign-up for this programme opens on 2027-03-01.');
    expect(signupClosedReason(p, '2027-05-01')).toBe('Sign-up for this programme closed on 2027-04-30.');
    expect(signupClosedReason({ ...p, status: 'closed' }, '2027-03-10')).toBe('This programme does not take sign-ups now (it is closed).');
  });

  it('checks the age band on the first day of work and names the band', () => {
    const p = { minAge: 15, maxAge: 21, workFrom: '2027-07-01' };
    expect(ageBandProblem('2012-07-01', p)).toBeNull();
    expect(ageBandProblem('2012-07-02', p)).toBe('this programme is for ages 15 to 21 on 2027-07-01, the first day of work; this date of birth gives 14');
    expect(ageBandProblem('2005-07-01', p)).toMatch(/gives 22$/);
  });

  it('needs consent to matching, and a parent or guardian under 16 on the day it is given', () => {
    expect(consentProblem({ matching: true, givenBy: 'youth' }, '2010-01-01', '2027-03-01')).toBeNull();
    expect(consentProblem({ matching: false, givenBy: 'youth' }, '2010-01-01', '2027-03-01')?.field).toBe('consent.matching');
    expect(consentProblem({ matching: true, givenBy: 'youth' }, '2011-06-01', '2027-03-01')).toMatchObject({ field: 'consent.givenBy' });
    expect(consentProblem({ matching: true, givenBy: 'parent_guardian' }, '2011-06-01', '2027-03-01')).toBeNull();
    expect(consentScopes({ matching: true, givenBy: 'youth' })).toEqual(['matching']);
    expect(consentScopes({ matching: true, introductions: true, givenBy: 'youth' })).toEqual(['matching', 'introductions']);
  });

  it('draws six-digit codes, leading zeros kept, and binds a code to its sign-up', () => {
    const codes = Array.from({ length: 2000 }, newCode);
    expect(codes.every((c) => /^\d{6}$/.test(c))).toBe(true);
    expect(new Set(codes).size).toBeGreaterThan(1990);
    expect(codes.some((c) => c.startsWith('0'))).toBe(true);
    expect(codeHashInput('a', '123456')).not.toBe(codeHashInput('b', '123456'));
  });
});
