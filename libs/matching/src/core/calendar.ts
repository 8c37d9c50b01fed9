/**
 * Days, ages and availability windows for the matching core. Pure. Days are ISO `YYYY-MM-DD`
 * strings: they compare correctly as strings, so overlap tests need no parsing.
 */
import type { MatchAvailability, MatchVacancy, MatchYouth, Weekday } from '../match.model.js';

// Math's functions are looked up once: a lookup on the global per call is slow in some hosts (e.g. Jest's VM context).
const { floor, max, min } = Math;

const num = (s: string, from: number, to: number): number => {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + (s.charCodeAt(i) - 48);
  return n;
};

/** Whole years between a date of birth and a day (both `YYYY-MM-DD`). */
export function ageOnDay(dateOfBirth: string, day: string): number {
  const by = num(dateOfBirth, 0, 4);
  const bm = num(dateOfBirth, 5, 7);
  const bd = num(dateOfBirth, 8, 10);
  const y = num(day, 0, 4);
  const m = num(day, 5, 7);
  const d = num(day, 8, 10);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** Days since 1970-01-01 in the proleptic Gregorian calendar (arithmetic, no Date object). */
export function dayNumber(day: string): number {
  const m = num(day, 5, 7);
  const y = num(day, 0, 4) - (m <= 2 ? 1 : 0);
  const era = floor(y / 400);
  const yoe = y - era * 400;
  const doy = floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + num(day, 8, 10) - 1;
  return era * 146_097 + yoe * 365 + floor(yoe / 4) - floor(yoe / 100) + doy - 719_468;
}

const ALL_DAYS = 127;

/** The bit of a weekday, from its first two letters (no string comparison). */
function weekdayBit(day: Weekday): number {
  switch (day.charCodeAt(0)) {
    case 109: // m
      return 1;
    case 119: // w
      return 4;
    case 102: // f
      return 16;
    case 116: // t: tue, thu
      return day.charCodeAt(1) === 117 ? 2 : 8;
    case 115: // s: sat, sun
      return day.charCodeAt(1) === 97 ? 32 : 64;
    default:
      return 0;
  }
}

/** A bit per weekday; an empty list means "not specified" and matches every day. */
export function weekdayMask(days: readonly Weekday[]): number {
  if (days.length === 0) return ALL_DAYS;
  let mask = 0;
  for (let i = 0; i < days.length; i++) mask |= weekdayBit(days[i]!);
  return mask;
}

/**
 * How the youth's availability windows meet the vacancy.
 *
 * A window *overlaps* the vacancy when its dates overlap the vacancy's start..end (inclusive) and
 * it shares at least one weekday with the vacancy (an empty weekday list on either side means
 * "not specified" and shares every day). The window's period (school/holiday) is not compared:
 * the dates already say when the work is.
 */
export interface AvailabilityMatch {
  /** Windows whose dates overlap the vacancy's dates. */
  inDates: number;
  /** Of those, windows that also share a weekday: the overlapping windows. */
  overlapping: number;
  /** The most hours per week in any overlapping window (0 when none). */
  bestHours: number;
  /**
   * Only with `weigh`: over the overlapping windows, weighted by the days each overlaps the
   * vacancy, the average of min(1, window hours / vacancy hours) and of the window hours.
   */
  fit: number;
  hours: number;
}

/** Indices of the overlapping windows of the current call (reused; calls are synchronous). */
let overlapIndex = new Int32Array(8);

/**
 * Fills `out` (the core's hot path reuses one object; see availabilityMatch for a fresh one).
 * With `weigh` and one overlapping window, that window is the whole answer; only with two or more
 * are the days of overlap counted (the only place that parses dates).
 */
export function availabilityInto(out: AvailabilityMatch, y: MatchYouth, v: MatchVacancy, weigh: boolean): AvailabilityMatch {
  const windows = y.availability;
  const vMask = weekdayMask(v.weekdays);
  const vHours = v.hoursPerWeek;
  const start = v.startDate;
  const end = v.endDate;
  let inDates = 0;
  let overlapping = 0;
  let bestHours = 0;
  if (overlapIndex.length < windows.length) overlapIndex = new Int32Array(windows.length * 2);
  for (let i = 0; i < windows.length; i++) {
    const w = windows[i]!;
    if (w.from > end || w.to < start) continue;
    inDates++;
    if ((weekdayMask(w.weekdays) & vMask) === 0) continue;
    overlapIndex[overlapping++] = i;
    if (w.hoursPerWeek > bestHours) bestHours = w.hoursPerWeek;
  }
  out.inDates = inDates;
  out.overlapping = overlapping;
  out.bestHours = bestHours;
  out.fit = 0;
  out.hours = 0;
  if (!weigh || overlapping === 0) return out;
  if (overlapping === 1) {
    out.fit = vHours > 0 ? min(1, bestHours / vHours) : 1;
    out.hours = bestHours;
    return out;
  }
  const vStart = dayNumber(start);
  const vEnd = dayNumber(end);
  let days = 0;
  let fitSum = 0;
  let hoursSum = 0;
  for (let j = 0; j < overlapping; j++) {
    const w = windows[overlapIndex[j]!]!;
    const h = w.hoursPerWeek;
    const from = w.from > start ? dayNumber(w.from) : vStart;
    const to = w.to < end ? dayNumber(w.to) : vEnd;
    const n = max(1, to - from + 1);
    days += n;
    fitSum += n * (vHours > 0 ? min(1, h / vHours) : 1);
    hoursSum += n * h;
  }
  out.fit = fitSum / days;
  out.hours = hoursSum / days;
  return out;
}

export function availabilityMatch(y: MatchYouth, v: MatchVacancy, weigh: boolean): AvailabilityMatch {
  return availabilityInto({ inDates: 0, overlapping: 0, bestHours: 0, fit: 0, hours: 0 }, y, v, weigh);
}

/**
 * For pre-filters: the day number of the latest date of birth at least `minAge` on `day`
 * (on 29 February the next day in a non-leap birth year: one day too lenient, never too strict).
 */
export function latestBirthDay(day: string, minAge: number): number {
  const year = num(day, 0, 4) - minAge;
  return dayNumber(`${String(year).padStart(4, '0')}${day.slice(4, 10)}`);
}

/**
 * For pre-filters: every weekday of any of the youth's windows, and the most hours per week in
 * any window. A vacancy sharing none of those days, or asking more than twice those hours,
 * fails availability whatever the dates (see feasibility's availability rule).
 */
export function availabilitySummary(windows: readonly MatchAvailability[]): { days: number; maxHours: number } {
  let days = 0;
  let maxHours = 0;
  for (let i = 0; i < windows.length; i++) {
    const w = windows[i]!;
    days |= weekdayMask(w.weekdays);
    if (w.hoursPerWeek > maxHours) maxHours = w.hoursPerWeek;
  }
  return { days, maxHours };
}
