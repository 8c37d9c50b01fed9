/**
 * Pure checks on input that class-validator's own decorators get wrong or do not have, so that
 * nothing PostgreSQL or a `new Date()` would refuse gets past validation (where it would be a 500
 * or a problem that cannot say which field it was).
 */

/**
 * How many decimals a number has as written in its shortest form: JSON and query strings give
 * numbers below 1e-6 and from 1e21 in exponent notation (`1e-7`, `1.5e+21`), which a split on
 * the point miscounts or crashes on.
 */
export function decimalPlaces(n: number): number {
  if (!Number.isFinite(n)) return Number.POSITIVE_INFINITY;
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(Math.abs(n).toString());
  if (!m) return Number.POSITIVE_INFINITY;
  return Math.max(0, (m[2]?.length ?? 0) - Number(m[3] ?? 0));
}

const daysIn = (year: number, month: number): number =>
  month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** YYYY-MM-DD that is a day of the calendar: no 30 February, no year 0 (PostgreSQL refuses it). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = CALENDAR_DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:Z|[+-](\d{2}):(\d{2}))$/;

/**
 * An RFC 3339 date-time with its offset (`2027-07-05T10:00:00+02:00`, `…Z`), on a real day and a
 * real time. ISO 8601's other forms (week dates, ordinal days, no offset) are refused: `new Date()`
 * and PostgreSQL read them differently or not at all. An offset goes to ±14:00, as the world's do.
 */
export function isDateTime(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE_TIME.exec(value);
  if (!m || !isCalendarDate(m[1])) return false;
  const [hour, minute, second] = [Number(m[2]), Number(m[3]), Number(m[4])];
  if (hour > 23 || minute > 59 || second > 59) return false;
  if (m[5] !== undefined && (Number(m[5]) > 14 || Number(m[6]) > 59 || (Number(m[5]) === 14 && Number(m[6]) > 0))) return false;
  return true;
}

/** The field path of a key under `prefix`, as the validation problems write it (`a.b`, `a[0]`). */
export const fieldPath = (prefix: string, key: string | number): string =>
  typeof key === 'number' || /^\d+$/.test(key) ? `${prefix}[${key}]` : prefix ? `${prefix}.${key}` : key;

/**
 * Every field (a path as validation problems name it) whose text, or whose own name, holds a NUL
 * character: PostgreSQL cannot store one in text. Walks without recursion, so a deep value costs
 * no stack.
 */
export function fieldsWithNul(value: unknown, prefix = ''): string[] {
  const found: string[] = [];
  // A field name with a NUL stands for itself in the walk, as a text with one would.
  const stack: [unknown, string][] = [[value, prefix]];
  while (stack.length) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'string') {
      if (v.includes('\u0000')) found.push(path);
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], fieldPath(path, i)]);
    } else if (v !== null && typeof v === 'object') {
      const entries = Object.entries(v as Record<string, unknown>);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, child] = entries[i]!;
        stack.push(k.includes('\u0000') ? [k, fieldPath(path, k)] : [child, fieldPath(path, k)]);
      }
    }
  }
  return found;
}

/**
 * Where a JSON value nests deeper than `max` levels (an object or array is one level), as the
 * top-level field it happens under ('' when the value itself is an array); undefined when it
 * does not. Stops at the first such place, and walks without recursion.
 */
export function tooDeep(value: unknown, max: number): { field: string } | undefined {
  const stack: [unknown, number, string][] = [[value, 1, '']];
  while (stack.length) {
    const [v, depth, top] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth > max) return { field: top };
    const children = Array.isArray(v) ? v.map((c, i) => [c, String(i)] as const) : Object.entries(v as Record<string, unknown>).map(([k, c]) => [c, k] as const);
    for (const [child, key] of children) {
      stack.push([child, depth + 1, depth === 1 && !Array.isArray(v) ? key : top]);
    }
  }
  return undefined;
}

/** The largest number PostgreSQL's `integer` holds: a version or count sent to us can be no more. */
export const MAX_INT4 = 2_147_483_647;
