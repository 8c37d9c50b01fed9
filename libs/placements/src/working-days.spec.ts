import { workingDaysBetween } from './working-days.js';

describe('working days', () => {
  it('counts Monday to Friday only', () => {
    // Friday 2027-01-01 → Friday 2027-01-15: two full weeks, ten working days.
    expect(workingDaysBetween(new Date('2027-01-01T10:00:00Z'), new Date('2027-01-15T09:00:00Z'))).toBe(10);
    expect(workingDaysBetween(new Date('2027-01-01T10:00:00Z'), new Date('2027-01-04T10:00:00Z'))).toBe(1);
    expect(workingDaysBetween(new Date('2027-01-02T10:00:00Z'), new Date('2027-01-03T10:00:00Z'))).toBe(0);
    expect(workingDaysBetween(new Date('2027-01-05T10:00:00Z'), new Date('2027-01-04T10:00:00Z'))).toBe(0);
  });
});
