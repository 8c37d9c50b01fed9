import { consentGiverProblem, contactMatchInput } from './youth.model.js';

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
