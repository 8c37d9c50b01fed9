/**
 * Statutory minimum wage (Wet minimumloon en minimumvakantiebijslag) as a versioned rule table,
 * indexed every 1 January and 1 July. Pure: no Nest, no TypeORM.
 */
import { ageOnDay } from '@startbaan/platform/calendar';
import type { RuleSource } from '../vacancy.model.js';

/** From this age the full adult hourly minimum applies. */
export const ADULT_MINIMUM_WAGE_AGE = 21;

/** Youth ages with their own percentage; below the lowest, its rate applies. */
export const YOUTH_WAGE_AGES = [15, 16, 17, 18, 19, 20] as const;

/** BBL ages whose percentage replaces the youth one. */
export const BBL_WAGE_AGES = [18, 19, 20] as const;

export interface MinimumWageRule extends RuleSource {
  /** Gross hourly minimum in euros at 21 and older. */
  adultHourly: number;
  /** Share of `adultHourly` per youth age. */
  youthPercentages: Readonly<Record<(typeof YOUTH_WAGE_AGES)[number], number>>;
  /** Share of `adultHourly` for BBL students (work-study) aged 18–20. */
  bblPercentages: Readonly<Record<(typeof BBL_WAGE_AGES)[number], number>>;
}

const YOUTH_PERCENTAGES = { 20: 0.8, 19: 0.6, 18: 0.5, 17: 0.395, 16: 0.345, 15: 0.3 } as const;
const BBL_PERCENTAGES = { 18: 0.455, 19: 0.525, 20: 0.615 } as const;

/** The table, oldest row first; add a row for every indexation. */
export const MINIMUM_WAGE_TABLE: readonly [MinimumWageRule, ...MinimumWageRule[]] = [
  {
    source: 'Wet minimumloon en minimumvakantiebijslag; bedragen per 1 juli 2025, rijksoverheid.nl',
    validFrom: '2025-07-01',
    adultHourly: 14.4,
    youthPercentages: YOUTH_PERCENTAGES,
    bblPercentages: BBL_PERCENTAGES,
  },
  {
    source: 'Wet minimumloon en minimumvakantiebijslag; bedragen per 1 januari 2026, rijksoverheid.nl',
    validFrom: '2026-01-01',
    adultHourly: 14.71,
    youthPercentages: YOUTH_PERCENTAGES,
    bblPercentages: BBL_PERCENTAGES,
  },
];

/** The first day the table covers: no wage can be checked, so no vacancy or offer accepted, before it. */
export const WAGE_RULES_FROM: string = MINIMUM_WAGE_TABLE.reduce((first, r) => (r.validFrom < first ? r.validFrom : first), MINIMUM_WAGE_TABLE[0].validFrom);

/** Why work from `startDate` cannot be checked against the minimum wage, or null when it can. */
export function outsideWageRules(startDate: string): string | null {
  return startDate < WAGE_RULES_FROM ? `must be on or after ${WAGE_RULES_FROM}: the minimum-wage rules start there` : null;
}

/** The row in force on `onDate` ("YYYY-MM-DD", a time part is ignored): the latest validFrom ≤ onDate. */
export function minimumWageRule(onDate: string, table: readonly MinimumWageRule[] = MINIMUM_WAGE_TABLE): MinimumWageRule {
  if (!/^\d{4}-\d{2}-\d{2}/.test(onDate)) throw new RangeError(`Invalid date "${onDate}", expected YYYY-MM-DD`);
  const day = onDate.slice(0, 10);
  let found: MinimumWageRule | undefined;
  for (const row of table) {
    if (row.validFrom <= day && (!found || row.validFrom > found.validFrom)) found = row;
  }
  if (!found) throw new RangeError(`No minimum-wage rule in force on ${day}`);
  return found;
}

/** Share of the adult hourly minimum at `age` (whole years); BBL rates only at 18–20. */
export function minimumWagePercentage(age: number, rule: MinimumWageRule, bbl = false): number {
  if (!Number.isFinite(age) || age < 0) throw new RangeError(`Invalid age: ${age}`);
  const years = Math.floor(age);
  if (years >= ADULT_MINIMUM_WAGE_AGE) return 1;
  if (bbl && (BBL_WAGE_AGES as readonly number[]).includes(years)) return rule.bblPercentages[years as (typeof BBL_WAGE_AGES)[number]];
  return rule.youthPercentages[Math.max(years, YOUTH_WAGE_AGES[0]) as (typeof YOUTH_WAGE_AGES)[number]];
}

/** Gross hourly minimum wage in euros for `age` on `onDate`, rounded to cents. Throws when no row applies. */
export function minimumHourlyWage(age: number, onDate: string, bbl = false): { amount: number; rule: MinimumWageRule } {
  const rule = minimumWageRule(onDate);
  const amount = Math.round(rule.adultHourly * minimumWagePercentage(age, rule, bbl) * 100) / 100;
  return { amount, rule };
}

export interface PeriodMinimum {
  /** Gross hourly euros: the highest minimum owed on any day of the period. */
  amount: number;
  /** The first day of the period on which it is owed. */
  from: string;
  /** The age on that day. */
  age: number;
  rule: MinimumWageRule;
}

/**
 * The highest minimum wage owed over a whole period (`from` to `to`, both included) to a youth
 * born on `dateOfBirth`: the minimum can rise only on an indexation date and on a birthday, so
 * the period's first day and each of those inside it are weighed. The first day the highest
 * applies is given with it.
 */
export function highestMinimumWage(dateOfBirth: string, from: string, to: string, bbl = false, table: readonly MinimumWageRule[] = MINIMUM_WAGE_TABLE): PeriodMinimum {
  const days = new Set([from]);
  for (const row of table) if (row.validFrom > from && row.validFrom <= to) days.add(row.validFrom);
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    const birthday = birthdayIn(dateOfBirth, year);
    if (birthday > from && birthday <= to) days.add(birthday);
  }
  let best: PeriodMinimum | undefined;
  for (const day of [...days].sort()) {
    const age = ageOnDay(dateOfBirth, day);
    const rule = minimumWageRule(day, table);
    const amount = Math.round(rule.adultHourly * minimumWagePercentage(age, rule, bbl) * 100) / 100;
    if (!best || amount > best.amount) best = { amount, from: day, age, rule };
  }
  return best!;
}

/** The day in `year` on which someone born on `dateOfBirth` turns a year older (1 March for 29 February in other years). */
function birthdayIn(dateOfBirth: string, year: number): string {
  const d = new Date(Date.UTC(year, Number(dateOfBirth.slice(5, 7)) - 1, Number(dateOfBirth.slice(8, 10))));
  return d.toISOString().slice(0, 10);
}
