import fc from 'fast-check';
import { MINIMUM_WAGE_TABLE, minimumHourlyWage, minimumWageRule } from './minimum-wage.js';

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
