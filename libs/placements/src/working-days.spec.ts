import fc from 'fast-check';
import { workingDaysBetween } from './working-days.js';

/** The definition, one calendar day at a time: the reference the counted version must equal. */
function byStepping(from: Date, to: Date): number {
  if (to <= from) return 0;
  let days = 0;
  const d = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()));
  const end = new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth(), to.getUTCDate()));
  while (d < end) {
    d.setUTCDate(d.getUTCDate() + 1);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) days++;
  }
  return days;
}

describe('working days', () => {
  it('counts Monday to Friday only', () => {
    // Friday 2027-01-01 → Friday 2027-01-15: two full weeks, ten working days.
    expect(workingDaysBetween(new Date('2027-01-01T10:00:00Z'), new Date('2027-01-15T09:00:00Z'))).toBe(10);
    expect(workingDaysBetween(new Date('2027-01-01T10:00:00Z'), new Date('2027-01-04T10:00:00Z'))).toBe(1);
    expect(workingDaysBetween(new Date('2027-01-02T10:00:00Z'), new Date('2027-01-03T10:00:00Z'))).toBe(0);
    expect(workingDaysBetween(new Date('2027-01-05T10:00:00Z'), new Date('2027-01-04T10:00:00Z'))).toBe(0);
    // Saturday to Monday of the week after next: Monday, five, Monday again.
    expect(workingDaysBetween(new Date('2027-01-02T23:59:00Z'), new Date('2027-01-18T00:00:00Z'))).toBe(11);
    // Before 1970 too (a negative day number).
    expect(workingDaysBetween(new Date('1969-12-26T12:00:00Z'), new Date('1970-01-02T12:00:00Z'))).toBe(5);
  });

  it('equals counting day by day, for any two instants up to years apart', () => {
    const instant = fc.date({ min: new Date('1960-01-01T00:00:00Z'), max: new Date('2060-12-31T23:59:59Z'), noInvalidDate: true });
    fc.assert(
      fc.property(instant, fc.integer({ min: -3 * 86_400_000, max: 800 * 86_400_000 }), (from, offset) => {
        const to = new Date(from.getTime() + offset);
        expect(workingDaysBetween(from, to)).toBe(byStepping(from, to));
      }),
      { numRuns: 2000 },
    );
  });
});
