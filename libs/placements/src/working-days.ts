const DAY_MS = 86_400_000;

/**
 * Working days (Monday to Friday) between two instants, counted by UTC calendar day: the days
 * after `from`'s day up to and including `to`'s day that fall on a weekday. Public holidays are not
 * counted out. Whole weeks count five each, so the cost does not grow with the span (the WSP's
 * network view asks this for every unanswered proposal of the region on each read).
 */
export function workingDaysBetween(from: Date, to: Date): number {
  if (to <= from) return 0;
  const first = Math.floor(from.getTime() / DAY_MS);
  const last = Math.floor(to.getTime() / DAY_MS);
  const span = last - first;
  let days = Math.floor(span / 7) * 5;
  // Day 0 of the epoch (1970-01-01) was a Thursday: (n + 4) % 7 is n's weekday, 0 for Sunday.
  let weekday = (((first + 4) % 7) + 7) % 7;
  for (let i = 0; i < span % 7; i++) {
    weekday = (weekday + 1) % 7;
    if (weekday !== 0 && weekday !== 6) days++;
  }
  return days;
}

/**
 * The same count as an SQL expression over two `timestamptz` expressions, so that a query can
 * filter, count and page on it instead of reading every row to decide in code. Whole weeks count
 * five; of the days left over (fewer than seven, after `from`'s day), the Saturdays and Sundays
 * are counted in closed form from the weekday `from` fell on. Held to `workingDaysBetween` by a
 * test against PostgreSQL (test/working-days-sql.e2e-spec.ts).
 */
export function workingDaysBetweenSql(from: string, to: string): string {
  const day = (t: string): string => `floor(extract(epoch FROM ${t}) / 86400)::int`;
  const span = `(${day(to)} - ${day(from)})`;
  // Weekday of from's day, 0 for Sunday (day 0 of the epoch was a Thursday); kept non-negative
  // before 1970, as PostgreSQL's % keeps the dividend's sign.
  const weekday = `(((${day(from)} + 4) % 7 + 7) % 7)`;
  const left = `(${span} % 7)`;
  // Among the `left` days after weekday w: Sundays are the multiples of 7 in (w, w + left], Saturdays
  // those of 7 in (w + 1, w + left + 1].
  const weekend = `((${weekday} + ${left}) / 7 + (${weekday} + ${left} + 1) / 7 - (${weekday} + 1) / 7)`;
  return `(CASE WHEN ${to} <= ${from} THEN 0 ELSE (${span} / 7) * 5 + ${left} - ${weekend} END)`;
}

/**
 * An SQL expression for the instant before which anything started has waited at least `days`
 * working days at `to` (both SQL expressions; `days` from 0): the start of the UTC day after the
 * last day that is far enough back. The count depends only on the day a wait began, and an
 * earlier day never counts fewer, so `started < cutoff` says for every start up to `to` what
 * `workingDaysBetweenSql(started, to) >= days` says, with the count made for a few days once
 * instead of for every row (and a comparison an index can use).
 */
export function workingDaysCutoffSql(days: string, to: string): string {
  const today = `floor(extract(epoch FROM ${to}) / 86400)::int`;
  // `days` working days lie within days * 7 / 5 + 3 calendar days: days * 2 + 7 is room enough.
  return `(SELECT to_timestamp((max(d) + 1)::bigint * 86400) FROM generate_series(${today} - (${days}) * 2 - 7, ${today}) AS d
           WHERE ${workingDaysBetweenSql('to_timestamp(d::bigint * 86400)', to)} >= (${days}))`;
}
