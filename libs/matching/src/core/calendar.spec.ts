import type { MatchAvailability, MatchVacancy, MatchYouth, Weekday } from '../match.model.js';
import { ageOnDay, availabilityMatch, availabilitySummary, dayNumber, latestBirthDay, weekdayMask } from './calendar.js';

// Examples at the edges of the calendar helpers; the properties are in core.spec.ts.

const window = (from: string, to: string, hoursPerWeek: number, weekdays: Weekday[] = []): MatchAvailability => ({ from, to, hoursPerWeek, weekdays, period: 'holiday' });
const youthWith = (availability: MatchAvailability[]): MatchYouth => ({ availability }) as MatchYouth;
const vacancyFor = (startDate: string, endDate: string, hoursPerWeek: number, weekdays: Weekday[] = []): MatchVacancy =>
  ({ startDate, endDate, hoursPerWeek, weekdays }) as MatchVacancy;

describe('calendar', () => {
  it('numbers days as the days since 1970-01-01, across leap days and centuries', () => {
    const days = ['1970-01-01', '1969-12-31', '2000-02-29', '2000-03-01', '1900-02-28', '1900-03-01', '2100-02-28', '2100-03-01', '2400-02-29', '0001-01-01', '2027-07-05'];
    for (const day of days) expect([day, dayNumber(day)]).toEqual([day, Date.parse(day) / 86_400_000]);
  });

  it('counts whole years, the birthday itself included', () => {
    expect(ageOnDay('2010-07-05', '2027-07-04')).toBe(16);
    expect(ageOnDay('2010-07-05', '2027-07-05')).toBe(17);
    expect(ageOnDay('2010-07-05', '2027-06-30')).toBe(16);
    expect(ageOnDay('2010-07-05', '2027-08-01')).toBe(17);
  });

  it('gives each weekday its own bit, and an empty list every day', () => {
    const all: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
    expect(all.map((d) => weekdayMask([d]))).toEqual([1, 2, 4, 8, 16, 32, 64]);
    expect(weekdayMask([])).toBe(127);
    expect(weekdayMask(all)).toBe(127);
    expect(weekdayMask(['tue', 'thu'])).toBe(10);
    expect(weekdayMask(['xyz' as Weekday])).toBe(0);
  });

  it('gives the latest date of birth old enough on a day, with a four-digit year', () => {
    expect(latestBirthDay('2027-07-05', 16)).toBe(dayNumber('2011-07-05'));
    expect(latestBirthDay('2027-07-05', 0)).toBe(dayNumber('2027-07-05'));
    expect(latestBirthDay('0100-03-01', 95)).toBe(dayNumber('0005-03-01'));
  });

  it('sums up windows: every weekday of any window and the most hours in one', () => {
    expect(availabilitySummary([])).toEqual({ days: 0, maxHours: 0 });
    expect(availabilitySummary([window('2027-07-01', '2027-07-31', 12, ['mon', 'tue']), window('2027-08-01', '2027-08-31', 20, ['fri']), window('2027-09-01', '2027-09-30', 8, ['tue'])])).toEqual({
      days: 1 | 2 | 16,
      maxHours: 20,
    });
    expect(availabilitySummary([window('2027-07-01', '2027-07-31', 20, ['mon']), window('2027-08-01', '2027-08-31', 12, [])])).toEqual({ days: 127, maxHours: 20 });
  });

  describe('availabilityMatch', () => {
    const v = vacancyFor('2027-07-05', '2027-08-13', 20, ['mon', 'tue']);

    it('counts the windows in the dates, and of those the ones sharing a day', () => {
      const y = youthWith([
        window('2027-06-01', '2027-07-04', 40), // ends the day before
        window('2027-06-01', '2027-07-05', 10, ['mon']), // ends on the first day
        window('2027-08-13', '2027-09-01', 30, ['wed']), // starts on the last day, no shared day
        window('2027-08-14', '2027-09-01', 40), // starts the day after
      ]);
      expect(availabilityMatch(y, v, false)).toEqual({ inDates: 2, overlapping: 1, bestHours: 10, fit: 0, hours: 0 });
    });

    it('weighs nothing without weigh, nor when no window overlaps', () => {
      const y = youthWith([window('2027-07-01', '2027-08-31', 10), window('2027-07-01', '2027-07-31', 30)]);
      expect(availabilityMatch(y, v, false)).toEqual({ inDates: 2, overlapping: 2, bestHours: 30, fit: 0, hours: 0 });
      expect(availabilityMatch(youthWith([window('2027-07-01', '2027-08-31', 10, ['sun'])]), v, true)).toEqual({ inDates: 1, overlapping: 0, bestHours: 0, fit: 0, hours: 0 });
      expect(availabilityMatch(youthWith([]), v, true)).toEqual({ inDates: 0, overlapping: 0, bestHours: 0, fit: 0, hours: 0 });
    });

    it('with one overlapping window, that window is the answer', () => {
      expect(availabilityMatch(youthWith([window('2027-07-01', '2027-07-10', 10)]), v, true)).toEqual({ inDates: 1, overlapping: 1, bestHours: 10, fit: 0.5, hours: 10 });
      expect(availabilityMatch(youthWith([window('2027-07-01', '2027-07-10', 30)]), v, true)).toMatchObject({ fit: 1, hours: 30 });
    });

    it('weighs several windows by their days of overlap with the vacancy', () => {
      // 5 July..14 July: 10 days at 10 h (fit 1/2); 15 July..13 August: 30 days at 20 h (fit 1).
      const y = youthWith([window('2027-06-01', '2027-07-14', 10), window('2027-07-15', '2027-12-31', 20)]);
      const a = availabilityMatch(y, v, true);
      expect(a).toMatchObject({ inDates: 2, overlapping: 2, bestHours: 20 });
      expect(a.fit).toBeCloseTo((10 * 0.5 + 30 * 1) / 40, 12);
      expect(a.hours).toBeCloseTo((10 * 10 + 30 * 20) / 40, 12);
    });

    it('counts a window of a single day as one day', () => {
      const y = youthWith([window('2027-07-05', '2027-07-05', 5), window('2027-07-06', '2027-07-06', 20)]);
      const a = availabilityMatch(y, v, true);
      expect(a.fit).toBeCloseTo((0.25 + 1) / 2, 12);
      expect(a.hours).toBeCloseTo(12.5, 12);
    });

    it('a vacancy asking no hours fits any window fully, even one with no hours', () => {
      const none = vacancyFor('2027-07-05', '2027-08-13', 0);
      expect(availabilityMatch(youthWith([window('2027-07-01', '2027-07-31', 0)]), none, true)).toMatchObject({ fit: 1, hours: 0 });
      expect(availabilityMatch(youthWith([window('2027-07-01', '2027-07-31', 0), window('2027-08-01', '2027-08-31', 0)]), none, true)).toMatchObject({ fit: 1, hours: 0 });
    });

    it('handles more overlapping windows than it first made room for', () => {
      // 12 one-week windows, each overlapping, at 1..12 hours.
      const windows = Array.from({ length: 12 }, (_, i) => {
        const from = new Date(Date.UTC(2027, 6, 5 + 7 * i)).toISOString().slice(0, 10);
        const to = new Date(Date.UTC(2027, 6, 11 + 7 * i)).toISOString().slice(0, 10);
        return window(from, to, i + 1);
      });
      const long = vacancyFor('2027-07-05', '2027-09-26', 12);
      const a = availabilityMatch(youthWith(windows), long, true);
      expect(a).toMatchObject({ inDates: 12, overlapping: 12, bestHours: 12 });
      expect(a.hours).toBeCloseTo(6.5, 12);
      expect(a.fit).toBeCloseTo(6.5 / 12, 12);
    });
  });
});
