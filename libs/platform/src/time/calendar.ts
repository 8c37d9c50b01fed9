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
