/**
 * The cell-key method behind every monitoring figure shown outside a coach's own organisation,
 * as plain functions. Statistics offices use it for tables cut many ways from the same records
 * (the ABS's TableBuilder; Stats NZ's fixed random rounding, RR3): each record carries a
 * permanent random key, a cell's key is the sum of its records' keys, and the cell's figure is
 * rounded at random, with the random draw taken from the cell key. The same youths always give
 * the same figure, however often it is asked for; a figure changes only when the youths behind it
 * change, and then its rounding is drawn afresh, so the difference between two releases is the
 * change plus independent rounding noise, never the bare change.
 *
 * The rounding is unbiased rounding to a multiple of the base (5, the threshold below which a
 * group is too small to show): a true 7 is shown as 5 or as 10, as 10 with probability 2/5; and
 * one figure in 20 is moved one base further, half of them up and half down, as a perturbation
 * table of a statistics office moves a few cells further than most. A count of 1 to 4 is never
 * shown as itself (it shows as 0, which the reports leave empty, as 5 or, rarely, as 10), 19
 * figures in 20 lie within 4 of the true count and every figure within 9. Nobody is shown as 0.
 */

/** The base of the rounding: a multiple of it, within base - 1 of the true count. */
export const ROUNDING_BASE = 5;

const TWO_32 = 4294967296;

/** MurmurHash3's finaliser: a bijection on 32-bit integers that spreads every input bit over the output. */
export function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over a string, for fixed per-measure salts. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Keys add modulo 2^32: the sum of independent uniform keys is uniform, whatever the others are. */
export const addKeys = (a: number, b: number): number => (a + b) >>> 0;

/**
 * A youth's part in the sign-up cells of its rows (signed up, by intake, by a coach, priority).
 * It changes with the priority flag and with every save of the sealed record, so that these four
 * figures of the youth's rows are drawn afresh whenever a youth joins or leaves the row or the
 * sealed record is saved: a changed figure then says that someone came or went or a coach saved
 * a record, never whether the youth has priority or came through a coach.
 */
export function signUpKey(youthKey: number, sealedVersion: number, priority: boolean): number {
  return mix32((youthKey ^ mix32((sealedVersion * 2 + (priority ? 1 : 0) + 0x9e3779b9) >>> 0)) >>> 0);
}

/** How often a figure is moved one multiple of the base further (half of it up, half down). */
export const SHIFT_PROBABILITY = 1 / 20;

/** The most a shown figure can differ from the true count: rounding plus one shift. */
export const MAX_ERROR = 2 * ROUNDING_BASE - 1;

/** A cell's two random draws in [0, 1): one for the rounding, one for the shift. */
export interface CellDraws {
  rounding: number;
  shift: number;
}

/**
 * The draws of a cell. Cells of the sign-up family share their row's key, so each takes its own
 * salt; every other cell's key is the sum of its own records' keys, unsalted, so that two cells of
 * the same youths (the same stage in a total and in its only area) always show the same figure.
 */
export function cellDraws(cellKey: number, salt: string | null): CellDraws {
  const u = mix32(salt === null ? cellKey : (cellKey ^ hash32(salt)) >>> 0);
  return { rounding: u / TWO_32, shift: mix32((u ^ 0x5bd1e995) >>> 0) / TWO_32 };
}

/**
 * `count` rounded to a multiple of `base`, up with probability (count mod base) / base, where
 * `draw` in [0, 1) decides: in slot j = ⌊draw·base⌋ the count is rounded up when its remainder
 * exceeds j. Zero stays zero; a multiple of the base stays itself; nothing moves by base or more.
 */
export function roundCount(count: number, draw: number, base = ROUNDING_BASE): number {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`a count is a whole number of youths, not ${count}`);
  const slot = Math.min(base - 1, Math.floor(draw * base));
  // `|| 0`: a count below the slot rounds to -0 otherwise.
  return base * Math.ceil((count - slot) / base) || 0;
}

/**
 * The figure shown for a cell: 0 for nobody; otherwise the count rounded (`roundCount`) and, with
 * probability `SHIFT_PROBABILITY`, moved one base further up or down (never below 0). The shift
 * is what keeps a reader who combines many figures from ever being sure: without it, a figure
 * rounded by the full base - 1 sits at the edge of what it can mean, and two such edges meeting
 * in a sum give a count away; with it, every figure may be up to 2·base - 1 off (`MAX_ERROR`),
 * though 19 in 20 are within base - 1. One guard against a coach who holds the report beside the
 * own organisation's exact figures: when all youths of a cell belong to one organisation, the
 * cell is never moved down the full `MAX_ERROR`, which would tell that organisation that nobody
 * else is in it (its own count would be the highest the figure allows).
 */
export function publishedCount(count: number, draws: CellDraws, oneOrganisationHoldsAll: boolean, method: CellKeyMethod = CELL_KEY_METHOD): number {
  const base = ROUNDING_BASE;
  if (count === 0) return 0;
  const rounded = roundCount(count, draws.rounding, base);
  const half = method.shiftProbability / 2;
  const shift = draws.shift < half ? -base : draws.shift >= 1 - half ? base : 0;
  const shown = Math.max(0, rounded + shift);
  const edge = method.shiftProbability > 0 ? 2 * base - 1 : base - 1;
  if (!method.guard || !oneOrganisationHoldsAll || count - shown !== edge) return shown;
  return shift < 0 ? rounded : rounded + base;
}

/** The parts of the method, so that the disclosure harness can measure what each adds. */
export interface CellKeyMethod {
  shiftProbability: number;
  guard: boolean;
}

export const CELL_KEY_METHOD: CellKeyMethod = { shiftProbability: SHIFT_PROBABILITY, guard: true };
