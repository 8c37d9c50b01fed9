/**
 * Calendar arithmetic on days written as YYYY-MM-DD (UTC). Pure, so the rule files of every lib
 * can use it without pulling in the framework.
 */

/** `n` calendar months later (earlier when negative); the 31st becomes the last day of a shorter month. */
export const addMonths = (day: string, n: number): string => {
  const d = new Date(`${day}T00:00:00Z`);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));
  const lastOfMonth = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastOfMonth));
  return target.toISOString().slice(0, 10);
};

/** Whole years between a date of birth and a day (both YYYY-MM-DD): the age on that day. */
export const ageOnDay = (dateOfBirth: string, day: string): number => {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
};

/**
 * The latest date of birth of someone who is `age` on `day` (their birthday is that day): the
 * youngest person of that age. On every later day nobody of that age is younger, so a minimum
 * that rises with age is lowest for them: a check against it holds whatever the exact date.
 */
export const youngestBirthDate = (age: number, day: string): string => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y - age, m - 1, d));
  // 29 February in a year without it: born on the 28th, they are `age` on the day.
  if (t.getUTCDate() !== d) t.setUTCDate(0);
  return t.toISOString().slice(0, 10);
};
