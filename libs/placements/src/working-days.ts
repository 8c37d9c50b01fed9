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
