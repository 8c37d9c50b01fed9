import { ageOn, consentGiverProblem, contactMatchInput, firstWorkDay, isContactOf, isOwnCoach } from './youth.model.js';

describe('who consents', () => {
  it('is the youth from 16, a parent or guardian below', () => {
    expect(consentGiverProblem(16, 'youth')).toBeNull();
    expect(consentGiverProblem(15, 'parent_guardian')).toBeNull();
    expect(consentGiverProblem(17, 'parent_guardian')).toBeNull();
    expect(consentGiverProblem(15, 'youth')).toMatch(/must be parent_guardian: the youth was 15 .*under 16/);
  });
});

describe('the contact match input', () => {
  it('tells channels and dates of birth apart', () => {
    const email = contactMatchInput({ channel: 'email', value: 'sam@example.test' }, '2009-05-01');
    expect(email).not.toBe(contactMatchInput({ channel: 'email', value: 'sam@example.test' }, '2009-05-02'));
    expect(contactMatchInput({ channel: 'phone', value: '+31612345678' }, '2009-05-01')).not.toBe(contactMatchInput({ channel: 'email', value: '+31612345678' }, '2009-05-01'));
  });
});

describe('who acts for a youth', () => {
  const region = 'region-a';
  const org = 'coaching-1';
  const coached = { regionId: region, organisationId: org };
  const intake = { regionId: region, organisationId: null };
  const as = (role: string, organisationId = 'wsp-org', regionId = region) => ({ role, organisationId, regionId });

  it.each([
    { who: 'the own coach, for a coached youth', actor: as('coach', org), youth: coached, own: true, contact: true },
    { who: 'a coach of another organisation', actor: as('coach', 'coaching-2'), youth: coached, own: false, contact: false },
    { who: 'a coach, for a youth from open intake', actor: as('coach', org), youth: intake, own: false, contact: false },
    { who: 'a coach of the same organisation id in another region', actor: as('coach', org, 'region-b'), youth: coached, own: false, contact: false },
    { who: 'WSP staff, for a youth from open intake', actor: as('wsp_staff'), youth: intake, own: false, contact: true },
    { who: 'WSP staff, for a coached youth', actor: as('wsp_staff'), youth: coached, own: false, contact: false },
    { who: 'WSP staff of another region, for a youth from open intake', actor: as('wsp_staff', 'wsp-org', 'region-b'), youth: intake, own: false, contact: false },
    { who: 'an admin, for a youth from open intake', actor: as('admin'), youth: intake, own: false, contact: false },
    { who: 'an employer, for a youth from open intake', actor: as('employer', 'employer-1'), youth: intake, own: false, contact: false },
  ])('$who: own coach $own, contact $contact', ({ actor, youth, own, contact }) => {
    expect(isOwnCoach(actor, youth)).toBe(own);
    expect(isContactOf(actor, youth)).toBe(contact);
  });
});

describe('the first day of work, for the age rule', () => {
  const w = (from: string, to: string) => ({ from, to });
  it('is the earliest start of a window that has not ended, never before today', () => {
    expect(firstWorkDay([w('2027-07-05', '2027-08-13'), w('2027-06-01', '2027-06-30')], '2027-01-10')).toBe('2027-06-01');
    expect(firstWorkDay([w('2026-12-01', '2027-02-01')], '2027-01-10')).toBe('2027-01-10');
    expect(firstWorkDay([w('2026-01-01', '2026-02-01'), w('2027-07-05', '2027-08-13')], '2027-01-10')).toBe('2027-07-05');
    expect(firstWorkDay([], '2027-01-10')).toBe('2027-01-10');
    expect(firstWorkDay(undefined, '2027-01-10')).toBe('2027-01-10');
  });

  it('makes a youth who is 14 today but 15 when work starts 15, as open intake does', () => {
    const born = '2012-03-01';
    expect(ageOn(born, '2027-01-10')).toBe(14);
    expect(ageOn(born, firstWorkDay([w('2027-07-05', '2027-08-13')], '2027-01-10'))).toBe(15);
  });
});
