import fc from 'fast-check';
import { ageOnDay, youngestBirthDate } from '@startbaan/platform/calendar';
import { highestMinimumWage, MINIMUM_WAGE_TABLE, minimumHourlyWage, minimumWagePercentage, minimumWageRule, outsideWageRules, WAGE_RULES_FROM } from './minimum-wage.js';

describe('MINIMUM_WAGE_TABLE', () => {
  it('has rows with a source and a start date, including 1 January 2026', () => {
    for (const row of MINIMUM_WAGE_TABLE) {
      expect(row.source).toContain('Wet minimumloon');
      expect(row.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(MINIMUM_WAGE_TABLE.find((r) => r.validFrom === '2026-01-01')?.adultHourly).toBe(14.71);
  });
});

describe('minimumHourlyWage', () => {
  it('pays 17-year-olds 39.5% on 2026-03-01: 5.81', () => {
    const { amount, rule } = minimumHourlyWage(17, '2026-03-01');
    expect(amount).toBe(5.81);
    expect(rule.validFrom).toBe('2026-01-01');
  });

  it('pays a 19-year-old BBL student 52.5%: 7.72', () => {
    expect(minimumHourlyWage(19, '2026-03-01', true).amount).toBe(7.72);
    expect(minimumHourlyWage(19, '2026-03-01').amount).toBe(8.83);
  });

  it('pays the adult rate from 21, BBL or not', () => {
    expect(minimumHourlyWage(22, '2026-03-01').amount).toBe(14.71);
    expect(minimumHourlyWage(21, '2026-03-01', true).amount).toBe(14.71);
  });

  it('uses BBL rates only at 18–20', () => {
    expect(minimumHourlyWage(17, '2026-03-01', true).amount).toBe(5.81);
    expect(minimumHourlyWage(18, '2026-03-01', true).amount).toBe(6.69);
    expect(minimumHourlyWage(20, '2026-03-01', true).amount).toBe(9.05);
  });

  it('uses the 15 rate below 15', () => {
    expect(minimumHourlyWage(13, '2026-03-01').amount).toBe(minimumHourlyWage(15, '2026-03-01').amount);
    expect(minimumHourlyWage(15, '2026-03-01').amount).toBe(4.41);
  });

  it('picks the row in force on the date', () => {
    expect(minimumHourlyWage(30, '2025-09-01')).toMatchObject({ amount: 14.4, rule: { validFrom: '2025-07-01' } });
    expect(minimumHourlyWage(30, '2025-12-31').amount).toBe(14.4);
    expect(minimumHourlyWage(30, '2026-01-01').amount).toBe(14.71);
    expect(minimumWageRule('2026-01-01T08:00:00Z').validFrom).toBe('2026-01-01');
  });

  it('throws before the first row and on malformed input', () => {
    expect(() => minimumHourlyWage(20, '2025-06-30')).toThrow(RangeError);
    expect(() => minimumHourlyWage(20, 'tomorrow')).toThrow(RangeError);
    expect(() => minimumHourlyWage(-1, '2026-03-01')).toThrow(RangeError);
    // The messages say what was wrong; a time part is not part of the day named.
    expect(() => minimumWageRule('tomorrow')).toThrow('Invalid date "tomorrow", expected YYYY-MM-DD');
    expect(() => minimumWageRule('2025-06-30T23:00:00Z')).toThrow(/^No minimum-wage rule in force on 2025-06-30$/);
    expect(() => minimumHourlyWage(-1, '2026-03-01')).toThrow('Invalid age: -1');
    // The date must start the text and have two digits for the day.
    expect(() => minimumWageRule('x2026-03-01')).toThrow(RangeError);
    expect(() => minimumWageRule('2026-03-1')).toThrow(RangeError);
  });

  it('picks the latest row in force from a table in any order, the first of two with the same day', () => {
    const [older, newer] = MINIMUM_WAGE_TABLE as [(typeof MINIMUM_WAGE_TABLE)[0], (typeof MINIMUM_WAGE_TABLE)[0]];
    expect(minimumWageRule('2026-03-01', [newer, older])).toBe(newer);
    expect(minimumWageRule('2025-09-01', [newer, older])).toBe(older);
    const twin = { ...newer, adultHourly: 99 };
    expect(minimumWageRule('2026-03-01', [newer, twin])).toBe(newer);
  });

  it('gives the share of the adult minimum, youth rates unless BBL is asked for', () => {
    const rule = minimumWageRule('2026-03-01');
    expect(minimumWagePercentage(19, rule)).toBe(0.6);
    expect(minimumWagePercentage(19, rule, true)).toBe(0.525);
    expect(minimumWagePercentage(21.5, rule)).toBe(1);
  });

  it('never pays an older youth less, and rounds to cents (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 80 }), fc.integer({ min: 0, max: 80 }), fc.boolean(), (a, b, bbl) => {
        const [young, old] = a <= b ? [a, b] : [b, a];
        const low = minimumHourlyWage(young, '2026-03-01', bbl).amount;
        const high = minimumHourlyWage(old, '2026-03-01', bbl).amount;
        expect(low).toBeLessThanOrEqual(high);
        expect(Math.round(high * 100) / 100).toBe(high);
      }),
    );
  });
});

describe('highestMinimumWage over a period', () => {
  const day = (n: number) => new Date(Date.UTC(2025, 6, 1) + n * 86_400_000).toISOString().slice(0, 10);

  it('weighs the indexation of 1 January inside the period, not only the first day', () => {
    expect(highestMinimumWage('2009-06-01', '2025-12-31', '2026-01-09')).toMatchObject({ amount: 5.07, from: '2026-01-01', age: 16 });
    expect(highestMinimumWage('2009-06-01', '2025-12-31', '2025-12-31')).toMatchObject({ amount: 4.97, from: '2025-12-31', age: 16 });
  });

  it('weighs a birthday inside the period, from that day on', () => {
    expect(highestMinimumWage('2010-07-20', '2027-07-05', '2027-08-13')).toMatchObject({ amount: 5.81, from: '2027-07-20', age: 17 });
    expect(highestMinimumWage('2010-07-20', '2027-07-05', '2027-07-19')).toMatchObject({ amount: 5.07, from: '2027-07-05', age: 16 });
    expect(highestMinimumWage('2008-12-31', '2026-12-01', '2027-01-15', true)).toMatchObject({ amount: 6.69, from: '2026-12-31', age: 18 });
  });

  it('weighs an indexation or a birthday on the last day of the period, and youth rates unless BBL is asked for', () => {
    expect(highestMinimumWage('1990-06-15', '2025-12-01', '2026-01-01')).toMatchObject({ amount: 14.71, from: '2026-01-01' });
    expect(highestMinimumWage('2010-07-20', '2027-07-05', '2027-07-20')).toMatchObject({ amount: 5.81, from: '2027-07-20', age: 17 });
    expect(highestMinimumWage('2007-03-10', '2026-03-01', '2026-03-31')).toMatchObject({ amount: 8.83, age: 19 });
    expect(highestMinimumWage('2007-03-10', '2026-03-01', '2026-03-31', true)).toMatchObject({ amount: 7.72, age: 19 });
  });

  it('names the earliest day the highest minimum is owed, even when a later indexation pays the same', () => {
    // A table whose two rows pay the same: turning 21 on 15 November owes the adult rate from then, not from 1 January.
    const [older, newer] = MINIMUM_WAGE_TABLE as [(typeof MINIMUM_WAGE_TABLE)[0], (typeof MINIMUM_WAGE_TABLE)[0]];
    const flat = [{ ...older, adultHourly: newer.adultHourly }, newer];
    expect(highestMinimumWage('2004-11-15', '2025-10-01', '2026-02-01', false, flat)).toMatchObject({ amount: 14.71, from: '2025-11-15', age: 21 });
  });

  it('takes 29 February birthdays on 1 March in other years', () => {
    expect(highestMinimumWage('2008-02-29', '2026-02-27', '2026-03-02')).toMatchObject({ from: '2026-03-01', age: 18 });
  });

  it('is the highest daily minimum of the period, owed from its first day (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 700 }), fc.integer({ min: 0, max: 400 }), fc.integer({ min: 3650, max: 9500 }), fc.boolean(), (start, length, ageDays, bbl) => {
        const from = day(start);
        const to = day(start + length);
        const dob = new Date(Date.UTC(2025, 6, 1) + (start - ageDays) * 86_400_000).toISOString().slice(0, 10);
        const best = highestMinimumWage(dob, from, to, bbl);
        let highest = 0;
        let firstDay = '';
        for (let n = start; n <= start + length; n++) {
          const amount = minimumHourlyWage(ageOnDay(dob, day(n)), day(n), bbl).amount;
          if (amount > highest) [highest, firstDay] = [amount, day(n)];
        }
        expect([best.amount, best.from]).toEqual([highest, firstDay]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('youngestBirthDate', () => {
  it('is the latest date of birth that is still the age on the day', () => {
    expect(youngestBirthDate(17, '2026-12-02')).toBe('2009-12-02');
    expect(youngestBirthDate(17, '2029-02-28')).toBe('2012-02-28');
    fc.assert(
      fc.property(fc.integer({ min: 13, max: 30 }), fc.integer({ min: 0, max: 3000 }), (age, n) => {
        const on = new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
        const dob = youngestBirthDate(age, on);
        expect(ageOnDay(dob, on)).toBe(age);
        const dayAfter = new Date(Date.parse(`${dob}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
        expect(ageOnDay(dayAfter, on)).toBe(age - 1);
      }),
    );
  });
});

describe('outsideWageRules', () => {
  it('refuses work that starts before the first row of the table, and only that', () => {
    expect(WAGE_RULES_FROM).toBe('2025-07-01');
    expect(outsideWageRules('2025-06-30')).toMatch(/on or after 2025-07-01/);
    expect(outsideWageRules('2025-07-01')).toBeNull();
    expect(outsideWageRules('2027-07-05')).toBeNull();
    expect(() => minimumWageRule('2025-06-30')).toThrow(RangeError);
  });
});
